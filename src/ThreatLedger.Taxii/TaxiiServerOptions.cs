using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii;

/// <summary>What a TAXII server needs: validated settings, the knowledge base and where to listen.</summary>
public sealed class TaxiiServerOptions
{
    /// <summary>The validated configuration.</summary>
    public required TaxiiSettings Settings { get; init; }

    /// <summary>The knowledge base.</summary>
    public required ITaxiiObjectStore Store { get; init; }

    /// <summary>Listen URLs, e.g. <c>http://127.0.0.1:6100</c> (port 0 picks a free port).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:6100"];

    /// <summary>
    /// Where status resources are kept: <see cref="KnowledgeStatusStore"/> keeps them in the knowledge base across
    /// restarts; null keeps the most recent ones in memory.
    /// </summary>
    public IStatusStore? Statuses { get; init; }

    /// <summary>Clock (tests inject a fake one).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Whether to log each request to the console (off by default; errors are always logged).</summary>
    public bool VerboseLogging { get; init; }
}
