using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Protocol;

namespace ThreatLedger.Taxii.Endpoints;

/// <summary>Get Collections (section 5.1) and Get a Collection (section 5.2): only collections the caller can access.</summary>
public static class CollectionEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/{apiRoot}/collections/", ListAsync);
        routes.MapGet("/{apiRoot}/collections/{collectionId}/", GetAsync);
    }

    private static async Task ListAsync(HttpContext context, string apiRoot)
    {
        var request = TaxiiRequest.Of(context);
        var root = await request.ApiRootAsync(apiRoot).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        var visible = root.Collections
            .Select(c => (Collection: c, Access: request.Principal.AccessTo(c)))
            .Where(x => x.Access is not null)
            .ToList();
        await TaxiiResponses.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            if (visible.Count > 0)
            {
                writer.WriteStartArray("collections");
                foreach (var (collection, access) in visible)
                {
                    Write(writer, collection, access!);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static async Task GetAsync(HttpContext context, string apiRoot, string collectionId)
    {
        var request = TaxiiRequest.Of(context);
        var resolved = await request.CollectionAsync(apiRoot, collectionId).ConfigureAwait(false);
        if (resolved is not { } found)
        {
            return;
        }

        await TaxiiResponses.WriteAsync(context, 200, writer => Write(writer, found.Collection, found.Access)).ConfigureAwait(false);
    }

    private static void Write(Utf8JsonWriter writer, CollectionSettings collection, CollectionAccess access)
    {
        writer.WriteStartObject();
        writer.WriteString("id", collection.Id);
        writer.WriteString("title", collection.Title);
        writer.WriteOptional("description", collection.Description);
        writer.WriteOptional("alias", collection.Alias);
        writer.WriteBoolean("can_read", access.CanRead);
        writer.WriteBoolean("can_write", access.CanWrite);
        writer.WriteStartArray("media_types");
        writer.WriteStringValue(TaxiiMediaTypes.Stix21);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
