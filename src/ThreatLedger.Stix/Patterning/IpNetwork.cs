using System.Net;
using System.Net.Sockets;

namespace ThreatLedger.Stix.Patterning;

/// <summary>An IPv4 or IPv6 address or CIDR block, for ISSUBSET/ISSUPERSET and address equality.</summary>
internal readonly record struct IpNetwork(IPAddress Network, int PrefixLength)
{
    public static bool TryParse(string text, out IpNetwork network)
    {
        network = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        if (!IPAddress.TryParse(addressText, out var address) || addressText.Contains('%', StringComparison.Ordinal))
        {
            return false;
        }

        var max = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        if (address.AddressFamily == AddressFamily.InterNetwork && addressText.Count(c => c == '.') != 3)
        {
            return false; // IPAddress.TryParse accepts "1" or "1.2"; STIX addresses are dotted quads.
        }

        var prefix = max;
        if (slash >= 0 && (!int.TryParse(text.AsSpan(slash + 1), out prefix) || prefix < 0 || prefix > max))
        {
            return false;
        }

        network = new IpNetwork(Mask(address, prefix), prefix);
        return true;
    }

    public bool Contains(IpNetwork other) =>
        other.Network.AddressFamily == Network.AddressFamily && other.PrefixLength >= PrefixLength &&
        Mask(other.Network, PrefixLength).Equals(Network);

    private static IPAddress Mask(IPAddress address, int prefix)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var bits = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= unchecked((byte)(0xFF << (8 - bits)));
        }

        return new IPAddress(bytes);
    }
}
