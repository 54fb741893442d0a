using System.Globalization;
using System.Text;

namespace ThreatLedger.Stix.Tests.Streaming;

/// <summary>A read-only stream that produces a valid bundle of generated indicators on the fly (nothing on disk).</summary>
internal sealed class GeneratedBundleStream : Stream
{
    private readonly long _objectCount;
    private byte[] _pending = Encoding.UTF8.GetBytes("{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":[\n");
    private int _pendingOffset;
    private long _next;
    private bool _closed;

    public GeneratedBundleStream(long objectCount)
    {
        _objectCount = objectCount;
    }

    public long BytesProduced { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesProduced; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count)
        {
            if (_pendingOffset == _pending.Length && !NextChunk())
            {
                break;
            }

            var n = Math.Min(count - written, _pending.Length - _pendingOffset);
            Buffer.BlockCopy(_pending, _pendingOffset, buffer, offset + written, n);
            _pendingOffset += n;
            written += n;
        }

        BytesProduced += written;
        return written;
    }

    private bool NextChunk()
    {
        if (_closed)
        {
            return false;
        }

        if (_next == _objectCount)
        {
            _pending = "\n]}\n"u8.ToArray();
            _pendingOffset = 0;
            _closed = true;
            return true;
        }

        var i = _next++;
        var id = new Guid((int)(i & 0x7FFFFFFF), (short)(i >> 31), 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 0).ToString();
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{(i == 0 ? string.Empty : ",\n")}{{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--{id}\",\"created\":\"2024-01-01T00:00:00.000Z\",\"modified\":\"2024-01-01T00:00:00.000Z\",\"name\":\"Generated indicator {i}\",\"description\":\"Traffic to 198.51.100.{i % 250} was seen from several hosts in the example network during the incident window.\",\"indicator_types\":[\"malicious-activity\"],\"pattern\":\"[ipv4-addr:value = '198.51.100.{i % 250}']\",\"pattern_type\":\"stix\",\"valid_from\":\"2024-01-01T00:00:00Z\",\"labels\":[\"generated\"],\"x_example_seq\":{i}}}");
        _pending = Encoding.UTF8.GetBytes(text);
        _pendingOffset = 0;
        return true;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
