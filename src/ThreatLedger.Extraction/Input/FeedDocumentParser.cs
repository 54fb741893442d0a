using System.ServiceModel.Syndication;
using System.Xml;

namespace ThreatLedger.Extraction.Input;

/// <summary>RSS 2.0 and Atom 1.0 feeds: one document per item, item HTML rendered to text, the feed title as outlet.</summary>
internal static class FeedDocumentParser
{
    public static IEnumerable<ParsedDocument> Parse(string xml, string origin)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
            });
            // Feeds in the wild carry dates the strict RFC 822 / RFC 3339 readers refuse (a wrong weekday, "EST", no
            // seconds): parse them leniently rather than lose the item's date.
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter { DateTimeParser = LenientDate };
            if (!formatter.CanRead(reader))
            {
                formatter = new Atom10FeedFormatter { DateTimeParser = LenientDate };
                if (!formatter.CanRead(reader))
                {
                    throw new XmlException("the root element is neither an RSS 2.0 <rss> nor an Atom 1.0 <feed>");
                }
            }

            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or FormatException)
        {
            throw DocumentReadException.For(origin, "is not a readable RSS or Atom feed: " + ex.Message, ex);
        }

        var outlet = feed.Title?.Text;
        foreach (var item in feed.Items)
        {
            var html = (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text ?? string.Empty;
            var text = HtmlDocumentParser.FragmentText(html);
            var date = DateOf(item);
            var published = date == default ? null : date.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
            yield return new ParsedDocument(text, item.Title?.Text, published, outlet, link, string.IsNullOrWhiteSpace(item.Id) ? null : item.Id);
        }
    }

    /// <summary>The item's publication date, else its update date; none when the feed's date cannot be read at all.</summary>
    private static DateTimeOffset DateOf(SyndicationItem item)
    {
        try
        {
            return item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        }
        catch (XmlException)
        {
            return default;
        }
    }

    /// <summary>Zone names feeds write instead of an offset.</summary>
    private static readonly Dictionary<string, string> s_zoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00", ["EST"] = "-05:00", ["EDT"] = "-04:00",
        ["CST"] = "-06:00", ["CDT"] = "-05:00", ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["JST"] = "+09:00", ["IST"] = "+05:30",
    };

    /// <summary>RFC 822 and RFC 3339 dates, tolerating a wrong or missing weekday, zone names and missing seconds.</summary>
    internal static bool LenientDate(XmlDateTimeData data, out DateTimeOffset result)
    {
        var value = data.DateTimeString.Trim();
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 0 and <= 10)
        {
            value = value[(comma + 1)..].Trim();
        }

        var space = value.LastIndexOf(' ');
        if (space > 0 && s_zoneOffsets.TryGetValue(value[(space + 1)..], out var offset))
        {
            value = value[..space] + " " + offset;
        }

        return DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AllowWhiteSpaces | System.Globalization.DateTimeStyles.AssumeUniversal, out result);
    }
}
