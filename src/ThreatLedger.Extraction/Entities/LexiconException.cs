namespace ThreatLedger.Extraction.Entities;

/// <summary>A gazetteer file that cannot be read; the message names the file, the line and the problem.</summary>
public sealed class LexiconException : Exception
{
    public LexiconException()
    {
    }

    public LexiconException(string message)
        : base(message)
    {
    }

    public LexiconException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
