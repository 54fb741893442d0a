namespace ThreatLedger.Taxii.Client;

/// <summary>What a push did, summed over the status resources of every request.</summary>
/// <param name="Requests">POST requests made.</param>
/// <param name="Total">Objects sent.</param>
/// <param name="Succeeded">Objects the server stored.</param>
/// <param name="Failed">Objects the server rejected.</param>
/// <param name="Pending">Objects still pending when polling stopped.</param>
/// <param name="Failures">Rejections: "id: message".</param>
public sealed record TaxiiPushResult(int Requests, int Total, int Succeeded, int Failed, int Pending, IReadOnlyList<string> Failures);
