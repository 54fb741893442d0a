namespace ThreatLedger.Taxii.Tests.Client.Interop;

/// <summary>What taxii2-client raises as ValidationError or TAXIIServiceException (a resource or header it rejects).</summary>
internal sealed class Taxii2ClientValidationException : Exception
{
    public Taxii2ClientValidationException(string message)
        : base(message)
    {
    }
}
