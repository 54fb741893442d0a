namespace ThreatLedger.Extraction.Text;

/// <summary>
/// A text with its tokens, sentences and lower-cased token forms, computed once and shared by every extractor
/// (events, entities, claims) so the text is tokenized only once.
/// </summary>
public sealed class AnalyzedText
{
    private readonly int[] _sentenceOfToken;
    private readonly string[] _lower;

    private AnalyzedText(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        _sentenceOfToken = new int[tokens.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                _sentenceOfToken[t] = s;
            }
        }

        _lower = new string[tokens.Count];
        Span<char> buffer = stackalloc char[64];
        for (var t = 0; t < tokens.Count; t++)
        {
            var surface = tokens[t].AsSpan(text);
            if (surface.Length > buffer.Length)
            {
                _lower[t] = surface.ToString().ToLowerInvariant();
                continue;
            }

            var lower = buffer[..surface.Length];
            surface.ToLowerInvariant(lower);
            _lower[t] = new string(lower);
        }
    }

    /// <summary>The original text; all offsets point into it.</summary>
    public string Text { get; }

    /// <summary>Tokens in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Sentences in text order; their token ranges index <see cref="Tokens"/>.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Tokenizes and splits <paramref name="text"/>.</summary>
    public static AnalyzedText Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        return new AnalyzedText(text, tokens, SentenceSplitter.Split(text, tokens));
    }

    /// <summary>The index of the sentence that holds token <paramref name="token"/>.</summary>
    public int SentenceOf(int token) => _sentenceOfToken[token];

    /// <summary>The lower-cased (invariant) form of token <paramref name="token"/>.</summary>
    public string Lower(int token) => _lower[token];

    /// <summary>The original form of token <paramref name="token"/>.</summary>
    public ReadOnlySpan<char> Surface(int token) => Tokens[token].AsSpan(Text);

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (Tokens.Count when none).</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset)
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
