using ThreatLedger.Extraction.Model;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Extraction.Stix;

/// <summary>Collects the STIX objects of many documents into one bundle; shared objects (countries, malware) appear once.</summary>
public sealed class StixBundleBuilder
{
    private readonly List<StixObject> _objects = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly StixMappingOptions? _options;
    private readonly List<string> _documents = [];

    public StixBundleBuilder(StixMappingOptions? options = null) => _options = options;

    /// <summary>Adds one document's objects.</summary>
    public void Add(ExtractionDocument document)
    {
        _documents.Add(document.Document.Id);
        foreach (var value in StixMapper.ToObjects(document, _options))
        {
            if (_ids.Add(value.Id.ToString()))
            {
                _objects.Add(value);
            }
        }
    }

    /// <summary>The bundle.</summary>
    public Bundle ToBundle() => new() { Id = StixMapper.DeterministicId("bundle", "bundle:" + string.Join('|', _documents)), Objects = _objects };

    /// <summary>The bundle as JSON.</summary>
    public string ToJson() => StixMapper.BundleJson(ToBundle());
}
