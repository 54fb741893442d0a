using System.Net;
using System.Text;
using System.Text.Json;

namespace ThreatLedger.Taxii.Tests.Client.Interop;

/// <summary>
/// Replays what the OASIS Python <c>taxii2-client</c> 2.3 (<c>taxii2client.v21</c>, on <c>requests</c>) sends and
/// checks what it checks, so the server is tested against that client's behaviour without Python:
/// <list type="bullet">
/// <item>every endpoint URL gets a trailing slash; collection URLs are the collections URL + id + "/", objects
/// URLs the collection URL + "objects/", status URLs <c>urljoin(collection_url, "../../status/{id}")</c> + "/";</item>
/// <item>GET sends <c>User-Agent: taxii2-client/2.3.0</c>, <c>Accept: application/taxii+json;version=2.1</c> and
/// HTTP Basic (<c>user:password</c>) or <c>Authorization: Token …</c>; POST sends Accept and Content-Type with the
/// same media type and the envelope as <c>json.dumps</c> writes it;</item>
/// <item>query strings are encoded like <c>requests</c> (<c>urllib.parse.quote_plus</c>: brackets, colons and commas
/// percent-encoded); filters map to <c>match[...]</c> except <c>added_after</c>, <c>limit</c> (skipped when 0) and
/// <c>next</c> (skipped when empty);</item>
/// <item>every GET response must have a 2xx status, and a Content-Type whose tokens (spaces removed, split on ';')
/// start with <c>application/taxii+json</c> and contain every token of the Accept header;</item>
/// <item>the discovery, API root, collection and status resources are validated field by field as the client does.</item>
/// </list>
/// </summary>
internal sealed class Taxii2ClientReplay : IDisposable
{
    public const string MediaType = "application/taxii+json;version=2.1";
    public const string UserAgent = "taxii2-client/2.3.0";

    private readonly HttpClient _http;
    private readonly string? _authorization;

