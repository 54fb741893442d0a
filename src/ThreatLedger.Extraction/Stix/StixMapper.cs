using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThreatLedger.Extraction.Indicators;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Stix;
using ThreatLedger.Stix.Identifiers;
using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Objects;
using ModelIncident = ThreatLedger.Extraction.Model.Incident;
using StixIncident = ThreatLedger.Stix.Objects.Incident;

namespace ThreatLedger.Extraction.Stix;

/// <summary>
/// Maps an <see cref="ExtractionDocument"/> to a STIX 2.1 bundle: a <c>report</c> for the article; <c>identity</c> for
/// the outlet, victims and claim sources; <c>location</c> for countries; <c>threat-actor</c> for described actors and
/// states, <c>intrusion-set</c> for named groups; <c>malware</c>/<c>tool</c>; <c>vulnerability</c>; <c>attack-pattern</c>;
/// <c>infrastructure</c> for hit systems; an <c>incident</c> per incident that <c>targets</c> its victim and systems;
/// per accusing claim an <c>attributed-to</c> relationship from the incident to the accused actor whose
/// <c>created_by_ref</c> is the claim's source and whose <c>confidence</c> is the claim's (STIX 2.1 lists no
/// relationships for incident and allows producer-defined ones; the claim extension's <c>incident_role</c> and
/// <c>claim_kind</c> also say what each link means); <c>opinion</c> for denials and severity disputes; <c>note</c> for declined attribution; SCOs with
/// deterministic ids and <c>indicator</c>s for malicious ones. Ids are deterministic (a hash of document id and role, or
/// of the name for shared things like countries and malware families), so re-running gives the same ids and reports
/// about the same actor share its object. Every relationship type is one STIX lists for its source and target types
/// (or a common one), so the bundle draws no warnings from the OASIS stix2-validator either.
/// </summary>
public static class StixMapper
{
    /// <summary>The bundle for one document.</summary>
    public static Bundle ToBundle(ExtractionDocument document, StixMappingOptions? options = null)
    {
        var objects = ToObjects(document, options);
        return new Bundle { Id = DeterministicId("bundle", "bundle:" + document.Document.Id), Objects = objects };
    }

    /// <summary>The bundle for one document as JSON.</summary>
    public static string ToBundleJson(ExtractionDocument document, StixMappingOptions? options = null) => BundleJson(ToBundle(document, options));

