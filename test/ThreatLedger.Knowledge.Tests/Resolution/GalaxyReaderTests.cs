using ThreatLedger.Knowledge.Resolution;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Knowledge.Tests.Storage;
using ThreatLedger.TestUtilities;

namespace ThreatLedger.Knowledge.Tests.Resolution;

public sealed class GalaxyReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_MispClusterFile_ReadsValueSynonymsAndCountry()
    {
        // Given
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, """{"name":"Threat Actor","values":[{"value":"Kestrel Spider","meta":{"synonyms":["KS-7","Grey Kestrel"],"country":"RU"}},{"value":"Lonely","meta":{}}]}""", Ct);

        // When
        var clusters = await GalaxyReader.ReadAsync(path, Ct);
        File.Delete(path);

        // Then
        Assert.Equal(2, clusters.Count);
        Assert.Equal("Kestrel Spider", clusters[0].Name);
        Assert.Equal(["KS-7", "Grey Kestrel"], clusters[0].Aliases);
        Assert.Equal("RU", clusters[0].Country);
        Assert.Null(clusters[1].Country);
    }

    [Fact]
    public async Task ReadAsync_NeitherFormat_ThrowsWithThePath()
    {
        // Given
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, """{"something":"else"}""", Ct);

        // When
        var error = await Assert.ThrowsAsync<KnowledgeException>(() => GalaxyReader.ReadAsync(path, Ct));
        File.Delete(path);

        // Then
        Assert.Equal($"{path}: neither a STIX bundle ($.objects) nor a MISP galaxy cluster file ($.values).", error.Message);
    }

    [Fact]
    public async Task ImportActorsAsync_AttackAndMispGalaxies_ResolveApt10MenuPassAndStonePandaToOneActor()
    {
        // Given
        var attack = RepositoryPaths.SharedOrSkip("attack", "enterprise-attack.json");
        var misp = RepositoryPaths.SharedOrSkip("misp-galaxy", "threat-actor.json");
        await using var test = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var knowledge = new KnowledgeBase(test.Database);

        // When
        await knowledge.ImportActorsAsync(await GalaxyReader.ReadAsync(attack, Ct), Ct);
        var again = await knowledge.ImportActorsAsync(await GalaxyReader.ReadAsync(misp, Ct), Ct);
        var actors = await knowledge.ListActorsAsync(all: true, Ct);

        // Then
        var menuPass = actors.Where(a => a.Aliases.Append(a.Name).Any(n => NameKeys.Key(n) == "apt10")).ToList();
        var actor = Assert.Single(menuPass);
        var names = actor.Aliases.Append(actor.Name).Select(NameKeys.Key).ToHashSet();
        Assert.Contains("menupass", names);
        Assert.Contains("stonepanda", names);
        Assert.Equal("CN", actor.Country);
        Assert.True(again.ActorsMerged > 100, "MISP clusters join the ATT&CK intrusion sets they name");
        var reimport = await knowledge.ImportActorsAsync(await GalaxyReader.ReadAsync(misp, Ct), Ct);
        Assert.Equal(0, reimport.AliasesAdded);
        Assert.Equal(0, reimport.ActorsCreated);
    }
}
