using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Markings;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii.Endpoints;

/// <summary>Builds store queries for a collection and writes paged TAXII envelopes.</summary>
public static class ObjectQueries
{
    /// <summary>The X-TAXII-Date-Added-First header.</summary>
    public const string DateAddedFirstHeader = "X-TAXII-Date-Added-First";

    /// <summary>The X-TAXII-Date-Added-Last header.</summary>
    public const string DateAddedLastHeader = "X-TAXII-Date-Added-Last";

    /// <summary>
    /// The store query for <paramref name="collection"/> and the request's filters; null when the filters cannot
    /// match anything (for example a type outside a view's types).
    /// </summary>
    public static TaxiiObjectQuery? Build(CollectionSettings collection, CollectionAccess access, TaxiiQueryParameters parameters, string? objectId, VersionFilter? versions = null)
    {
        var ceiling = (TlpLevel)Math.Min((int)access.Clearance, (int)collection.MaxTlp);
        var types = parameters.Types;
        if (collection.Types.Count > 0)
        {
            types = types is null ? collection.Types : types.Where(t => collection.Types.Contains(t, StringComparer.Ordinal)).ToList();
            if (types.Count == 0)
            {
                return null;
            }
        }

        IReadOnlyList<string>? ids = parameters.Ids;
        if (objectId is not null)
        {
            ids = [objectId];
        }

        return new TaxiiObjectQuery
        {
            CollectionId = collection.Source,
            AddedAfter = parameters.AddedAfter,
            After = parameters.Next,
            Limit = parameters.Limit,
            Ids = ids,
            Types = types,
            SpecVersions = parameters.SpecVersions,
            Versions = versions ?? parameters.Versions,
            ExcludedMarkingRefs = TlpMarkings.PredefinedAbove(ceiling),
        };
    }

    /// <summary>Sets the date-added headers for a non-empty page.</summary>
    public static void SetDateHeaders(HttpContext context, IReadOnlyList<TaxiiObjectRecord> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        context.Response.Headers[DateAddedFirstHeader] = TaxiiTimestamp.Format(items[0].DateAdded);
        context.Response.Headers[DateAddedLastHeader] = TaxiiTimestamp.Format(items[^1].DateAdded);
    }

    /// <summary>Writes <c>more</c> and <c>next</c> of a paged resource.</summary>
    public static void WritePaging(Utf8JsonWriter writer, bool more, PageCursor? next)
    {
        writer.WriteBoolean("more", more);
        if (more && next is { } cursor)
        {
            writer.WriteString("next", cursor.Encode());
        }
    }

    /// <summary>Writes an envelope with the records' exact JSON.</summary>
    public static Task WriteEnvelopeAsync(HttpContext context, IReadOnlyList<TaxiiObjectRecord> items, bool more, PageCursor? next)
    {
        SetDateHeaders(context, items);
        return TaxiiResponses.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            WritePaging(writer, more, next);
            if (items.Count > 0)
            {
                writer.WriteStartArray("objects");
                foreach (var item in items)
                {
                    writer.WriteRawValue(item.Json.Span, skipInputValidation: true);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }, items.Sum(i => i.Json.Length) + 512);
    }
}
