namespace ThreatLedger.Extraction.Learning;

/// <summary>An event model file is missing, of another kind or version, or damaged.</summary>
public sealed class EventModelException : Exception
{
    public EventModelException(string message)
        : base(message)
    {
    }

    public EventModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EventModelException()
    {
    }
}
