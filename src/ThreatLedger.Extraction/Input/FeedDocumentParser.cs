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
            feed = SyndicationFeed.Load(reader);
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
            var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            var published = date == default ? null : date.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
            yield return new ParsedDocument(text, item.Title?.Text, published, outlet, link, string.IsNullOrWhiteSpace(item.Id) ? null : item.Id);
        }
    }
}
