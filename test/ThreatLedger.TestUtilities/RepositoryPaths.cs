namespace ThreatLedger.TestUtilities;

/// <summary>Finds the repository root, its examples, and the shared data folder beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds <c>ThreatLedger.slnx</c>.</summary>
    public static string Root => s_root.Value;

    /// <summary>A path under the repository root.</summary>
    public static string InRepository(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>
    /// The shared data folder: <c>THREATLEDGER_SHARED</c> when set (CI clones the repository elsewhere), else
    /// <c>../shared</c> beside the repository.
    /// </summary>
    public static string SharedRoot =>
        Environment.GetEnvironmentVariable("THREATLEDGER_SHARED") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A path under <see cref="SharedRoot"/>, whether or not it exists.</summary>
    public static string InShared(params string[] parts) => Path.Combine([SharedRoot, .. parts]);

    /// <summary>
    /// A path under <c>../shared</c> (data that may not be committed: CASIE, samples, ATT&amp;CK). When it is absent,
    /// the calling test is skipped with a message that says what is missing.
    /// </summary>
    public static string SharedOrSkip(params string[] parts)
    {
        var path = InShared(parts);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"Shared test data not found at {path}; this test needs ../shared beside the repository (or THREATLEDGER_SHARED).");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThreatLedger.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find ThreatLedger.slnx above " + AppContext.BaseDirectory);
    }
}
