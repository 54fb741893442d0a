namespace ThreatLedger.Hunting;

/// <summary>Hunting input that cannot be used; the message names the file and what is wrong.</summary>
public sealed class HuntException : Exception
{
    public HuntException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
