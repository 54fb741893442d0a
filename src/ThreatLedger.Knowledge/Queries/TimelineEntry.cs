namespace ThreatLedger.Knowledge.Queries;

/// <summary>A dated step of an incident: start, discovery, disclosure, or a report's publication.</summary>
public sealed record TimelineEntry(string Date, string What, string Detail);
