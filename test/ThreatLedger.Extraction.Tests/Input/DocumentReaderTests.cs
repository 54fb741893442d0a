using System.Text;
using ThreatLedger.Extraction.Input;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Extraction.Tests.Input;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tl-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void ReadFile_TextWithHeaderLines_ReadsMetadataAndBody()
    {
        // Given
        var path = Write("a.txt", "Title: Breach at Acme\nPublished: 2024-02-01\nOutlet: Daily Example\nURL: https://daily.example/a\n\nAcme said hackers broke in.\n");

        // When
        var document = new DocumentReader().ReadFile(path).Single();

        // Then
        Assert.Equal("Breach at Acme", document.Info.Title);
        Assert.Equal(new DateOnly(2024, 2, 1), document.Info.Published);
        Assert.Equal("Daily Example", document.Info.Source);
        Assert.Equal("https://daily.example/a", document.Info.Url);
        Assert.Equal("Acme said hackers broke in.", document.Text);
    }

    [Fact]
    public void ReadFile_Overrides_WinOverDocumentMetadata()
    {
        // Given
        var path = Write("b.txt", "Published: 2024-02-01\nSource: Daily Example\n\nText.");
        var reader = new DocumentReader(new DocumentReaderOptions { Published = new DateOnly(2020, 1, 2), Source = "Override" });

        // When
        var document = reader.ReadFile(path).Single();

        // Then
        Assert.Equal(new DateOnly(2020, 1, 2), document.Info.Published);
        Assert.Equal("Override", document.Info.Source);
    }

    [Fact]
    public void ReadFile_PlainTextWithColon_IsNotTakenForHeader()
    {
        // Given
        var path = Write("c.txt", "Warning: the attackers are still active.\n\nMore text.");

        // When
        var document = new DocumentReader().ReadFile(path).Single();

        // Then
        Assert.Null(document.Info.Title);
        Assert.StartsWith("Warning: the attackers", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_HtmlWithOnlyJsonLd_ReadsHeadlineDatePublisherAndUrl()
    {
        // Given: no meta tags, a broken JSON-LD block, then the article's in a @graph
        const string html = """
            <!doctype html><html><head><title>Site | Section</title>
            <script type="application/ld+json">{ this is not json </script>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Harbour Courier"},
            {"@type":["NewsArticle"],"headline":"Port operator hit by ransomware","datePublished":"2025-03-04T08:00:00+00:00",
             "publisher":{"@type":"Organization","name":"Harbour Courier"},"mainEntityOfPage":{"@id":"https://courier.example/port"}}]}</script>
            </head><body><article><p>The port operator said ransomware encrypted its booking systems on Monday.</p></article></body></html>
            """;
        var path = Write("ld.html", html);

        // When
        var document = new DocumentReader().ReadFile(path).Single();

        // Then
        Assert.Equal("Port operator hit by ransomware", document.Info.Title);
        Assert.Equal(new DateOnly(2025, 3, 4), document.Info.Published);
        Assert.Equal("Harbour Courier", document.Info.Source);
        Assert.Equal("https://courier.example/port", document.Info.Url);
    }

    [Fact]
    public void ReadFile_HtmlFullOfScripts_KeepsArticleAndMetaTags()
    {
        // Given
        var scripts = string.Concat(Enumerable.Repeat("<script>var x = 'Ignore this script text';</script>", 200));
        var html = $"""
            <!doctype html><html><head><title>Site</title>
            <meta property="og:title" content="Hackers hit Example Port">
            <meta property="article:published_time" content="2024-05-06T10:00:00Z">
            <meta property="og:site_name" content="Example News">
            <link rel="canonical" href="https://news.example/port">{scripts}</head>
            <body><nav>Home | World | Tech</nav><article><h1>Hackers hit Example Port</h1>
            <p>The port of Example said a cyberattack disrupted its cargo systems on Monday, and officials blamed a criminal gang.</p>
            <p>Investigators said the attackers encrypted servers and demanded a ransom from the operator.</p></article>
            <footer>Copyright Example News</footer>{scripts}</body></html>
            """;
        var path = Write("d.html", html);

        // When
        var document = new DocumentReader().ReadFile(path).Single();

        // Then
        Assert.Equal("Hackers hit Example Port", document.Info.Title);
        Assert.Equal(new DateOnly(2024, 5, 6), document.Info.Published);
        Assert.Equal("Example News", document.Info.Source);
        Assert.Equal("https://news.example/port", document.Info.Url);
        Assert.Contains("disrupted its cargo systems", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ignore this script text", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home | World", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_HtmlTitleCarryingTheSiteName_TitleWithoutIt()
    {
        // Given: no og:title; the page title ends with the site's name
        var html = """
            <!doctype html><html><head><title>Port attack: officials probe Russian link | Baltic Business Review</title>
            <meta property="og:site_name" content="Baltic Business Review"></head>
            <body><article><h1>Port attack: officials probe Russian link</h1>
            <p>Investigators are examining whether the ransomware attack on the port of Example earlier this month was directed by a foreign intelligence service, two people said.</p>
            </article></body></html>
            """;
        var path = Write("t.html", html);

        // When
        var document = new DocumentReader().ReadFile(path).Single();

        // Then
        Assert.Equal("Port attack: officials probe Russian link", document.Info.Title);
        Assert.Equal("Baltic Business Review", document.Info.Source);
    }

    [Theory]
    [InlineData("Baltic Business Review - Port attack", "Baltic Business Review", "Port attack")]
    [InlineData("Port attack | Other Site", "Baltic Business Review", "Port attack | Other Site")]
    [InlineData("Baltic Business Review", "Baltic Business Review", "Baltic Business Review")]
    [InlineData("Static Kitten returns: notes on the intrusion | Cordillera Labs Blog", "Cordillera Labs", "Static Kitten returns: notes on the intrusion")]
    [InlineData("Ransomware hits port | Cordillera Labs Threat Research Team Blog", "Cordillera Labs", "Ransomware hits port | Cordillera Labs Threat Research Team Blog")]
    [InlineData("Hackers - a history - Tech Digest", "Tech Digest", "Hackers - a history")]
    [InlineData("Port attack | Cordillera Labsmith", "Cordillera Labs", "Port attack | Cordillera Labsmith")]
    public void WithoutSiteName_TitleAndSite_DropsOnlyTheSitesOwnName(string title, string site, string expected)
    {
        // When
        var result = HtmlDocumentParser.WithoutSiteName(title, site);

        // Then
        Assert.Equal(expected, result);
    }

    [Fact]
    public void ReadFile_HtmlWithFurnitureInsideTheArticle_KeepsOnlyTheStory()
    {
        // Given: a sign-up box, a share bar and a related-links list inside the article, comments after it, and an
        // article wrapper whose own class mentions comments
        var html = """
            <!doctype html><html><head><title>Breach at Example Water Board</title></head><body>
            <div class="article-wrapper comments-enabled"><article>
            <h1>Breach at Example Water Board</h1>
            <div class="share-bar">Share on Mastodon | Share by email</div>
            <p>The Example Water Board said on Tuesday that intruders had copied customer billing records from its servers over several weeks before staff noticed unusual traffic.</p>
            <div class="newsletter-signup"><h4>Get the morning cyber briefing in your inbox</h4></div>
            <p>The board said it had informed the regulator and that it was too early to say who was behind the intrusion.</p>
            <ul class="related-stories"><li>Ransomware gang hits Example Ferries</li><li>Phishing wave targets Example Bank</li></ul>
            </article></div>
            <section id="comments"><p>Reader comment: the hackers were obviously from Example Land.</p></section>
            </body></html>
            """;
        var path = Write("furniture.html", html);

        // When
        var document = new DocumentReader().ReadFile(path).Single();

        // Then
        Assert.Contains("copied customer billing records", document.Text, StringComparison.Ordinal);
        Assert.Contains("too early to say who was behind", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on Mastodon", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("morning cyber briefing", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ransomware gang hits", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reader comment", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_HtmlWithOnlyScripts_FailsWithClearMessage()
    {
        // Given
        var path = Write("e.html", "<html><head><script>alert(1)</script></head><body><script>alert(2)</script></body></html>");

        // When
        var error = Assert.Throws<DocumentReadException>(() => new DocumentReader().ReadFile(path).ToList());

        // Then
        Assert.Contains("e.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("no article text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_MarkdownWithFrontMatter_ReadsMetadataAndPlainText()
    {
        // Given
        var path = Write("f.md", "---\ntitle: \"Wiper at a utility\"\ndate: 2023-03-04\nsource: Grid Weekly\n---\n# Wiper at a utility\n\nThe **utility** said a [wiper](https://x.example) erased data.\n");

        // When
        var document = new DocumentReader().ReadFile(path).Single();

        // Then
        Assert.Equal("Wiper at a utility", document.Info.Title);
        Assert.Equal(new DateOnly(2023, 3, 4), document.Info.Published);
        Assert.Equal("Grid Weekly", document.Info.Source);
        Assert.Contains("The utility said a wiper erased data.", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_RssFeed_OneDocumentPerItem()
    {
        // Given
        var rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Sec Feed</title><link>https://feed.example</link><description>d</description>
            <item><title>First</title><link>https://feed.example/1</link><guid>id-1</guid><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;Hackers breached the first company.&lt;/p&gt;</description></item>
            <item><title>Second</title><link>https://feed.example/2</link><guid>id-2</guid><pubDate>Wed, 03 Jan 2024 10:00:00 GMT</pubDate>
            <description>A ransomware gang hit the second company.</description></item>
            </channel></rss>
            """;
        var path = Write("g.rss", rss);

        // When
        var documents = new DocumentReader().ReadFile(path).ToList();

        // Then
        Assert.Equal(2, documents.Count);
        Assert.Equal("id-1", documents[0].Info.Id);
        Assert.Equal("Sec Feed", documents[0].Info.Source);
        Assert.Equal(new DateOnly(2024, 1, 3), documents[1].Info.Published);
        Assert.Equal("Hackers breached the first company.", documents[0].Text);
    }

    [Theory]
    [InlineData("Thu, 10 Mar 2026 09:00:00 GMT", 2026, 3, 10)] // wrong weekday (10 March 2026 is a Tuesday)
    [InlineData("10 Mar 2026 23:30:00 EST", 2026, 3, 11)] // no weekday, a zone name: 04:30 UTC the next day
    [InlineData("Tue, 10 Mar 2026 09:00 +0100", 2026, 3, 10)] // no seconds
    [InlineData("2026-03-10T09:00:00Z", 2026, 3, 10)] // RFC 3339 where RFC 822 belongs
    public void ReadFile_RssItemWithAnIrregularDate_DateReadLeniently(string pubDate, int year, int month, int day)
    {
        // Given
        var path = Write("irregular.rss", $$"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Sec Feed</title><link>https://feed.example</link><description>d</description>
            <item><title>First</title><link>https://feed.example/1</link><pubDate>{{pubDate}}</pubDate>
            <description>Hackers breached the first company.</description></item>
            </channel></rss>
            """);

        // When
        var document = Assert.Single(new DocumentReader().ReadFile(path));

        // Then
        Assert.Equal(new DateOnly(year, month, day), document.Info.Published);
    }

    [Fact]
    public void ReadFile_RssItemWithAnUnreadableDate_KeptWithoutADate()
    {
        // Given
        var path = Write("nodate.rss", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Sec Feed</title><link>https://feed.example</link><description>d</description>
            <item><title>First</title><pubDate>sometime last week</pubDate><description>Hackers breached the first company.</description></item>
            </channel></rss>
            """);

        // When
        var document = Assert.Single(new DocumentReader().ReadFile(path));

        // Then
        Assert.Null(document.Info.Published);
        Assert.Equal("Hackers breached the first company.", document.Text);
    }

    [Fact]
    public void ReadFile_CasieJsonl_OneDocumentPerLineWithDate()
    {
        // Given
        var path = Write("h.jsonl", """
            {"id": "7", "title": "T", "date": "2018-11-09", "url": "https://x.example", "text": "Hackers stole data.", "events": []}
            {"id": "8", "text": "Phishing emails hit staff.", "events": []}
            """);

        // When
        var documents = new DocumentReader().ReadFile(path).ToList();

        // Then
        Assert.Equal(["7", "8"], documents.Select(d => d.Info.Id));
        Assert.Equal(new DateOnly(2018, 11, 9), documents[0].Info.Published);
    }

    [Fact]
    public void ReadFile_EmptyFile_FailsWithClearMessage()
    {
        // Given
        var path = Write("empty.txt", string.Empty);

        // When
        var error = Assert.Throws<DocumentReadException>(() => new DocumentReader().ReadFile(path).ToList());

        // Then
        Assert.Contains("empty.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_BinaryGarbage_IsRefused()
    {
        // Given
        var path = Path.Combine(_folder, "garbage.txt");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        // When
        var error = Assert.Throws<DocumentReadException>(() => new DocumentReader().ReadFile(path).ToList());

        // Then
        Assert.Contains("garbage.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_FiveMegabyteText_IsRead()
    {
        // Given
        var sentence = "The agency said hackers linked to a criminal group breached its network last year. ";
        var builder = new StringBuilder();
        while (builder.Length < 5_000_000)
        {
            builder.Append(sentence);
        }

        var path = Write("big.txt", builder.ToString());

        // When
        var document = new DocumentReader().ReadFile(path).Single();

        // Then
        Assert.True(document.Text.Length >= 4_999_000);
    }

    [Fact]
    public void Expand_FolderAndGlob_FindsDocumentsInOrder()
    {
        // Given
        Write("x1.txt", "One.");
        Write("x2.md", "Two.");
        Write("skip.bin", "no");

        // When
        var fromFolder = InputPaths.Expand([_folder]);
        var fromGlob = InputPaths.Expand([Path.Combine(_folder, "x*.txt")]);

        // Then
        Assert.Equal(2, fromFolder.Count);
        Assert.Single(fromGlob);
        Assert.Throws<DocumentReadException>(() => InputPaths.Expand([Path.Combine(_folder, "nothing-*.txt")]));
    }

    [Fact]
    public void ReadFile_ExampleArticles_AllHaveHeaders()
    {
        // Given
        var files = Directory.GetFiles(RepositoryPaths.InRepository("examples", "articles"), "*.txt");

        // When
        var documents = files.SelectMany(f => new DocumentReader().ReadFile(f)).ToList();

        // Then
        Assert.Equal(3, documents.Count);
        Assert.All(documents, d =>
        {
            Assert.NotNull(d.Info.Title);
            Assert.NotNull(d.Info.Published);
            Assert.NotNull(d.Info.Source);
            Assert.NotNull(d.Info.Url);
        });
    }
}
