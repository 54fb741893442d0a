using System.Text;
using ThreatLedger.Knowledge.Ingest;

namespace ThreatLedger.Knowledge.Tests.Ingest;

public sealed class InputFileCheckTests
{
    public static TheoryData<string, byte[], string> BinaryFiles => new()
    {
        { "photo.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "a PNG image" },
        { "photo.txt", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], "a JPEG image" },
        { "report.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), "a PDF document" },
        { "articles.zip", [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0], "a ZIP archive" },
        { "feed.xml.gz", [0x1F, 0x8B, 8, 0, 0, 0, 0, 0], "a gzip-compressed file" },
        { "tool.exe", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0], "a Windows executable" },
    };

    [Theory]
    [MemberData(nameof(BinaryFiles))]
    public void Classify_BinaryFormat_RefusedNamingTheFileAndWhatItIs(string name, byte[] head, string what)
    {
        // When
        var error = Assert.Throws<KnowledgeException>(() => InputFileCheck.Classify(name, head));

        // Then
        Assert.StartsWith(name + ": refused: this is " + what, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MZ Logistics was hit by ransomware in May, the company said.")]
    [InlineData("BM Group disclosed a breach on Tuesday.")]
    [InlineData("[Update] Hackers breached the Lakemoor Public Library.")]
    [InlineData("ID3 Systems said attackers stole customer data.")]
    public void Classify_ProseStartingLikeASignature_IsAnArticle(string text)
    {
        // When
        var kind = InputFileCheck.Classify("story.txt", Encoding.UTF8.GetBytes(text));

        // Then
        Assert.Equal(InputFileKind.Article, kind);
    }

    [Theory]
    [InlineData("bundle.json", "{\"type\": \"bundle\"")]
    [InlineData("settings.json", "{\"name\": \"x\"}")]
    [InlineData("export.stix", "{")]
    [InlineData("data.txt", "  \n{\"objects\": []}")]
    public void Classify_Json_GoesToTheBundleReader(string name, string text)
    {
        // When
        var kind = InputFileCheck.Classify(name, Encoding.UTF8.GetBytes(text));

        // Then
        Assert.Equal(InputFileKind.StixJson, kind);
    }

    [Fact]
    public void Classify_CasieJsonLines_IsReadAsArticles()
    {
        // When
        var kind = InputFileCheck.Classify("dev.jsonl", Encoding.UTF8.GetBytes("{\"sourcefile\": \"1.txt\", \"content\": \"text\"}\n"));

        // Then
        Assert.Equal(InputFileKind.Article, kind);
    }

    [Fact]
    public void Classify_EmptyFile_RefusedAsEmpty()
    {
        // Given
        var path = Path.GetTempFileName();
        try
        {
            // When
            var error = Assert.Throws<KnowledgeException>(() => InputFileCheck.Classify(path));

            // Then
            Assert.Equal(path + ": the file is empty; nothing to ingest.", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
