namespace ThreatLedger.Cli.Tests.Commands;

/// <summary>Runs the CLI in-process and captures exit code, standard output and standard error.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ThreatLedgerCommand.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>A STIX bundle of <paramref name="count"/> indicators (plus extra raw objects), as JSON text.</summary>
    public static string Bundle(int count, params string[] extra)
    {
        var builder = new System.Text.StringBuilder("{\"type\":\"bundle\",\"id\":\"bundle--6f0c7c1c-0000-4000-8000-000000000001\",\"objects\":[");
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"{{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--00000000-0000-4000-8000-{i:D12}\",\"created\":\"2025-01-01T00:00:00.000Z\",\"modified\":\"2025-01-01T00:00:00.000Z\",\"name\":\"Test indicator {i}\",\"description\":\"Padding text so that the bundle is large enough to take a while to ingest, object number {i}.\",\"indicator_types\":[\"malicious-activity\"],\"pattern\":\"[ipv4-addr:value = '10.{i / 65536 % 256}.{i / 256 % 256}.{i % 256}']\",\"pattern_type\":\"stix\",\"valid_from\":\"2025-01-01T00:00:00Z\"}}");
        }

        foreach (var item in extra)
        {
            builder.Append(',').Append(item);
        }

        return builder.Append("]}").ToString();
    }
}
