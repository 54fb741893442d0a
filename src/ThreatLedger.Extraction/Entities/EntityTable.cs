using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Entities;

/// <summary>Collects entities by kind and canonical key while recognisers add mentions; builds the final list.</summary>
internal sealed class EntityTable
{
    private readonly string _text;
    private readonly Dictionary<string, Draft> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Draft> _drafts = [];
    private readonly List<(int Start, int End, Draft Draft, MentionKind How)> _mentions = [];
    private readonly HashSet<(int, int, Draft)> _seen = [];
    private readonly Dictionary<int, List<(int End, Draft Draft)>> _byStart = [];
    private readonly bool[] _covered;

    public EntityTable(string text)
    {
        _text = text;
        _covered = new bool[text.Length + 1];
    }

    public sealed class Draft
    {
        public required string Key { get; init; }
        public required string Kind { get; set; }
        public required string Name { get; set; }
        public List<string> Aliases { get; } = [];
        public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);
        public int MentionCount { get; set; }
        public int FirstStart { get; set; } = int.MaxValue;
        public int LastStart { get; set; } = -1;
        public GazetteerEntry? Source { get; init; }
    }

    public IReadOnlyList<Draft> Drafts => _drafts;

    /// <summary>The draft for a key, created with the given kind and name when new.</summary>
    public Draft GetOrAdd(string key, string kind, string name, GazetteerEntry? source = null)
    {
        if (!_byKey.TryGetValue(key, out var draft))
        {
            draft = new Draft { Key = key, Kind = kind, Name = name, Source = source };
            if (source is not null)
            {
                foreach (var (k, v) in source.Attributes)
                {
                    if (k is not ("demonyms" or "capitals" or "cities" or "context" or "shared"))
                    {
                        draft.Attributes[k == "code" ? "country" : k] = v;
                    }
                }
            }

            _byKey[key] = draft;
            _drafts.Add(draft);
        }

        return draft;
    }

    public Draft? Find(string key) => _byKey.TryGetValue(key, out var draft) ? draft : null;

    /// <summary>Makes <paramref name="alias"/> another key of <paramref name="draft"/>.</summary>
    public void Link(string alias, Draft draft) => _byKey.TryAdd(alias, draft);

    public void AddMention(Draft draft, int start, int end, MentionKind how, bool recordAlias = true)
    {
        if (!_seen.Add((start, end, draft)))
        {
            return;
        }

        if (how != MentionKind.Metonym && draft.Kind is not (EntityKinds.Sector or EntityKinds.Country))
        {
            Array.Fill(_covered, true, start, end - start);
        }

        _mentions.Add((start, end, draft, how));
        if (!_byStart.TryGetValue(start, out var starting))
        {
            _byStart[start] = starting = [];
        }

        starting.Add((end, draft));
        draft.MentionCount++;
        draft.FirstStart = Math.Min(draft.FirstStart, start);
        draft.LastStart = Math.Max(draft.LastStart, start);
        if (recordAlias && how is MentionKind.Name or MentionKind.Acronym && draft.Kind != EntityKinds.Sector)
        {
            var surface = _text[start..end];
            if (!string.Equals(surface, draft.Name, StringComparison.Ordinal) && !draft.Aliases.Contains(surface, StringComparer.Ordinal))
            {
                draft.Aliases.Add(surface);
            }
        }
    }

    /// <summary>The last mention added that starts at <paramref name="start"/> and whose draft matches, or null.</summary>
    public (int End, Draft Draft)? StartingAt(int start, Func<Draft, bool> match)
    {
        if (!_byStart.TryGetValue(start, out var starting))
        {
            return null;
        }

        for (var k = starting.Count - 1; k >= 0; k--)
        {
            if (match(starting[k].Draft))
            {
                return starting[k];
            }
        }

        return null;
    }

    /// <summary>Whether a name, acronym, description or coreference mention (not a country, metonym or sector word) overlaps <c>[start, end)</c>.</summary>
    public bool Overlaps(int start, int end) => _covered.AsSpan(start, end - start).Contains(true);

    /// <summary>Whether such a mention covers all of <c>[start, end)</c>.</summary>
    public bool Covers(int start, int end) => !_covered.AsSpan(start, end - start).Contains(false);

    public IReadOnlyList<(int Start, int End, Draft Draft, MentionKind How)> RawMentions => _mentions;

    /// <summary>Entities in order of first mention, ids e1…eN, and the mentions sorted by position.</summary>
    public (List<Entity> Entities, List<EntityMention> Mentions) Build()
    {
        var ordered = _drafts.Where(d => d.MentionCount > 0
                && (d.Kind != EntityKinds.Sector || _mentions.Any(m => ReferenceEquals(m.Draft, d) && !Overlaps(m.Start, m.End)))).OrderBy(d => d.FirstStart).ToList();
        var ids = new Dictionary<Draft, string>();
        for (var i = 0; i < ordered.Count; i++)
        {
            ids[ordered[i]] = "e" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // A sector word inside a name ("Ministry" in a ministry's name, "port" in "port of X") is not a sector mention.
        var mentions = _mentions
            .Where(m => ids.ContainsKey(m.Draft) && !(m.Draft.Kind == EntityKinds.Sector && Overlaps(m.Start, m.End)))
            .OrderBy(m => m.Start).ThenByDescending(m => m.End)
            .Select(m => new EntityMention(m.Start, m.End, ids[m.Draft], m.Draft.Kind, m.How))
            .ToList();
        var spansById = mentions.GroupBy(m => m.EntityId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => new TextSpan(m.Start, m.End, _text[m.Start..m.End])).ToList(), StringComparer.Ordinal);
        var entities = ordered.Select(d => new Entity
        {
            Id = ids[d],
            Kind = d.Kind,
            Name = d.Name,
            Aliases = d.Aliases.Where(a => !string.Equals(a, d.Name, StringComparison.Ordinal)).ToList(),
            Attributes = new Dictionary<string, string>(d.Attributes, StringComparer.Ordinal),
            Mentions = spansById[ids[d]],
        }).ToList();
        return (entities, mentions);
    }
}
