using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Taxii.Security;
using ThreatLedger.Taxii.Serving;

namespace ThreatLedger.Taxii.Endpoints;

/// <summary>
/// Resolves an API root and collection for the request's principal. Anything the principal may not see is
/// answered exactly like something that does not exist: 404 for users, 401 for anonymous clients.
/// </summary>
public sealed partial class TaxiiRequest
{
    private TaxiiRequest(HttpContext context, TaxiiServices services, TaxiiPrincipal principal)
    {
        Context = context;
        Services = services;
        Principal = principal;
    }

    /// <summary>The HTTP context.</summary>
    public HttpContext Context { get; }

    /// <summary>Server services.</summary>
    public TaxiiServices Services { get; }

    /// <summary>The caller.</summary>
    public TaxiiPrincipal Principal { get; }

    /// <summary>Creates the request view.</summary>
    public static TaxiiRequest Of(HttpContext context)
        => new(context, context.RequestServices.GetRequiredService<TaxiiServices>(), TaxiiPipeline.PrincipalOf(context));

    /// <summary>Writes an error.</summary>
    public Task FailAsync(TaxiiError error) => TaxiiResponses.WriteErrorAsync(Context, error);

    /// <summary>The "does not exist or you may not see it" answer.</summary>
    public Task HiddenAsync(string what) => FailAsync(Principal.IsAnonymous ? TaxiiError.Unauthorized() : TaxiiError.NotFound(what));

    /// <summary>Whether the principal may see the API root (it holds a collection they can access).</summary>
    public bool CanSee(ApiRootSettings root) => root.Collections.Any(c => Principal.AccessTo(c) is not null);

    /// <summary>The API root, or null after writing 404/401.</summary>
    public async Task<ApiRootSettings?> ApiRootAsync(string name)
    {
        if (Services.Settings.ApiRoots.TryGetValue(name, out var root) && CanSee(root))
        {
            return root;
        }

        await HiddenAsync("No such API root.").ConfigureAwait(false);
        return null;
    }

    /// <summary>The collection and the principal's access to it, or null after writing 404/401.</summary>
    public async Task<(CollectionSettings Collection, CollectionAccess Access)?> CollectionAsync(string apiRoot, string collectionId)
    {
        var collection = Services.Settings.FindCollection(apiRoot, collectionId);
        var access = collection is null ? null : Principal.AccessTo(collection);
        if (collection is null || access is null)
        {
            await HiddenAsync("No such collection.").ConfigureAwait(false);
            return null;
        }

        return (collection, access);
    }

    /// <summary>The collection when the principal may read it; 403 when it is visible but write-only.</summary>
    public async Task<(CollectionSettings Collection, CollectionAccess Access)?> ReadableCollectionAsync(string apiRoot, string collectionId)
    {
        var resolved = await CollectionAsync(apiRoot, collectionId).ConfigureAwait(false);
        if (resolved is { Access.CanRead: false })
        {
            await FailAsync(TaxiiError.Forbidden("You may not read this collection.")).ConfigureAwait(false);
            return null;
        }

        return resolved;
    }

    /// <summary>Parses the TAXII query parameters, writing 400 when malformed.</summary>
    public async Task<TaxiiQueryParameters?> ParametersAsync()
    {
        var limits = Services.Settings.Limits;
        var parameters = TaxiiQueryParameters.Parse(Context.Request.Query, limits.DefaultPageSize, limits.MaxPageSize, out var error);
        if (error is not null)
        {
            await FailAsync(error).ConfigureAwait(false);
            return null;
        }

        return parameters;
    }

    /// <summary>Whether <paramref name="id"/> is a syntactically valid STIX identifier.</summary>
    public static bool IsStixId(string id) => StixIdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,248}--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex StixIdPattern();
}
