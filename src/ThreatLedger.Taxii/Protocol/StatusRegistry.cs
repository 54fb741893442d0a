using System.Collections.Concurrent;
using System.Text.Json;

namespace ThreatLedger.Taxii.Protocol;

/// <summary>Keeps the most recent status resources in memory (bounded) so clients can poll them.</summary>
public sealed class StatusRegistry : IStatusStore
{
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, StatusRecord> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>Creates a registry keeping up to <paramref name="capacity"/> statuses.</summary>
    public StatusRegistry(int capacity = 10_000) => _capacity = capacity;

    /// <summary>Records a status.</summary>
    public void Add(StatusRecord status)
    {
        _byId[status.Id] = status;
        _order.Enqueue(status.Id);
        while (_order.Count > _capacity && _order.TryDequeue(out var old))
        {
            _byId.TryRemove(old, out _);
        }
    }

    /// <summary>Finds a status by id.</summary>
    public StatusRecord? Find(string id) => _byId.TryGetValue(id, out var status) ? status : null;

    /// <inheritdoc />
    public Task AddAsync(StatusRecord status, CancellationToken cancellationToken)
    {
        Add(status);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<StatusRecord?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult(Find(id));

    /// <summary>Writes the status resource.</summary>
    public static void Write(Utf8JsonWriter writer, StatusRecord status)
    {
        writer.WriteStartObject();
        writer.WriteString("id", status.Id);
        writer.WriteString("status", status.Pendings.Count == 0 ? "complete" : "pending");
        writer.WriteString("request_timestamp", TaxiiTimestamp.Format(status.RequestTimestamp));
        writer.WriteNumber("total_count", status.TotalCount);
        writer.WriteNumber("success_count", status.Successes.Count);
        WriteDetails(writer, "successes", status.Successes);
        writer.WriteNumber("failure_count", status.Failures.Count);
        WriteDetails(writer, "failures", status.Failures);
        writer.WriteNumber("pending_count", status.Pendings.Count);
        WriteDetails(writer, "pendings", status.Pendings);
        writer.WriteEndObject();
    }

    private static void WriteDetails(Utf8JsonWriter writer, string name, IReadOnlyList<StatusDetail> details)
    {
        if (details.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var detail in details)
        {
            detail.WriteTo(writer);
        }

        writer.WriteEndArray();
    }
}
