namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>artifact</c> STIX Cyber-observable Object (section 6.1): an array of bytes, as base64 or as a link to a file-like payload.</summary>
public sealed class Artifact : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>artifact</c>.</summary>
    public const string TypeName = "artifact";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Artifact()
        : base(TypeName)
    {
    }

    /// <summary><c>mime_type</c> (optional, string).</summary>
    public string? MimeType { get; init; }

    /// <summary><c>payload_bin</c> (optional, binary).</summary>
    public string? PayloadBin { get; init; }

    /// <summary><c>url</c> (optional, string).</summary>
    public string? Url { get; init; }

    /// <summary><c>hashes</c> (optional, hashes).</summary>
    public IReadOnlyDictionary<string, string>? Hashes { get; init; }

    /// <summary><c>encryption_algorithm</c> (optional, string).</summary>
    public string? EncryptionAlgorithm { get; init; }

    /// <summary><c>decryption_key</c> (optional, string).</summary>
    public string? DecryptionKey { get; init; }
}
