using System.Text.Json.Nodes;

namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>email-message</c> STIX Cyber-observable Object (section 6.6): an e-mail message.</summary>
public sealed class EmailMessage : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>email-message</c>.</summary>
    public const string TypeName = "email-message";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public EmailMessage()
        : base(TypeName)
    {
    }

    /// <summary><c>is_multipart</c> (required, boolean).</summary>
    public required bool? IsMultipart { get; init; }

    /// <summary><c>date</c> (optional, timestamp).</summary>
    public StixTimestamp? Date { get; init; }

    /// <summary><c>content_type</c> (optional, string).</summary>
    public string? ContentType { get; init; }

    /// <summary><c>from_ref</c> (optional, identifier (to email-addr)).</summary>
    public StixId? FromRef { get; init; }

    /// <summary><c>sender_ref</c> (optional, identifier (to email-addr)).</summary>
    public StixId? SenderRef { get; init; }

    /// <summary><c>to_refs</c> (optional, list of identifier (to email-addr)).</summary>
    public IReadOnlyList<StixId>? ToRefs { get; init; }

    /// <summary><c>cc_refs</c> (optional, list of identifier (to email-addr)).</summary>
    public IReadOnlyList<StixId>? CcRefs { get; init; }

    /// <summary><c>bcc_refs</c> (optional, list of identifier (to email-addr)).</summary>
    public IReadOnlyList<StixId>? BccRefs { get; init; }

    /// <summary><c>message_id</c> (optional, string).</summary>
    public string? MessageId { get; init; }

    /// <summary><c>subject</c> (optional, string).</summary>
    public string? Subject { get; init; }

    /// <summary><c>received_lines</c> (optional, list of string).</summary>
    public IReadOnlyList<string>? ReceivedLines { get; init; }

    /// <summary><c>additional_header_fields</c> (optional, dictionary).</summary>
    public JsonObject? AdditionalHeaderFields { get; init; }

    /// <summary><c>body</c> (optional, string).</summary>
    public string? Body { get; init; }

    /// <summary><c>body_multipart</c> (optional, list of email MIME component).</summary>
    public IReadOnlyList<EmailMimeComponent>? BodyMultipart { get; init; }

    /// <summary><c>raw_email_ref</c> (optional, identifier (to artifact)).</summary>
    public StixId? RawEmailRef { get; init; }
}
