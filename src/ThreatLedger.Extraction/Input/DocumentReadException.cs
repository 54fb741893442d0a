namespace ThreatLedger.Extraction.Input;

/// <summary>An input that cannot be read as a document; the message names the input and the problem.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException()
    {
    }

    public DocumentReadException(string message)
        : base(message)
    {
    }

    public DocumentReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one input.</summary>
    public static DocumentReadException For(string origin, string problem, Exception? inner = null) =>
        inner is null ? new($"{origin}: {problem}") : new($"{origin}: {problem}", inner);
}
