using System.Buffers;
using System.Text.Json;

namespace ThreatLedger.Stix.Streaming;

/// <summary>
/// One object streamed from a bundle: its position, parsed element and raw UTF-8. Dispose it (or let the reader
/// move on) to release the parsed document.
/// </summary>
public sealed class BundleItem : IDisposable
{
    private readonly JsonDocument _document;
    private byte[]? _rented;

    internal BundleItem(int index, JsonDocument document, ReadOnlyMemory<byte> utf8, long lineNumber, byte[]? rented = null)
    {
        Index = index;
        _document = document;
        _rented = rented;
        Utf8 = utf8;
        LineNumber = lineNumber;
    }

    /// <summary>The 0-based index in the bundle's <c>objects</c> (0 for a single root object).</summary>
    public int Index { get; }

    /// <summary>The JSON path of the object, e.g. <c>objects[12]</c> (empty for a single root object).</summary>
    public string Path => Index < 0 ? string.Empty : "objects[" + Index + "]";

    /// <summary>The 1-based line where the object starts.</summary>
    public long LineNumber { get; }

    /// <summary>The parsed object (valid until the item is disposed).</summary>
    public JsonElement Element => _document.RootElement;

    /// <summary>The object's raw UTF-8 JSON as read (valid until the item is disposed).</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        _document.Dispose();
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
