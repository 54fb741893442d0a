namespace ThreatLedger.Taxii.Tests.Security;

/// <summary>One crafted request of the security suite.</summary>
/// <param name="Name">What the request tries.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Raw path and query, sent without canonicalisation.</param>
/// <param name="Authorization">Raw Authorization header value, or null for none.</param>
/// <param name="AllowedStatuses">Acceptable status codes.</param>
public sealed record SecurityCase(string Name, string Method, string Path, string? Authorization, int[] AllowedStatuses)
{
    public override string ToString() => Name;
}
