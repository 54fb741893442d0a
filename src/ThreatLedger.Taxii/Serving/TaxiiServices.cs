using System.Threading.RateLimiting;
using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Markings;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Taxii.Security;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii.Serving;

/// <summary>Everything the endpoints share (one instance per server).</summary>
public sealed class TaxiiServices : IDisposable
{
    /// <summary>Creates the services.</summary>
    public TaxiiServices(TaxiiSettings settings, ITaxiiObjectStore store, TimeProvider timeProvider, IStatusStore? statuses = null)
    {
        Settings = settings;
        Store = store;
        TimeProvider = timeProvider;
        Authenticator = new TaxiiAuthenticator(settings);
        Visibility = new ObjectVisibility(store, settings.UnmarkedTlp);
        Reader = new VisibleObjectReader(store, Visibility);
        Statuses = statuses ?? new StatusRegistry();
        var limits = settings.Limits;
        RequestLimiter = limits.RequestsPerSecond > 0
            ? PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.Burst,
                TokensPerPeriod = limits.RequestsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }))
            : null;

        // Failed authentications are limited per client address whatever the configured request rate.
        FailureLimiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = 200,
            TokensPerPeriod = 10,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>The configuration.</summary>
    public TaxiiSettings Settings { get; }

    /// <summary>The knowledge base.</summary>
    public ITaxiiObjectStore Store { get; }

    /// <summary>Clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Authentication.</summary>
    public TaxiiAuthenticator Authenticator { get; }

    /// <summary>TLP evaluation.</summary>
    public ObjectVisibility Visibility { get; }

    /// <summary>Visible paging.</summary>
    public VisibleObjectReader Reader { get; }

    /// <summary>Status resources.</summary>
    public IStatusStore Statuses { get; }

    /// <summary>Per-principal request rate limit (null when disabled).</summary>
    public PartitionedRateLimiter<string>? RequestLimiter { get; }

    /// <summary>Per-address limit on failed authentications.</summary>
    public PartitionedRateLimiter<string> FailureLimiter { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        RequestLimiter?.Dispose();
        FailureLimiter.Dispose();
    }
}
