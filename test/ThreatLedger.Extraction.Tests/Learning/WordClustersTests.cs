using System.Text;
using ThreatLedger.Extraction.Learning;
using ThreatLedger.Extraction.Text;

namespace ThreatLedger.Extraction.Tests.Learning;

public sealed class WordClustersTests
{
    // Days always follow "on" and end a sentence; verbs always sit between "hackers" and "the"; companies always
    // open a sentence before "said". Words used alike get identical context vectors.
    private static IReadOnlyList<AnalyzedText> OwnCorpus()
    {
        string[] verbs = ["stole", "copied", "leaked"];
        string[] objects = ["records", "files", "emails", "passwords"];
        string[] days = ["monday", "tuesday", "friday"];
        string[] companies = ["Acme", "Globex", "Initech"];
        var texts = new List<AnalyzedText>();
        foreach (var company in companies)
        {
            var sb = new StringBuilder();
            foreach (var verb in verbs)
            {
                foreach (var obj in objects)
                {
                    foreach (var day in days)
                    {
                        sb.Append(company).Append(" said hackers ").Append(verb).Append(" the ").Append(obj).Append(" on ").Append(day).Append(". ");
                    }
                }
            }

            texts.Add(AnalyzedText.Analyze(sb.ToString()));
        }

        return texts;
    }

    [Fact]
    public void Build_WordsUsedAlike_ShareTheirClasses()
    {
        // Given
        var texts = OwnCorpus();

        // When: nine groups of words used alike, nine fine classes
        var clusters = WordClusters.Build(texts, coarseCount: 3, fineCount: 9, minCount: 2);

        // Then
        Assert.Equal(clusters.Of("stole"), clusters.Of("copied"));
        Assert.Equal(clusters.Of("stole"), clusters.Of("leaked"));
        Assert.Equal(clusters.Of("monday"), clusters.Of("friday"));
        Assert.Equal(clusters.Of("acme"), clusters.Of("initech"));
        Assert.NotEqual(clusters.Of("stole").Fine, clusters.Of("monday").Fine);
    }

    [Fact]
    public void Of_UnseenWord_GivesNone()
    {
        // Given
        var clusters = WordClusters.Build(OwnCorpus(), coarseCount: 3, fineCount: 6, minCount: 2);

        // When
        var classes = clusters.Of("ransomware");

        // Then
        Assert.Equal((WordClusters.None, WordClusters.None), classes);
    }

    [Fact]
    public void Classify_UnseenWordsInFamiliarContexts_TakeTheClassesOfWordsUsedAlike()
    {
        // Given: a company and a verb never seen in the training texts, where companies and verbs stand there
        var clusters = WordClusters.Build(OwnCorpus(), coarseCount: 3, fineCount: 9, minCount: 2);
        var text = AnalyzedText.Analyze("Umbrella said hackers exfiltrated the files on friday.");

        // When
        var (coarse, fine, placed) = clusters.Classify(text);

        // Then: each takes the classes of its kind; known words keep their stored classes
        Assert.Equal(clusters.Of("acme"), (coarse[0], fine[0]));
        Assert.True(placed[0]);
        Assert.Equal(clusters.Of("stole"), (coarse[3], fine[3]));
        Assert.True(placed[3]);
        Assert.Equal(clusters.Of("hackers"), (coarse[2], fine[2]));
        Assert.False(placed[2]);
    }

    [Fact]
    public void Classify_UnseenWordWithoutKnownNeighbours_GivesNone()
    {
        // Given: neither word nor any neighbour occurs in the training texts
        var clusters = WordClusters.Build(OwnCorpus(), coarseCount: 3, fineCount: 6, minCount: 2);
        var text = AnalyzedText.Analyze("Zyxx qwerty");

        // When
        var (coarse, fine, placed) = clusters.Classify(text);

        // Then
        Assert.Equal([WordClusters.None, WordClusters.None], coarse);
        Assert.Equal([WordClusters.None, WordClusters.None], fine);
        Assert.Equal([false, false], placed);
    }

    [Fact]
    public void Classify_NoClasses_GivesNoneForEveryToken()
    {
        // Given
        var text = AnalyzedText.Analyze("Acme said hackers stole the files.");

        // When
        var (coarse, _, placed) = WordClusters.Empty.Classify(text);

        // Then
        Assert.All(coarse, c => Assert.Equal(WordClusters.None, c));
        Assert.DoesNotContain(true, placed);
    }

    [Fact]
    public void Build_FewerWordsThanClasses_GivesNoClasses()
    {
        // Given
        var texts = new[] { AnalyzedText.Analyze("Hackers stole data. Hackers stole data.") };

        // When
        var clusters = WordClusters.Build(texts, coarseCount: 8, fineCount: 32, minCount: 1);

        // Then
        Assert.Equal(0, clusters.WordCount);
        Assert.Equal((WordClusters.None, WordClusters.None), clusters.Of("hackers"));
    }

    [Fact]
    public void WriteRead_RoundTrip_KeepsEveryClass()
    {
        // Given
        var clusters = WordClusters.Build(OwnCorpus(), coarseCount: 3, fineCount: 6, minCount: 2);
        using var stream = new MemoryStream();

        // When
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            clusters.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = WordClusters.Read(reader);

        // Then
        Assert.Equal(clusters.WordCount, read.WordCount);
        Assert.Equal((3, 6), (read.CoarseCount, read.FineCount));
        foreach (var word in new[] { "stole", "monday", "acme", "the", "said" })
        {
            Assert.Equal(clusters.Of(word), read.Of(word));
        }

        // ... and places unseen words where the original does
        var text = AnalyzedText.Analyze("Umbrella said hackers exfiltrated the ledgers on sunday.");
        var (coarse, fine, placed) = clusters.Classify(text);
        var (readCoarse, readFine, readPlaced) = read.Classify(text);
        Assert.Equal(coarse, readCoarse);
        Assert.Equal(fine, readFine);
        Assert.Equal(placed, readPlaced);
        Assert.Contains(true, readPlaced);
    }

    [Fact]
    public void Read_ClassOutOfRange_ThrowsInvalidData()
    {
        // Given: one word whose fine class (9) exceeds the declared 4 classes
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(2);
            writer.Write(4);
            writer.Write(1);
            writer.Write("hackers");
            writer.Write((ushort)1);
            writer.Write((ushort)9);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);

        // When
        var error = Assert.Throws<InvalidDataException>(() => WordClusters.Read(reader));

        // Then
        Assert.Contains("hackers", error.Message, StringComparison.Ordinal);
    }
}
