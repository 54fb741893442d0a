using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ThreatLedger.Stix.Patterning;

/// <summary>
/// Evaluates a <see cref="StixPattern"/> against observations (STIX 2.1 section 9: comparison semantics, observation
/// operators and qualifiers). Comparisons inside one observation expression must hold for one object of the named type
/// (following <c>*_ref</c> properties to other objects of the same observation); observation operators combine
/// distinct observations, ordered by time for FOLLOWEDBY.
/// </summary>
public sealed class PatternMatcher
{
    private const int MaxBindings = 4096;
    private static readonly TimeSpan s_regexTimeout = TimeSpan.FromMilliseconds(250);
    private readonly StixPattern _pattern;
    private readonly Dictionary<string, Regex> _regexCache = new(StringComparer.Ordinal);

    public PatternMatcher(StixPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        _pattern = pattern;
    }

    /// <summary>All ways the pattern matches (bounded), earliest first.</summary>
    public IReadOnlyList<PatternMatch> Match(IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return Evaluate(_pattern.Expression, observations)
            .Select(b => new PatternMatch(b.Indexes, b.First, b.Last))
            .OrderBy(m => m.First)
            .ToList();
    }

    /// <summary>True when one object of the observation satisfies the comparison expression.</summary>
    public bool Matches(ComparisonExpression comparison, Observation observation)
    {
        foreach (var (_, obj) in observation.Objects)
        {
            if (EvaluateOnObject(comparison, obj, observation))
            {
                return true;
            }
        }

        return false;
    }

    private List<Binding> Evaluate(ObservationExpression expression, IReadOnlyList<Observation> observations)
    {
        switch (expression)
        {
            case ComparisonObservation c:
            {
                var result = new List<Binding>();
                for (var i = 0; i < observations.Count && result.Count < MaxBindings; i++)
                {
                    if (Matches(c.Comparison, observations[i]))
                    {
                        result.Add(new Binding([i], observations[i].FirstObserved, observations[i].LastObserved));
                    }
                }

                return result;
            }

            case CompoundObservation { Operator: ObservationOperator.Or } c:
                return [.. Evaluate(c.Left, observations).Concat(Evaluate(c.Right, observations)).Take(MaxBindings)];

            case CompoundObservation c:
            {
                var left = Evaluate(c.Left, observations);
                var right = left.Count == 0 ? [] : Evaluate(c.Right, observations);
                var result = new List<Binding>();
                foreach (var l in left)
                {
                    foreach (var r in right)
                    {
                        if (result.Count >= MaxBindings)
                        {
                            return result;
                        }

                        if (!l.Disjoint(r))
                        {
                            continue;
                        }

                        if (c.Operator == ObservationOperator.FollowedBy && l.LatestStart(observations) > r.EarliestStart(observations))
                        {
                            continue;
                        }

                        result.Add(l.Union(r));
                    }
                }

                return result;
            }

            case QualifiedObservation q:
                return ApplyQualifier(q.Qualifier, Evaluate(q.Inner, observations), observations);

            default:
                throw new NotSupportedException($"Unknown observation expression {expression.GetType().Name}");
        }
    }

    private static List<Binding> ApplyQualifier(PatternQualifier qualifier, List<Binding> bindings, IReadOnlyList<Observation> observations)
    {
        switch (qualifier)
        {
            case WithinQualifier w:
                return bindings.Where(b => (b.Last - b.First).TotalSeconds <= w.Seconds).ToList();
            case StartStopQualifier s:
                return bindings.Where(b => b.Indexes.All(i => observations[i].FirstObserved >= s.Start && observations[i].FirstObserved < s.Stop)).ToList();
            case RepeatsQualifier r:
            {
                // Each start point picks, in time order, the first bindings disjoint from those already taken.
                var ordered = bindings.OrderBy(b => b.First).ToList();
                var result = new List<Binding>();
                for (var start = 0; start < ordered.Count && result.Count < MaxBindings; start++)
                {
                    var combined = ordered[start];
                    var taken = 1;
                    for (var j = start + 1; j < ordered.Count && taken < r.Times; j++)
                    {
                        if (combined.Disjoint(ordered[j]))
                        {
                            combined = combined.Union(ordered[j]);
                            taken++;
                        }
                    }

                    if (taken == r.Times)
                    {
                        result.Add(combined);
                    }
                }

                return result;
            }

            default:
                throw new NotSupportedException($"Unknown qualifier {qualifier.GetType().Name}");
        }
    }

