using AngleSharp.Dom;

namespace ThreatLedger.Extraction.Input;

/// <summary>
/// Removes page furniture that sits inside or beside an article and that readability keeps: newsletter sign-ups,
/// "related"/"recommended" link lists, share bars, comment threads, advertisements, cookie and paywall notices. An
/// element goes when a word of its <c>class</c>, <c>id</c> or <c>aria-label</c> names such furniture, unless it holds
/// the article itself (an <c>article</c>, <c>main</c> or <c>h1</c>, or a large share of the page's text).
/// </summary>
internal static class HtmlBoilerplate
{
    private static readonly HashSet<string> s_words = new(StringComparer.OrdinalIgnoreCase)
    {
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "promo", "promotion", "related", "recommended",
        "recommendations", "share", "sharing", "social", "comments", "comment", "advert", "advertisement", "ad", "ads",
        "sponsored", "cookie", "cookies", "consent", "paywall", "outbrain", "taboola", "breadcrumb", "breadcrumbs",
        "trending", "popular", "most-read", "mostread", "readmore", "read-more", "more-stories",
    };

    private static readonly char[] s_separators = [' ', '-', '_', '\t', '\n'];

    /// <summary>Removes the furniture from <paramref name="document"/>'s body; returns how many elements went.</summary>
    public static int Remove(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Body is not { } body)
        {
            return 0;
        }

        var pageText = body.TextContent.Length;
        var removed = 0;
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            // Inside an element removed before, it left with it.
            if (!IsFurniture(element) || !body.Contains(element) || HoldsArticle(element, pageText))
            {
                continue;
            }

            element.Remove();
            removed++;
        }

        return removed;
    }

    private static bool IsFurniture(IElement element)
        => Names(element.ClassName) || Names(element.Id) || Names(element.GetAttribute("aria-label"));

    private static bool Names(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (s_words.Contains(value.Trim()))
        {
            return true;
        }

        foreach (var word in value.Split(s_separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (s_words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsArticle(IElement element, int pageText)
        => element.LocalName is "article" or "main" or "body" or "h1"
            || element.QuerySelector("article, main, h1") is not null
            || element.TextContent.Length * 5 > pageText * 2;
}
