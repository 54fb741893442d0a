using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Endpoints;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Taxii.Serving;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii;

/// <summary>Builds the TAXII 2.1 web application (used by <c>threatledger serve</c> and by the tests).</summary>
public static class TaxiiServer
{
    /// <summary>Creates a Kestrel application listening on <see cref="TaxiiServerOptions.Urls"/>.</summary>
    public static WebApplication CreateApp(TaxiiServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.Settings.Limits.MaxContentLength;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(options.VerboseLogging ? LogLevel.Information : LogLevel.Warning);
        builder.Services.AddTaxii(options.Settings, options.Store, options.TimeProvider, options.Statuses);
        var app = builder.Build();
        app.MapTaxiiApi();
        return app;
    }

    /// <summary>Registers the TAXII services.</summary>
    public static IServiceCollection AddTaxii(this IServiceCollection services, TaxiiSettings settings, ITaxiiObjectStore store, TimeProvider? timeProvider = null, IStatusStore? statuses = null)
    {
        services.AddSingleton(new TaxiiServices(settings, store, timeProvider ?? TimeProvider.System, statuses));
        services.AddRouting();
        return services;
    }

    /// <summary>Adds the TAXII pipeline and maps every TAXII 2.1 endpoint.</summary>
    public static WebApplication MapTaxiiApi(this WebApplication app)
    {
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Response.ContentLength is null or 0 && http.Response.StatusCode is 404 or 405)
            {
                var error = http.Response.StatusCode == 405
                    ? new TaxiiError(405, "Method not allowed", "This endpoint does not support " + http.Request.Method + ".", "method-not-allowed")
                    : TaxiiError.NotFound("No such endpoint.");
                await TaxiiResponses.WriteErrorAsync(http, error).ConfigureAwait(false);
            }
        });
        app.UseMiddleware<TaxiiPipeline>();
        app.UseRouting();
        MapEndpoints(app);
        return app;
    }

    private static void MapEndpoints(IEndpointRouteBuilder routes)
    {
        DiscoveryEndpoints.Map(routes);
        CollectionEndpoints.Map(routes);
        ObjectEndpoints.Map(routes);
        ManifestEndpoints.Map(routes);
        StatusEndpoints.Map(routes);
    }
}
