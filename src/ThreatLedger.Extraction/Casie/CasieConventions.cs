using System.Collections.Frozen;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Casie;

/// <summary>
/// CASIE's annotation conventions for event nuggets, applied to the rule-based extractor's output when it is written in
/// the CASIE format: trigger phrases CASIE does not annotate as nuggets (<c>Casie/Data/non-nuggets.txt</c>, measured on
/// the train split) are left out, and their arguments move to the nearest kept event of the same type. The extraction
/// document, incidents and claims keep every event; the learned model already follows the conventions it was trained on.
/// </summary>
public sealed class CasieConventions
{
    private static readonly Lazy<CasieConventions> s_default = new(() => new CasieConventions(ReadEmbedded()));

    private readonly FrozenSet<string> _nonNuggets;

    private CasieConventions(IEnumerable<string> nonNuggets) => _nonNuggets = nonNuggets.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The conventions measured on CASIE's train split.</summary>
    public static CasieConventions Default => s_default.Value;

    /// <summary>Whether CASIE annotates <paramref name="trigger"/> as an event nugget at all.</summary>
    public bool IsNugget(string trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return !_nonNuggets.Contains(trigger.Trim());
    }

    /// <summary>The events CASIE would annotate, carrying the arguments of those it would not.</summary>
    public IReadOnlyList<Event> Apply(IReadOnlyList<Event> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var kept = events.Where(e => IsNugget(e.Trigger.Text)).ToList();
        if (kept.Count == events.Count)
        {
            return events;
        }

        var arguments = kept.ToDictionary(e => e, e => e.Arguments.ToList());
        foreach (var dropped in events.Where(e => !IsNugget(e.Trigger.Text)))
        {
            var host = kept.Where(k => k.Type == dropped.Type).MinBy(k => Math.Abs(k.Trigger.Start - dropped.Trigger.Start));
            if (host is null)
            {
                continue;
            }

            var list = arguments[host];
            foreach (var argument in dropped.Arguments)
            {
                if (!list.Any(a => a.Role == argument.Role && a.Span.Start == argument.Span.Start && a.Span.End == argument.Span.End))
                {
                    list.Add(argument);
                }
            }
        }

        return [.. kept.Select(e => e with { Arguments = arguments[e] })];
    }

    private static IEnumerable<string> ReadEmbedded()
    {
        using var stream = typeof(CasieConventions).Assembly.GetManifestResourceStream("ThreatLedger.Extraction.Casie.Data.non-nuggets.txt")
            ?? throw new InvalidOperationException("The CASIE conventions resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var phrases = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                phrases.Add(line.Split('\t')[0].Trim());
            }
        }

        return phrases;
    }
}
