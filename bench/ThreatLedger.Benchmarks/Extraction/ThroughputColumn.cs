using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ThreatLedger.Benchmarks.Extraction;

/// <summary>Adds MB/s (of UTF-16 characters counted as bytes of ASCII-dominated text) and documents/s columns.</summary>
internal sealed class ThroughputColumn(bool documents) : IColumn
{
    public string Id => documents ? "DocsPerSecond" : "MBPerSecond";

    public string ColumnName => documents ? "Docs/s" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => documents ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => documents ? "Documents processed per second (one core)" : "Megabytes (10^6 characters) of text processed per second (one core)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats || stats.Mean <= 0)
        {
            return "-";
        }

        var seconds = stats.Mean / 1e9;
        var value = documents ? CasieTexts.Texts.Length / seconds : CasieTexts.Characters / 1e6 / seconds;
        return value.ToString(documents ? "F0" : "F2", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
