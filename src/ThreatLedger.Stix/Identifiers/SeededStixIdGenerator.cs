namespace ThreatLedger.Stix.Identifiers;

/// <summary>
/// Reproducible version-4 UUIDs from a seed, for tests and golden files. Not for production: the ids are predictable.
/// </summary>
public sealed class SeededStixIdGenerator : StixIdGenerator
{
    private readonly Random _random;
    private readonly Lock _lock = new();

    /// <summary>Creates a generator; the same seed gives the same sequence.</summary>
    public SeededStixIdGenerator(int seed)
    {
        _random = new Random(seed);
    }

    /// <inheritdoc/>
    public override Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        lock (_lock)
        {
            _random.NextBytes(bytes);
        }

        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
