namespace ThreatLedger.Extraction.Model;

/// <summary>A character range of the document text, end exclusive, with the text it covers.</summary>
public sealed record TextSpan(int Start, int End, string Text)
{
    /// <summary>Length in characters.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Length => End - Start;
}
