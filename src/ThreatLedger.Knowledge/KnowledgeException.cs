namespace ThreatLedger.Knowledge;

/// <summary>Base of the knowledge base's product exceptions: bad input or an unusable database, with a clear message.</summary>
public class KnowledgeException : Exception
{
    public KnowledgeException()
    {
    }

    public KnowledgeException(string message)
        : base(message)
    {
    }

    public KnowledgeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
