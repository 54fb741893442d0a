using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Entities;

/// <summary>The entities of one text with every mention, and the tokens and sentences they were found in.</summary>
public sealed class EntityAnalysis
{
    private readonly Dictionary<string, Entity> _byId;

    internal EntityAnalysis(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Entity> entities, IReadOnlyList<EntityMention> mentions)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        Mentions = mentions;
        _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public string Text { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>All mentions sorted by start (nested mentions possible: "Chinese" inside "a Chinese threat group").</summary>
    public IReadOnlyList<EntityMention> Mentions { get; }

    /// <summary>The entity with this id.</summary>
    public Entity this[string id] => _byId[id];

    /// <summary>The entity with this id, or null.</summary>
    public Entity? Find(string? id) => id is not null && _byId.TryGetValue(id, out var entity) ? entity : null;

    /// <summary>Mentions that lie inside <c>[start, end)</c>.</summary>
    public IEnumerable<EntityMention> MentionsWithin(int start, int end)
    {
        var i = FirstAtOrAfter(start);
        for (; i < Mentions.Count && Mentions[i].Start < end; i++)
        {
            if (Mentions[i].End <= end)
            {
                yield return Mentions[i];
            }
        }
    }

    /// <summary>The widest mention covering <c>[start, end)</c> or, failing that, the widest one inside it.</summary>
    public EntityMention? BestMentionFor(int start, int end)
    {
        EntityMention? best = null;
        foreach (var m in MentionsWithin(start, end))
        {
            if (best is null || m.End - m.Start > best.Value.End - best.Value.Start)
            {
                best = m;
            }
        }

        if (best is not null)
        {
            return best;
        }

        var i = FirstAtOrAfter(Math.Max(0, start - 200));
        for (; i < Mentions.Count && Mentions[i].Start <= start; i++)
        {
            if (Mentions[i].End >= end)
            {
                best = best is null || Mentions[i].End - Mentions[i].Start < best.Value.End - best.Value.Start ? Mentions[i] : best;
            }
        }

        return best;
    }

    /// <summary>Index of the sentence holding character <paramref name="offset"/> (the last one starting before it).</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private int FirstAtOrAfter(int start)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Mentions[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
