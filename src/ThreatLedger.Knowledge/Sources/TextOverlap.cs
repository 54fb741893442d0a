using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ThreatLedger.Knowledge.Sources;

/// <summary>
/// How much of one evidence sentence another repeats, measured the way plagiarism checkers do (greedy string tiling):
/// the normalised words (lower case, letters and digits only) of both sentences are covered with the longest common
/// runs first, each run at least <see cref="MinRunWords"/> words long and each word used once. A sentence copies
/// another when the runs cover at least <see cref="MinCopiedWords"/> words and <see cref="MinCoverage"/> of the
/// shorter sentence, or when one run is at least <see cref="MinVerbatimRunWords"/> words long, or when a quotation of at
/// least <see cref="MinQuoteWords"/> words reappears word for word.
/// Short stock phrases ("were behind the attack") stay below both bars, so independent reports of the same fact do
/// not look copied.
/// </summary>
public static partial class TextOverlap
{
    /// <summary>The shortest run of common words that counts (shorter runs are stock phrases).</summary>
    public const int MinRunWords = 4;

    /// <summary>Words the common runs must cover in all.</summary>
    public const int MinCopiedWords = 12;

    /// <summary>Share of the shorter sentence the common runs must cover.</summary>
    public const double MinCoverage = 0.6;

    /// <summary>
    /// A single common run this long is a copied passage whatever share of a long sentence it covers (a relay that
    /// splices a copied clause into its own sentence); no stock phrase is this long.
    /// </summary>
    public const int MinVerbatimRunWords = 12;

    /// <summary>The shortest quotation that identifies its source when it reappears word for word.</summary>
    public const int MinQuoteWords = 6;

    /// <summary>Compares two evidence sentences.</summary>
    public static Overlap Compare(string later, string earlier)
    {
        ArgumentNullException.ThrowIfNull(later);
        ArgumentNullException.ThrowIfNull(earlier);
        return Compare(new TextFingerprint(later), new TextFingerprint(earlier));
    }

    /// <summary>Compares two evidence sentences prepared once (the detector compares each with many).</summary>
    public static Overlap Compare(TextFingerprint later, TextFingerprint earlier)
    {
        ArgumentNullException.ThrowIfNull(later);
        ArgumentNullException.ThrowIfNull(earlier);
        var a = later.Words;
        var b = earlier.Words;
        if (!later.MayShareRun(earlier))
        {
            // No common run of MinRunWords words: nothing tiles, and no quotation (longer than that) is shared.
            return new Overlap(0, Math.Min(a.Count, b.Count), 0, string.Empty, null);
        }

        var runs = Tile(a, b);
        var copied = runs.Sum(r => r.Length);
        var shorter = Math.Min(a.Count, b.Count);
        var coverage = shorter == 0 ? 0 : (double)copied / shorter;
        var longest = runs.Count == 0 ? string.Empty : string.Join(' ', a.Skip(runs[0].Start).Take(runs[0].Length));
        var quote = SharedQuote(later.Text, b) ?? SharedQuote(earlier.Text, a);
        return new Overlap(copied, shorter, coverage, longest, quote);
    }

    /// <summary>The normalised words of a text: lower case, letters and digits only ("state-backed" → "state", "backed").</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var current = new StringBuilder();
        // "the Courier's report" → "the courier report": the possessive is not a word of its own.
        foreach (var c in Possessive().Replace(text.Normalize(NormalizationForm.FormKC), string.Empty))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>Quotations in a text ("…", “…”) of at least <see cref="MinQuoteWords"/> words.</summary>
    public static IReadOnlyList<string> Quotes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quotes = new List<string>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0 && (c == '“' || (c == '"' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))))
            {
                open = i + 1;
            }
            else if (open >= 0 && (c == '”' || c == '"'))
            {
                var quote = text[open..i];
                if (Words(quote).Count >= MinQuoteWords)
                {
                    quotes.Add(quote.Trim());
                }

                open = -1;
            }
        }

        return quotes;
    }

    /// <summary>A quotation of <paramref name="text"/> that the other words repeat word for word, or null.</summary>
    private static string? SharedQuote(string text, IReadOnlyList<string> other)
    {
        foreach (var quote in Quotes(text))
        {
            var words = Words(quote);
            for (var i = 0; i + words.Count <= other.Count; i++)
            {
                var j = 0;
                while (j < words.Count && other[i + j] == words[j])
                {
                    j++;
                }

                if (j == words.Count)
                {
                    return quote;
                }
            }
        }

        return null;
    }

    /// <summary>Greedy string tiling: the maximal common runs (longest first) with each word in at most one run.</summary>
    private static List<(int Start, int Length)> Tile(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var usedA = new bool[a.Count];
        var usedB = new bool[b.Count];
        var runs = new List<(int Start, int Length)>();
        while (true)
        {
            var best = (Start: -1, Other: -1, Length: 0);
            for (var i = 0; i < a.Count; i++)
            {
                for (var j = 0; j < b.Count; j++)
                {
                    var k = 0;
                    while (i + k < a.Count && j + k < b.Count && !usedA[i + k] && !usedB[j + k] && a[i + k] == b[j + k])
                    {
                        k++;
                    }

                    if (k > best.Length)
                    {
                        best = (i, j, k);
                    }
                }
            }

            if (best.Length < MinRunWords)
            {
                return runs;
            }

            for (var k = 0; k < best.Length; k++)
            {
                usedA[best.Start + k] = true;
                usedB[best.Other + k] = true;
            }

            runs.Add((best.Start, best.Length));
        }
    }

    [GeneratedRegex(@"['’]s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();
}
