using System.Text;
using ThreatLedger.Stix;
using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Hunting;

/// <summary>Writes hunt results as a STIX 2.1 bundle of <c>sighting</c> objects (section 5.2) that reference the indicators.</summary>
public sealed class SightingBundleWriter
{
    private readonly TimeProvider _time;
    private readonly Func<Guid> _newId;

    public SightingBundleWriter(TimeProvider? time = null, Func<Guid>? newId = null)
    {
        _time = time ?? TimeProvider.System;
        _newId = newId ?? Guid.NewGuid;
    }

    public void Write(Stream stream, IReadOnlyList<HuntSighting> sightings)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sightings);
        var now = StixTimestamp.FromDateTimeOffset(_time.GetUtcNow());
        var bundle = new Bundle
        {
            Id = StixId.Create(Bundle.TypeName, _newId()),
            Objects = sightings.Select(sighting => (StixObject)new Sighting
            {
                Id = StixId.Create(Sighting.TypeName, _newId()),
                SpecVersion = "2.1",
                Created = now,
                Modified = now,
                SightingOfRef = StixId.Parse(sighting.Indicator.Id),
                FirstSeen = StixTimestamp.FromDateTimeOffset(sighting.FirstSeen),

                // One instant seen: no last_seen (the OASIS stix2-validator wants it strictly later than first_seen).
                LastSeen = sighting.LastSeen > sighting.FirstSeen ? StixTimestamp.FromDateTimeOffset(sighting.LastSeen) : null,
                Count = Math.Min(sighting.Count, 999_999_999),
                Description = "Matched in: " + string.Join(", ", sighting.Sources) + (sighting.Count > sighting.Sources.Count ? ", …" : string.Empty),
            }).ToList(),
        };
        var bytes = Encoding.UTF8.GetBytes(StixJson.Serialize(bundle, indented: true));
        stream.Write(bytes);
    }
}
