namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>file</c> STIX Cyber-observable Object (section 6.7): a computer file.</summary>
public sealed class StixFile : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>file</c>.</summary>
    public const string TypeName = "file";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public StixFile()
        : base(TypeName)
    {
    }

    /// <summary><c>hashes</c> (optional, hashes).</summary>
    public IReadOnlyDictionary<string, string>? Hashes { get; init; }

    /// <summary><c>size</c> (optional, integer).</summary>
    public long? Size { get; init; }

    /// <summary><c>name</c> (optional, string).</summary>
    public string? Name { get; init; }

    /// <summary><c>name_enc</c> (optional, string).</summary>
    public string? NameEnc { get; init; }

    /// <summary><c>magic_number_hex</c> (optional, hex).</summary>
    public string? MagicNumberHex { get; init; }

    /// <summary><c>mime_type</c> (optional, string).</summary>
    public string? MimeType { get; init; }

    /// <summary><c>ctime</c> (optional, timestamp).</summary>
    public StixTimestamp? Ctime { get; init; }

    /// <summary><c>mtime</c> (optional, timestamp).</summary>
    public StixTimestamp? Mtime { get; init; }

    /// <summary><c>atime</c> (optional, timestamp).</summary>
    public StixTimestamp? Atime { get; init; }

    /// <summary><c>parent_directory_ref</c> (optional, identifier (to directory)).</summary>
    public StixId? ParentDirectoryRef { get; init; }

    /// <summary><c>contains_refs</c> (optional, list of identifier (to sco)).</summary>
    public IReadOnlyList<StixId>? ContainsRefs { get; init; }

    /// <summary><c>content_ref</c> (optional, identifier (to artifact)).</summary>
    public StixId? ContentRef { get; init; }
}
