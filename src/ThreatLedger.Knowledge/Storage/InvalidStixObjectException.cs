namespace ThreatLedger.Knowledge.Storage;

/// <summary>A STIX object cannot be stored because its envelope (id, type, timestamps) is missing or malformed.</summary>
public sealed class InvalidStixObjectException : KnowledgeException
{
    public InvalidStixObjectException()
    {
    }

    public InvalidStixObjectException(string message)
        : base(message)
    {
    }

    public InvalidStixObjectException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
