using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Markings;

namespace ThreatLedger.Taxii.Security;

/// <summary>The authenticated (or anonymous) caller of one request.</summary>
public sealed class TaxiiPrincipal
{
    private static readonly IReadOnlyDictionary<string, CollectionAccess> s_none = new Dictionary<string, CollectionAccess>();

    private TaxiiPrincipal(string name, bool isAnonymous, string rateKey, IReadOnlyDictionary<string, CollectionAccess> access)
    {
        Name = name;
        IsAnonymous = isAnonymous;
        RateKey = rateKey;
        Access = access;
    }

    /// <summary>User name, or "anonymous".</summary>
    public string Name { get; }

    /// <summary>Whether no credentials were presented.</summary>
    public bool IsAnonymous { get; }

    /// <summary>The key rate limits are counted under (user, token, or client address).</summary>
    public string RateKey { get; }

    /// <summary>Per-collection access from the user's groups.</summary>
    public IReadOnlyDictionary<string, CollectionAccess> Access { get; }

    /// <summary>Creates an authenticated principal.</summary>
    public static TaxiiPrincipal ForUser(UserSettings user, string rateKey) => new(user.Name, false, rateKey, user.Access);

    /// <summary>Creates the anonymous principal for a client address.</summary>
    public static TaxiiPrincipal Anonymous(string address) => new("anonymous", true, "anon:" + address, s_none);

    /// <summary>
    /// What this principal may do with <paramref name="collection"/>: group permissions for users, read at TLP:CLEAR
    /// for anonymous clients of collections that allow them. Null when the collection must stay invisible.
    /// </summary>
    public CollectionAccess? AccessTo(CollectionSettings collection)
    {
        if (IsAnonymous)
        {
            return collection.AnonymousRead ? new CollectionAccess(true, false, TlpLevel.Clear) : null;
        }

        if (Access.TryGetValue(collection.Id, out var access) && (access.CanRead || access.CanWrite))
        {
            return access with { CanWrite = access.CanWrite && !collection.IsView };
        }

        return collection.AnonymousRead ? new CollectionAccess(true, false, TlpLevel.Clear) : null;
    }
}
