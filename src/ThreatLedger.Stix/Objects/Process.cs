namespace ThreatLedger.Stix.Objects;

/// <summary>The STIX 2.1 <c>process</c> STIX Cyber-observable Object (section 6.13): a process on a computer system.</summary>
public sealed class Process : StixCyberObservableObject
{
    /// <summary>The STIX type name, <c>process</c>.</summary>
    public const string TypeName = "process";

    /// <summary>Creates an empty object; set its properties with an object initializer.</summary>
    public Process()
        : base(TypeName)
    {
    }

    /// <summary><c>is_hidden</c> (optional, boolean).</summary>
    public bool? IsHidden { get; init; }

    /// <summary><c>pid</c> (optional, integer).</summary>
    public long? Pid { get; init; }

    /// <summary><c>created_time</c> (optional, timestamp).</summary>
    public StixTimestamp? CreatedTime { get; init; }

    /// <summary><c>cwd</c> (optional, string).</summary>
    public string? Cwd { get; init; }

    /// <summary><c>command_line</c> (optional, string).</summary>
    public string? CommandLine { get; init; }

    /// <summary><c>environment_variables</c> (optional, dictionary).</summary>
    public IReadOnlyDictionary<string, string>? EnvironmentVariables { get; init; }

    /// <summary><c>opened_connection_refs</c> (optional, list of identifier (to network-traffic)).</summary>
    public IReadOnlyList<StixId>? OpenedConnectionRefs { get; init; }

    /// <summary><c>creator_user_ref</c> (optional, identifier (to user-account)).</summary>
    public StixId? CreatorUserRef { get; init; }

    /// <summary><c>image_ref</c> (optional, identifier (to file)).</summary>
    public StixId? ImageRef { get; init; }

    /// <summary><c>parent_ref</c> (optional, identifier (to process)).</summary>
    public StixId? ParentRef { get; init; }

    /// <summary><c>child_refs</c> (optional, list of identifier (to process)).</summary>
    public IReadOnlyList<StixId>? ChildRefs { get; init; }
}
