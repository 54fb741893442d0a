using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Taxii.Storage;

namespace ThreatLedger.Taxii.Endpoints;

/// <summary>The TAXII URL parameters: added_after, limit, next and match[id|type|version|spec_version].</summary>
public sealed record TaxiiQueryParameters
{
    /// <summary><c>added_after</c>.</summary>
    public DateTimeOffset? AddedAfter { get; init; }

    /// <summary><c>limit</c>, clamped to the server's maximum.</summary>
    public int Limit { get; init; }

    /// <summary><c>next</c>.</summary>
    public PageCursor? Next { get; init; }

    /// <summary><c>match[id]</c>.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary><c>match[type]</c>.</summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary><c>match[spec_version]</c>.</summary>
    public IReadOnlyList<string>? SpecVersions { get; init; }

    /// <summary><c>match[version]</c>.</summary>
    public VersionFilter Versions { get; init; } = VersionFilter.Latest;

    /// <summary>Parses the query string; returns an error for malformed values.</summary>
    public static TaxiiQueryParameters Parse(IQueryCollection query, int defaultLimit, int maxLimit, out TaxiiError? error)
    {
        error = null;
        var result = new TaxiiQueryParameters { Limit = defaultLimit };
        if (Single(query, "added_after", ref error) is { } addedAfter)
        {
            if (!TaxiiTimestamp.TryParse(addedAfter, out var instant))
            {
                error = TaxiiError.BadRequest($"added_after '{Truncate(addedAfter)}' is not a timestamp such as 2024-01-31T12:00:00.000Z.");
                return result;
            }

            result = result with { AddedAfter = instant };
        }

        if (Single(query, "limit", ref error) is { } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1)
            {
                error = TaxiiError.BadRequest($"limit '{Truncate(limitText)}' must be a positive integer.");
                return result;
            }

            result = result with { Limit = Math.Min(limit, maxLimit) };
        }

        if (Single(query, "next", ref error) is { } nextText)
        {
            if (!PageCursor.TryDecode(nextText, out var cursor))
            {
                error = TaxiiError.BadRequest("next is not a value this server returned.");
                return result;
            }

            result = result with { Next = cursor };
        }

        result = result with
        {
            Ids = List(query, "match[id]"),
            Types = List(query, "match[type]"),
            SpecVersions = List(query, "match[spec_version]"),
        };

        if (List(query, "match[version]") is { } versions)
        {
            bool first = false, last = false, all = false;
            var timestamps = new List<DateTimeOffset>();
            foreach (var version in versions)
            {
                switch (version)
                {
                    case "first":
                        first = true;
                        break;
                    case "last":
                        last = true;
                        break;
                    case "all":
                        all = true;
                        break;
                    default:
                        if (!TaxiiTimestamp.TryParse(version, out var instant))
                        {
                            error = TaxiiError.BadRequest($"match[version] value '{Truncate(version)}' must be first, last, all or a timestamp.");
                            return result;
                        }

                        timestamps.Add(instant.Value);
                        break;
                }
            }

            result = result with { Versions = new VersionFilter(first, last, all, timestamps) };
        }

        return result;
    }

    private static string? Single(IQueryCollection query, string name, ref TaxiiError? error)
    {
        if (!query.TryGetValue(name, out var values) || StringValues.IsNullOrEmpty(values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            error ??= TaxiiError.BadRequest($"{name} may be given only once.");
        }

        return values[0];
    }

    private static List<string>? List(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || StringValues.IsNullOrEmpty(values))
        {
            return null;
        }

        var items = new List<string>();
        foreach (var value in values)
        {
            foreach (var part in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!items.Contains(part, StringComparer.Ordinal))
                {
                    items.Add(part);
                }
            }
        }

        return items.Count == 0 ? null : items;
    }

    private static string Truncate(string value) => value.Length > 64 ? value[..64] + "..." : value;
}
