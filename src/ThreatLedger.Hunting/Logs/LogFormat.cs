namespace ThreatLedger.Hunting.Logs;

/// <summary>How a log file is read.</summary>
public enum LogFormat
{
    /// <summary>Decide from the content: a STIX bundle, JSON lines, delimited records, or text lines.</summary>
    Auto,

    /// <summary>One JSON object per line (Zeek JSON, ECS/Elastic exports, cloud audit logs, …).</summary>
    JsonLines,

    /// <summary>Free-text lines (syslog, mail and web server logs) with a leading timestamp.</summary>
    Text,

    /// <summary>A STIX 2.1 bundle whose observed-data objects are the observations.</summary>
    StixBundle,

    /// <summary>Records with named columns: Zeek's tab-separated logs (<c>#fields</c> header) and CSV/TSV exports with a header row.</summary>
    Delimited,
}
