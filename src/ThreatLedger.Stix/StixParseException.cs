namespace ThreatLedger.Stix;

/// <summary>Input that is not well-formed JSON or does not fit the STIX model, with where it went wrong.</summary>
public sealed class StixParseException : StixException
{
    /// <summary>Creates a parse error.</summary>
    public StixParseException(string message, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The JSON path of the problem, e.g. <c>$.objects[12].valid_from</c>, when known.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line of the problem, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>The 1-based byte position in the line, when known.</summary>
    public long? BytePositionInLine { get; }
}
