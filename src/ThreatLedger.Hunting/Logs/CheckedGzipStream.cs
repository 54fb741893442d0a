using System.Buffers.Binary;
using System.IO.Compression;

namespace ThreatLedger.Hunting.Logs;

/// <summary>
/// Decompresses a gzip file and, at its end, checks the decompressed length against the length the gzip trailer records
/// (ISIZE, modulo 2^32): <see cref="GZipStream"/> stops quietly at the end of a truncated file, which would lose the
/// rest of a log without a word. Rotated logs are one gzip member, whose trailer covers the whole file.
/// </summary>
internal sealed class CheckedGzipStream : Stream
{
    private readonly GZipStream _inner;
    private readonly uint? _expectedLength;
    private long _length;

    /// <param name="file">The compressed file, seekable, positioned at its start.</param>
    public CheckedGzipStream(FileStream file)
    {
        if (file.Length >= 18)
        {
            Span<byte> trailer = stackalloc byte[4];
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(trailer);
            _expectedLength = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
            file.Seek(0, SeekOrigin.Begin);
        }

        _inner = new GZipStream(file, CompressionMode.Decompress);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        _length += read;
        if (read == 0 && buffer.Length > 0 && (_expectedLength is not { } expected || (uint)_length != expected))
        {
            throw new InvalidDataException(
                $"the file ends before its compressed data does (truncated?): {_length:N0} bytes decompressed" + (_expectedLength is { } e ? $", the gzip trailer records {e:N0}" : string.Empty));
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
