namespace ThreatLedger.Knowledge.Sources;

/// <summary>
/// The outlets of the articles in the store, by normalised key, with a look-up of the ones a sentence names: names
/// are indexed by their first word (a leading "The" dropped), so a sentence is scanned once, not once per outlet.
/// </summary>
internal sealed class OutletNames
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Key, string Bare, bool AfterThe)>> _byFirstWord = new(StringComparer.Ordinal);

    public void Add(string key, string name)
    {
        if (!_names.TryAdd(key, name))
        {
            return;
        }

        // "The Harbour Courier" is also "the Harbour Courier" or "Harbour Courier"; "The Record" must keep its article
        // ("Record numbers of …" names no outlet).
        var bare = name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
        var afterThe = bare.Length < name.Length && !bare.Contains(' ', StringComparison.Ordinal);
        if (bare.Length <= 2)
        {
            return;
        }

        var first = bare.Split(' ', 2)[0];
        if (!_byFirstWord.TryGetValue(first, out var list))
        {
            _byFirstWord[first] = list = [];
        }

        list.Add((key, bare, afterThe));
    }

    public bool Contains(string key) => _names.ContainsKey(key);

    public string Name(string key) => _names[key];

    /// <summary>The key of a stored outlet the text names (case-sensitive, whole words), other than <paramref name="except"/>.</summary>
    public string? NamedIn(string text, string? except)
    {
        var start = 0;
        while (start < text.Length)
        {
            while (start < text.Length && !char.IsLetterOrDigit(text[start]))
            {
                start++;
            }

            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (',' or '.' or ';' or ':' or '"' or '“' or '”' or '(' or ')'))
            {
                end++;
            }

            if (end > start && _byFirstWord.TryGetValue(text[start..end], out var candidates))
            {
                foreach (var (key, bare, afterThe) in candidates)
                {
                    var after = start + bare.Length;
                    if (key != except && string.CompareOrdinal(text, start, bare, 0, bare.Length) == 0
                        && (after == text.Length || !char.IsLetterOrDigit(text[after]))
                        && (!afterThe || (start >= 4 && text.AsSpan(start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase))))
                    {
                        return key;
                    }
                }
            }

            start = end + 1;
        }

        return null;
    }
}
