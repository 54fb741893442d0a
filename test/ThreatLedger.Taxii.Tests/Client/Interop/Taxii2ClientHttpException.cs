using System.Net;

namespace ThreatLedger.Taxii.Tests.Client.Interop;

/// <summary>What requests' raise_for_status() raises: an HTTP status of 400 or more.</summary>
internal sealed class Taxii2ClientHttpException : Exception
{
    public Taxii2ClientHttpException(HttpStatusCode status, string body)
        : base($"HTTP {(int)status}: {body}")
    {
        Status = status;
    }

    public HttpStatusCode Status { get; }
}
