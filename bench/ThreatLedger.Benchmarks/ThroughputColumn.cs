using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ThreatLedger.Benchmarks;

/// <summary>
/// A results column that turns a benchmark's mean time into a rate: units of work per operation (bytes, objects,
/// documents — given by <paramref name="unitsPerOperation"/> for the case) divided by the mean in seconds.
/// </summary>
public sealed class ThroughputColumn(string id, string columnName, string legend, string format, int priority, Func<BenchmarkCase, double?> unitsPerOperation) : IColumn
{
    public string Id => id;

    public string ColumnName => columnName;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => priority;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats || stats.Mean <= 0 || unitsPerOperation(benchmarkCase) is not { } units)
        {
            return "-";
        }

        return (units / (stats.Mean / 1e9)).ToString(format, CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