    private bool EvaluateOnObject(ComparisonExpression expression, JsonElement obj, Observation observation) => expression switch
    {
        CompoundComparison { Operator: BooleanOperator.And } c => EvaluateOnObject(c.Left, obj, observation) && EvaluateOnObject(c.Right, obj, observation),
        CompoundComparison c => EvaluateOnObject(c.Left, obj, observation) || EvaluateOnObject(c.Right, obj, observation),
        ExistsComparison e => IsType(obj, e.Path.ObjectType) && Resolve(obj, e.Path, observation).Any(),
        PropertyComparison p => IsType(obj, p.Path.ObjectType) && EvaluateProperty(p, obj, observation),
        _ => false,
    };

    private bool EvaluateProperty(PropertyComparison comparison, JsonElement obj, Observation observation)
    {
        foreach (var value in Resolve(obj, comparison.Path, observation))
        {
            // A negated comparison still needs the property to be present (section 9.5).
            if (Compare(comparison, value) != comparison.Negated)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsType(JsonElement obj, string type) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.ValueEquals(type);

    private static IEnumerable<JsonElement> Resolve(JsonElement obj, ObjectPath path, Observation observation)
    {
        // The common case, a top-level property such as 'value', needs no intermediate lists.
        if (path.Steps is [{ Property: { } only }])
        {
            return obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(only, out var direct) ? [direct] : [];
        }

        IEnumerable<JsonElement> current = [obj];
        for (var i = 0; i < path.Steps.Count; i++)
        {
            var step = path.Steps[i];
            var isLast = i == path.Steps.Count - 1;
            current = current.SelectMany(element => Step(element, step, isLast, observation)).ToList();
        }

        return current;
    }

    private static IEnumerable<JsonElement> Step(JsonElement element, PathStep step, bool isLast, Observation observation)
    {
        if (step.Property is { } name)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
            {
                yield break;
            }

            if (!isLast && name.EndsWith("_ref", StringComparison.Ordinal) && value.ValueKind == JsonValueKind.String)
            {
                if (observation.Objects.TryGetValue(value.GetString()!, out var target))
                {
                    yield return target;
                }

                yield break;
            }

            yield return value;
            yield break;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        var items = step.IsAnyIndex ? element.EnumerateArray().ToList() : element.EnumerateArray().Skip(step.Index!.Value).Take(step.Index.Value >= 0 ? 1 : 0).ToList();
        foreach (var item in items)
        {
            // Elements of *_refs lists are references to follow when the path continues.
            if (!isLast && item.ValueKind == JsonValueKind.String && observation.Objects.TryGetValue(item.GetString()!, out var target))
            {
                yield return target;
            }
            else
            {
                yield return item;
            }
        }
    }

    private bool Compare(PropertyComparison comparison, JsonElement value)
    {
        var literal = comparison.Value;
        switch (comparison.Operator)
        {
            case ComparisonOperator.Equal:
                return literal is not null && AreEqual(value, literal);
            case ComparisonOperator.NotEqual:
                return literal is not null && !AreEqual(value, literal);
            case ComparisonOperator.In:
                return comparison.Values.Any(v => AreEqual(value, v));
            case ComparisonOperator.Less or ComparisonOperator.LessOrEqual or ComparisonOperator.Greater or ComparisonOperator.GreaterOrEqual:
            {
                var order = Order(value, literal!);
                return order is { } o && comparison.Operator switch
                {
                    ComparisonOperator.Less => o < 0,
                    ComparisonOperator.LessOrEqual => o <= 0,
                    ComparisonOperator.Greater => o > 0,
                    _ => o >= 0,
                };
            }

            case ComparisonOperator.Like:
                return value.ValueKind == JsonValueKind.String && GetRegex(LikeToRegex(literal!.Text)).IsMatch(value.GetString()!);
            case ComparisonOperator.Matches:
                return value.ValueKind == JsonValueKind.String && SafeIsMatch(GetRegex(literal!.Text), value.GetString()!);
            case ComparisonOperator.IsSubset:
                return value.ValueKind == JsonValueKind.String && IpNetwork.TryParse(value.GetString()!, out var inner) &&
                       IpNetwork.TryParse(literal!.Text, out var outer) && outer.Contains(inner);
            case ComparisonOperator.IsSuperset:
                return value.ValueKind == JsonValueKind.String && IpNetwork.TryParse(value.GetString()!, out var container) &&
                       IpNetwork.TryParse(literal!.Text, out var contained) && container.Contains(contained);
            default:
                return false;
        }
    }

    private static bool AreEqual(JsonElement value, PatternValue literal)
    {
        switch (literal.Kind)
        {
            case PatternValueKind.String when value.ValueKind == JsonValueKind.String:
            {
                var s = value.GetString()!;
                if (string.Equals(s, literal.Text, StringComparison.Ordinal))
                {
                    return true;
                }

                // Addresses compare as networks ('198.51.100.1' = '198.51.100.1/32'); hashes ignore hex case.
                if (IpNetwork.TryParse(s, out var a) && IpNetwork.TryParse(literal.Text, out var b))
                {
                    return a.Equals(b);
                }

                return s.Length == literal.Text.Length && s.All(char.IsAsciiHexDigit) && literal.Text.All(char.IsAsciiHexDigit) &&
                       string.Equals(s, literal.Text, StringComparison.OrdinalIgnoreCase);
            }

            case PatternValueKind.Integer or PatternValueKind.Float when value.ValueKind == JsonValueKind.Number:
                return value.GetDouble() == literal.Number;
            case PatternValueKind.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return value.GetBoolean() == (literal.Text == "true");
            case PatternValueKind.Timestamp when value.ValueKind == JsonValueKind.String:
                return TryTimestamp(value.GetString()!, out var t) && t == literal.Timestamp;
            case PatternValueKind.Binary or PatternValueKind.Hex when value.ValueKind == JsonValueKind.String:
                return TryBytes(value.GetString()!, out var bytes) && bytes.AsSpan().SequenceEqual(literal.Bytes);
            default:
                return false;
        }
    }

    private static int? Order(JsonElement value, PatternValue literal)
    {
        switch (literal.Kind)
        {
            case PatternValueKind.Integer or PatternValueKind.Float when value.ValueKind == JsonValueKind.Number:
                return value.GetDouble().CompareTo(literal.Number!.Value);
            case PatternValueKind.Timestamp when value.ValueKind == JsonValueKind.String && TryTimestamp(value.GetString()!, out var t):
                return t.CompareTo(literal.Timestamp!.Value);
            case PatternValueKind.String when value.ValueKind == JsonValueKind.String:
                return string.CompareOrdinal(value.GetString(), literal.Text);
            default:
                return null;
        }
    }

    private static bool TryTimestamp(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    private static bool TryBytes(string base64, out byte[] bytes)
    {
        var buffer = new byte[(base64.Length * 3 / 4) + 3];
        if (Convert.TryFromBase64String(base64, buffer, out var written))
        {
            bytes = buffer[..written];
            return true;
        }

        bytes = [];
        return false;
    }

    private Regex GetRegex(string pattern)
    {
        if (!_regexCache.TryGetValue(pattern, out var regex))
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, s_regexTimeout);
            _regexCache[pattern] = regex;
        }

        return regex;
    }

    private static bool SafeIsMatch(Regex regex, string input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string LikeToRegex(string like)
    {
        var sb = new StringBuilder("^");
        foreach (var c in like)
        {
            sb.Append(c switch
            {
                '%' => "(?s:.*)",
                '_' => "(?s:.)",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return sb.Append('$').ToString();
    }

    private readonly record struct Binding(int[] Indexes, DateTimeOffset First, DateTimeOffset Last)
    {
        public bool Disjoint(Binding other) => !Indexes.Intersect(other.Indexes).Any();

        public Binding Union(Binding other) => new(
            [.. Indexes.Union(other.Indexes).Order()],
            First < other.First ? First : other.First,
            Last > other.Last ? Last : other.Last);

        public DateTimeOffset LatestStart(IReadOnlyList<Observation> observations) => Indexes.Max(i => observations[i].FirstObserved);

        public DateTimeOffset EarliestStart(IReadOnlyList<Observation> observations) => Indexes.Min(i => observations[i].FirstObserved);
    }
}
