using System.Text;

namespace ThreatLedger.Stix.Patterning;

/// <summary><c>object-type:property.sub[0]…</c>: which SCO property a comparison tests.</summary>
public sealed record ObjectPath(string ObjectType, IReadOnlyList<PathStep> Steps)
{
    public bool Equals(ObjectPath? other) =>
        other is not null && ObjectType == other.ObjectType && Steps.SequenceEqual(other.Steps);

    public override int GetHashCode() => HashCode.Combine(ObjectType, Steps.Count, Steps.Count > 0 ? Steps[0] : default);

    public override string ToString()
    {
        var sb = new StringBuilder(ObjectType).Append(':');
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Property is not null && i > 0)
            {
                sb.Append('.');
            }

            sb.Append(Steps[i]);
        }

        return sb.ToString();
    }
}
