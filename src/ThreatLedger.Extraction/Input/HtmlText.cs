using System.Text;
using AngleSharp.Dom;

namespace ThreatLedger.Extraction.Input;

/// <summary>Turns a DOM subtree into plain text: one paragraph per block element, scripts and chrome dropped.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> s_skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "nav", "header", "footer",
        "aside", "form", "button", "select", "input", "textarea", "menu", "dialog", "head", "video", "audio", "picture",
    };

    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "br", "hr", "address", "body",
    };

    /// <summary>Names of elements that never hold article text (for callers that strip a DOM before readability).</summary>
    public static IReadOnlySet<string> SkippedElements => s_skipped;

    /// <summary>The text of <paramref name="root"/>, paragraphs separated by blank lines, whitespace normalised.</summary>
    public static string Extract(INode root)
    {
        var builder = new StringBuilder();
        Append(root, builder);
        return Normalise(builder.ToString());
    }

    private static void Append(INode node, StringBuilder builder)
    {
        switch (node)
        {
            case IText text:
                builder.Append(text.Data);
                return;
            case IElement element:
                if (s_skipped.Contains(element.LocalName) || IsHidden(element))
                {
                    return;
                }

                var block = s_blocks.Contains(element.LocalName);
                if (block)
                {
                    builder.Append('\n');
                }

                foreach (var child in element.ChildNodes)
                {
                    Append(child, builder);
                }

                if (block)
                {
                    builder.Append('\n');
                }

                return;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Append(child, builder);
                }

                return;
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        return role is not null && (role.Equals("navigation", StringComparison.OrdinalIgnoreCase)
            || role.Equals("banner", StringComparison.OrdinalIgnoreCase)
            || role.Equals("contentinfo", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Collapses runs of spaces inside lines and keeps one blank line between paragraphs.</summary>
    public static string Normalise(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var lines = raw.Split('\n');
        var pendingBreak = false;
        foreach (var line in lines)
        {
            var collapsed = CollapseSpaces(line);
            if (collapsed.Length == 0)
            {
                pendingBreak = builder.Length > 0;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(pendingBreak ? "\n\n" : "\n");
            }

            builder.Append(collapsed);
            pendingBreak = false;
        }

        return builder.ToString();
    }

    private static string CollapseSpaces(string line)
    {
        var builder = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
