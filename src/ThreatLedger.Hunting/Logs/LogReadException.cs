namespace ThreatLedger.Hunting.Logs;

/// <summary>A log file that cannot be read; the message names the file and line.</summary>
public sealed class LogReadException : Exception
{
    public LogReadException(string path, int line, string reason, Exception? inner = null)
        : base(line > 0 ? $"{path}:{line}: {reason}" : $"{path}: {reason}", inner)
    {
        Path = path;
        Line = line;
    }

    public string Path { get; }

    /// <summary>One-based line number, or 0 when the problem is not on one line.</summary>
    public int Line { get; }
}
