using System.Text.Encodings.Web;
using System.Text.Json;
using ThreatLedger.Stix.Json;
using ThreatLedger.Stix.Objects;

namespace ThreatLedger.Stix.Streaming;

/// <summary>
/// Writes a bundle to a stream object by object (memory does not grow with the bundle): the envelope first, then each
/// object, flushing in batches. Call <see cref="CompleteAsync"/> to close the <c>objects</c> array and the bundle.
/// </summary>
public sealed class BundleWriter : IAsyncDisposable
{
    private const int FlushThreshold = 64 * 1024;
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private bool _completed;

    /// <summary>Starts a bundle with the given id.</summary>
    /// <exception cref="ArgumentException">The id is not a bundle id.</exception>
    public BundleWriter(Stream stream, StixId bundleId, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (bundleId.Type != Bundle.TypeName)
        {
            throw new ArgumentException($"'{bundleId}' is not a bundle id.", nameof(bundleId));
        }

        _stream = stream;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _writer.WriteStartObject();
        _writer.WriteString("type"u8, Bundle.TypeName);
        _writer.WriteString("id"u8, bundleId.ToString());
        _writer.WriteStartArray("objects"u8);
    }

    /// <summary>The number of objects written.</summary>
    public int Count { get; private set; }

    /// <summary>Writes a model object.</summary>
    public ValueTask WriteAsync(StixObject stixObject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        EnsureOpen();
        JsonSerializer.Serialize(_writer, stixObject, StixJson.Info<StixObject>());
        return AfterWriteAsync(cancellationToken);
    }

    /// <summary>Writes an object as parsed JSON (e.g. an item from <see cref="BundleReader"/>), unchanged.</summary>
    public ValueTask WriteAsync(JsonElement stixObject, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        stixObject.WriteTo(_writer);
        return AfterWriteAsync(cancellationToken);
    }

    /// <summary>Closes the array and the bundle and flushes.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes the bundle if needed and releases the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        await CompleteAsync().ConfigureAwait(false);
        await _writer.DisposeAsync().ConfigureAwait(false);
    }

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_completed, this);

    private async ValueTask AfterWriteAsync(CancellationToken cancellationToken)
    {
        Count++;
        if (_writer.BytesPending >= FlushThreshold)
        {
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
