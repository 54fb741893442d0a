using System.CommandLine;
using ThreatLedger.Taxii.Client;

namespace ThreatLedger.Cli.Commands;

/// <summary><c>threatledger push</c>: add the objects of a STIX bundle to a remote TAXII 2.1 collection.</summary>
internal static class PushCommand
{
    public static Command Create()
    {
        var url = new Argument<string>("URL") { Description = "The remote API root, e.g. https://taxii.example.org/api1/." };
        var file = new Argument<FileInfo>("FILE") { Description = "A STIX 2.1 bundle (or TAXII envelope) file." };
        var collection = new Option<string>("--collection") { Description = "The remote collection id.", Required = true };
        var credentials = new TaxiiCredentials();
        var command = new Command("push", "Add the objects of a STIX bundle to a remote TAXII 2.1 collection and report the server's status.") { url, file, collection };
        credentials.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var objects = TaxiiPusher.ReadObjects(parse.GetRequiredValue(file).FullName);
                using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
                var client = new TaxiiClient(http, TaxiiCredentials.ApiRoot(parse.GetRequiredValue(url)), credentials.Resolve(parse));
                var result = await new TaxiiPusher(client).PushAsync(parse.GetRequiredValue(collection), objects, cancellationToken).ConfigureAwait(false);
                foreach (var failure in result.Failures)
                {
                    await error.WriteLineAsync("failed: " + failure).ConfigureAwait(false);
                }

                await output.WriteLineAsync($"pushed {result.Total} objects in {result.Requests} requests: {result.Succeeded} succeeded, {result.Failed} failed, {result.Pending} pending").ConfigureAwait(false);
                return result.Failed == 0 ? 0 : 1;
            }
            catch (TaxiiClientException ex)
            {
                await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return 2;
            }
        });
        return command;
    }
}