    /// <summary>
    /// Writes a bundle object by object with <see cref="StixJson"/> (each object in the model's own form), indented.
    /// </summary>
    public static string BundleJson(Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("type", Bundle.TypeName);
            writer.WriteString("id", bundle.Id.ToString());
            writer.WriteStartArray("objects");
            foreach (var value in bundle.Objects ?? [])
            {
                StixJson.Serialize(writer, value);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The STIX objects for one document (extension definition and its creator included).</summary>
    public static IReadOnlyList<StixObject> ToObjects(ExtractionDocument document, StixMappingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new Mapping(document, options ?? new StixMappingOptions()).Run();
    }

    /// <summary>An id of the given type derived from a key: same key, same id (UUID version 4 layout).</summary>
    public static StixId DeterministicId(string type, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(type + "|" + key));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var guid = new Guid(hash.AsSpan(0, 16), bigEndian: true);
        return StixId.Create(type, guid);
    }

    private static readonly StixTimestamp s_referenceCreated = StixTimestamp.Parse("2020-01-01T00:00:00.000Z");

    private static StixTimestamp Earliest(StixTimestamp a, StixTimestamp b) => a <= b ? a : b;

    private sealed class Mapping(ExtractionDocument document, StixMappingOptions options)
    {
        private readonly List<StixObject> _objects = [];
        private readonly Dictionary<string, StixId> _entityIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, StixId> _incidentIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, StixId> _sources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, StixId> _stateActors = new(StringComparer.Ordinal);
        private readonly HashSet<StixId> _seen = [];
        private readonly List<(StixId Relationship, StixId Incident, StixId Accused)> _accusations = [];
        private readonly StixTimestamp _now = StixTimestamp.FromDateTimeOffset(options.TimeProvider.GetUtcNow());

        // §3.6: every version of an object keeps its created. Objects shared across reports (countries, organisations,
        // outlets, named actors, accused states, malware, tools, CVEs, techniques) have ids from their names, so each
        // report's copy is a new version of one object: they share one fixed created. A document's own objects are
        // created as of its publication (or that fixed instant when it has no date), so extracting it again gives a
        // new version, not a clash. modified is the time of extraction (never before created).
        private readonly StixTimestamp _sharedCreated = Earliest(s_referenceCreated, StixTimestamp.FromDateTimeOffset(options.TimeProvider.GetUtcNow()));
        private StixTimestamp _documentCreated;
        private StixTimestamp _modified;
        private readonly string _doc = document.Document.Id;
        private StixId? _outlet;

        public List<StixObject> Run()
        {
            _documentCreated = document.Document.Published is not null ? Published() : _sharedCreated;
            _modified = _documentCreated > _now ? _documentCreated : _now;
            Add(ClaimExtension.Creator);
            Add(ClaimExtension.Definition);
            foreach (var marking in options.Markings)
            {
                if (TlpMarkings.Find(marking) is { } predefined)
                {
                    Add(predefined);
                }
            }

            _outlet = OutletIdentity();
            foreach (var entity in document.Entities)
            {
                MapEntity(entity);
            }

            foreach (var incident in document.Incidents)
            {
                MapIncident(incident);
            }

            foreach (var claim in document.Claims)
            {
                MapClaim(claim);
            }

            AddReport();
            return _objects;
        }

        private void Add(StixObject value)
        {
            if (_seen.Add(value.Id))
            {
                _objects.Add(options.Markings.Count == 0 || value.Id == ClaimExtension.CreatorId || value.Id == ClaimExtension.Id || value is MarkingDefinition
                    ? value
                    : Marked(value, options.Markings));
            }
        }

        /// <summary>The object with <c>object_marking_refs</c> set (objects are immutable: rebuilt from their JSON).</summary>
        private static StixObject Marked(StixObject value, IReadOnlyList<StixId> markings)
        {
            var json = JsonNode.Parse(StixJson.SerializeToUtf8Bytes(value))!.AsObject();
            var refs = json["object_marking_refs"] as JsonArray ?? [];
            foreach (var marking in markings.Where(m => !refs.Any(r => (string?)r == m.ToString())))
            {
                refs.Add(marking.ToString());
            }

            json["object_marking_refs"] = refs.DeepClone();
            return StixJson.ParseObject(Encoding.UTF8.GetBytes(json.ToJsonString()));
        }

        private StixId? OutletIdentity()
        {
            var name = document.Document.Source;
            if (name is null)
            {
                return null;
            }

            var id = DeterministicId("identity", "outlet:" + name.ToLowerInvariant());
            Add(new Identity
            {
                Id = id, SpecVersion = "2.1", Created = _sharedCreated, Modified = _modified, Name = name, IdentityClass = "organization",
                Roles = ["news-outlet"], Sectors = ["communications"],
            });
            return id;
        }

        // ---- entities ----------------------------------------------------------------------------------------------

        private void MapEntity(Entity entity)
        {
            var attributes = entity.Attributes;
            var country = attributes.GetValueOrDefault("country");
            switch (entity.Kind)
            {
                case EntityKinds.Country:
                {
                    var id = DeterministicId("location", "country:" + (country ?? entity.Name));
                    Add(new Location { Id = id, SpecVersion = "2.1", Created = _sharedCreated, Modified = _modified, Name = entity.Name, Country = country });
                    _entityIds[entity.Id] = id;
                    break;
                }

                case EntityKinds.GovernmentBody or EntityKinds.Organization or EntityKinds.Vendor or EntityKinds.Outlet:
                {
                    var id = DeterministicId("identity", "org:" + entity.Name.ToLowerInvariant() + ":" + country);
                    var sectors = Sectors(entity);
                    Add(new Identity
                    {
                        Id = id, SpecVersion = "2.1", Created = _sharedCreated, Modified = _modified, Name = entity.Name, IdentityClass = "organization",
                        Sectors = sectors.Count > 0 ? sectors : null,
                        Description = Describe(entity),
                    });
                    _entityIds[entity.Id] = id;
                    if (country is not null)
                    {
                        Relate("located-at", id, CountryLocation(country), null, null, "loc:" + entity.Id);
                    }

                    break;
                }

                case EntityKinds.System:
                {
                    var id = DeterministicId("infrastructure", _doc + ":" + entity.Id);
                    Add(new Infrastructure
                    {
                        Id = id, SpecVersion = "2.1", Created = _documentCreated, Modified = _modified, Name = entity.Name, InfrastructureTypes = ["unknown"],
                        Description = Describe(entity),
                    });
                    _entityIds[entity.Id] = id;
                    break;
                }

                case EntityKinds.ThreatActor:
                    MapActor(entity, country);
                    break;
                case EntityKinds.Malware:
                {
                    var id = DeterministicId("malware", "malware:" + entity.Name.ToLowerInvariant());
                    var type = attributes.GetValueOrDefault("malware_type");
                    Add(new Malware
                    {
                        Id = id, SpecVersion = "2.1", Created = _sharedCreated, Modified = _modified, Name = entity.Name, IsFamily = true,
                        MalwareTypes = type is null ? null : [type], Aliases = entity.Aliases.Count > 0 ? [.. entity.Aliases] : null,
                    });
                    _entityIds[entity.Id] = id;
                    break;
                }

                case EntityKinds.Tool:
                {
                    var id = DeterministicId("tool", "tool:" + entity.Name.ToLowerInvariant());
                    var type = attributes.GetValueOrDefault("tool_type");
                    Add(new Tool { Id = id, SpecVersion = "2.1", Created = _sharedCreated, Modified = _modified, Name = entity.Name, ToolTypes = type is null ? null : [type] });
                    _entityIds[entity.Id] = id;
                    break;
                }

                case EntityKinds.Vulnerability:
                {
                    var id = DeterministicId("vulnerability", "cve:" + entity.Name);
                    Add(new Vulnerability
                    {
                        Id = id, SpecVersion = "2.1", Created = _sharedCreated, Modified = _modified, Name = entity.Name,
                        ExternalReferences = [new ExternalReference { SourceName = "cve", ExternalId = entity.Name }],
                    });
                    _entityIds[entity.Id] = id;
                    break;
                }

                case EntityKinds.AttackPattern:
                {
                    var id = DeterministicId("attack-pattern", "attack:" + entity.Name);
                    Add(new AttackPattern
                    {
                        Id = id, SpecVersion = "2.1", Created = _sharedCreated, Modified = _modified, Name = entity.Name,
                        // No url: §2.5 wants hashes of the url's content with it, which an offline extractor cannot give.
                        ExternalReferences = [new ExternalReference { SourceName = "mitre-attack", ExternalId = entity.Name }],
                    });
                    _entityIds[entity.Id] = id;
                    break;
                }

                case EntityKinds.Indicator:
                    MapIndicator(entity);
                    break;
                default:
                    break;
            }
        }

        private static List<string> Sectors(Entity entity)
        {
            var sector = entity.Attributes.GetValueOrDefault("sector");
            return sector switch
            {
                null => entity.Kind == EntityKinds.GovernmentBody ? ["government-national"] : [],
                "government-national" or "government-local" or "defense" or "healthcare" or "transportation" or "education"
                    or "financial-services" or "energy" or "telecommunications" or "technology" or "utilities" or "manufacturing"
                    or "retail" or "pharmaceuticals" => [sector],
                _ => [],
            };
        }

        private static string? Describe(Entity entity)
        {
            var parts = new List<string>();
            if (entity.Aliases.Count > 0)
            {
                parts.Add("Also named: " + string.Join(", ", entity.Aliases) + ".");
            }

            if (entity.Attributes.GetValueOrDefault("country") is { } country)
            {
                parts.Add("Country: " + country + ".");
            }

            return parts.Count == 0 ? null : string.Join(' ', parts);
        }

        private StixId CountryLocation(string code)
        {
            var id = DeterministicId("location", "country:" + code);
            if (!_seen.Contains(id))
            {
                var name = document.Entities.FirstOrDefault(e => e.Kind == EntityKinds.Country && e.Attributes.GetValueOrDefault("country") == code)?.Name
                    ?? Entities.Lexicon.Default.CountriesByNameOrCode.GetValueOrDefault(code)?.Name ?? code;
                Add(new Location { Id = id, SpecVersion = "2.1", Created = _sharedCreated, Modified = _modified, Name = name, Country = code });
            }

            return id;
        }

        private void MapActor(Entity entity, string? country)
        {
            var type = entity.Attributes.GetValueOrDefault("actor_type");
            var descriptive = entity.Attributes.GetValueOrDefault("descriptive") == "true";
            var (actorTypes, sophistication, resources, motivation) = type switch
            {
                "state-sponsored" => ((IReadOnlyList<string>)["nation-state"], "advanced", "government", "organizational-gain"),
                "criminal" => (["crime-syndicate"], "intermediate", "organization", "personal-gain"),
                "hacktivist" => (["hacker"], "intermediate", "club", "ideology"),
                _ => (["unknown"], (string?)null, (string?)null, (string?)null),
            };
            StixId id;
            if (descriptive)
            {
                id = DeterministicId("threat-actor", _doc + ":" + entity.Id);
                Add(new ThreatActor
                {
                    Id = id, SpecVersion = "2.1", Created = _documentCreated, Modified = _modified, Name = entity.Name, ThreatActorTypes = actorTypes,
                    Sophistication = sophistication, ResourceLevel = resources, PrimaryMotivation = motivation,
                    Description = "Unnamed actor as the reporting describes it" + (country is null ? "." : $"; attributed country {country}."),
                });
            }
            else
            {
                id = DeterministicId("intrusion-set", "actor:" + entity.Name.ToLowerInvariant());
                Add(new IntrusionSet
                {
                    Id = id, SpecVersion = "2.1", Created = _sharedCreated, Modified = _modified, Name = entity.Name,
                    Aliases = entity.Aliases.Count > 0 ? [.. entity.Aliases] : null, ResourceLevel = resources, PrimaryMotivation = motivation,
                });
                if (entity.Attributes.GetValueOrDefault("uses") is { } uses
                    && document.Entities.FirstOrDefault(e => e.Kind == EntityKinds.Malware && e.Name == uses) is { } malware)
                {
                    MapEntity(malware);
                    Relate("uses", id, _entityIds[malware.Id], null, null, "uses:" + entity.Id);
                }
            }

            _entityIds[entity.Id] = id;
            if (country is not null)
            {
                Relate(descriptive ? "located-at" : "originates-from", id, CountryLocation(country), null, null, "origin:" + entity.Id);
            }
        }

        private void MapIndicator(Entity entity)
        {
            var type = entity.Attributes.GetValueOrDefault("indicator_type");
            var value = entity.Attributes.GetValueOrDefault("value") ?? entity.Name;
            StixCyberObservableObject? sco = type switch
            {
                IndicatorTypes.Ipv4 => new IPv4Address { Value = value },
                IndicatorTypes.Ipv6 => new IPv6Address { Value = value },
                IndicatorTypes.Domain => new DomainName { Value = value },
                IndicatorTypes.Url => new Url { Value = value },
                IndicatorTypes.Email => new EmailAddress { Value = value },
                IndicatorTypes.Md5 => new StixFile { Hashes = new Dictionary<string, string> { ["MD5"] = value } },
                IndicatorTypes.Sha1 => new StixFile { Hashes = new Dictionary<string, string> { ["SHA-1"] = value } },
                IndicatorTypes.Sha256 => new StixFile { Hashes = new Dictionary<string, string> { ["SHA-256"] = value } },
                _ => null,
            };
            if (sco is null)
            {
                return;
            }

            // The deterministic SCO id: UUIDv5 over the id-contributing properties.
            var scoId = ScoIdGenerator.Compute(sco);
            StixCyberObservableObject created = sco switch
            {
                IPv4Address ip => new IPv4Address { Id = scoId, SpecVersion = "2.1", Value = ip.Value },
                IPv6Address ip => new IPv6Address { Id = scoId, SpecVersion = "2.1", Value = ip.Value },
                DomainName domain => new DomainName { Id = scoId, SpecVersion = "2.1", Value = domain.Value },
                Url url => new Url { Id = scoId, SpecVersion = "2.1", Value = url.Value },
                EmailAddress email => new EmailAddress { Id = scoId, SpecVersion = "2.1", Value = email.Value },
                StixFile file => new StixFile { Id = scoId, SpecVersion = "2.1", Hashes = file.Hashes },
                _ => sco,
            };
            Add(created);
            _entityIds[entity.Id] = created.Id;
            if (entity.Attributes.GetValueOrDefault("malicious") != "true")
            {
                return;
            }

            var pattern = type switch
            {
                IndicatorTypes.Md5 => $"[file:hashes.MD5 = '{Escape(value)}']",
                IndicatorTypes.Sha1 => $"[file:hashes.'SHA-1' = '{Escape(value)}']",
                IndicatorTypes.Sha256 => $"[file:hashes.'SHA-256' = '{Escape(value)}']",
                _ => $"[{type}:value = '{Escape(value)}']",
            };
            var defanged = entity.Attributes.GetValueOrDefault("defanged") == "true";
            var indicatorId = DeterministicId("indicator", _doc + ":" + pattern);
            Add(new Indicator
            {
                Id = indicatorId, SpecVersion = "2.1", Created = _documentCreated, Modified = _modified, CreatedByRef = _outlet,
                Name = value, Pattern = pattern, PatternType = "stix", PatternVersion = "2.1", ValidFrom = Published(),
                IndicatorTypes = ["malicious-activity"],
                Description = "Reported as malicious" + (defanged ? " (defanged in the source text)." : "."),
            });
            // §4.7 lists indicator based-on observed-data only; the observable the pattern was written from is related-to it.
            Relate("related-to", indicatorId, created.Id, _outlet, null, "based:" + entity.Id, description: "The indicator's pattern matches this observable.");
        }

        private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);

        private StixTimestamp Published() => document.Document.Published is { } date
            ? StixTimestamp.FromDateTimeOffset(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            : _now;

        // ---- incidents --------------------------------------------------------------------------------------------

        private void MapIncident(ModelIncident incident)
        {
            var victim = incident.VictimEntityId is null ? null : document.Entities.FirstOrDefault(e => e.Id == incident.VictimEntityId);
            var name = victim is null ? $"{incident.Type} incident" : $"{incident.Type}: {victim.Name}";
            var id = DeterministicId("incident", _doc + ":" + incident.Id);
            var ext = ClaimExtension.IncidentProperties(incident.Type, incident.Time);
            ext.Insert(2, "trigger", incident.Trigger.Text);

            if (incident.CompromisedData.Count > 0)
            {
                ext["compromised_data"] = new JsonArray([.. incident.CompromisedData.Select(d => (JsonNode?)JsonValue.Create(d.Text))]);
            }

            Add(new StixIncident
            {
                Id = id, SpecVersion = "2.1", Created = _documentCreated, Modified = _modified, CreatedByRef = _outlet, Name = name,
                Description = Summary(incident, victim),
                Extensions = new JsonObject { [ClaimExtension.Id.ToString()] = ext },
            });
            _incidentIds[incident.Id] = id;
            // STIX 2.1 lists no relationships for incident (§4.6) and lets producers use their own (§5.1): incident targets
            // its victim and systems, as OpenCTI and MISP model it. The stix2-validator reports these as best-practice
            // warnings; the extension's incident_role also says what the linked object is to the incident.
            if (victim is not null && _entityIds.TryGetValue(victim.Id, out var victimId))
            {
                Relate("targets", id, victimId, _outlet, null, "targets:" + incident.Id, IncidentRole(IncidentRoles.Victim));
            }

            foreach (var target in incident.TargetEntityIds)
            {
                if (_entityIds.TryGetValue(target, out var targetId))
                {
                    Relate("targets", id, targetId, _outlet, null, "targets:" + incident.Id + ":" + target, IncidentRole(IncidentRoles.Target));
                }
            }
        }

        private static JsonObject IncidentRole(string role) => new()
        {
            [ClaimExtension.Id.ToString()] = new JsonObject { ["extension_type"] = "property-extension", ["incident_role"] = role },
        };

        private static string Summary(ModelIncident incident, Entity? victim)
        {
            var builder = new StringBuilder();
            builder.Append(incident.Type).Append(" incident");
            if (victim is not null)
            {
                builder.Append(" affecting ").Append(victim.Name);
            }

            if (incident.Time?.Start is { } start)
            {
                builder.Append(CultureInfo.InvariantCulture, $", starting {start}");
            }

            if (incident.Time?.Duration is { } duration)
            {
                builder.Append(CultureInfo.InvariantCulture, $", lasting {duration}");
            }

            if (incident.Time?.Discovered is { } discovered)
            {
                builder.Append(CultureInfo.InvariantCulture, $", discovered {discovered}");
            }

            if (incident.CompromisedData.Count > 0)
            {
                builder.Append("; compromised: ").Append(string.Join("; ", incident.CompromisedData.Select(d => d.Text)));
            }

            return builder.Append('.').ToString();
        }

        // ---- claims ------------------------------------------------------------------------------------------------

        private StixId SourceIdentity(ClaimSource source)
        {
            if (source.EntityId is not null && _entityIds.TryGetValue(source.EntityId, out var known) && known.Type == "identity")
            {
                return known;
            }

            var key = source.Name.ToLowerInvariant() + "|" + source.CitedVia?.ToLowerInvariant();
            if (_sources.TryGetValue(key, out var existing))
            {
                return existing;
            }

            var id = DeterministicId("identity", _doc + ":source:" + key);
            var description = $"Claim source as the reporting gives it ({source.Kind})";
            if (source.Count is { } count)
            {
                description += string.Create(CultureInfo.InvariantCulture, $"; {count} sources");
            }

            if (source.CitedVia is not null)
            {
                description += "; cited via " + source.CitedVia;
            }

            Add(new Identity
            {
                Id = id, SpecVersion = "2.1", Created = _documentCreated, Modified = _modified, Name = source.Name,
                IdentityClass = source.Kind switch
                {
                    SourceKinds.AnonymousOfficials or SourceKinds.Researchers => "group",
                    SourceKinds.Unknown => "unknown",
                    _ => "organization",
                },
                Description = description + ".",
            });
            _sources[key] = id;
            return id;
        }

        private StixId? AccusedObject(Claim claim)
        {
            if (claim.AccusedEntityId is not null && _entityIds.TryGetValue(claim.AccusedEntityId, out var id)
                && id.Type is "threat-actor" or "intrusion-set")
            {
                return id;
            }

            if (claim.AccusedCountry is { } code)
            {
                // A state accused as such ("executed by China"): a nation-state threat actor located in the country.
                if (_stateActors.TryGetValue(code, out var existing))
                {
                    return existing;
                }

                var name = (Entities.Lexicon.Default.CountriesByNameOrCode.GetValueOrDefault(code)?.Name ?? claim.Accused ?? code) + " (state actor)";
                var actor = DeterministicId("threat-actor", "state:" + code);
                Add(new ThreatActor
                {
                    Id = actor, SpecVersion = "2.1", Created = _sharedCreated, Modified = _modified, Name = name, ThreatActorTypes = ["nation-state"],
                    Sophistication = "advanced", ResourceLevel = "government", PrimaryMotivation = "organizational-gain",
                    Description = "The state itself, as accused in reporting.",
                });
                Relate("located-at", actor, CountryLocation(code), null, null, "state:" + code);
                _stateActors[code] = actor;
                return actor;
            }

            return null;
        }

        private JsonObject ClaimProperties(Claim claim) => new()
        {
            ["extension_type"] = "property-extension",
            ["claim_id"] = claim.Id,
            ["claim_kind"] = claim.Kind,
            ["stance"] = claim.Stance,
            ["hedging_cues"] = new JsonArray([.. claim.HedgingCues.Select(c => (JsonNode?)JsonValue.Create(c))]),
            ["evidence"] = claim.Evidence.Text,
            ["evidence_start"] = claim.Evidence.Start,
            ["evidence_end"] = claim.Evidence.End,
            ["source_name"] = claim.Source.Name,
            ["source_kind"] = claim.Source.Kind,
            ["source_count"] = claim.Source.Count,
            ["cited_via"] = claim.Source.CitedVia,
            ["accused"] = claim.Accused,
            ["accused_country"] = claim.AccusedCountry,
        };

        private static JsonObject Clean(JsonObject json)
        {
            // STIX lists must not be empty: leave out nulls and empty arrays.
            foreach (var key in json.Where(p => p.Value is null || p.Value is JsonArray { Count: 0 }).Select(p => p.Key).ToList())
            {
                json.Remove(key);
            }

            return json;
        }

        private void MapClaim(Claim claim)
        {
            if (claim.IncidentId is null || !_incidentIds.TryGetValue(claim.IncidentId, out var incident))
            {
                return;
            }

            var source = SourceIdentity(claim.Source);
            var extensions = new JsonObject { [ClaimExtension.Id.ToString()] = Clean(ClaimProperties(claim)) };
            switch (claim.Kind)
            {
                case ClaimKinds.Attribution or ClaimKinds.AlternativeHypothesis or ClaimKinds.CounterAccusation:
                {
                    if (AccusedObject(claim) is not { } accused)
                    {
                        if (claim.Kind == ClaimKinds.AlternativeHypothesis)
                        {
                            // "could be a false flag": an alternative whose culprit is unnamed has no object to attribute to; a
                            // note on the incident carries it.
                            Add(new Note
                            {
                                Id = DeterministicId("note", _doc + ":claim:" + claim.Id), SpecVersion = "2.1", Created = _documentCreated, Modified = _modified,
                                CreatedByRef = source, Abstract = "Alternative hypothesis: " + (claim.Accused ?? "unnamed culprit"), Content = claim.Evidence.Text,
                                Authors = [claim.Source.Name], ObjectRefs = [incident], Confidence = claim.Confidence, Extensions = extensions,
                            });
                        }

                        return;
                    }

                    // incident attributed-to the accused (a producer-defined use, §5.1, as for targets above), created by the
                    // claim's source with its confidence; the claim's kind and the accused role in the extension.
                    extensions[ClaimExtension.Id.ToString()]!["incident_role"] = IncidentRoles.Accused;
                    var id = DeterministicId("relationship", _doc + ":claim:" + claim.Id);
                    Add(new Relationship
                    {
                        Id = id, SpecVersion = "2.1", Created = _documentCreated, Modified = _modified, CreatedByRef = source, RelationshipType = "attributed-to",
                        SourceRef = incident, TargetRef = accused, Confidence = claim.Confidence, Description = claim.Evidence.Text,
                        Extensions = extensions,
                    });
                    _accusations.Add((id, incident, accused));
                    break;
                }

                case ClaimKinds.Denial or ClaimKinds.SeverityDispute:
                {
                    var refs = new List<StixId> { incident };
                    if (claim.Kind == ClaimKinds.Denial)
                    {
                        refs.AddRange(_accusations.Where(a => a.Incident == incident && TargetCountry(a.Accused) == claim.AccusedCountry).Select(a => a.Relationship));
                    }

                    Add(new Opinion
                    {
                        Id = DeterministicId("opinion", _doc + ":claim:" + claim.Id), SpecVersion = "2.1", Created = _documentCreated, Modified = _modified,
                        CreatedByRef = source, OpinionValue = claim.Kind == ClaimKinds.Denial ? "strongly-disagree" : "disagree",
                        Explanation = claim.Evidence.Text, Authors = [claim.Source.Name], ObjectRefs = refs, Confidence = claim.Confidence,
                        Extensions = extensions,
                    });
                    break;
                }

                case ClaimKinds.NoAttribution:
                    Add(new Note
                    {
                        Id = DeterministicId("note", _doc + ":claim:" + claim.Id), SpecVersion = "2.1", Created = _documentCreated, Modified = _modified,
                        CreatedByRef = source, Abstract = "Attribution declined", Content = claim.Evidence.Text, Authors = [claim.Source.Name],
                        ObjectRefs = [incident], Confidence = claim.Confidence, Extensions = extensions,
                    });
                    break;
                default:
                    break;
            }
        }

        private string? TargetCountry(StixId target)
        {
            foreach (var (code, id) in _stateActors)
            {
                if (id == target)
                {
                    return code;
                }
            }

            var entity = _entityIds.FirstOrDefault(p => p.Value == target).Key;
            return entity is null ? null : document.Entities.FirstOrDefault(e => e.Id == entity)?.Attributes.GetValueOrDefault("country");
        }

        // ---- report ------------------------------------------------------------------------------------------------

        private void AddReport()
        {
            var info = document.Document;
            var refs = _objects.Where(o => o.Id != ClaimExtension.Id && o.Id != ClaimExtension.CreatorId && o is not MarkingDefinition).Select(o => o.Id).ToList();
            var name = info.Title ?? FirstSentence(document.Text);

            Add(new Report
            {
                Id = DeterministicId("report", "report:" + info.Id), SpecVersion = "2.1", Created = _documentCreated, Modified = _modified, CreatedByRef = _outlet,
                Name = name, Published = Published(), ReportTypes = ["threat-report"], ObjectRefs = refs.Count > 0 ? refs : [ClaimExtension.CreatorId],
                Description = $"{document.Incidents.Count} incident(s) and {document.Claims.Count} claim(s) extracted by {document.ExtractorVersion}.",
                ExternalReferences = info.Url is not null || info.Source is not null
                    ? [new ExternalReference
                    {
                        // §2.5: besides source_name a reference needs a description, url or external_id.
                        SourceName = info.Source ?? "source", Url = info.Url, Description = info.Title ?? name,

                        // §2.5: hashes SHOULD accompany a url; they are of the article text as ThreatLedger read it.
                        Hashes = info.Url is null ? null : new Dictionary<string, string> { ["SHA-256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Text))) },
                    }]
                    : null,
            });
        }

        private static string FirstSentence(string text)
        {
            var end = text.IndexOfAny(['.', '\n']);
            var sentence = end > 0 ? text[..end] : text;
            return sentence.Length > 120 ? sentence[..117] + "..." : sentence;
        }

        private void Relate(string type, StixId source, StixId target, StixId? createdBy, int? confidence, string key, JsonObject? extensions = null, string? description = null)
        {
            Add(new Relationship
            {
                Id = DeterministicId("relationship", _doc + ":" + key), SpecVersion = "2.1", Created = _documentCreated, Modified = _modified,
                CreatedByRef = createdBy, RelationshipType = type, SourceRef = source, TargetRef = target, Confidence = confidence,
                Description = description, Extensions = extensions,
            });
        }
    }
}
