using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using CsvHelper.Configuration;
using ThreatLedger.Stix.Patterning;

namespace ThreatLedger.Hunting.Logs;

/// <summary>
/// Reads logs of delimited records with named columns: Zeek's tab-separated logs (the <c>#separator</c>, <c>#fields</c>,
/// <c>#unset_field</c> and <c>#empty_field</c> header lines, several logs concatenated) and CSV or TSV exports whose first
/// row names the columns (SIEM and firewall exports). Each record becomes a JSON record mapped like a JSON-lines log.
/// </summary>
internal static class DelimitedLogReader
{
    /// <summary>
    /// True when the first line of a file opens a Zeek log or is the header row of a CSV/TSV export: at least two
    /// columns, every one a plain field name, at least one a field the mapper knows (<c>src_ip</c>, <c>query</c>, …).
    /// </summary>
    public static bool Recognises(string firstLine)
    {
        if (firstLine.StartsWith("#separator", StringComparison.Ordinal) || firstLine.StartsWith("#fields", StringComparison.Ordinal))
        {
            return true;
        }

        var delimiter = firstLine.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
        var names = firstLine.Split(delimiter).Select(n => n.Trim().Trim('"').ToLowerInvariant()).ToList();
        return names.Count >= 2
            && names.All(n => n.Length is > 0 and <= 40 && (char.IsLetter(n[0]) || n[0] is '_' or '@') && n.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '-' or '@' or ' ' or '/'))
            && names.Any(JsonRecordMapper.IsKnownField);
    }

    /// <summary>Reads the records of a Zeek log or a CSV/TSV export (decided by its first line).</summary>
    /// <exception cref="LogReadException">A record does not fit the header (names file and line).</exception>
    public static IEnumerable<Observation> Read(string path, DateTimeOffset fallbackTime)
    {
        var first = LogObservationReader.ReadLines(path).FirstOrDefault(l => l.Trim().Length > 0);
        if (first is null)
        {
            yield break;
        }

        var records = first.StartsWith('#') ? ZeekRecords(path, LogObservationReader.ReadLines(path))
            : CsvRecords(path, first.Contains('\t', StringComparison.Ordinal) ? "\t" : ",");
        var lastTime = fallbackTime;
        foreach (var (line, record) in records)
        {
            var (time, builder) = JsonRecordMapper.Map(JsonSerializer.SerializeToElement(record, HuntingJsonContext.Default.JsonObject));
            lastTime = time ?? lastTime;
            if (!builder.IsEmpty)
            {
                yield return builder.Build(lastTime, $"{path}:{line}");
            }
        }
    }

    /// <summary>Zeek's format: header lines set the separator, the column names and the unset/empty markers.</summary>
    private static IEnumerable<(int Line, JsonObject Record)> ZeekRecords(string path, IEnumerable<string> lines)
    {
        var separator = "\t";
        var unset = "-";
        var empty = "(empty)";
        string[]? fields = null;
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                var space = line.IndexOfAny([' ', '\t']);
                var key = space < 0 ? line : line[..space];
                var value = space < 0 ? string.Empty : line[(space + 1)..];
                switch (key)
                {
                    case "#separator":
                        separator = Unescape(value.Trim());
                        break;
                    case "#unset_field":
                        unset = value;
                        break;
                    case "#empty_field":
                        empty = value;
                        break;
                    case "#fields":
                        fields = value.Split(separator);
                        break;
                }

                continue;
            }

            if (fields is null)
            {
                throw new LogReadException(path, number, "a Zeek log record before any '#fields' header line");
            }

            var values = line.Split(separator);
            if (values.Length != fields.Length)
            {
                throw new LogReadException(path, number, $"{values.Length} fields where the '#fields' header names {fields.Length}");
            }

            var record = new JsonObject();
            for (var i = 0; i < fields.Length; i++)
            {
                if (values[i] != unset && values[i] != empty && values[i].Length > 0)
                {
                    record[fields[i].ToLowerInvariant()] = Value(fields[i].ToLowerInvariant(), Unescape(values[i]));
                }
            }

            yield return (number, record);
        }
    }

    /// <summary>CSV (RFC 4180 quoting, read with CsvHelper) or TSV whose first row names the columns.</summary>
    private static IEnumerable<(int Line, JsonObject Record)> CsvRecords(string path, string delimiter)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, BadDataFound = null, IgnoreBlankLines = true };
        using var reader = LogObservationReader.OpenText(path);
        using var parser = new CsvParser(reader, configuration);
        string[]? header = null;
        while (true)
        {
            bool more;
            try
            {
                more = parser.Read();
            }
            catch (CsvHelperException ex)
            {
                throw new LogReadException(path, parser.RawRow, $"malformed CSV: {ex.Message.Split('\n')[0]}", ex);
            }

            if (!more)
            {
                yield break;
            }

            var row = parser.Record ?? [];
            if (header is null)
            {
                header = row.Select(n => n.Trim().ToLowerInvariant()).ToArray();
                continue;
            }

            if (row.Length != header.Length)
            {
                throw new LogReadException(path, parser.RawRow, $"{row.Length} columns where the header row names {header.Length}");
            }

            var record = new JsonObject();
            for (var i = 0; i < header.Length; i++)
            {
                if (row[i].Length > 0 && header[i].Length > 0)
                {
                    record[header[i]] = Value(header[i], row[i]);
                }
            }

            yield return (parser.RawRow, record);
        }
    }

    /// <summary>Epoch timestamps (Zeek's <c>ts</c>) are numbers for the mapper; every other value stays text.</summary>
    private static JsonNode Value(string field, string text) =>
        JsonRecordMapper.IsTimeField(field) && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var epoch)
            ? JsonValue.Create(epoch)
            : JsonValue.Create(text);

    /// <summary>Zeek escapes separators and non-printable bytes as <c>\xHH</c>.</summary>
    private static string Unescape(string text)
    {
        if (!text.Contains("\\x", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == 'x'
                && int.TryParse(text.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                result.Append((char)code);
                i += 3;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
