using System.Text.Json;
using AngleSharp.Dom;

namespace ThreatLedger.Extraction.Input;

/// <summary>
/// Article metadata from schema.org JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>), as news sites publish it:
/// the first <c>NewsArticle</c>/<c>Article</c>/<c>BlogPosting</c>/<c>Report</c> node's headline, datePublished,
/// publisher name and url, in plain objects, arrays or <c>@graph</c>. Malformed blocks are skipped.
/// </summary>
internal sealed record JsonLdMetadata(string? Headline, string? DatePublished, string? Publisher, string? Url)
{
    private static readonly HashSet<string> s_articleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "BlogPosting", "Report", "ReportageNewsArticle", "AnalysisNewsArticle", "TechArticle", "WebPage",
    };

    public static JsonLdMetadata? Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                if (Find(json.RootElement) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // A broken block on the page is not the article's problem: the meta tags still apply.
            }
        }

        return null;
    }

    private static JsonLdMetadata? Find(JsonElement node)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    if (Find(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (node.TryGetProperty("@graph", out var graph) && Find(graph) is { } inGraph)
                {
                    return inGraph;
                }

                if (!IsArticle(node))
                {
                    return null;
                }

                return new JsonLdMetadata(Text(node, "headline") ?? Text(node, "name"), Text(node, "datePublished"),
                    node.TryGetProperty("publisher", out var publisher) ? (publisher.ValueKind == JsonValueKind.String ? publisher.GetString() : Text(publisher, "name")) : null,
                    Text(node, "url") ?? (node.TryGetProperty("mainEntityOfPage", out var page) ? (page.ValueKind == JsonValueKind.String ? page.GetString() : Text(page, "@id")) : null));
            default:
                return null;
        }
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => s_articleTypes.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && s_articleTypes.Contains(t.GetString()!)),
            _ => false,
        };
    }

    private static string? Text(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;
}
