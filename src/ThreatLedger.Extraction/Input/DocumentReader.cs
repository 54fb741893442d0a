using System.Text;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Input;

/// <summary>
/// Reads input files into <see cref="SourceDocument"/>s: plain text with header lines, HTML, Markdown, RSS/Atom feeds
/// (one document per item) and CASIE JSONL (one per line). Empty files, binary data and pages without text are refused
/// with a <see cref="DocumentReadException"/> that names the file and the problem.
/// </summary>
public sealed class DocumentReader
{
    private readonly DocumentReaderOptions _options;

    public DocumentReader(DocumentReaderOptions? options = null) => _options = options ?? new DocumentReaderOptions();

    /// <summary>Reads every document in one file (lazily for JSONL and feeds).</summary>
    public IEnumerable<SourceDocument> ReadFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw DocumentReadException.For(path, "file not found");
        }

        if (info.Length == 0)
        {
            throw DocumentReadException.For(path, "the file is empty");
        }

        if (info.Length > _options.MaxBytes)
        {
            throw DocumentReadException.For(path, $"the file is {info.Length} bytes, larger than the {_options.MaxBytes}-byte limit");
        }

        var format = _options.Format == DocumentFormat.Auto ? DetectFromName(path) : _options.Format;
        if (format == DocumentFormat.CasieJsonl)
        {
            return CasieLines(path);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw DocumentReadException.For(path, "cannot be read: " + ex.Message, ex);
        }

        if (BinaryContentDetector.LooksBinary(bytes, out var reason))
        {
            throw DocumentReadException.For(path, "refused: the file " + reason);
        }

        var content = Decode(bytes);
        return Read(content, path, format);
    }

    /// <summary>Reads documents from text already in memory; <paramref name="origin"/> names it in errors.</summary>
    public IEnumerable<SourceDocument> Read(string content, string origin, DocumentFormat format = DocumentFormat.Auto)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            throw DocumentReadException.For(origin, "the document is empty");
        }

        if (content.Contains('\0', StringComparison.Ordinal))
        {
            throw DocumentReadException.For(origin, "refused: the content contains NUL characters (binary data, not text)");
        }

        if (format == DocumentFormat.Auto)
        {
            format = DetectFromName(origin);
        }

        if (format is DocumentFormat.Auto or DocumentFormat.Text)
        {
            format = DetectFromContent(content, format == DocumentFormat.Text);
        }

        return format switch
        {
            DocumentFormat.Html => [Build(HtmlDocumentParser.Parse(content), origin, "HTML page")],
            DocumentFormat.Markdown => [Build(MarkdownDocumentParser.Parse(content), origin, "Markdown document")],
            DocumentFormat.Feed => FeedItems(content, origin),
            DocumentFormat.CasieJsonl => CasieText(content, origin),
            _ => [Build(TextDocumentParser.Parse(content), origin, "text")],
        };
    }

    private IEnumerable<SourceDocument> FeedItems(string content, string origin)
    {
        var index = 0;
        foreach (var item in FeedDocumentParser.Parse(content, origin))
        {
            index++;
            if (item.Text.Length == 0 && item.Title is null)
            {
                continue;
            }

            var text = item.Text.Length == 0 ? item.Title! : item.Text;
            yield return Build(item with { Text = text }, $"{origin}#item{index}", "feed item");
        }
    }

    private IEnumerable<SourceDocument> CasieLines(string path)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return CasieLine(line, $"{path}:{lineNumber}");
        }
    }

    private IEnumerable<SourceDocument> CasieText(string content, string origin)
    {
        var lineNumber = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return CasieLine(line, $"{origin}:{lineNumber}");
            }
        }
    }

    private SourceDocument CasieLine(string line, string origin)
    {
        Casie.CasieDocument casie;
        try
        {
            var colon = origin.LastIndexOf(':');
            casie = Casie.CasieReader.ParseLine(line, origin[..colon], int.Parse(origin[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Casie.CasieFormatException ex)
        {
            throw new DocumentReadException(ex.Message, ex);
        }

        var info = casie.Source.Info;
        var parsed = new ParsedDocument(casie.Source.Text, info.Title, null, info.Source, info.Url, info.Id);
        var document = Build(parsed, origin, "CASIE document");
        return _options.Published is null && info.Published is not null
            ? document with { Info = document.Info with { Published = info.Published } }
            : document;
    }

    private SourceDocument Build(ParsedDocument parsed, string origin, string what)
    {
        if (string.IsNullOrWhiteSpace(parsed.Text))
        {
            throw DocumentReadException.For(origin, $"no article text found in this {what}");
        }

        DateOnly? published = _options.Published;
        if (published is null && parsed.Published is not null)
        {
            if (!MetadataDates.TryParse(parsed.Published, out var date))
            {
                throw DocumentReadException.For(origin, $"the publication date '{parsed.Published}' is not a date (use YYYY-MM-DD or --published)");
            }

            published = date;
        }

        var info = new DocumentInfo
        {
            Id = parsed.Id ?? DocumentIds.FromText(parsed.Text),
            Title = parsed.Title,
            Published = published,
            Source = _options.Source ?? parsed.Source,
            Url = parsed.Url,
            Origin = origin,
        };
        return new SourceDocument(info, parsed.Text);
    }

    /// <summary>The format a file name implies; <see cref="DocumentFormat.Auto"/> when the name says nothing.</summary>
    public static DocumentFormat DetectFromName(string path)
    {
        var extension = Path.GetExtension(path).ToUpperInvariant();
        return extension switch
        {
            ".HTML" or ".HTM" or ".XHTML" => DocumentFormat.Html,
            ".MD" or ".MARKDOWN" => DocumentFormat.Markdown,
            ".RSS" or ".ATOM" or ".XML" => DocumentFormat.Feed,
            ".JSONL" or ".NDJSON" => DocumentFormat.CasieJsonl,
            ".TXT" or ".TEXT" => DocumentFormat.Text,
            _ => DocumentFormat.Auto,
        };
    }

    private static DocumentFormat DetectFromContent(string content, bool declaredText)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 1024)).TrimStart();
        if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)))
        {
            return DocumentFormat.Feed;
        }

        if (head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentFormat.Feed;
        }

        if (!declaredText && (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)))
        {
            return DocumentFormat.Html;
        }

        return DocumentFormat.Text;
    }

    private static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset);
    }
}
