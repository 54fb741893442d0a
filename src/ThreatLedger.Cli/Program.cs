using ThreatLedger.Cli;

return await ThreatLedgerCommand.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
