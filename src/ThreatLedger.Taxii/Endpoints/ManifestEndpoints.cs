using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii.Endpoints;

/// <summary>Get Object Manifests (section 5.6).</summary>
public static class ManifestEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder routes) => routes.MapGet("/{apiRoot}/collections/{collectionId}/manifest/", GetAsync);

    private static async Task GetAsync(HttpContext context, string apiRoot, string collectionId)
    {
        var request = TaxiiRequest.Of(context);
        if (await request.ReadableCollectionAsync(apiRoot, collectionId).ConfigureAwait(false) is not { } found
            || await request.ParametersAsync().ConfigureAwait(false) is not { } parameters)
        {
            return;
        }

        var query = ObjectQueries.Build(found.Collection, found.Access, parameters, null);
        var page = query is null
            ? new Serving.VisibleObjectReader.Page([], false, null)
            : await request.Services.Reader.ReadAsync(query, parameters.Limit, found.Collection, found.Access, context.RequestAborted).ConfigureAwait(false);
        ObjectQueries.SetDateHeaders(context, page.Items);
        await TaxiiResponses.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            ObjectQueries.WritePaging(writer, page.More, page.Next);
            if (page.Items.Count > 0)
            {
                writer.WriteStartArray("objects");
                foreach (var item in page.Items)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", item.Id);
                    writer.WriteString("date_added", TaxiiTimestamp.Format(item.DateAdded));
                    writer.WriteString("version", item.Version);
                    writer.WriteString("media_type", MediaTypeOf(item));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static string MediaTypeOf(TaxiiObjectRecord record)
        => record.SpecVersion == "2.1" ? TaxiiMediaTypes.Stix21 : "application/stix+json;version=" + record.SpecVersion;
}
