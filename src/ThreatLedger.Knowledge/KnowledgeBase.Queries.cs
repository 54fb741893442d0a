using System.Globalization;
using ThreatLedger.Knowledge.Incidents;
using ThreatLedger.Knowledge.Queries;
using ThreatLedger.Knowledge.Resolution;

namespace ThreatLedger.Knowledge;

public sealed partial class KnowledgeBase
{
    /// <summary>Incidents (oldest first) with victim, type, time span, dwell, leading hypothesis and source counts.</summary>
    public async Task<IReadOnlyList<IncidentSummary>> ListIncidentsAsync(IncidentFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var snapshot = await KnowledgeSnapshot.LoadAsync(Database, cancellationToken).ConfigureAwait(false);
        return Boards(snapshot, filter ?? new IncidentFilter()).Select(b => b.Incident).ToList();
    }

    /// <summary>The board of one incident, or null when there is no such incident.</summary>
    public async Task<IncidentBoard?> GetIncidentAsync(long id, CancellationToken cancellationToken = default)
    {
        var snapshot = await KnowledgeSnapshot.LoadAsync(Database, cancellationToken).ConfigureAwait(false);
        return snapshot.Reports.Any(r => r.IncidentSeq == id) ? BoardBuilder.Build(snapshot, id) : null;
    }

    /// <summary>
    /// Finds what an id or name denotes: an incident id (<c>12</c>, <c>#12</c>, <c>incident-12</c>), else a victim,
    /// else an actor or country (by any alias); null when nothing matches.
    /// </summary>
    public async Task<ShowResult?> ShowAsync(string idOrName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrName);
        var snapshot = await KnowledgeSnapshot.LoadAsync(Database, cancellationToken).ConfigureAwait(false);
        var text = idOrName.Trim();
        var number = text.StartsWith("incident-", StringComparison.OrdinalIgnoreCase) ? text[9..] : text.TrimStart('#');
        if (long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && snapshot.Reports.Any(r => r.IncidentSeq == id))
        {
            return new ShowResult { Kind = "incident", Incidents = [BoardBuilder.Build(snapshot, id)] };
        }

        var victims = MatchVictims(snapshot, text);
        if (victims.Count > 0)
        {
            var victim = victims[0];
            var boards = Boards(snapshot, new IncidentFilter()).Where(b => b.Incident.VictimId == victim.Seq).ToList();
            return new ShowResult { Kind = "victim", Victim = VictimSummary(victim, boards.Count), Incidents = boards };
        }

        var keys = MatchHypothesisKeys(snapshot, text);
        if (keys.Count > 0)
        {
            var boards = Boards(snapshot, new IncidentFilter()).Where(b => b.Hypotheses.Any(h => keys.Contains(h.Key))).ToList();
            var actor = Actors(snapshot, boards, includeUnused: true).FirstOrDefault(a => keys.Contains(a.Id));
            if (actor is not null)
            {
                return new ShowResult { Kind = "actor", Actor = actor, Incidents = boards };
            }
        }

