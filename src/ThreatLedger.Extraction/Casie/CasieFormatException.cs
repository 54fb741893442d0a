namespace ThreatLedger.Extraction.Casie;

/// <summary>A CASIE JSONL input is malformed; the message names the file, line and JSON path.</summary>
public sealed class CasieFormatException : Exception
{
    public CasieFormatException(string message)
        : base(message)
    {
    }

    public CasieFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CasieFormatException()
    {
    }
}
