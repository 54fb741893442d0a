namespace ThreatLedger.Extraction.Input;

/// <summary>The input formats <see cref="DocumentReader"/> understands.</summary>
public enum DocumentFormat
{
    /// <summary>Decide from the file name and the first bytes.</summary>
    Auto,
    /// <summary>Plain text, optionally with <c>Title:</c>/<c>Published:</c>/<c>Outlet:</c>/<c>URL:</c> header lines.</summary>
    Text,
    /// <summary>An HTML page: the main article body is kept, boilerplate dropped, meta tags read.</summary>
    Html,
    /// <summary>Markdown, rendered to plain text.</summary>
    Markdown,
    /// <summary>An RSS 2.0 or Atom 1.0 feed: one document per item.</summary>
    Feed,
    /// <summary>CASIE JSONL: one document per line.</summary>
    CasieJsonl,
}
