namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>email-addr</c> STIX Cyber-observable Object (section 6.5): an e-mail address.</summary>
public sealed class EmailAddress : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>email-addr</c>.</summary>
    public const string TypeName = "email-addr";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public EmailAddress()
        : base(TypeName)
    {
    }

    /// <summary><c>value</c> (required, string).</summary>
    public required string Value { get; init; }

    /// <summary><c>display_name</c> (optional, string).</summary>
    public string? DisplayName { get; init; }

    /// <summary><c>belongs_to_ref</c> (optional, identifier (to user-account)).</summary>
    public StixId? BelongsToRef { get; init; }
}
