using System.Globalization;
using System.Text.Json;

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
        var now = Timestamp(_time.GetUtcNow());
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("type", "bundle");
        writer.WriteString("id", "bundle--" + _newId().ToString("D"));
        writer.WriteStartArray("objects");
        foreach (var sighting in sightings)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "sighting");
            writer.WriteString("spec_version", "2.1");
            writer.WriteString("id", "sighting--" + _newId().ToString("D"));
            writer.WriteString("created", now);
            writer.WriteString("modified", now);
            writer.WriteString("sighting_of_ref", sighting.Indicator.Id);
            writer.WriteString("first_seen", Timestamp(sighting.FirstSeen));
            writer.WriteString("last_seen", Timestamp(sighting.LastSeen > sighting.FirstSeen ? sighting.LastSeen : sighting.FirstSeen));
            writer.WriteNumber("count", Math.Min(sighting.Count, 999_999_999));
            writer.WriteString("description", "Matched in: " + string.Join(", ", sighting.Sources) + (sighting.Count > sighting.Sources.Count ? ", …" : string.Empty));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
