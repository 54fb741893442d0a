namespace ThreatLedger.Knowledge.Ingest;

/// <summary>How ingest reads a file.</summary>
public enum InputFileKind
{
    /// <summary>JSON: must be a STIX 2.1 bundle; any other JSON is refused with the reason.</summary>
    StixJson,
    /// <summary>Text, Markdown, HTML, a feed or CASIE JSONL: read and extracted as articles.</summary>
    Article,
}
