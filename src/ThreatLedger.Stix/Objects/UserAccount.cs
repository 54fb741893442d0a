namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>user-account</c> STIX Cyber-observable Object (section 6.16): a user account.</summary>
public sealed class UserAccount : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>user-account</c>.</summary>
    public const string TypeName = "user-account";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public UserAccount()
        : base(TypeName)
    {
    }

    /// <summary><c>user_id</c> (optional, string).</summary>
    public string? UserId { get; init; }

    /// <summary><c>credential</c> (optional, string).</summary>
    public string? Credential { get; init; }

    /// <summary><c>account_login</c> (optional, string).</summary>
    public string? AccountLogin { get; init; }

    /// <summary><c>account_type</c> (optional, string).</summary>
    public string? AccountType { get; init; }

    /// <summary><c>display_name</c> (optional, string).</summary>
    public string? DisplayName { get; init; }

    /// <summary><c>is_service_account</c> (optional, boolean).</summary>
    public bool? IsServiceAccount { get; init; }

    /// <summary><c>is_privileged</c> (optional, boolean).</summary>
    public bool? IsPrivileged { get; init; }

    /// <summary><c>can_escalate_privs</c> (optional, boolean).</summary>
    public bool? CanEscalatePrivs { get; init; }

    /// <summary><c>is_disabled</c> (optional, boolean).</summary>
    public bool? IsDisabled { get; init; }

    /// <summary><c>account_created</c> (optional, timestamp).</summary>
    public StixTimestamp? AccountCreated { get; init; }

    /// <summary><c>account_expires</c> (optional, timestamp).</summary>
    public StixTimestamp? AccountExpires { get; init; }

    /// <summary><c>credential_last_changed</c> (optional, timestamp).</summary>
    public StixTimestamp? CredentialLastChanged { get; init; }

    /// <summary><c>account_first_login</c> (optional, timestamp).</summary>
    public StixTimestamp? AccountFirstLogin { get; init; }

    /// <summary><c>account_last_login</c> (optional, timestamp).</summary>
    public StixTimestamp? AccountLastLogin { get; init; }
}
