using ThreatLedger.Extraction.Model;
using ThreatLedger.Knowledge.Incidents;

namespace ThreatLedger.Knowledge.Tests.Incidents;

public sealed class IncidentTypesTests
{
    [Theory]
    [InlineData(EventTypes.Phishing, EventTypes.Ransom, true)]
    [InlineData(EventTypes.Espionage, EventTypes.Wiper, true)]
    [InlineData(EventTypes.Databreach, EventTypes.Ransom, true)]
    [InlineData(EventTypes.Intrusion, EventTypes.Espionage, true)]
    [InlineData(EventTypes.DDoS, EventTypes.Ransom, false)]
    [InlineData(EventTypes.Defacement, EventTypes.Intrusion, false)]
    public void Compatible_TwoTypes_TrueWhenOneIncidentCanBeBoth(string a, string b, bool compatible)
    {
        // When
        var forward = IncidentTypes.Compatible(a, b);
        var backward = IncidentTypes.Compatible(b, a);

        // Then
        Assert.Equal(compatible, forward);
        Assert.Equal(compatible, backward);
    }
}
