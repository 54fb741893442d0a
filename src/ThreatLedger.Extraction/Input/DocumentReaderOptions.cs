namespace ThreatLedger.Extraction.Input;

/// <summary>Overrides and limits for <see cref="DocumentReader"/>.</summary>
public sealed record DocumentReaderOptions
{
    /// <summary>Publication date to use instead of the document's own (<c>--published</c>).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Outlet name to use instead of the document's own (<c>--source</c>).</summary>
    public string? Source { get; init; }

    /// <summary>Force a format instead of detecting it.</summary>
    public DocumentFormat Format { get; init; } = DocumentFormat.Auto;

    /// <summary>Largest input file accepted, in bytes (default 64 MiB).</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;
}
