using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThreatLedger.Taxii.Protocol;

namespace ThreatLedger.Taxii.Endpoints;

/// <summary>Get Status (section 4.3): only the requester of the add can read its status.</summary>
public static class StatusEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder routes) => routes.MapGet("/{apiRoot}/status/{statusId}/", GetAsync);

    private static async Task GetAsync(HttpContext context, string apiRoot, string statusId)
    {
        var request = TaxiiRequest.Of(context);
        if (request.Principal.IsAnonymous)
        {
            await request.FailAsync(TaxiiError.Unauthorized()).ConfigureAwait(false);
            return;
        }

        var status = await request.Services.Statuses.FindAsync(statusId, context.RequestAborted).ConfigureAwait(false);
        if (status is null || status.ApiRoot != apiRoot || status.Owner != request.Principal.Name)
        {
            await request.FailAsync(TaxiiError.NotFound("No such status.")).ConfigureAwait(false);
            return;
        }

        await TaxiiResponses.WriteAsync(context, 200, writer => StatusRegistry.Write(writer, status)).ConfigureAwait(false);
    }
}
