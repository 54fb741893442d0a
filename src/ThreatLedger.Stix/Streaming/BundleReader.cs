using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Stix.Streaming;

/// <summary>
/// Streams a STIX bundle object by object with bounded memory: a pooled buffer that grows only to the largest single
/// object, a <see cref="Utf8JsonReader"/> resumed across reads, and one small <see cref="JsonDocument"/> per object.
/// A document holding a single STIX object (not a bundle) yields that object with index -1. The bundle's other
/// top-level properties are available from <see cref="ReadEnvelope"/> when reading is done.
/// Malformed input (truncated JSON, invalid UTF-8, nesting deeper than the limit, duplicate keys, oversized objects,
/// trailing content) raises <see cref="StixParseException"/> with the JSON path, line and byte position.
/// </summary>
public sealed class BundleReader : IDisposable
{
    private readonly Stream _stream;
    private readonly BundleReaderOptions _options;
    private readonly JsonDocumentOptions _documentOptions;
    private readonly ArrayBufferWriter<byte> _envelope = new();
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private Phase _phase = Phase.Start;
    private int _index;
    private long _consumedBytes;
    private long _line = 1;
    private long _column = 1;
    private string? _pendingProperty;

    /// <summary>Creates a reader over a stream (the stream is not disposed by the reader).</summary>
    public BundleReader(Stream stream, BundleReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _options = options ?? new BundleReaderOptions();
        _documentOptions = new JsonDocumentOptions { MaxDepth = _options.MaxDepth, AllowDuplicateProperties = false };
        _buffer = ArrayPool<byte>.Shared.Rent(_options.InitialBufferSize);
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = _options.MaxDepth });
    }

    private enum Phase
    {
        Start,
        RootProperties,
        Objects,
        Done,
    }

    /// <summary>Bytes consumed from the stream so far (for progress).</summary>
    public long BytesConsumed => _consumedBytes;

    /// <summary>True when the root object's <c>type</c> was "bundle" (complete once reading is done).</summary>
    public bool IsBundle { get; private set; }

    /// <summary>True when the root had an <c>objects</c> array.</summary>
    public bool HasObjectsArray { get; private set; }

    /// <summary>True when the document was a single object rather than a bundle (known once reading is done).</summary>
    public bool IsSingleObject { get; private set; }

    /// <summary>
    /// The root object without its <c>objects</c> array (for a bundle: type, id and any other properties). Call after
    /// <see cref="ReadObjectsAsync"/> has completed. The caller disposes the document.
    /// </summary>
    /// <exception cref="InvalidOperationException">Reading is not finished.</exception>
    public JsonDocument ReadEnvelope()
    {
        if (_phase != Phase.Done)
        {
            throw new InvalidOperationException("Read all objects before reading the envelope.");
        }

        return JsonDocument.Parse(EnvelopeBytes(), _documentOptions);
    }

    /// <summary>Reads the objects one by one; each item should be disposed after use.</summary>
    /// <exception cref="StixParseException">The input is not well-formed JSON or breaks a limit.</exception>
    public async IAsyncEnumerable<BundleItem> ReadObjectsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var ready = new List<BundleItem>();
        while (_phase != Phase.Done)
        {
            await FillAsync(cancellationToken).ConfigureAwait(false);
            var before = _consumedBytes + _start;
            ProcessBuffer(ready);
            foreach (var item in ready)
            {
                yield return item;
            }

            ready.Clear();
            if (_phase != Phase.Done && _final && _consumedBytes + _start == before)
            {
                throw Fail("The JSON ends before the document is complete (truncated input).", CurrentPath(), null);
            }
        }

        if (IsSingleObject)
        {
            var bytes = EnvelopeBytes();
            yield return new BundleItem(-1, JsonDocument.Parse(bytes, _documentOptions), bytes, 1);
        }
    }

    private byte[] EnvelopeBytes()
    {
        var bytes = new byte[_envelope.WrittenCount + 2];
        bytes[0] = (byte)'{';
        _envelope.WrittenSpan.CopyTo(bytes.AsSpan(1));
        bytes[^1] = (byte)'}';
        return bytes;
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= _options.MaxObjectBytes)
            {
                throw Fail($"A single value is larger than the {_options.MaxObjectBytes:N0}-byte limit.", CurrentPath(), null);
            }

            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, _options.MaxObjectBytes));
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        while (!_final && _end < _buffer.Length)
        {
            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _final = true;
                break;
            }

            _end += read;
        }
    }

    private void ProcessBuffer(List<BundleItem> ready)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        try
        {
            Process(ref reader, ready);
        }
        catch (JsonException ex)
        {
            foreach (var item in ready)
            {
                item.Dispose();
            }

            throw Fail(JsonErrorText.Reason(ex), CurrentPath(), ex);
        }
    }

    private void Process(ref Utf8JsonReader reader, List<BundleItem> ready)
    {
        while (true)
        {
            switch (_phase)
            {
                case Phase.Start:
                    if (!reader.Read())
                    {
                        return;
                    }

                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw Fail($"The document must be a JSON object (a bundle or a STIX object), not {reader.TokenType}.", "$", null);
                    }

                    Commit(ref reader);
                    _phase = Phase.RootProperties;
                    break;

                case Phase.RootProperties:
                    if (!reader.Read())
                    {
                        return;
                    }

                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        Commit(ref reader);
                        _phase = Phase.Done;
                        IsSingleObject = !IsBundle && !HasObjectsArray;
                        break;
                    }

                    var name = reader.GetString()!;
                    var propertyStart = (int)reader.TokenStartIndex;
                    _pendingProperty = name;
                    if (name == "objects")
                    {
                        var probe = reader;
                        if (!probe.Read())
                        {
                            return;
                        }

                        if (probe.TokenType == JsonTokenType.StartArray)
                        {
                            reader = probe;
                            HasObjectsArray = true;
                            Commit(ref reader);
                            _phase = Phase.Objects;
                            break;
                        }
                    }

                    if (!reader.TrySkip())
                    {
                        return;
                    }

                    var raw = _buffer.AsSpan(_start + propertyStart, (int)reader.BytesConsumed - propertyStart);
                    AppendEnvelope(raw, name);
                    Commit(ref reader);
                    _pendingProperty = null;
                    break;

                case Phase.Objects:
                    if (!reader.Read())
                    {
                        return;
                    }

                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        Commit(ref reader);
                        _phase = Phase.RootProperties;
                        _pendingProperty = null;
                        break;
                    }

                    var start = (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        return;
                    }

                    var startLine = _line + _buffer.AsSpan(_start, start).Count((byte)'\n');
                    ready.Add(CreateItem(_buffer.AsSpan(_start + start, (int)reader.BytesConsumed - start), startLine));
                    _index++;
                    Commit(ref reader);
                    break;

                case Phase.Done:
                    if (reader.Read())
                    {
                        throw Fail($"Unexpected {reader.TokenType} after the end of the document.", "$", null);
                    }

                    return;
            }
        }
    }

    private BundleItem CreateItem(ReadOnlySpan<byte> utf8, long line)
    {
        if (!Utf8.IsValid(utf8))
        {
            throw Fail($"Invalid UTF-8 at byte {FirstInvalidUtf8(utf8) + 1} of the object.", "objects[" + _index + "]", null, line);
        }

        // A pooled copy: the read buffer is reused, the item lives until the caller disposes it.
        var rented = ArrayPool<byte>.Shared.Rent(utf8.Length);
        utf8.CopyTo(rented);
        var memory = rented.AsMemory(0, utf8.Length);
        try
        {
            return new BundleItem(_index, JsonDocument.Parse(memory, _documentOptions), memory, line, rented);
        }
        catch (JsonException ex)
        {
            ArrayPool<byte>.Shared.Return(rented);
            var inner = ex.Path is { Length: > 1 } p ? p[1..] : string.Empty;
            throw Fail(JsonErrorText.Reason(ex), "objects[" + _index + "]" + inner, null, line + (ex.LineNumber ?? 0));
        }
    }

    private void AppendEnvelope(ReadOnlySpan<byte> property, string name)
    {
        if (!Utf8.IsValid(property))
        {
            throw Fail($"Invalid UTF-8 at byte {FirstInvalidUtf8(property) + 1} of the property.", "$." + name, null);
        }

        if (_envelope.WrittenCount > 0)
        {
            _envelope.Write(","u8);
        }

        _envelope.Write(property);
        if (name == "type")
        {
            var colon = property.IndexOf((byte)':');
            IsBundle = property[(colon + 1)..].Trim(" \t\r\n"u8).SequenceEqual("\"bundle\""u8);
        }
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _state = reader.CurrentState;
        var consumed = (int)reader.BytesConsumed;
        var span = _buffer.AsSpan(_start, consumed);
        _consumedBytes += consumed;
        var lines = span.Count((byte)'\n');
        if (lines > 0)
        {
            _line += lines;
            _column = consumed - span.LastIndexOf((byte)'\n');
        }
        else
        {
            _column += consumed;
        }

        _start += consumed;
        reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
    }

    private string CurrentPath() => _phase switch
    {
        Phase.Objects => "objects[" + _index + "]",
        Phase.RootProperties when _pendingProperty is not null => "$." + _pendingProperty,
        _ => "$",
    };

    private StixParseException Fail(string reason, string path, JsonException? inner, long? line = null)
    {
        long atLine;
        long atByte;
        if (line is { } l)
        {
            atLine = l;
            atByte = inner?.BytePositionInLine + 1 ?? 1;
        }
        else if (inner?.LineNumber is { } innerLine)
        {
            // The reader state carries line and column across buffer refills, so these are absolute (0-based).
            atLine = innerLine + 1;
            atByte = (inner.BytePositionInLine ?? 0) + 1;
        }
        else
        {
            atLine = _line;
            atByte = _column;
        }

        return new StixParseException($"{reason} (line {atLine}, byte {atByte}, path {path})", path, atLine, atByte, inner);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
