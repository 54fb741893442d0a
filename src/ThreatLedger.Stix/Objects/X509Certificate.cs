using System.Text.Json.Nodes;

namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>x509-certificate</c> STIX Cyber-observable Object (section 6.18): an X.509 certificate.</summary>
public sealed class X509Certificate : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>x509-certificate</c>.</summary>
    public const string TypeName = "x509-certificate";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public X509Certificate()
        : base(TypeName)
    {
    }

    /// <summary><c>is_self_signed</c> (optional, boolean).</summary>
    public bool? IsSelfSigned { get; init; }

    /// <summary><c>hashes</c> (optional, hashes).</summary>
    public IReadOnlyDictionary<string, string>? Hashes { get; init; }

    /// <summary><c>version</c> (optional, string).</summary>
    public string? Version { get; init; }

    /// <summary><c>serial_number</c> (optional, string).</summary>
    public string? SerialNumber { get; init; }

    /// <summary><c>signature_algorithm</c> (optional, string).</summary>
    public string? SignatureAlgorithm { get; init; }

    /// <summary><c>issuer</c> (optional, string).</summary>
    public string? Issuer { get; init; }

    /// <summary><c>validity_not_before</c> (optional, timestamp).</summary>
    public StixTimestamp? ValidityNotBefore { get; init; }

    /// <summary><c>validity_not_after</c> (optional, timestamp).</summary>
    public StixTimestamp? ValidityNotAfter { get; init; }

    /// <summary><c>subject</c> (optional, string).</summary>
    public string? Subject { get; init; }

    /// <summary><c>subject_public_key_algorithm</c> (optional, string).</summary>
    public string? SubjectPublicKeyAlgorithm { get; init; }

    /// <summary><c>subject_public_key_modulus</c> (optional, string).</summary>
    public string? SubjectPublicKeyModulus { get; init; }

    /// <summary><c>subject_public_key_exponent</c> (optional, integer).</summary>
    public long? SubjectPublicKeyExponent { get; init; }

    /// <summary><c>x509_v3_extensions</c> (optional, dictionary).</summary>
    public JsonObject? X509V3Extensions { get; init; }
}
