namespace ThreatLedger.Hunting.Tests;

/// <summary>A file in the temp folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string content, string extension = ".log")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tl-hunt-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
