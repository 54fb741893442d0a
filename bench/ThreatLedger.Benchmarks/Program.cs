using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "taxii-load")
{
    return await ThreatLedger.Benchmarks.Taxii.TaxiiLoadGenerator.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
