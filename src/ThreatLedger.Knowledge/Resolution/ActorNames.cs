using System.Text.RegularExpressions;

namespace ThreatLedger.Knowledge.Resolution;

/// <summary>Tells named groups ("APT10", "LockBit ransomware group") from descriptions ("Chinese state-backed hackers").</summary>
public static partial class ActorNames
{
    /// <summary>
    /// True when the accused is described rather than named: a country ("China"), or a phrase led by an article, a
    /// demonym or a lower-case word that uses a descriptive noun (hackers, threat actor, state-sponsored, …).
    /// </summary>
    public static bool IsDescriptive(string accused)
    {
        ArgumentNullException.ThrowIfNull(accused);
        var text = accused.Trim();
        if (Countries.Resolve(text) is not null)
        {
            return true;
        }

        var words = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && words[0].ToLowerInvariant() is "a" or "an" or "the" or "some" or "unnamed" or "unknown" or "suspected" or "alleged")
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0 || Countries.Resolve(string.Join(' ', words)) is not null)
        {
            return true;
        }

        // "Chinese hackers", "North Korean group", "state-backed hackers", "Hackers linked to Iran".
        var lead = words[0];
        var leadIsCountry = Countries.Resolve(lead.TrimEnd('\'', '’', 's')) is not null || Countries.FindIn(lead) is not null
            || (words.Count > 1 && Countries.FindIn(words[0] + " " + words[1]) is not null);
        return (leadIsCountry || char.IsLower(lead[0]) || DescriptiveNoun().IsMatch(lead)) && DescriptiveNoun().IsMatch(text);
    }

    /// <summary>The name without a trailing descriptor ("LockBit ransomware group" → "LockBit"), or null when there is none.</summary>
    public static string? WithoutDescriptor(string name)
    {
        var stripped = TrailingDescriptor().Replace(name.Trim(), string.Empty).Trim();
        return stripped.Length > 0 && stripped != name.Trim() ? stripped : null;
    }

    /// <summary>
    /// True for a tracking number rather than a name: Microsoft's "Storm-1567" and "DEV-0537", Mandiant's "UNC2452",
    /// Proofpoint's "TA505", CERT-UA's "UAC-0001", ATT&amp;CK's "G0016", "Threat Group-3390", "TEMP.Veles".
    /// </summary>
    public static bool IsProvisional(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Provisional().IsMatch(name.Trim());
    }

    [GeneratedRegex(@"^(?:storm|dev|unc|ta|uac|tag|g|threat group|temp)[-\s.]?\d+$|^temp\.[a-z]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Provisional();

    [GeneratedRegex(@"\b(?:hackers?|actors?|group|groups|gang|crew|operatives?|spies|attackers?|intruders?|cybercriminals?|criminals?|state|states|government|military|intelligence|linked|backed|sponsored|nexus|based|affiliated|aligned|nation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DescriptiveNoun();

    [GeneratedRegex(@"(?:\s+(?:ransomware|hacking|hacker|threat|cyber|espionage|apt|cybercrime|extortion|criminal))*\s+(?:group|gang|crew|actor|operators?|team|collective)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDescriptor();
}
