namespace ThreatLedger.Knowledge.Queries;

/// <summary>How an article is named to people: its outlet, else its file name, and its internal id only when neither is known.</summary>
public static class DocumentLabel
{
    /// <summary>The outlet, else the file name of the origin (without a feed item's <c>#itemN</c>), else the document id.</summary>
    public static string Of(string? outlet, string? origin, string documentId) =>
        outlet ?? (origin is { Length: > 0 } ? Path.GetFileName(origin.Split('#')[0]) : null) ?? documentId;
}
