namespace ThreatLedger.Stix.Streaming;

/// <summary>Limits of <see cref="BundleReader"/>.</summary>
public sealed class BundleReaderOptions
{
    /// <summary>Initial read buffer (default 64 KiB); it grows for larger objects.</summary>
    public int InitialBufferSize { get; init; } = 64 * 1024;

    /// <summary>The largest single object accepted (default 64 MiB); larger objects are an error, not an allocation.</summary>
    public int MaxObjectBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Maximum JSON nesting depth (default 64).</summary>
    public int MaxDepth { get; init; } = 64;
}
