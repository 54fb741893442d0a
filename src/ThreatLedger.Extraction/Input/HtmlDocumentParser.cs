using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ThreatLedger.Extraction.Input;

/// <summary>
/// HTML pages: metadata from meta tags (<c>og:title</c>, <c>article:published_time</c>, <c>og:site_name</c>, canonical
/// link, …) and schema.org JSON-LD, the article body found by SmartReader (a port of Mozilla Readability) and rendered to paragraphs; when
/// readability finds nothing, the <c>article</c>/<c>main</c> element or the body with chrome removed.
/// </summary>
internal static class HtmlDocumentParser
{
    private const int MinimumReadableLength = 200;

    public static ParsedDocument Parse(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var linked = JsonLdMetadata.Read(document);
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? linked?.Headline ?? NonEmpty(document.Title);
        var published = Meta(document, "article:published_time") ?? Meta(document, "og:published_time")
            ?? Meta(document, "datePublished") ?? linked?.DatePublished ?? Meta(document, "date") ?? Meta(document, "pubdate")
            ?? Meta(document, "publish-date") ?? Meta(document, "dc.date") ?? Meta(document, "DC.date.issued")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var source = Meta(document, "og:site_name") ?? linked?.Publisher ?? Meta(document, "application-name") ?? Meta(document, "publisher");
        var url = NonEmpty(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Meta(document, "og:url") ?? linked?.Url;
        title = WithoutSiteName(title, source);

        // Furniture inside the article (sign-ups, related links, share bars) goes before readability sees the page.
        var cleaned = HtmlBoilerplate.Remove(document) > 0 ? document.DocumentElement.OuterHtml : html;
        var body = ReadableBody(cleaned, url) ?? FallbackBody(document);
        return new ParsedDocument(body, title, published, source, url);
    }

    /// <summary>
    /// A page title without the site's name that pages append or prepend to it ("Port attack: officials probe link |
    /// Baltic Business Review", "Baltic Business Review - Port attack …"), also as the name of one of its sections
    /// ("… | Cordillera Labs Blog": the site's name and at most two more words); the name must be the site's own.
    /// </summary>
    internal static string? WithoutSiteName(string? title, string? site)
    {
        if (title is null || site is not { Length: > 0 })
        {
            return title;
        }

        foreach (var separator in s_titleSeparators)
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0 && NamesSite(title[(last + separator.Length)..], site))
            {
                return title[..last].TrimEnd();
            }

            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && first + separator.Length < title.Length && NamesSite(title[..first], site))
            {
                return title[(first + separator.Length)..].TrimStart();
            }
        }

        return title;
    }

    /// <summary>True when a title segment is the site's name, alone or with at most two more words ("Blog", "News Desk").</summary>
    private static bool NamesSite(string segment, string site)
    {
        segment = segment.Trim();
        if (!segment.StartsWith(site, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = segment[site.Length..];
        return rest.Length == 0 || (rest[0] == ' ' && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2);
    }

    private static readonly string[] s_titleSeparators = [" | ", " - ", " – ", " — ", " · ", " :: "];

    /// <summary>Renders an HTML fragment (feed item content) to text.</summary>
    public static string FragmentText(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        return document.Body is null ? HtmlText.Extract(document) : HtmlText.Extract(document.Body);
    }

    private static string? ReadableBody(string html, string? url)
    {
        try
        {
            var baseUri = url is not null && Uri.TryCreate(url, UriKind.Absolute, out _) ? url : "https://localhost/";
            var article = SmartReader.Reader.ParseArticle(baseUri, html);
            if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
            {
                return null;
            }

            var text = FragmentText(article.Content);
            return text.Length >= MinimumReadableLength ? text : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Readability heuristics can fail on odd markup; the structural fallback still reads the page.
            return null;
        }
    }

    private static string FallbackBody(IDocument document)
    {
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]")
            ?? (INode?)document.Body ?? document;
        return HtmlText.Extract(root);
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var content = NonEmpty(meta.GetAttribute("content"));
                if (content is not null)
                {
                    return content;
                }
            }
        }

        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
