namespace ThreatLedger.Taxii.Configuration;

/// <summary>The configuration file is unreadable or invalid; the message names the file and the JSON path.</summary>
public sealed class TaxiiConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TaxiiConfigException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public TaxiiConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TaxiiConfigException()
    {
    }
}
