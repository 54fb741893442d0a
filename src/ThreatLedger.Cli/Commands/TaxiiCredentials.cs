using System.CommandLine;
using System.Net.Http.Headers;
using ThreatLedger.Taxii.Client;

namespace ThreatLedger.Cli.Commands;

/// <summary>The --user/--password/--token options shared by pull and push (secrets may also come from the environment).</summary>
internal sealed class TaxiiCredentials
{
    public Option<string?> User { get; } = new("--user", "-u") { Description = "HTTP Basic user name." };

    public Option<string?> Password { get; } = new("--password", "-p") { Description = "HTTP Basic password (or THREATLEDGER_TAXII_PASSWORD)." };

    public Option<string?> Token { get; } = new("--token") { Description = "Bearer API token (or THREATLEDGER_TAXII_TOKEN)." };

    public void AddTo(Command command)
    {
        command.Options.Add(User);
        command.Options.Add(Password);
        command.Options.Add(Token);
    }

    /// <summary>Parses the API root URL argument (http or https).</summary>
    public static Uri ApiRoot(string text)
        => Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new TaxiiClientException($"'{text}' is not an http(s) URL of a TAXII API root (e.g. https://taxii.example.org/api1/)");

    /// <summary>The Authorization header, or null for anonymous access; throws when the options conflict.</summary>
    public AuthenticationHeaderValue? Resolve(ParseResult parse)
    {
        var user = parse.GetValue(User);
        var password = parse.GetValue(Password) ?? Environment.GetEnvironmentVariable("THREATLEDGER_TAXII_PASSWORD");
        var token = parse.GetValue(Token) ?? Environment.GetEnvironmentVariable("THREATLEDGER_TAXII_TOKEN");
        if (user is not null && parse.GetValue(Token) is not null)
        {
            throw new TaxiiClientException("give either --user/--password or --token, not both");
        }

        if (user is not null)
        {
            return TaxiiClient.Basic(user, password ?? throw new TaxiiClientException("--user needs --password (or THREATLEDGER_TAXII_PASSWORD)"));
        }

        return token is null ? null : TaxiiClient.Bearer(token);
    }
}
