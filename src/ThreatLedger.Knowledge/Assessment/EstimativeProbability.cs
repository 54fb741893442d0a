using System.Globalization;

namespace ThreatLedger.Knowledge.Assessment;

/// <summary>
/// ICD 203 words of estimative probability. The words are chosen from the whole percentage that is shown next to
/// them, so "45 %" always reads "roughly even chance", whatever the unrounded probability was.
/// </summary>
public static class EstimativeProbability
{
    /// <summary>The probability as a whole percentage (0–100), rounded half away from zero: the number shown to people.</summary>
    public static int Percent(double probability) =>
        (int)Math.Round(Math.Clamp(probability, 0, 1) * 100, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The ICD 203 band of the shown percentage: almost no chance (0–4 %), very unlikely (5–19 %), unlikely (20–44 %),
    /// roughly even chance (45–55 %), likely (56–80 %), very likely (81–95 %), almost certain (96–100 %).
    /// </summary>
    public static string Words(double probability) => Percent(probability) switch
    {
        < 5 => "almost no chance",
        < 20 => "very unlikely",
        < 45 => "unlikely",
        <= 55 => "roughly even chance",
        <= 80 => "likely",
        <= 95 => "very likely",
        _ => "almost certain",
    };

    /// <summary>Words and percentage together, as tables print them: "likely (68 %)".</summary>
    public static string Describe(double probability) =>
        string.Create(CultureInfo.InvariantCulture, $"{Words(probability)} ({Percent(probability)} %)");
}
