using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThreatLedger.Taxii.Protocol;

namespace ThreatLedger.Taxii.Endpoints;

/// <summary>Server discovery (section 4.1) and API root information (section 4.2).</summary>
public static class DiscoveryEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/taxii2/", DiscoverAsync);
        routes.MapGet("/{apiRoot}/", ApiRootAsync);
    }

    private static async Task DiscoverAsync(HttpContext context)
    {
        var request = TaxiiRequest.Of(context);
        var settings = request.Services.Settings;
        var visible = settings.ApiRoots.Values.Where(request.CanSee).ToList();
        if (request.Principal.IsAnonymous && visible.Count == 0)
        {
            await request.FailAsync(TaxiiError.Unauthorized()).ConfigureAwait(false);
            return;
        }

        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        await TaxiiResponses.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("title", settings.Title);
            writer.WriteOptional("description", settings.Description);
            writer.WriteOptional("contact", settings.Contact);
            if (settings.DefaultApiRoot is { } defaultRoot && visible.Any(r => r.Name == defaultRoot))
            {
                writer.WriteString("default", $"{baseUrl}/{Uri.EscapeDataString(defaultRoot)}/");
            }

            if (visible.Count > 0)
            {
                writer.WriteStartArray("api_roots");
                foreach (var root in visible)
                {
                    writer.WriteStringValue($"{baseUrl}/{Uri.EscapeDataString(root.Name)}/");
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static async Task ApiRootAsync(HttpContext context, string apiRoot)
    {
        var request = TaxiiRequest.Of(context);
        var root = await request.ApiRootAsync(apiRoot).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        var maxContentLength = request.Services.Settings.Limits.MaxContentLength;
        await TaxiiResponses.WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("title", root.Title);
            writer.WriteOptional("description", root.Description);
            writer.WriteStartArray("versions");
            writer.WriteStringValue(TaxiiMediaTypes.Taxii21);
            writer.WriteEndArray();
            writer.WriteNumber("max_content_length", maxContentLength);
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }
}
