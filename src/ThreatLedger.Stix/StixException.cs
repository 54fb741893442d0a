namespace ThreatLedger.Stix;

/// <summary>Base of the errors ThreatLedger.Stix raises for bad STIX input.</summary>
public class StixException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public StixException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public StixException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
