using Microsoft.Extensions.FileSystemGlobbing;

namespace ThreatLedger.Extraction.Input;

/// <summary>Expands command-line inputs: files, folders (recursively, known document extensions) and globs.</summary>
public static class InputPaths
{
    private static readonly string[] s_documentPatterns =
        ["**/*.txt", "**/*.text", "**/*.html", "**/*.htm", "**/*.md", "**/*.markdown", "**/*.rss", "**/*.atom", "**/*.xml", "**/*.jsonl"];

    /// <summary>The files the inputs name, in a stable order; throws when an input matches nothing.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var matched = ExpandOne(input);
            if (matched.Count == 0)
            {
                throw DocumentReadException.For(input, Directory.Exists(input)
                    ? "the folder holds no documents (.txt, .html, .md, .rss, .atom, .xml, .jsonl)"
                    : "no such file, folder or matching glob");
            }

            foreach (var file in matched)
            {
                if (seen.Add(Path.GetFullPath(file)))
                {
                    files.Add(file);
                }
            }
        }

        return files;
    }

    private static List<string> ExpandOne(string input)
    {
        if (File.Exists(input))
        {
            return [input];
        }

        if (Directory.Exists(input))
        {
            var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
            matcher.AddIncludePatterns(s_documentPatterns);
            return [.. matcher.GetResultsInFullPath(input).Order(StringComparer.Ordinal)];
        }

        if (input.IndexOfAny(['*', '?', '[']) < 0)
        {
            return [];
        }

        // Split the glob into the longest literal folder prefix and the pattern below it.
        var full = Path.GetFullPath(input).Replace('\\', '/');
        var firstWild = full.IndexOfAny(['*', '?', '[']);
        var slash = full.LastIndexOf('/', firstWild);
        var root = slash <= 0 ? "/" : full[..slash];
        var pattern = full[(slash + 1)..];
        if (!Directory.Exists(root))
        {
            return [];
        }

        var globMatcher = new Matcher(StringComparison.Ordinal);
        globMatcher.AddInclude(pattern);
        return [.. globMatcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal)];
    }
}