    private Taxii2ClientReplay(string? authorization)
    {
        _http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate, UseCookies = false });
        _authorization = authorization;
    }

    /// <summary>Every request the replay sent: method, absolute URL and headers.</summary>
    public List<(string Method, Uri Url, Dictionary<string, string> Headers)> Sent { get; } = [];

    /// <summary><c>Server(url, user=…, password=…)</c>: requests' HTTPBasicAuth (latin-1 user:password).</summary>
    public static Taxii2ClientReplay WithBasic(string user, string password)
        => new("Basic " + Convert.ToBase64String(Encoding.Latin1.GetBytes(user + ":" + password)));

    /// <summary><c>Server(url, auth=TokenAuth(key))</c>.</summary>
    public static Taxii2ClientReplay WithToken(string key) => new("Token " + key);

    /// <summary>No credentials.</summary>
    public static Taxii2ClientReplay Anonymous() => new(null);

    /// <summary>_TAXIIEndpoint.__init__: a trailing slash is added when missing.</summary>
    public static Uri Endpoint(string url) => new(url.EndsWith('/') ? url : url + "/");

    /// <summary><c>Server.refresh()</c>: GET discovery (default Accept), validate, and resolve the API root URLs.</summary>
    public async Task<(JsonElement Resource, List<Uri> ApiRoots, Uri? Default)> DiscoverAsync(string serverUrl)
    {
        var url = Endpoint(serverUrl);
        var resource = await GetAsync(url, null);
        Require(resource, "title", "Server Discovery");
        var roots = new List<Uri>();
        Uri? defaultRoot = null;
        if (resource.TryGetProperty("api_roots", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                // urljoin(self.url, url), then ApiRoot's constructor adds a trailing slash.
                var root = Endpoint(new Uri(url, item.GetString()!).AbsoluteUri);
                roots.Add(root);
                if (resource.TryGetProperty("default", out var d) && d.GetString() == item.GetString())
                {
                    defaultRoot = root;
                }
            }
        }

        return (resource, roots, defaultRoot);
    }

    /// <summary><c>ApiRoot.refresh_information()</c>: title, versions and max_content_length are required.</summary>
    public async Task<JsonElement> ApiRootInformationAsync(Uri apiRoot)
    {
        var resource = await GetAsync(apiRoot, MediaType);
        Require(resource, "title", "API Root");
        if (!resource.TryGetProperty("versions", out var versions) || versions.ValueKind != JsonValueKind.Array || versions.GetArrayLength() == 0)
        {
            throw new Taxii2ClientValidationException($"No 'versions' in API Root for request '{apiRoot}'");
        }

        if (!resource.TryGetProperty("max_content_length", out var max) || max.ValueKind == JsonValueKind.Null)
        {
            throw new Taxii2ClientValidationException($"No 'max_content_length' in API Root for request '{apiRoot}'");
        }

        return resource;
    }

    /// <summary><c>ApiRoot.refresh_collections()</c>: one validated collection (URL, resource) per listed item.</summary>
    public async Task<List<(Uri Url, JsonElement Info)>> CollectionsAsync(Uri apiRoot)
    {
        var url = new Uri(apiRoot.AbsoluteUri + "collections/");
        var resource = await GetAsync(url, MediaType);
        var collections = new List<(Uri, JsonElement)>();
        if (resource.TryGetProperty("collections", out var list))
        {
            foreach (var item in list.EnumerateArray())
            {
                var collectionUrl = new Uri(url.AbsoluteUri + item.GetProperty("id").GetString() + "/");
                ValidateCollection(collectionUrl, item);
                collections.Add((collectionUrl, item));
            }
        }

        return collections;
    }

    /// <summary><c>Collection.refresh()</c>: GET the collection resource and validate it.</summary>
    public async Task<JsonElement> CollectionAsync(Uri collectionUrl)
    {
        var resource = await GetAsync(collectionUrl, MediaType);
        ValidateCollection(collectionUrl, resource);
        return resource;
    }

    /// <summary><c>Collection.get_objects(**filters)</c>.</summary>
    public Task<JsonElement> GetObjectsAsync(Uri collectionUrl, params (string Name, object? Value)[] filters)
        => GetAsync(new Uri(collectionUrl.AbsoluteUri + "objects/"), MediaType, filters);

    /// <summary><c>Collection.get_object(obj_id, **filters)</c>.</summary>
    public Task<JsonElement> GetObjectAsync(Uri collectionUrl, string id, params (string Name, object? Value)[] filters)
        => GetAsync(new Uri(collectionUrl.AbsoluteUri + "objects/" + id + "/"), MediaType, filters);

    /// <summary><c>Collection.object_versions(obj_id, **filters)</c>.</summary>
    public Task<JsonElement> ObjectVersionsAsync(Uri collectionUrl, string id, params (string Name, object? Value)[] filters)
        => GetAsync(new Uri(collectionUrl.AbsoluteUri + "objects/" + id + "/versions/"), MediaType, filters);

    /// <summary><c>Collection.get_manifest(**filters)</c>.</summary>
    public Task<JsonElement> GetManifestAsync(Uri collectionUrl, params (string Name, object? Value)[] filters)
        => GetAsync(new Uri(collectionUrl.AbsoluteUri + "manifest/"), MediaType, filters);

    /// <summary><c>Collection.delete_object(obj_id)</c>: only the status is checked.</summary>
    public async Task DeleteObjectAsync(Uri collectionUrl, string id, params (string Name, object? Value)[] filters)
    {
        using var response = await SendAsync(HttpMethod.Delete, new Uri(collectionUrl.AbsoluteUri + "objects/" + id + "/" + QueryString(filters)), MediaType, null, null);
        RaiseForStatus(response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>
    /// <c>as_pages(func, per_request, **filters)</c>: first call with <c>limit=per_request</c>; when <c>more</c> is
    /// true and the page size differs, per_request becomes the page size; then repeat with <c>next</c> while more.
    /// </summary>
    public async Task<List<JsonElement>> AsPagesAsync(
        Func<(string Name, object? Value)[], Task<JsonElement>> func, int perRequest, params (string Name, object? Value)[] filters)
    {
        var pages = new List<JsonElement>();
        var envelope = await func([("limit", perRequest), .. filters]);
        pages.Add(envelope);
        var obtained = envelope.TryGetProperty("objects", out var objects) ? objects.GetArrayLength() : 0;
        if (More(envelope) && obtained != perRequest)
        {
            perRequest = obtained;
        }

        for (var guard = 0; More(envelope); guard++)
        {
            if (guard > 10_000)
            {
                throw new InvalidOperationException("as_pages did not end: the server keeps answering more=true.");
            }

            var next = envelope.TryGetProperty("next", out var n) ? n.GetString() : "";
            envelope = await func([("limit", perRequest), ("next", next), .. filters]);
            pages.Add(envelope);
        }

        return pages;
    }

    /// <summary>
    /// <c>Collection.add_objects(envelope, wait_for_completion, poll_interval, timeout)</c>: POST, build the Status
    /// from the response (validated), and poll its URL until complete when asked to wait.
    /// </summary>
    public async Task<(JsonElement Status, Uri StatusUrl)> AddObjectsAsync(Uri collectionUrl, string envelopeJson, bool waitForCompletion = true, int maxPolls = 5)
    {
        var body = Encoding.UTF8.GetBytes(envelopeJson);
        JsonElement status;
        using (var response = await SendAsync(HttpMethod.Post, new Uri(collectionUrl.AbsoluteUri + "objects/"), MediaType, MediaType, body))
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            RaiseForStatus(response, text);
            status = JsonDocument.Parse(text).RootElement.Clone();
        }

        var statusUrl = Endpoint(new Uri(collectionUrl, "../../status/" + status.GetProperty("id").GetString()).AbsoluteUri);
        ValidateStatus(statusUrl, status);
        for (var polls = 0; waitForCompletion && status.GetProperty("status").GetString() != "complete" && polls < maxPolls; polls++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
            status = await StatusAsync(statusUrl);
        }

        return (status, statusUrl);
    }

    /// <summary><c>Status.refresh()</c>: GET the status URL and validate it.</summary>
    public async Task<JsonElement> StatusAsync(Uri statusUrl)
    {
        var status = await GetAsync(statusUrl, MediaType);
        ValidateStatus(statusUrl, status);
        return status;
    }

    /// <summary><c>ApiRoot.get_status(status_id)</c>: the API root URL + "status/" + id + "/".</summary>
    public Task<JsonElement> GetStatusAsync(Uri apiRoot, string statusId) => StatusAsync(new Uri(apiRoot.AbsoluteUri + "status/" + statusId + "/"));

    /// <summary>The objects of an envelope (empty when absent).</summary>
    public static List<JsonElement> Objects(JsonElement envelope)
        => envelope.TryGetProperty("objects", out var objects) ? [.. objects.EnumerateArray()] : [];

    /// <summary><c>_filter_kwargs_to_query_params</c> followed by requests' <c>urlencode(params, doseq=True)</c>.</summary>
    public static string QueryString(IEnumerable<(string Name, object? Value)> filters)
    {
        var pairs = new List<(string Key, string Value)>();
        foreach (var (name, value) in filters)
        {
            // "if not arglist: continue" — None, 0, "" and empty lists are dropped.
            if (value is null || value is 0 || value is string { Length: 0 } || value is string[] { Length: 0 })
            {
                continue;
            }

            var values = value switch
            {
                string[] many => many,
                DateTimeOffset instant => [FormatDatetime(instant)],
                _ => [Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!],
            };
            var key = name switch
            {
                "added_after" or "limit" or "next" => name,
                _ => "match[" + name + "]",
            };
            pairs.Add((key, name == "limit" ? values[0] : string.Join(",", values)));
        }

        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs.Select(p => QuotePlus(p.Key) + "=" + QuotePlus(p.Value)));
    }

    /// <summary>taxii2client.common._format_datetime: UTC, seconds, fraction only when non-zero (zeros stripped), "Z".</summary>
    public static string FormatDatetime(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        var text = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var micro = (utc.Ticks % TimeSpan.TicksPerSecond) / 10;
        if (micro > 0)
        {
            text += "." + micro.ToString("D6", System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0');
        }

        return text + "Z";
    }

    /// <summary>urllib.parse.quote_plus: letters, digits and "_.-~" stay; space becomes '+'; the rest is %XX (UTF-8).</summary>
    public static string QuotePlus(string value)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary><c>_HTTPConnection.valid_content_type</c> for version 2.1.</summary>
    public static bool ValidContentType(string contentType, string accept)
    {
        var acceptTokens = accept.Replace(" ", "", StringComparison.Ordinal).Split(';');
        var contentTokens = contentType.Replace(" ", "", StringComparison.Ordinal).Split(';');
        return acceptTokens.All(t => contentTokens.Contains(t, StringComparer.Ordinal)) && contentTokens[0] == "application/taxii+json";
    }

    public void Dispose() => _http.Dispose();

    private static bool More(JsonElement envelope) => envelope.TryGetProperty("more", out var more) && more.ValueKind == JsonValueKind.True;

    private async Task<JsonElement> GetAsync(Uri url, string? accept, IEnumerable<(string Name, object? Value)>? filters = null)
    {
        accept ??= MediaType;
        var target = new Uri(url.AbsoluteUri + QueryString(filters ?? []));
        using var response = await SendAsync(HttpMethod.Get, target, accept, null, null);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        RaiseForStatus(response, text);
        var contentType = response.Content.Headers.TryGetValues("Content-Type", out var values) ? string.Join(",", values) : throw new Taxii2ClientValidationException($"No Content-Type from {target}");
        if (!ValidContentType(contentType, accept))
        {
            throw new Taxii2ClientValidationException($"Unexpected Response. Got Content-Type: '{contentType}' for Accept: '{accept}'");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, string accept, string? contentType, byte[]? body)
    {
        using var request = new HttpRequestMessage(method, url);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["User-Agent"] = UserAgent,
            ["Accept-Encoding"] = "gzip, deflate",
            ["Accept"] = accept,
            ["Connection"] = "keep-alive",
        };
        if (_authorization is not null)
        {
            headers["Authorization"] = _authorization;
        }

        foreach (var (name, value) in headers)
        {
            Assert.True(request.Headers.TryAddWithoutValidation(name, value), name);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            headers["Content-Type"] = contentType!;
        }

        Sent.Add((method.Method, url, headers));
        return await _http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static void RaiseForStatus(HttpResponseMessage response, string body)
    {
        if ((int)response.StatusCode >= 400)
        {
            throw new Taxii2ClientHttpException(response.StatusCode, body);
        }
    }

    private static void Require(JsonElement resource, string property, string what)
    {
        if (!resource.TryGetProperty(property, out var value) || value.ValueKind is JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0))
        {
            throw new Taxii2ClientValidationException($"No '{property}' in {what}");
        }
    }

    private static void ValidateCollection(Uri url, JsonElement collection)
    {
        Require(collection, "id", "Collection");
        Require(collection, "title", "Collection");
        foreach (var flag in new[] { "can_read", "can_write" })
        {
            if (!collection.TryGetProperty(flag, out var value) || value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw new Taxii2ClientValidationException($"No '{flag}' in Collection for request '{url}'");
            }
        }

        if (!url.AbsoluteUri.Contains(collection.GetProperty("id").GetString()!, StringComparison.Ordinal))
        {
            throw new Taxii2ClientValidationException($"The collection '{collection.GetProperty("id")}' does not match the url for queries '{url}'");
        }
    }

    private static void ValidateStatus(Uri url, JsonElement status)
    {
        Require(status, "id", $"Status for request '{url}'");
        Require(status, "status", $"Status for request '{url}'");
        var counts = new Dictionary<string, int>();
        foreach (var name in new[] { "total_count", "success_count", "failure_count", "pending_count" })
        {
            if (!status.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number)
            {
                throw new Taxii2ClientValidationException($"No '{name}' in Status for request '{url}'");
            }

            counts[name] = value.GetInt32();
        }

        foreach (var (list, count) in new[] { ("successes", "success_count"), ("pendings", "pending_count"), ("failures", "failure_count") })
        {
            if (status.TryGetProperty(list, out var details) && details.GetArrayLength() > 0 && details.GetArrayLength() != counts[count])
            {
                throw new Taxii2ClientValidationException($"Found {list}={details.GetArrayLength()}, but {count}={counts[count]}");
            }
        }

        if (counts["success_count"] + counts["pending_count"] + counts["failure_count"] != counts["total_count"])
        {
            throw new Taxii2ClientValidationException("(success_count + pending_count + failure_count) != total_count");
        }
    }
}
