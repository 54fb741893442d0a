namespace ThreatLedger.Extraction.Text;

/// <summary>The coarse class of a <see cref="Token"/>.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with digits, inner hyphens, apostrophes or dots ("zero-day", "U.S.", "example.com").</summary>
    Word,
    /// <summary>Digits, possibly with decimal/thousand separators ("1,500", "3.5", "2017").</summary>
    Number,
    /// <summary>Sentence or clause punctuation: . , ; : ! ? quotes, brackets, dashes.</summary>
    Punctuation,
    /// <summary>Any other single character ($, %, &amp;, @, #, …).</summary>
    Symbol,
}
