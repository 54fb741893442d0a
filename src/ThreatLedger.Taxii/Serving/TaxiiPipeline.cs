using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Taxii.Security;

namespace ThreatLedger.Taxii.Serving;

/// <summary>
/// Runs before every endpoint: authentication (401 with WWW-Authenticate), rate limits (429), content negotiation
/// (406), and turns body-size and unexpected failures into TAXII error resources.
/// </summary>
public sealed class TaxiiPipeline
{
    private const string PrincipalKey = "ThreatLedger.Taxii.Principal";
    private readonly RequestDelegate _next;
    private readonly TaxiiServices _services;
    private readonly ILogger<TaxiiPipeline> _logger;

    /// <summary>Creates the middleware.</summary>
    public TaxiiPipeline(RequestDelegate next, TaxiiServices services, ILogger<TaxiiPipeline> logger)
    {
        _next = next;
        _services = services;
        _logger = logger;
    }

    /// <summary>The principal the pipeline authenticated for this request.</summary>
    public static TaxiiPrincipal PrincipalOf(HttpContext context) => (TaxiiPrincipal)context.Items[PrincipalKey]!;

    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var result = _services.Authenticator.Authenticate(context);
            if (result.Principal is null)
            {
                using var failure = _services.FailureLimiter.AttemptAcquire("fail:" + address);
                await TaxiiResponses.WriteErrorAsync(context, failure.IsAcquired ? TaxiiError.Unauthorized() : TaxiiError.TooManyRequests()).ConfigureAwait(false);
                return;
            }

            var principal = result.Principal;
            if (_services.RequestLimiter is { } limiter)
            {
                using var lease = limiter.AttemptAcquire(principal.RateKey);
                if (!lease.IsAcquired)
                {
                    await TaxiiResponses.WriteErrorAsync(context, TaxiiError.TooManyRequests()).ConfigureAwait(false);
                    return;
                }
            }

            if (!TaxiiMediaTypes.AcceptsTaxii21(context.Request.Headers.Accept))
            {
                await TaxiiResponses.WriteErrorAsync(context, TaxiiError.NotAcceptable()).ConfigureAwait(false);
                return;
            }

            var maxBody = _services.Settings.Limits.MaxContentLength;
            if (context.Request.ContentLength > maxBody)
            {
                await TaxiiResponses.WriteErrorAsync(context, TaxiiError.TooLarge(maxBody)).ConfigureAwait(false);
                return;
            }

            context.Items[PrincipalKey] = principal;
            await _next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await TaxiiResponses.WriteErrorAsync(context, TaxiiError.TooLarge(_services.Settings.Limits.MaxContentLength)).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await TaxiiResponses.WriteErrorAsync(context, TaxiiError.BadRequest(ex.Message)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            _logger.LogError(ex, "TAXII request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            await TaxiiResponses.WriteErrorAsync(context, TaxiiError.Internal()).ConfigureAwait(false);
        }
    }
}
