using System.Reflection;

namespace ThreatLedger.Extraction.Events;

/// <summary>
/// The data files behind event extraction: trigger phrases per event type and cue phrases (personal data, attacker
/// words, payment methods, realis cues, …). The built-in files are embedded resources
/// (<c>Events/Lexicons/triggers/&lt;EventType&gt;.txt</c>, <c>Events/Lexicons/cues/&lt;Cue&gt;.txt</c>); a user lexicon
/// directory adds <c>events/triggers/&lt;EventType&gt;.txt</c> and <c>events/cues/&lt;Cue&gt;.txt</c> files to them.
/// </summary>
public sealed class EventLexicons
{
    private const string ResourcePrefix = "ThreatLedger.Extraction.Events.Lexicons.";

    private EventLexicons(PhraseLexicon triggers, PhraseLexicon cues, IReadOnlyList<string> sources)
    {
        Triggers = triggers;
        Cues = cues;
        Sources = sources;
    }

    /// <summary>Trigger phrases labelled with their event type.</summary>
    public PhraseLexicon Triggers { get; }

    /// <summary>Cue phrases labelled with their cue class (<see cref="CueClasses"/>).</summary>
    public PhraseLexicon Cues { get; }

    /// <summary>Where the phrases came from (resource names and files), for provenance.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The built-in lexicons, plus those under <c>&lt;lexiconDirectory&gt;/events</c> when given.</summary>
    /// <exception cref="DirectoryNotFoundException">The lexicon directory does not exist.</exception>
    public static EventLexicons Load(string? lexiconDirectory = null)
    {
        var triggers = new PhraseLexicon();
        var cues = new PhraseLexicon();
        var sources = new List<string>();
        if (lexiconDirectory is not null)
        {
            if (!Directory.Exists(lexiconDirectory))
            {
                throw new DirectoryNotFoundException($"Lexicon directory '{lexiconDirectory}' does not exist.");
            }

            // User phrases first, so they win over built-in phrases with another label.
            AddDirectory(Path.Combine(lexiconDirectory, "events", "triggers"), triggers, sources);
            AddDirectory(Path.Combine(lexiconDirectory, "events", "cues"), cues, sources);
        }

        var assembly = typeof(EventLexicons).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !name.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = name[ResourcePrefix.Length..^4];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                continue;
            }

            var target = rest[..slash] switch
            {
                "triggers" => triggers,
                "cues" => cues,
                _ => null,
            };
            if (target is null)
            {
                continue;
            }

            target.AddLines(ReadResource(assembly, name), rest[(slash + 1)..]);
            sources.Add("resource:" + name);
        }

        return new EventLexicons(triggers, cues, sources);
    }

    private static void AddDirectory(string directory, PhraseLexicon lexicon, List<string> sources)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            lexicon.AddLines(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file));
            sources.Add(file);
        }
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
