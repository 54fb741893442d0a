using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace ThreatLedger.Benchmarks.Taxii;

/// <summary>
/// One GET objects page of 100 over HTTP from a SQLite collection of 100,000 objects, at the start, the middle and the
/// end of the collection: keyset paging makes the cost independent of the position.
/// </summary>
[Config(typeof(InProcessShortConfig))]
public class TaxiiPagingBenchmarks
{
    private TaxiiBenchServer? _server;
    private HttpClient? _http;
    private readonly Dictionary<int, string?> _cursorAtPercent = [];

    [Params(0, 50, 99)]
    public int PositionPercent { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await TaxiiBenchServer.StartAsync(100_000, null);
        _http = new HttpClient();
        _http.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/taxii+json;version=2.1"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TaxiiBenchServer.Token);
        string? next = null;
        var page = 0;
        _cursorAtPercent[0] = null;
        do
        {
            using var response = await _http.GetAsync(_server.ObjectsUrl + "?limit=100" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next)));
            using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            next = document.RootElement.GetProperty("more").GetBoolean() ? document.RootElement.GetProperty("next").GetString() : null;
            page++;
            if (page == 500)
            {
                _cursorAtPercent[50] = next;
            }
            else if (page == 990)
            {
                _cursorAtPercent[99] = next;
            }
        }
        while (next is not null);
    }

    [Benchmark]
    public async Task<int> GetObjectsPage()
    {
        var next = _cursorAtPercent[PositionPercent];
        using var response = await _http!.GetAsync(_server!.ObjectsUrl + "?limit=100" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next)));
        var body = await response.Content.ReadAsByteArrayAsync();
        return body.Length;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
