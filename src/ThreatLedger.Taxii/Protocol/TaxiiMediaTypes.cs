using Microsoft.Net.Http.Headers;

namespace ThreatLedger.Taxii.Protocol;

/// <summary>The TAXII 2.1 and STIX 2.1 media types and content negotiation rules.</summary>
public static class TaxiiMediaTypes
{
    /// <summary>The TAXII 2.1 media type, used for every response and for POSTed envelopes.</summary>
    public const string Taxii21 = "application/taxii+json;version=2.1";

    /// <summary>The STIX 2.1 media type (listed in collections' <c>media_types</c> and manifest records).</summary>
    public const string Stix21 = "application/stix+json;version=2.1";

    /// <summary>
    /// Whether an Accept header admits a TAXII 2.1 response: <c>application/taxii+json</c> with version 2.1 or no
    /// version (meaning the latest), or a wildcard. A missing header admits anything.
    /// </summary>
    public static bool AcceptsTaxii21(IList<string?> acceptHeaders)
    {
        if (acceptHeaders.Count == 0)
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders.Select(h => h ?? "").ToList(), out var values) || values.Count == 0)
        {
            return false;
        }

        foreach (var value in values)
        {
            if (value.Quality is 0)
            {
                continue;
            }

            if (value.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase)
                || value.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (IsTaxii21(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a Content-Type header names the TAXII 2.1 media type (version 2.1 or unversioned).</summary>
    public static bool IsTaxii21ContentType(string? contentType)
        => contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var value) && IsTaxii21(value);

    private static bool IsTaxii21(MediaTypeHeaderValue value)
    {
        if (!value.MediaType.Equals("application/taxii+json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var parameter in value.Parameters)
        {
            if (parameter.Name.Equals("version", StringComparison.OrdinalIgnoreCase))
            {
                return HeaderUtilities.RemoveQuotes(parameter.Value).Equals("2.1", StringComparison.Ordinal);
            }
        }

        return true;
    }
}
