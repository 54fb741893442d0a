using ThreatLedger.TestUtilities;

namespace ThreatLedger.Stix.Tests.Fixtures;

/// <summary>Paths of this project's fixture files.</summary>
internal static class FixturePaths
{
    public static string Get(params string[] parts) =>
        RepositoryPaths.InRepository(["test", "ThreatLedger.Stix.Tests", "Fixtures", .. parts]);

    public static byte[] Read(params string[] parts) => File.ReadAllBytes(Get(parts));
}
