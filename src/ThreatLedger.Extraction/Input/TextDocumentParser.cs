namespace ThreatLedger.Extraction.Input;

/// <summary>
/// Plain text with optional header lines (<c>Title:</c>, <c>Published:</c>/<c>Date:</c>, <c>Outlet:</c>/<c>Source:</c>,
/// <c>URL:</c>, <c>Author:</c>) before the first blank line. The header is only recognised when its first line is one of
/// these keys, so ordinary text that happens to contain a colon is left alone.
/// </summary>
internal static class TextDocumentParser
{
    public static ParsedDocument Parse(string content)
    {
        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        string? title = null, source = null, url = null, publishedRaw = null;
        var position = 0;
        var sawHeader = false;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(position, lineEnd - position).Trim();
            if (line.IsEmpty)
            {
                if (sawHeader)
                {
                    position = Math.Min(text.Length, lineEnd + 1);
                }

                break;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                break;
            }

            var key = line[..colon].Trim().ToString().ToUpperInvariant();
            var value = line[(colon + 1)..].Trim().ToString();
            switch (key)
            {
                case "TITLE" or "HEADLINE":
                    title = value;
                    break;
                case "PUBLISHED" or "DATE" or "PUBLICATION DATE":
                    publishedRaw = value;
                    break;
                case "OUTLET" or "SOURCE" or "PUBLISHER":
                    source = value;
                    break;
                case "URL" or "LINK":
                    url = value;
                    break;
                case "AUTHOR" or "BYLINE":
                    break;
                default:
                    if (!sawHeader)
                    {
                        return new ParsedDocument(text.Trim(), null, null, null, null);
                    }

                    // An unknown key inside a header block is kept out of the body as well.
                    break;
            }

            sawHeader = true;
            position = lineEnd + 1;
        }

        if (!sawHeader)
        {
            return new ParsedDocument(text.Trim(), null, null, null, null);
        }

        var body = position >= text.Length ? string.Empty : text[position..].Trim();
        return new ParsedDocument(body, title, publishedRaw, source, url);
    }
}
