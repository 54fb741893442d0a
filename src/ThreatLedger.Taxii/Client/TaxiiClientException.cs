namespace ThreatLedger.Taxii.Client;

/// <summary>A TAXII server answered with an error, or with something that is not TAXII 2.1.</summary>
public sealed class TaxiiClientException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TaxiiClientException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public TaxiiClientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TaxiiClientException()
    {
    }
}
