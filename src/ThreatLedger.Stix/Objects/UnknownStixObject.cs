namespace ThreatLedger.Stix.Objects;

/// <summary>
/// An object of a type this library does not model (a custom object or an object of a newer spec). The common
/// properties are read as usual; everything else stays in <see cref="StixObject.CustomProperties"/> and round-trips.
/// </summary>
public sealed class UnknownStixObject : StixObject
{
    /// <summary>Creates an object of the given (custom) type.</summary>
    public UnknownStixObject(string type)
        : base(type)
    {
    }
}
