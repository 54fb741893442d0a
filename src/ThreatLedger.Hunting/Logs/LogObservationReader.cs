using System.Text;
using System.Text.Json;
using ThreatLedger.Stix.Patterning;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Hunting.Logs;

/// <summary>Turns a log file into observations, one per record, streaming line by line.</summary>
public static class LogObservationReader
{
    private static readonly JsonDocumentOptions s_jsonOptions = new() { MaxDepth = 64 };

    /// <summary>Reads the observations of a log file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">How to read it; <see cref="LogFormat.Auto"/> decides from the content.</param>
    /// <param name="defaultYear">The year of timestamps that carry none (syslog); defaults to the file's last-write year.</param>
    /// <exception cref="LogReadException">The file cannot be read or a record is malformed (names file and line).</exception>
    public static IEnumerable<Observation> Read(string path, LogFormat format = LogFormat.Auto, int? defaultYear = null)
    {
        if (!File.Exists(path))
        {
            throw new LogReadException(path, 0, "file not found");
        }

        var fallbackTime = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        var year = defaultYear ?? fallbackTime.Year;
        if (format == LogFormat.Auto)
        {
            format = Detect(path);
        }

        return format switch
        {
            LogFormat.StixBundle => StixObservedDataReader.Read(path),
            LogFormat.JsonLines => ReadJsonLines(path, fallbackTime),
            LogFormat.Delimited => DelimitedLogReader.Read(path, fallbackTime),
            _ => ReadText(path, year, fallbackTime),
        };
    }

    private static LogFormat Detect(string path)
    {
        string? first;
        try
        {
            using var reader = OpenText(path);
            do
            {
                first = reader.ReadLine();
            }
            while (first is not null && first.Trim().Length == 0);
        }
        catch (IOException ex)
        {
            throw new LogReadException(path, 0, ex.Message, ex);
        }
        catch (InvalidDataException ex)
        {
            throw new LogReadException(path, 0, $"corrupt gzip data: {ex.Message}", ex);
        }

        if (first is null || !first.TrimStart().StartsWith('{'))
        {
            return first is not null && DelimitedLogReader.Recognises(first) ? LogFormat.Delimited : LogFormat.Text;
        }

        try
        {
            using var doc = JsonDocument.Parse(first, s_jsonOptions);
            return IsBundle(doc.RootElement) ? LogFormat.StixBundle : LogFormat.JsonLines;
        }
        catch (JsonException)
        {
            // A pretty-printed JSON document: only a STIX bundle is accepted in that shape.
            return LogFormat.StixBundle;
        }
    }

    internal static bool IsBundle(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("bundle");

    private static IEnumerable<Observation> ReadJsonLines(string path, DateTimeOffset fallbackTime)
    {
        var lineNumber = 0;
        var lastTime = fallbackTime;
        foreach (var line in ReadLines(path))
        {
            lineNumber++;
            if (line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line, s_jsonOptions);
            }
            catch (JsonException ex)
            {
                throw new LogReadException(path, lineNumber, $"not a JSON object: {JsonErrorText.Reason(ex)}", ex);
            }

            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new LogReadException(path, lineNumber, $"expected a JSON object but found {doc.RootElement.ValueKind}");
                }

                var (time, builder) = JsonRecordMapper.Map(doc.RootElement);
                lastTime = time ?? lastTime;
                if (!builder.IsEmpty)
                {
                    yield return builder.Build(lastTime, $"{path}:{lineNumber}");
                }
            }
        }
    }

    private static IEnumerable<Observation> ReadText(string path, int year, DateTimeOffset fallbackTime)
    {
        var lineNumber = 0;
        var lastTime = fallbackTime;
        foreach (var line in ReadLines(path))
        {
            lineNumber++;
            if (line.Contains('\0', StringComparison.Ordinal))
            {
                throw new LogReadException(path, lineNumber, "binary data: this is not a text log");
            }

            if (TimestampParser.TryParseLinePrefix(line, year, out var time))
            {
                lastTime = time;
            }

            var (_, builder) = JsonRecordMapper.Map(TextLineFields.ToRecord(line));
            if (!builder.IsEmpty)
            {
                yield return builder.Build(lastTime, $"{path}:{lineNumber}");
            }
        }
    }

    /// <summary>
    /// Opens a log as text: UTF-8 (a byte-order mark decides otherwise), invalid bytes replaced rather than fatal; a
    /// gzip-compressed file (rotated logs, <c>mail.log.2.gz</c>; recognised by its magic bytes) is decompressed on the fly.
    /// </summary>
    internal static StreamReader OpenText(string path)
    {
        FileStream? file = null;
        try
        {
            file = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[2];
            var gzip = file.Read(magic) == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
            file.Position = 0;
            Stream stream = gzip ? new CheckedGzipStream(file) : file;
            return new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        }
        catch (IOException ex)
        {
            file?.Dispose();
            throw new LogReadException(path, 0, ex.Message, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            file?.Dispose();
            throw new LogReadException(path, 0, ex.Message, ex);
        }
    }

    internal static IEnumerable<string> ReadLines(string path)
    {
        using var reader = OpenText(path);
        var number = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (InvalidDataException ex)
            {
                throw new LogReadException(path, number + 1, $"corrupt gzip data: {ex.Message}", ex);
            }
            catch (IOException ex)
            {
                throw new LogReadException(path, number + 1, ex.Message, ex);
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            yield return line;
        }
    }
}
