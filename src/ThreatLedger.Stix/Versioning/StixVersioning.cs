using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Versioning;

/// <summary>
/// Object versioning (STIX 2.1 section 3.6): a new version keeps <c>id</c>, <c>type</c>, <c>created</c> and
/// <c>created_by_ref</c>, and its <c>modified</c> is strictly later than the previous one. Revoked objects cannot get
/// new versions. SCOs are not versioned.
/// </summary>
public static class StixVersioning
{
    /// <summary>A new version of <paramref name="current"/> with the same content and a later <c>modified</c>.</summary>
    /// <exception cref="InvalidOperationException">The object is revoked, an SCO, or has no id/created/modified.</exception>
    public static T NewVersion<T>(T current, TimeProvider timeProvider)
        where T : StixObject => NewVersion(current, current, timeProvider);

    /// <summary>
    /// A new version of <paramref name="current"/> whose content is <paramref name="changed"/> (built with an object
    /// initializer); id, created and created_by_ref come from <paramref name="current"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The object is revoked, an SCO, or has no id/created/modified.</exception>
    /// <exception cref="ArgumentException">The objects are of different types.</exception>
    public static T NewVersion<T>(T current, T changed, TimeProvider timeProvider)
        where T : StixObject
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(timeProvider);
        EnsureVersionable(current);
        if (changed.Type != current.Type)
        {
            throw new ArgumentException($"A new version must keep the type '{current.Type}', not '{changed.Type}'.", nameof(changed));
        }

        var next = (T)changed.CloneForUpdate();
        next.SetIdentity(current.Id, current.SpecVersion ?? changed.SpecVersion);
        next.SetVersioning(current.CreatedByRef, current.Created, NextModified(current.Modified!.Value, changed.Modified, timeProvider));
        next.SetRevoked(changed.Revoked is true ? true : current.Revoked);
        return next;
    }

    /// <summary>A revoked version of <paramref name="current"/> (revocation is permanent).</summary>
    /// <exception cref="InvalidOperationException">The object is already revoked, an SCO, or has no id/created/modified.</exception>
    public static T Revoke<T>(T current, TimeProvider timeProvider)
        where T : StixObject
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(timeProvider);
        EnsureVersionable(current);
        var next = (T)current.CloneForUpdate();
        next.SetVersioning(current.CreatedByRef, current.Created, NextModified(current.Modified!.Value, null, timeProvider));
        next.SetRevoked(true);
        return next;
    }

    private static void EnsureVersionable(StixObject current)
    {
        if (current is StixCyberObservableObject)
        {
            throw new InvalidOperationException($"{current.Id} is an SCO; SCOs have no created/modified and are not versioned.");
        }

        if (current.Id.IsEmpty || current.Created is null || current.Modified is null)
        {
            throw new InvalidOperationException($"{current} has no id, created or modified; create it through StixObjectFactory first.");
        }

        if (current.Revoked is true)
        {
            throw new InvalidOperationException($"{current.Id} is revoked; revoked objects MUST NOT get new versions (STIX 2.1 section 3.6).");
        }
    }

    private static StixTimestamp NextModified(StixTimestamp previous, StixTimestamp? requested, TimeProvider time)
    {
        if (requested is { } r && r > previous)
        {
            return r;
        }

        var digits = Math.Max(3, Math.Min(previous.FractionalDigits, 7));
        var now = StixTimestamp.FromDateTimeOffset(time.GetUtcNow(), digits);
        if (now > previous)
        {
            return now;
        }

        var step = TimeSpan.FromTicks((long)Math.Pow(10, 7 - digits));
        return StixTimestamp.FromDateTimeOffset(previous.Value + step, digits);
    }
}
