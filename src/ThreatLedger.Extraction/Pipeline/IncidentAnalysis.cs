using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Pipeline;

/// <summary>Incidents, the events with hoppers, entity links and times filled in, and the incident each sentence is about.</summary>
internal sealed record IncidentAnalysis(IReadOnlyList<Incident> Incidents, IReadOnlyList<Event> Events, IReadOnlyList<string?> IncidentAtSentence)
{
    public Incident? Find(string? id) => id is null ? null : Incidents.FirstOrDefault(i => i.Id == id);
}
