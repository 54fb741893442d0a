namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>windows-registry-key</c> STIX Cyber-observable Object (section 6.17): a Windows registry key.</summary>
public sealed class WindowsRegistryKey : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>windows-registry-key</c>.</summary>
    public const string TypeName = "windows-registry-key";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public WindowsRegistryKey()
        : base(TypeName)
    {
    }

    /// <summary><c>key</c> (optional, string).</summary>
    public string? Key { get; init; }

    /// <summary><c>values</c> (optional, list of registry value).</summary>
    public IReadOnlyList<WindowsRegistryValue>? Values { get; init; }

    /// <summary><c>modified_time</c> (optional, timestamp).</summary>
    public StixTimestamp? ModifiedTime { get; init; }

    /// <summary><c>creator_user_ref</c> (optional, identifier (to user-account)).</summary>
    public StixId? CreatorUserRef { get; init; }

    /// <summary><c>number_of_subkeys</c> (optional, integer).</summary>
    public long? NumberOfSubkeys { get; init; }
}
