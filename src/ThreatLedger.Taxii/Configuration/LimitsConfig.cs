namespace ThreatLedger.Taxii.Configuration;

/// <summary>Request limits; exceeding them yields the TAXII error resource with 413, 429 or a clamped page.</summary>
public sealed class LimitsConfig
{
    /// <summary>Largest accepted request body in bytes (advertised as <c>max_content_length</c>).</summary>
    public long MaxContentLength { get; init; } = 10 * 1024 * 1024;

    /// <summary>Largest page a client can ask for with <c>limit</c>.</summary>
    public int MaxPageSize { get; init; } = 1000;

    /// <summary>Page size when the client gives no <c>limit</c>.</summary>
    public int DefaultPageSize { get; init; } = 100;

    /// <summary>Requests per second allowed to one user, token or anonymous address (0 disables the limit).</summary>
    public int RequestsPerSecond { get; init; } = 50;

    /// <summary>Burst size for the per-principal token bucket.</summary>
    public int Burst { get; init; } = 100;
}
