using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ThreatLedger.Benchmarks.Stix;

/// <summary>A results column: MB/s or objects/s of a benchmark whose parameter names a <see cref="BenchmarkInputs"/> bundle.</summary>
public sealed class ThroughputColumn(bool objects) : IColumn
{
    public string Id => objects ? "ObjectsPerSecond" : "MBPerSecond";

    public string ColumnName => objects ? "Objects/s" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => objects ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => objects ? "STIX objects processed per second (mean)" : "Input megabytes (10^6 bytes) processed per second (mean)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var input = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value as string;
        if (report?.ResultStatistics is not { } stats || input is null)
        {
            return "-";
        }

        var (bytes, count) = BenchmarkInputs.Load(input);
        var seconds = stats.Mean / 1e9;
        return objects
            ? (count / seconds).ToString("N0", CultureInfo.InvariantCulture)
            : (bytes.Length / 1e6 / seconds).ToString("N1", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
