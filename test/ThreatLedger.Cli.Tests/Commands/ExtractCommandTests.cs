using System.Text.Json;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tl-extract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ThreatLedgerCommand.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Extract_ModelFileThatIsNotAModel_ClearErrorNamingTheFile()
    {
        // Given: a text file passed where a model built by 'threatledger train' belongs
        var article = RepositoryPaths.InRepository("examples", "articles", "ministry-espionage.txt");
        var notAModel = Path.Combine(_folder, "not-a-model.bin");
        await File.WriteAllTextAsync(notAModel, "this is not an event model", TestContext.Current.CancellationToken);

        // When
        var (exit, output, error) = await Run("extract", article, "--model", notAModel);

        // Then: exit 2 and one line naming the file, no stack trace and no output
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(notAModel, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_ExampleArticle_WritesExtractionDocumentJson()
    {
        // Given
        var path = RepositoryPaths.InRepository("examples", "articles", "ministry-espionage.txt");

        // When
        var (exit, output, error) = await Run("extract", path);

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("extracted 1 document", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("Baltic Wire", root.GetProperty("document").GetProperty("source").GetString());
        Assert.Contains(root.GetProperty("claims").EnumerateArray(), c => c.GetProperty("kind").GetString() == "denial");
        Assert.Contains(root.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "APT29");
    }

    [Fact]
    public async Task Extract_FolderAsStixWithOverrides_OneBundleWithOutletAndDate()
    {
        // Given
        var folder = RepositoryPaths.InRepository("examples", "articles");
        var target = Path.Combine(_folder, "bundle.json");

        // When
        var (exit, _, error) = await Run("extract", folder, "--format", "stix", "--source", "Override Wire", "--published", "2022-01-05", "--out", target);

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("extracted 3 document", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        var objects = json.RootElement.GetProperty("objects").EnumerateArray().ToList();
        Assert.Equal(3, objects.Count(o => o.GetProperty("type").GetString() == "report"));
        Assert.All(objects.Where(o => o.GetProperty("type").GetString() == "report"),
            r => Assert.Equal("2022-01-05T00:00:00.000Z", r.GetProperty("published").GetString()));
        Assert.Contains(objects, o => o.GetProperty("type").GetString() == "identity" && o.GetProperty("name").GetString() == "Override Wire");
    }

    [Fact]
    public async Task Extract_OneFeedWithTwoItems_WritesJsonLines()
    {
        // Given: one input file holding two documents.
        var path = Path.Combine(_folder, "feed.rss");
        File.WriteAllText(path, """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Desk</title>
            <item><title>One</title><pubDate>Tue, 04 Jun 2024 10:00:00 GMT</pubDate><description>Acme Bank said hackers stole customer data.</description></item>
            <item><title>Two</title><pubDate>Wed, 05 Jun 2024 10:00:00 GMT</pubDate><description>A ransomware attack hit Contoso Hospital.</description></item>
            </channel></rss>
            """);

        // When
        var (exit, output, _) = await Run("extract", path);

        // Then
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(["One", "Two"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Extract_CasieFormat_WritesJsonLines()
    {
        // Given
        var path = Path.Combine(_folder, "docs.jsonl");
        File.WriteAllText(path, """
            {"id": "a1", "date": "2019-01-02", "text": "Hackers breached the company and stole customer data. The breach exposed 2 million records.", "events": []}
            {"id": "a2", "text": "A phishing campaign targeted staff. The phishing emails stole passwords.", "events": []}
            """);

        // When
        var (exit, output, _) = await Run("extract", path, "--format", "casie");

        // Then
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("a1", JsonDocument.Parse(lines[0]).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Extract_EmptyAndBinaryInputs_ClearErrorsNoStackTrace()
    {
        // Given
        var empty = Path.Combine(_folder, "empty.txt");
        File.WriteAllText(empty, string.Empty);
        var binary = Path.Combine(_folder, "blob.txt");
        File.WriteAllBytes(binary, [0, 1, 2, 3, 0, 255, 254, 0]);

        // When
        var (exit, _, error) = await Run("extract", empty, binary);

        // Then
        Assert.Equal(2, exit);
        Assert.Contains("empty.txt: the file is empty", error, StringComparison.Ordinal);
        Assert.Contains("blob.txt: refused", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_BadPublishedDate_ExitsTwo()
    {
        // Given
        var path = RepositoryPaths.InRepository("examples", "articles", "port-wiper-ddos.txt");

        // When
        var (exit, _, error) = await Run("extract", path, "--published", "31/08/2023");

        // Then
        Assert.Equal(2, exit);
        Assert.Contains("YYYY-MM-DD", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_OutToAFolderPathThatDoesNotExistYet_CreatesItWithOneBundlePerArticle()
    {
        // Given
        var target = Path.Combine(_folder, "bundles") + "/";

        // When
        var (exit, _, error) = await Run("extract", RepositoryPaths.InRepository("examples", "articles"), "--format", "stix", "--out", target);

        // Then
        Assert.Equal(0, exit);
        Assert.DoesNotContain("error", error, StringComparison.Ordinal);
        Assert.Equal(Directory.GetFiles(RepositoryPaths.InRepository("examples", "articles"), "*.txt").Length, Directory.GetFiles(target, "*.stix.json").Length);
    }
}
