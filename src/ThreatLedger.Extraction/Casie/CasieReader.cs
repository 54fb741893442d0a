using System.Globalization;
using System.Text.Json;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Casie;

/// <summary>
/// Reads CASIE JSONL (one document per line: <c>id</c>, <c>title</c>, <c>date</c>, <c>url</c>, <c>text</c> and
/// optionally the annotated <c>events</c>) into <see cref="SourceDocument"/>s with their gold events.
/// Offsets are checked against the text; any problem stops reading with a <see cref="CasieFormatException"/>
/// that names the file, line and JSON path.
/// </summary>
public static class CasieReader
{
    /// <summary>Reads every document of a JSONL file, or of every <c>*.jsonl</c> file in a directory (sorted by name).</summary>
    /// <exception cref="CasieFormatException">A line is not a valid CASIE document.</exception>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    public static IEnumerable<CasieDocument> ReadPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.jsonl", SearchOption.TopDirectoryOnly)
                .Order(StringComparer.Ordinal)
                .SelectMany(ReadFile);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"CASIE corpus '{path}' is neither a file nor a directory.", path);
        }

        return ReadFile(path);
    }

    /// <summary>Reads one JSONL file lazily.</summary>
    public static IEnumerable<CasieDocument> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        foreach (var doc in Read(reader, path))
        {
            yield return doc;
        }
    }

    /// <summary>Reads JSONL from a reader lazily; <paramref name="origin"/> names the input in messages.</summary>
    public static IEnumerable<CasieDocument> Read(TextReader reader, string origin)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine(line, origin, lineNumber);
        }
    }

    /// <summary>Parses one JSONL line.</summary>
    /// <exception cref="CasieFormatException">The line is not a valid CASIE document.</exception>
    public static CasieDocument ParseLine(string line, string origin, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new CasieFormatException($"{origin}:{lineNumber}: not valid JSON ({e.Message}).", e);
        }

        using (json)
        {
            var root = json.RootElement;
            var where = $"{origin}:{lineNumber}";
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CasieFormatException($"{where}: $ must be a JSON object.");
            }

            var id = RequiredString(root, "id", "$.id", where, allowNumber: true);
            var text = RequiredString(root, "text", "$.text", where, allowNumber: false);
            var title = OptionalString(root, "title", where);
            var url = OptionalString(root, "url", where);
            DateOnly? published = null;
            if (OptionalString(root, "date", where) is { } date)
            {
                if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    throw new CasieFormatException($"{where}: $.date must be YYYY-MM-DD, found '{Truncate(date)}'.");
                }

                published = d;
            }

            var info = new DocumentInfo { Id = id, Title = title, Url = url, Published = published, Origin = where };
            var events = new List<Event>();
            if (root.TryGetProperty("events", out var eventsElement) && eventsElement.ValueKind != JsonValueKind.Null)
            {
                if (eventsElement.ValueKind != JsonValueKind.Array)
                {
                    throw new CasieFormatException($"{where}: $.events must be an array.");
                }

                var i = 0;
                foreach (var e in eventsElement.EnumerateArray())
                {
                    events.Add(ParseEvent(e, text, $"$.events[{i}]", where, i));
                    i++;
                }
            }

            return new CasieDocument(new SourceDocument(info, text), events);
        }
    }

    private static Event ParseEvent(JsonElement e, string text, string path, string where, int index)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new CasieFormatException($"{where}: {path} must be an object.");
        }

        var type = RequiredString(e, "type", path + ".type", where, allowNumber: false);
        var realis = OptionalString(e, "realis", where) ?? "Actual";
        var hopper = 0;
        if (e.TryGetProperty("hopper", out var h) && h.ValueKind == JsonValueKind.Number && !h.TryGetInt32(out hopper))
        {
            throw new CasieFormatException($"{where}: {path}.hopper must be an integer.");
        }

        if (!e.TryGetProperty("trigger", out var trigger))
        {
            throw new CasieFormatException($"{where}: {path}.trigger is missing.");
        }

        var arguments = new List<EventArgument>();
        if (e.TryGetProperty("arguments", out var args) && args.ValueKind == JsonValueKind.Array)
        {
            var k = 0;
            foreach (var a in args.EnumerateArray())
            {
                var argPath = $"{path}.arguments[{k}]";
                arguments.Add(new EventArgument
                {
                    Role = RequiredString(a, "role", argPath + ".role", where, allowNumber: false),
                    Span = ParseSpan(a, text, argPath, where),
                    EntityType = OptionalString(a, "entity_type", where),
                });
                k++;
            }
        }

        return new Event
        {
            Id = "v" + (index + 1).ToString(CultureInfo.InvariantCulture),
            Type = type,
            Realis = realis,
            Hopper = hopper,
            Trigger = ParseSpan(trigger, text, path + ".trigger", where),
            Arguments = arguments,
        };
    }

    private static TextSpan ParseSpan(JsonElement span, string text, string path, string where)
    {
        if (span.ValueKind != JsonValueKind.Object
            || !span.TryGetProperty("start", out var s) || !s.TryGetInt32(out var start)
            || !span.TryGetProperty("end", out var en) || !en.TryGetInt32(out var end))
        {
            throw new CasieFormatException($"{where}: {path} needs integer 'start' and 'end'.");
        }

        if (start < 0 || end > text.Length || start >= end)
        {
            throw new CasieFormatException($"{where}: {path} [{start}, {end}) is outside the text (length {text.Length}).");
        }

        var covered = text.Substring(start, end - start);
        if (span.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() != covered)
        {
            throw new CasieFormatException($"{where}: {path}.text '{Truncate(t.GetString() ?? "")}' differs from the text at [{start}, {end}): '{Truncate(covered)}'.");
        }

        return new TextSpan(start, end, covered);
    }

    private static string RequiredString(JsonElement element, string name, string path, string where, bool allowNumber)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value))
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString()!;
            }

            if (allowNumber && value.ValueKind == JsonValueKind.Number)
            {
                return value.GetRawText();
            }
        }

        throw new CasieFormatException($"{where}: {path} must be a string.");
    }

    private static string? OptionalString(JsonElement element, string name, string where)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new CasieFormatException($"{where}: $.{name} must be a string or null.");
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
