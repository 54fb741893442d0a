using System.Text.Json;
using ThreatLedger.Stix.Patterning;

namespace ThreatLedger.Hunting;

/// <summary>
/// Matches indicators against a stream of observations. Single-observation patterns are checked as records stream by,
/// looked up through an index of their equality tests (value and hash) so that thousands of indicators cost little
/// per record; patterns with observation operators or qualifiers keep only the records that match one of their parts
/// and are evaluated at the end. Validity windows are not applied: an indicator published today must still find the
/// intruder who was in the logs last year.
/// </summary>
public sealed class Hunter
{
    /// <summary>How many log locations a sighting lists.</summary>
    public const int MaxSourcesPerSighting = 20;

    private const int MaxCandidatesPerPattern = 100_000;
    private readonly Dictionary<string, List<Entry>> _index = new(StringComparer.Ordinal);
    private readonly List<Entry> _scanned = [];
    private readonly List<Entry> _compound = [];
    private readonly List<Entry> _all = [];

    public Hunter(IEnumerable<HuntIndicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        foreach (var indicator in indicators)
        {
            var entry = new Entry(indicator, new PatternMatcher(indicator.Pattern));
            _all.Add(entry);
            if (indicator.Pattern.Expression is ComparisonObservation single)
            {
                var keys = IndexKeys(single.Comparison);
                if (keys is null)
                {
                    _scanned.Add(entry);
                }
                else
                {
                    foreach (var key in keys)
                    {
                        if (!_index.TryGetValue(key, out var list))
                        {
                            _index[key] = list = [];
                        }

                        list.Add(entry);
                    }
                }
            }
            else
            {
                entry.Leaves = Leaves(indicator.Pattern.Expression).ToList();
                _compound.Add(entry);
            }
        }
    }

    /// <summary>Runs the hunt and returns one sighting per indicator that matched, earliest first.</summary>
    public IReadOnlyList<HuntSighting> Run(IEnumerable<Observation> observations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var candidates = new HashSet<Entry>();
        foreach (var observation in observations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ObservationsRead++;
            candidates.Clear();
            foreach (var (_, obj) in observation.Objects)
            {
                foreach (var key in ObjectKeys(obj))
                {
                    if (_index.TryGetValue(key, out var entries))
                    {
                        candidates.UnionWith(entries);
                    }
                }
            }

            candidates.UnionWith(_scanned);
            foreach (var entry in candidates)
            {
                var comparison = ((ComparisonObservation)entry.Indicator.Pattern.Expression).Comparison;
                if (entry.Matcher.Matches(comparison, observation))
                {
                    entry.Record(observation.FirstObserved, observation.LastObserved, observation.Source);
                }
            }

            foreach (var entry in _compound)
            {
                if (entry.Candidates.Count < MaxCandidatesPerPattern && entry.Leaves!.Any(leaf => entry.Matcher.Matches(leaf.Comparison, observation)))
                {
                    entry.Candidates.Add(observation);
                }
            }
        }

        foreach (var entry in _compound)
        {
            foreach (var match in entry.Matcher.Match(entry.Candidates))
            {
                entry.Record(match.First, match.Last, string.Join(" + ", match.ObservationIndexes.Select(i => entry.Candidates[i].Source)));
            }

            entry.Candidates.Clear();
        }

        return _all.Where(e => e.Count > 0)
            .Select(e => new HuntSighting { Indicator = e.Indicator, Count = e.Count, FirstSeen = e.First, LastSeen = e.Last, Sources = e.Sources })
            .OrderBy(s => s.FirstSeen)
            .ToList();
    }

    /// <summary>How many observations the last runs read.</summary>
    public long ObservationsRead { get; private set; }

    private static IEnumerable<ComparisonObservation> Leaves(ObservationExpression expression) => expression switch
    {
        ComparisonObservation c => [c],
        CompoundObservation c => Leaves(c.Left).Concat(Leaves(c.Right)),
        QualifiedObservation q => Leaves(q.Inner),
        _ => [],
    };

    // Keys for an OR-tree of positive equality tests on value or hashes; null when any part needs a scan.
    private static List<string>? IndexKeys(ComparisonExpression expression)
    {
        switch (expression)
        {
            case CompoundComparison { Operator: BooleanOperator.Or } or:
            {
                var left = IndexKeys(or.Left);
                var right = left is null ? null : IndexKeys(or.Right);
                return right is null ? null : [.. left!, .. right];
            }

            case CompoundComparison { Operator: BooleanOperator.And } and:
                // Every match satisfies the left side, so its keys are enough to find the candidates.
                return IndexKeys(and.Left) ?? IndexKeys(and.Right);
            case PropertyComparison { Negated: false, Operator: ComparisonOperator.Equal or ComparisonOperator.In } p
                when p.Values.All(v => v.Kind == PatternValueKind.String) && KeyPrefix(p.Path) is { } prefix:
                return p.Values.Select(v => prefix + Normalize(v.Text)).ToList();
            default:
                return null;
        }
    }

    private static string? KeyPrefix(ObjectPath path) => path.Steps switch
    {
        [{ Property: "value" }] => path.ObjectType + "|value|",
        [{ Property: "hashes" }, { Property: not null }] => path.ObjectType + "|hash|",
        _ => null,
    };

    private static IEnumerable<string> ObjectKeys(JsonElement obj)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            yield break;
        }

        var typeName = type.GetString();
        if (obj.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
        {
            yield return typeName + "|value|" + Normalize(value.GetString()!);
        }

        if (obj.TryGetProperty("hashes", out var hashes) && hashes.ValueKind == JsonValueKind.Object)
        {
            foreach (var hash in hashes.EnumerateObject())
            {
                if (hash.Value.ValueKind == JsonValueKind.String)
                {
                    yield return typeName + "|hash|" + Normalize(hash.Value.GetString()!);
                }
            }
        }
    }

    // Index keys ignore case and a host CIDR suffix; the matcher makes the exact decision afterwards.
    private static string Normalize(string value)
    {
        var lower = value.ToLowerInvariant();
        return lower.EndsWith("/32", StringComparison.Ordinal) ? lower[..^3] : lower.EndsWith("/128", StringComparison.Ordinal) ? lower[..^4] : lower;
    }

    private sealed class Entry(HuntIndicator indicator, PatternMatcher matcher)
    {
        public HuntIndicator Indicator { get; } = indicator;

        public PatternMatcher Matcher { get; } = matcher;

        public List<ComparisonObservation>? Leaves { get; set; }

        public List<Observation> Candidates { get; } = [];

        public int Count { get; private set; }

        public DateTimeOffset First { get; private set; } = DateTimeOffset.MaxValue;

        public DateTimeOffset Last { get; private set; } = DateTimeOffset.MinValue;

        public List<string> Sources { get; } = [];

        public void Record(DateTimeOffset first, DateTimeOffset last, string? source)
        {
            Count++;
            First = first < First ? first : First;
            Last = last > Last ? last : Last;
            if (source is not null && Sources.Count < MaxSourcesPerSighting)
            {
                Sources.Add(source);
            }
        }
    }
}
