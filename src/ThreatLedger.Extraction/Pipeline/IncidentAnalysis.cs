using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Pipeline;

/// <summary>
/// Incidents, the events with hoppers, entity links and times filled in (ordered by trigger start), and the incident
/// each sentence is about.
/// </summary>
internal sealed record IncidentAnalysis(IReadOnlyList<Incident> Incidents, IReadOnlyList<Event> Events, IReadOnlyList<string?> IncidentAtSentence)
{
    public Incident? Find(string? id) => id is null ? null : Incidents.FirstOrDefault(i => i.Id == id);

    /// <summary>The events whose trigger lies inside <c>[start, end)</c>, found by binary search (events are ordered by trigger start).</summary>
    public IEnumerable<Event> EventsWithin(int start, int end)
    {
        int lo = 0, hi = Events.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Events[mid].Trigger.Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < Events.Count && Events[i].Trigger.Start < end; i++)
        {
            if (Events[i].Trigger.End <= end)
            {
                yield return Events[i];
            }
        }
    }
}
