using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Taxii.Client;

/// <summary>A small TAXII 2.1 client: API root information, paged Get Objects, Add Objects and status polling.</summary>
public sealed class TaxiiClient
{
    private readonly HttpClient _http;
    private readonly Uri _apiRoot;
    private readonly AuthenticationHeaderValue? _authorization;

    /// <summary>Creates a client for an API root URL such as <c>https://example.org/api1/</c>.</summary>
    public TaxiiClient(HttpClient http, Uri apiRoot, AuthenticationHeaderValue? authorization)
    {
        _http = http;
        _apiRoot = apiRoot.AbsoluteUri.EndsWith('/') ? apiRoot : new Uri(apiRoot.AbsoluteUri + "/");
        _authorization = authorization;
    }

    /// <summary>HTTP Basic credentials.</summary>
    public static AuthenticationHeaderValue Basic(string user, string password)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    /// <summary>A bearer API token.</summary>
    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    /// <summary>The API root's <c>max_content_length</c>.</summary>
    public async Task<long> GetMaxContentLengthAsync(CancellationToken cancellationToken)
    {
        using var document = await SendAsync(HttpMethod.Get, _apiRoot, null, (_, _) => { }, cancellationToken).ConfigureAwait(false);
        return document.RootElement.TryGetProperty("max_content_length", out var max) && max.TryGetInt64(out var value) ? value : long.MaxValue;
    }

    /// <summary>Reads one page of a collection's objects.</summary>
    public async Task<(JsonDocument Document, TaxiiEnvelopePage Page)> GetObjectsAsync(string collectionId, string? addedAfter, string? next, int? limit, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (addedAfter is not null)
        {
            query.Add("added_after=" + Uri.EscapeDataString(addedAfter));
        }

        if (next is not null)
        {
            query.Add("next=" + Uri.EscapeDataString(next));
        }

        if (limit is not null)
        {
            query.Add("limit=" + limit.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var uri = new Uri(_apiRoot, $"collections/{Uri.EscapeDataString(collectionId)}/objects/" + (query.Count == 0 ? "" : "?" + string.Join('&', query)));
        string? dateAddedLast = null;
        var document = await SendAsync(HttpMethod.Get, uri, null, (response, _) =>
        {
            if (response.Headers.TryGetValues("X-TAXII-Date-Added-Last", out var values))
            {
                dateAddedLast = values.FirstOrDefault();
            }
        }, cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        var objects = root.TryGetProperty("objects", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        var more = root.TryGetProperty("more", out var moreElement) && moreElement.ValueKind == JsonValueKind.True;
        var nextToken = root.TryGetProperty("next", out var nextElement) && nextElement.ValueKind == JsonValueKind.String ? nextElement.GetString() : null;
        return (document, new TaxiiEnvelopePage(objects, more, nextToken, dateAddedLast));
    }

    /// <summary>POSTs an envelope of objects (raw JSON texts) and returns the status resource, polling until it is complete.</summary>
    public async Task<JsonDocument> AddObjectsAsync(string collectionId, IReadOnlyList<string> objectJsons, TimeSpan pollTimeout, CancellationToken cancellationToken)
    {
        var body = new StringBuilder("{\"objects\":[");
        for (var i = 0; i < objectJsons.Count; i++)
        {
            body.Append(i == 0 ? "" : ",").Append(objectJsons[i]);
        }

        body.Append("]}");
        var content = new StringContent(body.ToString(), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiMediaTypes.Taxii21);
        var status = await SendAsync(HttpMethod.Post, new Uri(_apiRoot, $"collections/{Uri.EscapeDataString(collectionId)}/objects/"), content, (_, _) => { }, cancellationToken).ConfigureAwait(false);
        var deadline = DateTime.UtcNow + pollTimeout;
        while (status.RootElement.TryGetProperty("status", out var state) && state.GetString() == "pending" && DateTime.UtcNow < deadline)
        {
            var id = status.RootElement.GetProperty("id").GetString();
            status.Dispose();
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            status = await SendAsync(HttpMethod.Get, new Uri(_apiRoot, $"status/{Uri.EscapeDataString(id ?? "")}/"), null, (_, _) => { }, cancellationToken).ConfigureAwait(false);
        }

        return status;
    }

    private async Task<JsonDocument> SendAsync(HttpMethod method, Uri uri, HttpContent? content, Action<HttpResponseMessage, string> inspect, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(TaxiiMediaTypes.Taxii21));
        request.Headers.Authorization = _authorization;
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new TaxiiClientException($"{method} {uri}: {ex.Message}", ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var detail = TryErrorTitle(text);
                throw new TaxiiClientException($"{method} {uri}: HTTP {(int)response.StatusCode}{(detail is null ? "" : ": " + detail)}");
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!string.Equals(mediaType, "application/taxii+json", StringComparison.OrdinalIgnoreCase))
            {
                throw new TaxiiClientException($"{method} {uri}: expected {TaxiiMediaTypes.Taxii21}, got '{response.Content.Headers.ContentType}'. Is this a TAXII 2.1 API root?");
            }

            inspect(response, text);
            try
            {
                return JsonDocument.Parse(text);
            }
            catch (JsonException ex)
            {
                throw new TaxiiClientException($"{method} {uri}: the response is not JSON: {JsonErrorText.Describe(ex)}", ex);
            }
        }
    }

    private static string? TryErrorTitle(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
            var description = root.TryGetProperty("description", out var d) ? d.GetString() : null;
            return description is null ? title : $"{title} ({description})";
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