        return null;
    }

    /// <summary>Named actors and country-level hypotheses with aliases and incident counts (all imported actors with <paramref name="all"/>).</summary>
    public async Task<IReadOnlyList<ActorSummary>> ListActorsAsync(bool all = false, CancellationToken cancellationToken = default)
    {
        var snapshot = await KnowledgeSnapshot.LoadAsync(Database, cancellationToken).ConfigureAwait(false);
        return Actors(snapshot, Boards(snapshot, new IncidentFilter()), all);
    }

    /// <summary>Resolved victims with every name they were reported under and their incident counts.</summary>
    public async Task<IReadOnlyList<VictimSummary>> ListVictimsAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = await KnowledgeSnapshot.LoadAsync(Database, cancellationToken).ConfigureAwait(false);
        var counts = snapshot.Reports.GroupBy(r => r.VictimSeq).ToDictionary(g => g.Key, g => g.Select(r => r.IncidentSeq).Distinct().Count());
        return snapshot.Entities.Values.Where(e => e.Kind == "victim").OrderBy(e => e.Seq)
            .Select(e => VictimSummary(e, counts.GetValueOrDefault(e.Seq))).ToList();
    }

    private static List<IncidentBoard> Boards(KnowledgeSnapshot snapshot, IncidentFilter filter)
    {
        var victimSeqs = filter.Victim is null ? null : MatchVictims(snapshot, filter.Victim).Select(v => v.Seq).ToHashSet();
        var actorKeys = filter.Actor is null ? null : MatchHypothesisKeys(snapshot, filter.Actor);
        var boards = new List<IncidentBoard>();
        foreach (var id in snapshot.Reports.Select(r => r.IncidentSeq).Distinct().Order())
        {
            var board = BoardBuilder.Build(snapshot, id);
            if (victimSeqs is not null && !victimSeqs.Contains(board.Incident.VictimId))
            {
                continue;
            }

            if (actorKeys is not null && !board.Hypotheses.Any(h => actorKeys.Contains(h.Key)
                || h.Label.Contains(filter.Actor!, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (filter.Since is { } since)
            {
                var i = board.Incident;
                var latest = new[] { i.End, i.Discovered, i.Disclosed, i.LastPublished, i.Start }
                    .Select(TimeWindow.Upper).Where(d => d is not null).Max();
                if (latest is null || latest < since)
                {
                    continue;
                }
            }

            boards.Add(board);
        }

        return boards;
    }

    private static List<KnowledgeSnapshot.EntityRow> MatchVictims(KnowledgeSnapshot snapshot, string text)
    {
        var key = NameKeys.Key(text);
        var probe = VictimName.Of(text, [], Countries.FindIn(text));
        var victims = snapshot.Entities.Values.Where(e => e.Kind == "victim").OrderBy(e => e.Seq).ToList();
        var exact = victims.Where(v => v.Aliases.Append(v.Name).Any(a => NameKeys.Key(a) == key)).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        return victims.Where(v => VictimMatch.Explain(probe, VictimName.Of(v.Name, v.Aliases, v.Country)) is not null
            || v.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private static HashSet<string> MatchHypothesisKeys(KnowledgeSnapshot snapshot, string text)
    {
        var key = NameKeys.Key(text);
        var keys = snapshot.Entities.Values
            .Where(e => e.Kind == "actor" && e.Aliases.Append(e.Name).Any(a => NameKeys.Key(a) == key))
            .Select(e => "actor:" + e.Seq.ToString(CultureInfo.InvariantCulture))
            .ToHashSet(StringComparer.Ordinal);
        if (Countries.Resolve(text) is { } country)
        {
            keys.Add("country:" + country);
        }

        return keys;
    }

    private static VictimSummary VictimSummary(KnowledgeSnapshot.EntityRow entity, int incidents) => new()
    {
        Id = entity.Seq,
        Name = entity.Name,
        Country = entity.Country,
        Aliases = entity.Aliases.Where(a => a != entity.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        Incidents = incidents,
    };

    private static List<ActorSummary> Actors(KnowledgeSnapshot snapshot, List<IncidentBoard> boards, bool includeUnused)
    {
        var incidents = new Dictionary<string, (int Any, int Leading)>(StringComparer.Ordinal);
        foreach (var board in boards)
        {
            foreach (var hypothesis in board.Hypotheses)
            {
                var (any, leading) = incidents.GetValueOrDefault(hypothesis.Key);
                incidents[hypothesis.Key] = (any + 1, leading + (board.Incident.LeadingHypothesisKey == hypothesis.Key ? 1 : 0));
            }
        }

        var result = new List<ActorSummary>();
        foreach (var actor in snapshot.Entities.Values.Where(e => e.Kind == "actor").OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase))
        {
            var key = "actor:" + actor.Seq.ToString(CultureInfo.InvariantCulture);
            var (any, leading) = incidents.GetValueOrDefault(key);
            if (any == 0 && !includeUnused)
            {
                continue;
            }

            result.Add(new ActorSummary
            {
                Id = key,
                Name = actor.Name,
                Level = "actor",
                Country = actor.Country,
                Aliases = actor.Aliases.Where(a => a != actor.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Incidents = any,
                Leading = leading,
                Origin = actor.Origin,
            });
        }

        foreach (var (key, (any, leading)) in incidents.Where(kv => kv.Key.StartsWith("country:", StringComparison.Ordinal)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var code = key[8..];
            result.Add(new ActorSummary
            {
                Id = key,
                Name = Hypothesis.Country(code).Label,
                Level = "state",
                Country = code,
                Aliases = [],
                Incidents = any,
                Leading = leading,
                Origin = "claims",
            });
        }

        if (includeUnused)
        {
            var countries = snapshot.Claims.Select(c => c.HypothesisKey).Where(k => k is not null && k.StartsWith("country:", StringComparison.Ordinal) && !incidents.ContainsKey(k)).Distinct();
            foreach (var key in countries)
            {
                result.Add(new ActorSummary { Id = key!, Name = Hypothesis.Country(key![8..]).Label, Level = "state", Country = key[8..], Aliases = [], Incidents = 0, Leading = 0, Origin = "claims" });
            }
        }

        return result;
    }
}
