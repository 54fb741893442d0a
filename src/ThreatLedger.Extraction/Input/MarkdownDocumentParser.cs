using Markdig;
using Markdig.Syntax;

namespace ThreatLedger.Extraction.Input;

/// <summary>
/// Markdown: YAML front matter (<c>title</c>, <c>date</c>/<c>published</c>, <c>source</c>/<c>outlet</c>, <c>url</c>) or
/// header lines as in plain text; the body rendered to plain text with Markdig; the first heading as title otherwise.
/// </summary>
internal static class MarkdownDocumentParser
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static ParsedDocument Parse(string content)
    {
        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        string? title = null, published = null, source = null, url = null;
        if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
            if (end > 0)
            {
                foreach (var line in text[4..end].Split('\n'))
                {
                    var colon = line.IndexOf(':');
                    if (colon <= 0)
                    {
                        continue;
                    }

                    var key = line[..colon].Trim().ToUpperInvariant();
                    var value = line[(colon + 1)..].Trim().Trim('"', '\'');
                    switch (key)
                    {
                        case "TITLE": title = value; break;
                        case "DATE" or "PUBLISHED": published = value; break;
                        case "SOURCE" or "OUTLET" or "PUBLISHER": source = value; break;
                        case "URL" or "LINK" or "CANONICAL": url = value; break;
                        default: break;
                    }
                }

                var after = text.IndexOf('\n', end + 4);
                text = after < 0 ? string.Empty : text[(after + 1)..];
            }
        }
        else
        {
            var header = TextDocumentParser.Parse(text);
            if (header.Title is not null || header.Published is not null || header.Source is not null || header.Url is not null)
            {
                (title, published, source, url, text) = (header.Title, header.Published, header.Source, header.Url, header.Text);
            }
        }

        if (title is null)
        {
            var document = Markdown.Parse(text, s_pipeline);
            var heading = document.Descendants<Markdig.Syntax.HeadingBlock>().FirstOrDefault();
            if (heading?.Inline is not null)
            {
                title = string.Concat(heading.Inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()));
            }
        }

        var plain = HtmlText.Normalise(Markdown.ToPlainText(text, s_pipeline));
        return new ParsedDocument(plain, string.IsNullOrWhiteSpace(title) ? null : title, published, source, url);
    }
}
