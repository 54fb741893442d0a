using ThreatLedger.Stix.Identifiers;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix;

/// <summary>
/// Completes objects built in code: assigns <c>id</c> (random UUIDv4, or the deterministic UUIDv5 for SCOs),
/// <c>spec_version</c> "2.1", and <c>created</c>/<c>modified</c> from the injected clock (millisecond precision),
/// leaving any value the draft already has. Usage:
/// <code>var malware = factory.Create(new Malware { Name = "Example", IsFamily = true });</code>
/// </summary>
public sealed class StixObjectFactory
{
    private readonly TimeProvider _time;
    private readonly StixIdGenerator _ids;

    /// <summary>Creates a factory with a clock and an id generator (defaults: system clock, random UUIDv4).</summary>
    public StixObjectFactory(TimeProvider? timeProvider = null, StixIdGenerator? idGenerator = null, StixId? createdByRef = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _ids = idGenerator ?? StixIdGenerator.Random;
        CreatedByRef = createdByRef;
    }

    /// <summary>The identity set as <c>created_by_ref</c> on SDOs, SROs and SMOs that have none.</summary>
    public StixId? CreatedByRef { get; }

    /// <summary>The current time as a STIX timestamp with millisecond precision.</summary>
    public StixTimestamp Now() => StixTimestamp.FromDateTimeOffset(_time.GetUtcNow());

    /// <summary>A new random identifier of the given type (for bundles and non-SCO objects).</summary>
    public StixId NewId(string type) => _ids.NewId(type);

    /// <summary>A copy of <paramref name="draft"/> with id, spec_version and timestamps filled in.</summary>
    public T Create<T>(T draft)
        where T : StixObject
    {
        ArgumentNullException.ThrowIfNull(draft);
        var copy = (T)draft.CloneForUpdate();
        var id = draft.Id;
        if (id.IsEmpty)
        {
            id = draft is StixCyberObservableObject sco ? ScoIdGenerator.Compute(sco, _ids) : _ids.NewId(draft.Type);
        }

        copy.SetIdentity(id, draft.SpecVersion ?? "2.1");
        if (draft is not StixCyberObservableObject)
        {
            var now = Now();
            var created = draft.Created ?? now;
            var modified = draft is MarkingDefinition ? draft.Modified : draft.Modified ?? (created > now ? created : now);
            copy.SetVersioning(draft.CreatedByRef ?? (draft is MarkingDefinition ? draft.CreatedByRef : CreatedByRef), created, modified);
        }

        return copy;
    }

    /// <summary>A bundle with a new id around the given objects.</summary>
    public Bundle CreateBundle(IEnumerable<StixObject> objects) => new() { Id = _ids.NewId(Bundle.TypeName), Objects = [.. objects] };
}
