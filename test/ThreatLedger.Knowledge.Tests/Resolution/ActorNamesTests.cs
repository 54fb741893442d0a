using ThreatLedger.Knowledge.Resolution;

namespace ThreatLedger.Knowledge.Tests.Resolution;

public sealed class ActorNamesTests
{
    [Theory]
    [InlineData("Chinese state-backed hackers", true)]
    [InlineData("a China-linked threat actor", true)]
    [InlineData("Russian military intelligence", true)]
    [InlineData("the US", true)]
    [InlineData("China", true)]
    [InlineData("APT10", false)]
    [InlineData("Stone Panda", false)]
    [InlineData("LockBit ransomware group", false)]
    [InlineData("North Korean group", true)]
    [InlineData("Hackers linked to Iran", true)]
    [InlineData("Lazarus Group", false)]
    [InlineData("Sandworm Team", false)]
    public void IsDescriptive_Accused_TellsDescriptionsFromNames(string accused, bool descriptive)
    {
        // When
        var result = ActorNames.IsDescriptive(accused);

        // Then
        Assert.Equal(descriptive, result);
    }

    [Theory]
    [InlineData("LockBit ransomware group", "LockBit")]
    [InlineData("Sandworm hacking team", "Sandworm")]
    [InlineData("APT10", null)]
    public void WithoutDescriptor_Name_StripsTrailingDescriptor(string name, string? expected)
    {
        // When
        var stripped = ActorNames.WithoutDescriptor(name);

        // Then
        Assert.Equal(expected, stripped);
    }

    [Fact]
    public void Key_DifferentSpellings_AreEqual()
    {
        // When
        var keys = new[] { "APT 10", "apt10", "APT-10" }.Select(NameKeys.Key).Distinct().ToList();

        // Then
        Assert.Equal(["apt10"], keys);
    }

    [Theory]
    [InlineData("Storm-1567", true)]
    [InlineData("DEV-0537", true)]
    [InlineData("UNC2452", true)]
    [InlineData("TA505", true)]
    [InlineData("G0016", true)]
    [InlineData("Threat Group-3390", true)]
    [InlineData("Akira", false)]
    [InlineData("APT29", false)]
    [InlineData("NoName057(16)", false)]
    public void IsProvisional_Name_TellsTrackingNumbersFromNames(string name, bool provisional)
    {
        // When
        var result = ActorNames.IsProvisional(name);

        // Then
        Assert.Equal(provisional, result);
    }
}
