using System.Security.Cryptography;
using System.Text;

namespace ThreatLedger.Extraction.Input;

/// <summary>Stable document ids for inputs that carry none: a short hash of the text.</summary>
public static class DocumentIds
{
    /// <summary>"doc-" and the first 16 hex digits of the SHA-256 of the text.</summary>
    public static string FromText(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "doc-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
