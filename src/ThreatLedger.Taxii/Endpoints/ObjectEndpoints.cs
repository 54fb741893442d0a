using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Taxii.Serving;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii.Endpoints;

/// <summary>Get Objects (5.3), Add Objects (5.4), Get an Object (5.5), Delete an Object (5.7), Get Object Versions (5.8).</summary>
public static class ObjectEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/{apiRoot}/collections/{collectionId}/objects/", GetObjectsAsync);
        routes.MapPost("/{apiRoot}/collections/{collectionId}/objects/", AddObjectsEndpoint.AddAsync);
        routes.MapGet("/{apiRoot}/collections/{collectionId}/objects/{objectId}/", GetObjectAsync);
        routes.MapDelete("/{apiRoot}/collections/{collectionId}/objects/{objectId}/", DeleteObjectAsync);
        routes.MapGet("/{apiRoot}/collections/{collectionId}/objects/{objectId}/versions/", GetVersionsAsync);
    }

    private static async Task GetObjectsAsync(HttpContext context, string apiRoot, string collectionId)
    {
        var request = TaxiiRequest.Of(context);
        if (await request.ReadableCollectionAsync(apiRoot, collectionId).ConfigureAwait(false) is not { } found
            || await request.ParametersAsync().ConfigureAwait(false) is not { } parameters)
        {
            return;
        }

        var page = await ReadAsync(request, found.Collection, found.Access, parameters, null, null).ConfigureAwait(false);
        await ObjectQueries.WriteEnvelopeAsync(context, page.Items, page.More, page.Next).ConfigureAwait(false);
    }

    private static async Task GetObjectAsync(HttpContext context, string apiRoot, string collectionId, string objectId)
    {
        if (await ReadObjectAsync(context, apiRoot, collectionId, objectId, null).ConfigureAwait(false) is { } page)
        {
            await ObjectQueries.WriteEnvelopeAsync(context, page.Items, page.More, page.Next).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The page of one object's versions the caller may see, or null once an error has been answered (no readable
    /// collection, bad parameters, or an object that does not exist for the caller: 404 whether absent or hidden).
    /// </summary>
    private static async Task<VisibleObjectReader.Page?> ReadObjectAsync(HttpContext context, string apiRoot, string collectionId, string objectId, VersionFilter? versions)
    {
        var request = TaxiiRequest.Of(context);
        if (await request.ReadableCollectionAsync(apiRoot, collectionId).ConfigureAwait(false) is not { } found
            || await request.ParametersAsync().ConfigureAwait(false) is not { } parameters)
        {
            return null;
        }

        if (!TaxiiRequest.IsStixId(objectId))
        {
            await request.FailAsync(TaxiiError.NotFound("No such object.")).ConfigureAwait(false);
            return null;
        }

        var page = await ReadAsync(request, found.Collection, found.Access, parameters with { Ids = null, Types = null }, objectId, versions).ConfigureAwait(false);
        if (page.Items.Count == 0 && parameters.Next is null && !await ExistsAsync(request, found.Collection, found.Access, objectId).ConfigureAwait(false))
        {
            await request.FailAsync(TaxiiError.NotFound("No such object.")).ConfigureAwait(false);
            return null;
        }

        return page;
    }

    private static async Task GetVersionsAsync(HttpContext context, string apiRoot, string collectionId, string objectId)
    {
        if (await ReadObjectAsync(context, apiRoot, collectionId, objectId, VersionFilter.Every).ConfigureAwait(false) is not { } page)
        {
            return;
        }

        ObjectQueries.SetDateHeaders(context, page.Items);
        await TaxiiResponses.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            ObjectQueries.WritePaging(writer, page.More, page.Next);
            if (page.Items.Count > 0)
            {
                writer.WriteStartArray("versions");
                foreach (var item in page.Items)
                {
                    writer.WriteStringValue(item.Version);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static async Task DeleteObjectAsync(HttpContext context, string apiRoot, string collectionId, string objectId)
    {
        var request = TaxiiRequest.Of(context);
        if (await request.CollectionAsync(apiRoot, collectionId).ConfigureAwait(false) is not { } found
            || await request.ParametersAsync().ConfigureAwait(false) is not { } parameters)
        {
            return;
        }

        var (collection, access) = found;
        if (!access.CanWrite || !collection.AllowDelete || collection.IsView)
        {
            await request.FailAsync(request.Principal.IsAnonymous ? TaxiiError.Unauthorized() : TaxiiError.Forbidden(collection.IsView || !collection.AllowDelete
                ? "This collection does not allow deleting objects."
                : "You may not write to this collection.")).ConfigureAwait(false);
            return;
        }

        if (!TaxiiRequest.IsStixId(objectId))
        {
            await request.FailAsync(TaxiiError.NotFound("No such object.")).ConfigureAwait(false);
            return;
        }

        // Only versions the caller could read are deleted; anything else is answered as absent.
        var readAccess = access with { CanRead = true };
        var selected = new List<TaxiiObjectRecord>();
        var parametersForDelete = parameters with { Ids = null, Types = null, AddedAfter = null, Next = null, Limit = 1000 };
        PageCursor? cursor = null;
        do
        {
            var page = await ReadAsync(request, collection, readAccess, parametersForDelete with { Next = cursor }, objectId, null).ConfigureAwait(false);
            selected.AddRange(page.Items);
            cursor = page.More ? page.Next : null;
        }
        while (cursor is not null && selected.Count < 100_000);

        if (selected.Count == 0)
        {
            await request.FailAsync(TaxiiError.NotFound("No such object.")).ConfigureAwait(false);
            return;
        }

        foreach (var record in selected)
        {
            await request.Services.Store.DeleteAsync(collection.Id, record, context.RequestAborted).ConfigureAwait(false);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentLength = 0;
    }

    private static async Task<VisibleObjectReader.Page> ReadAsync(
        TaxiiRequest request, CollectionSettings collection, CollectionAccess access, TaxiiQueryParameters parameters, string? objectId, VersionFilter? versions)
    {
        var query = ObjectQueries.Build(collection, access, parameters, objectId, versions);
        return query is null
            ? new VisibleObjectReader.Page([], false, null)
            : await request.Services.Reader.ReadAsync(query, parameters.Limit, collection, access, request.Context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<bool> ExistsAsync(TaxiiRequest request, CollectionSettings collection, CollectionAccess access, string objectId)
    {
        var query = ObjectQueries.Build(collection, access, new TaxiiQueryParameters { Limit = 1 }, objectId, VersionFilter.Every);
        if (query is null)
        {
            return false;
        }

        var page = await request.Services.Reader.ReadAsync(query, 1, collection, access, request.Context.RequestAborted).ConfigureAwait(false);
        return page.Items.Count > 0;
    }
}
