namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>directory</c> STIX Cyber-observable Object (section 6.3): a file-system directory.</summary>
public sealed class StixDirectory : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>directory</c>.</summary>
    public const string TypeName = "directory";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public StixDirectory()
        : base(TypeName)
    {
    }

    /// <summary><c>path</c> (required, string).</summary>
    public required string Path { get; init; }

    /// <summary><c>path_enc</c> (optional, string).</summary>
    public string? PathEnc { get; init; }

    /// <summary><c>ctime</c> (optional, timestamp).</summary>
    public StixTimestamp? Ctime { get; init; }

    /// <summary><c>mtime</c> (optional, timestamp).</summary>
    public StixTimestamp? Mtime { get; init; }

    /// <summary><c>atime</c> (optional, timestamp).</summary>
    public StixTimestamp? Atime { get; init; }

    /// <summary><c>contains_refs</c> (optional, list of identifier (to file, directory)).</summary>
    public IReadOnlyList<StixId>? ContainsRefs { get; init; }
}
