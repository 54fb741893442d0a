using System.CommandLine;
using ThreatLedger.Knowledge;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii.Client;

namespace ThreatLedger.Cli.Commands;

/// <summary><c>threatledger pull</c>: page through a remote TAXII 2.1 collection into the knowledge base, resuming where the last pull stopped.</summary>
internal static class PullCommand
{
    public static Command Create()
    {
        var url = new Argument<string>("URL") { Description = "The remote API root, e.g. https://taxii.example.org/api1/." };
        var collection = new Option<string>("--collection") { Description = "The remote collection id.", Required = true };
        var db = new Option<string>("--db") { Description = "Knowledge base: a SQLite file or a PostgreSQL connection string.", DefaultValueFactory = _ => "threatledger.db" };
        var limit = new Option<int?>("--limit") { Description = "Objects per page to ask for (default: the server's)." };
        var credentials = new TaxiiCredentials();
        var command = new Command("pull", "Pull a remote TAXII 2.1 collection into the knowledge base (resumes from the last X-TAXII-Date-Added-Last).") { url, collection, db, limit };
        credentials.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var apiRoot = TaxiiCredentials.ApiRoot(parse.GetRequiredValue(url));
                var collectionId = parse.GetRequiredValue(collection);
                await using var database = await KnowledgeDatabase.OpenAsync(parse.GetRequiredValue(db), extraMigrations: [TaxiiPullState.Migrations], cancellationToken: cancellationToken).ConfigureAwait(false);
                var state = await TaxiiPullState.OpenAsync(database, cancellationToken).ConfigureAwait(false);
                using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
                var client = new TaxiiClient(http, apiRoot, credentials.Resolve(parse));
                var result = await new TaxiiPuller(client, database.Objects, state, TimeProvider.System)
                    .PullAsync(apiRoot.AbsoluteUri, collectionId, parse.GetValue(limit), 100_000, cancellationToken).ConfigureAwait(false);
                foreach (var rejected in result.Rejected)
                {
                    await error.WriteLineAsync("skipped: " + rejected).ConfigureAwait(false);
                }

                await output.WriteLineAsync($"pulled {result.Received} objects in {result.Pages} pages from {apiRoot} collection {collectionId}: {result.Stored} new versions stored in {database.Description}; next pull resumes after {result.AddedLast ?? "the beginning"}").ConfigureAwait(false);
                return 0;
            }
            catch (Exception ex) when (ex is TaxiiClientException or KnowledgeException)
            {
                await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return 2;
            }
        });
        return command;
    }
}
