using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using ThreatLedger.Knowledge;
using ThreatLedger.Knowledge.Storage;
using ThreatLedger.Taxii;
using ThreatLedger.Taxii.Configuration;
using ThreatLedger.Taxii.Security;
using ThreatLedger.Taxii.Serving;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Cli.Commands;

/// <summary>
/// <c>threatledger serve</c>: the TAXII 2.1 server over the knowledge base; <c>serve hash-password</c> and
/// <c>serve new-token</c> make the secrets its configuration stores.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "Knowledge base: a SQLite file, or a PostgreSQL connection string (Host=…;Database=…).", DefaultValueFactory = _ => "threatledger.db" };
        var urls = new Option<string[]>("--urls") { Description = "Listen URLs (default http://127.0.0.1:6100).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => ["http://127.0.0.1:6100"] };
        var config = new Option<FileInfo>("--config", "-c") { Description = "The TAXII configuration file (API roots, collections, groups, users).", Required = true };
        var verbose = new Option<bool>("--verbose") { Description = "Log every request." };
        var command = new Command("serve", "Serve the knowledge base over TAXII 2.1 with authentication, per-collection permissions and TLP enforcement.")
        {
            db, urls, config, verbose,
        };
        command.Subcommands.Add(HashPassword());
        command.Subcommands.Add(NewToken());
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var settings = TaxiiConfigLoader.Load(parse.GetRequiredValue(config).FullName);
                await using var database = await KnowledgeDatabase.OpenAsync(parse.GetRequiredValue(db), cancellationToken: cancellationToken).ConfigureAwait(false);
                foreach (var loaded in await CollectionLoader.LoadAsync(settings, database.Objects, cancellationToken).ConfigureAwait(false))
                {
                    await output.WriteLineAsync($"loaded {loaded.Objects} objects ({loaded.Inserted} new) from {loaded.File} into collection {loaded.CollectionId}").ConfigureAwait(false);
                }

                await using var app = TaxiiServer.CreateApp(new TaxiiServerOptions
                {
                    Settings = settings,
                    Store = new KnowledgeTaxiiObjectStore(database.Objects),
                    Statuses = await KnowledgeStatusStore.OpenAsync(database, cancellationToken: cancellationToken).ConfigureAwait(false),
                    Urls = parse.GetRequiredValue(urls),
                    VerboseLogging = parse.GetValue(verbose),
                });
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                foreach (var url in app.Urls)
                {
                    await output.WriteLineAsync($"TAXII 2.1 discovery: {url.TrimEnd('/')}/taxii2/ (knowledge base: {database.Description}; Ctrl+C stops)").ConfigureAwait(false);
                }

                // Ctrl+C reaches the command's token; SIGTERM (docker stop, systemd) reaches the host's lifetime.
                using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
                try
                {
                    await Task.Delay(Timeout.Infinite, stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stop gracefully.
                }

                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                return 0;
            }
            catch (TaxiiConfigException ex)
            {
                await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return 2;
            }
            catch (KnowledgeException ex)
            {
                await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return 2;
            }
            catch (IOException ex)
            {
                await error.WriteLineAsync("error: cannot listen: " + ex.Message).ConfigureAwait(false);
                return 2;
            }
        });
        return command;
    }

    private static Command HashPassword()
    {
        var password = new Option<string?>("--password") { Description = "The password (default: read one line from standard input)." };
        var command = new Command("hash-password", "Print a salted PBKDF2 hash for a user's password_hash in the TAXII configuration.") { password };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(password) ?? await System.Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(text))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: no password given (use --password or pipe it on standard input)").ConfigureAwait(false);
                return 2;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(PasswordHashing.HashPassword(text)).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command NewToken()
    {
        var name = new Option<string>("--name") { Description = "A label for the token.", DefaultValueFactory = _ => "api" };
        var command = new Command("new-token", "Create a random API token: prints the token (give it to the user) and the tokens entry for the configuration.") { name };
        command.SetAction(async (parse, _) =>
        {
            var token = PasswordHashing.NewToken();
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync("token: " + token).ConfigureAwait(false);
            await output.WriteLineAsync($"configuration entry: {{ \"name\": \"{parse.GetValue(name)}\", \"sha256\": \"{Convert.ToHexStringLower(PasswordHashing.HashToken(token))}\" }}").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
