using System.Text.Json;

namespace ThreatLedger.Stix.Validation;

public sealed partial class StixValidator
{
    private sealed partial class ObjectCheck
    {
        /// <summary>
        /// Checks an embedded object (a predefined SCO extension such as <c>socket-ext</c>, or a nested type such as a PE
        /// section) against its property table: value types, references, enumerations, required properties and the
        /// "at least one property" rule.
        /// </summary>
        private void CheckEmbedded(string path, JsonElement value, EmbeddedSchema schema)
        {
            if (!Expect(path, value, JsonValueKind.Object, "an object (" + schema.Name + ")", schema.Section))
            {
                return;
            }

            var definedPresent = false;
            foreach (var property in value.EnumerateObject())
            {
                var p = Join(path, property.Name);
                if (schema.Properties.TryGetValue(property.Name, out var spec))
                {
                    definedPresent = true;
                    if (CheckKind(p, property.Value, spec.Kind, schema.Section, spec.Targets, spec.Embedded))
                    {
                        CheckVocabulary(p, schema.Name, property.Name, property.Value);
                    }
                }
                else
                {
                    CheckCustomProperty(p, property.Name, property.Value);
                }
            }

            foreach (var name in schema.Required)
            {
                if (!value.TryGetProperty(name, out _))
                {
                    Error(path, "required-property", schema.Section, $"Missing required property '{name}' of {schema.Name}.", null);
                }
            }

            if (schema.AtLeastOne && !definedPresent)
            {
                Error(path, "required-property", schema.Section, $"{schema.Name} must contain at least one of its defined properties ({string.Join(", ", schema.Properties.Keys.Order(StringComparer.Ordinal))}).", null);
            }
        }

        /// <summary>A dictionary (§2.3 keys) whose values must have one shape.</summary>
        private void CheckTypedDictionary(string path, JsonElement value, PropertyKind kind, string section)
        {
            CheckDictionary(path, value, section);
            if (value.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var entry in value.EnumerateObject())
            {
                var v = entry.Value;
                var ok = kind switch
                {
                    PropertyKind.StringDictionary => v.ValueKind == JsonValueKind.String,
                    PropertyKind.IntegerDictionary => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _),
                    PropertyKind.StringOrIntegerDictionary => v.ValueKind == JsonValueKind.String || (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _)),
                    PropertyKind.StringListDictionary => IsStringList(v),
                    _ => v.ValueKind == JsonValueKind.String || IsStringList(v),
                };
                if (!ok)
                {
                    var what = kind switch
                    {
                        PropertyKind.StringDictionary => "a string",
                        PropertyKind.IntegerDictionary => "an integer",
                        PropertyKind.StringOrIntegerDictionary => "a string or an integer",
                        PropertyKind.StringListDictionary => "a non-empty list of strings",
                        _ => "a string or a non-empty list of strings",
                    };
                    Error(Join(path, entry.Name), "property-type", section, $"Each value of this dictionary must be {what}, not {Kind(v)}.", Show(v));
                }
            }
        }

        private static bool IsStringList(JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
            {
                return false;
            }

            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
