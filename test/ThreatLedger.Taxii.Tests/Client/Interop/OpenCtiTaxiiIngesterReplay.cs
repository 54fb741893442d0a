using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ThreatLedger.Taxii.Tests.Client.Interop;

/// <summary>
/// Replays OpenCTI's built-in TAXII 2.1 feed ingester (opencti-graphql, ingestion manager, "taxii" feeds on axios):
/// <list type="bullet">
/// <item>GET <c>{uri with a trailing slash}collections/{collection}/objects/</c> with
/// <c>Accept: application/taxii+json;version=2.1</c> and <c>Authorization: Basic base64(utf-8 "user:password")</c>
/// or <c>Bearer {token}</c>;</item>
/// <item>parameters <c>next</c> (the saved cursor), <c>added_after</c> (a Date, sent as <c>toISOString()</c>, so
/// milliseconds) and <c>limit</c> only when configured, serialised as axios does (encodeURIComponent, then ':', ',',
/// '[', ']' and '$' left readable);</item>
/// <item>after a page with objects: when <c>more</c> is true and <c>next</c> is set, keep <c>next</c> and the
/// original added_after; otherwise drop the cursor and set added_after to the <c>X-TAXII-Date-Added-Last</c> header
/// parsed as a JavaScript date (cut to milliseconds), or to "now" without the header;</item>
/// <item>after a page without objects: drop the cursor and keep added_after.</item>
/// </list>
/// </summary>
internal sealed class OpenCtiTaxiiIngesterReplay : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, UseCookies = false });
    private readonly string _authorization;
    private readonly string _uri;
    private readonly string _collection;
    private readonly TimeProvider _time;

    private OpenCtiTaxiiIngesterReplay(string uri, string collection, string authorization, TimeProvider? time)
    {
        _uri = uri;
        _collection = collection;
        _authorization = authorization;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The saved <c>current_state_cursor</c>.</summary>
    public string? CurrentStateCursor { get; private set; }

    /// <summary>The saved <c>added_after_start</c> (ISO string with milliseconds).</summary>
    public string? AddedAfterStart { get; set; }

    /// <summary><c>ingestion_manager:taxii_feed:limit_per_request</c> (0: no limit parameter).</summary>
    public int LimitPerRequest { get; set; }

    /// <summary>Every object pushed to OpenCTI's workers, in order (with repeats).</summary>
    public List<JsonElement> Ingested { get; } = [];

    /// <summary>Every URL requested.</summary>
    public List<Uri> Requests { get; } = [];

    /// <summary>An ingester with basic authentication (authentication_value "user:password").</summary>
    public static OpenCtiTaxiiIngesterReplay WithBasic(string uri, string collection, string user, string password, TimeProvider? time = null)
        => new(uri, collection, "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)), time);

    /// <summary>An ingester with bearer authentication.</summary>
    public static OpenCtiTaxiiIngesterReplay WithBearer(string uri, string collection, string token, TimeProvider? time = null)
        => new(uri, collection, "Bearer " + token, time);

    /// <summary>One scheduled execution: one GET, then the state update. Returns how many objects it pushed.</summary>
    public async Task<int> RunOnceAsync()
    {
        var prepared = _uri.EndsWith('/') ? _uri : _uri + "/";
        var parameters = new List<(string, string?)> { ("next", CurrentStateCursor), ("added_after", AddedAfterStart) };
        if (LimitPerRequest > 0)
        {
            parameters.Add(("limit", LimitPerRequest.ToString(CultureInfo.InvariantCulture)));
        }

        var query = string.Join("&", parameters.Where(p => p.Item2 is not null).Select(p => Encode(p.Item1) + "=" + Encode(p.Item2!)));
        var url = new Uri($"{prepared}collections/{_collection}/objects/" + (query.Length == 0 ? "" : "?" + query));
        Requests.Add(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", "application/taxii+json;version=2.1");
        request.Headers.TryAddWithoutValidation("Authorization", _authorization);
        request.Headers.TryAddWithoutValidation("User-Agent", "axios/1.7.9");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, compress, deflate, br");
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if ((int)response.StatusCode >= 400)
        {
            // axios rejects non-2xx; the ingester logs a warning and leaves its state untouched.
            throw new HttpRequestException($"OpenCTI ingester: HTTP {(int)response.StatusCode} {body}", null, response.StatusCode);
        }

        var data = JsonDocument.Parse(body).RootElement.Clone();
        var addedLast = response.Headers.TryGetValues("X-TAXII-Date-Added-Last", out var values) ? values.First() : null;
        var objects = data.TryGetProperty("objects", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        if (objects.Count == 0)
        {
            CurrentStateCursor = null;
            return 0;
        }

        Ingested.AddRange(objects);
        var more = data.TryGetProperty("more", out var m) && m.ValueKind == JsonValueKind.True;
        var next = data.TryGetProperty("next", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        if (more && !string.IsNullOrEmpty(next))
        {
            CurrentStateCursor = next;
        }
        else
        {
            CurrentStateCursor = null;
            AddedAfterStart = addedLast is not null ? JavaScriptIso(addedLast) : IsoMilliseconds(_time.GetUtcNow());
        }

        return objects.Count;
    }

    /// <summary>Runs executions until one pushes nothing; fails when that never happens within <paramref name="maxRuns"/>.</summary>
    public async Task<int> RunUntilIdleAsync(int maxRuns = 200)
    {
        for (var runs = 1; runs <= maxRuns; runs++)
        {
            if (await RunOnceAsync() == 0)
            {
                return runs;
            }
        }

        throw new InvalidOperationException($"The ingester still received objects after {maxRuns} executions: it never catches up (cursor {CurrentStateCursor}, added_after {AddedAfterStart}).");
    }

    /// <summary>axios' parameter encoding: encodeURIComponent, then ':', '$', ',', '[' and ']' restored and spaces as '+'.</summary>
    public static string Encode(string value)
        => Uri.EscapeDataString(value)
            .Replace("%3A", ":", StringComparison.OrdinalIgnoreCase)
            .Replace("%24", "$", StringComparison.Ordinal)
            .Replace("%2C", ",", StringComparison.OrdinalIgnoreCase)
            .Replace("%20", "+", StringComparison.Ordinal)
            .Replace("%5B", "[", StringComparison.OrdinalIgnoreCase)
            .Replace("%5D", "]", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>utcDate(header).toISOString()</c>: parsed to millisecond precision (extra digits cut), printed with three.</summary>
    public static string JavaScriptIso(string header)
    {
        var instant = DateTimeOffset.Parse(header, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return IsoMilliseconds(new DateTimeOffset(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero));
    }

    public void Dispose() => _http.Dispose();

    private static string IsoMilliseconds(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
