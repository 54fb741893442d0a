using System.Text;
using System.Text.Json;

namespace ThreatLedger.Knowledge.Ingest;

/// <summary>
/// Decides, from a file's name and first bytes, whether ingest should read it as a STIX bundle or as an article, and
/// refuses what is neither with a message naming the file and what it is: an empty file, an image, an archive, a PDF
/// or other binary format, or JSON that is not a STIX bundle (JSON is never extracted as if it were prose).
/// </summary>
public static class InputFileCheck
{
    private const int HeadSize = 8192;

    /// <summary>File signatures ("magic numbers") of common binary formats, with what to call them.</summary>
    private static readonly (byte[] Magic, int Offset, string What, bool Weak)[] s_signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], 0, "a PNG image", false),
        ([0xFF, 0xD8, 0xFF], 0, "a JPEG image", false),
        ("GIF87a"u8.ToArray(), 0, "a GIF image", false),
        ("GIF89a"u8.ToArray(), 0, "a GIF image", false),
        ("BM"u8.ToArray(), 0, "a BMP image", true),
        ([0x49, 0x49, 0x2A, 0x00], 0, "a TIFF image", false),
        ([0x4D, 0x4D, 0x00, 0x2A], 0, "a TIFF image", false),
        ([0x00, 0x00, 0x01, 0x00], 0, "an icon file", false),
        ("%PDF-"u8.ToArray(), 0, "a PDF document (convert it to text first)", false),
        ([(byte)'P', (byte)'K', 0x03, 0x04], 0, "a ZIP archive (or an Office document; unpack or convert it first)", false),
        ([(byte)'P', (byte)'K', 0x05, 0x06], 0, "an empty ZIP archive", false),
        ([0x1F, 0x8B], 0, "a gzip-compressed file (decompress it first)", false),
        ([(byte)'B', (byte)'Z', (byte)'h'], 0, "a bzip2-compressed file (decompress it first)", true),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00], 0, "an xz-compressed file (decompress it first)", false),
        ([0x28, 0xB5, 0x2F, 0xFD], 0, "a zstd-compressed file (decompress it first)", false),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], 0, "a 7-Zip archive", false),
        ("Rar!"u8.ToArray(), 0, "a RAR archive", true),
        ("ustar"u8.ToArray(), 257, "a tar archive", false),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "a legacy Office document (convert it to text first)", false),
        ("SQLite format 3\0"u8.ToArray(), 0, "a SQLite database", false),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], 0, "an ELF executable", false),
        ("MZ"u8.ToArray(), 0, "a Windows executable", true),
        ([0xCA, 0xFE, 0xBA, 0xBE], 0, "a Java class or Mach-O file", false),
        ([0xCF, 0xFA, 0xED, 0xFE], 0, "a Mach-O executable", false),
        ([0x00, (byte)'a', (byte)'s', (byte)'m'], 0, "a WebAssembly module", false),
        ("OggS"u8.ToArray(), 0, "an Ogg media file", true),
        ("ID3"u8.ToArray(), 0, "an MP3 audio file", true),
        ("fLaC"u8.ToArray(), 0, "a FLAC audio file", true),
        ("ftyp"u8.ToArray(), 4, "an MP4/QuickTime media file", false),
        ([0x1A, 0x45, 0xDF, 0xA3], 0, "a Matroska/WebM media file", false),
        ("wOFF"u8.ToArray(), 0, "a web font", true),
        ("wOF2"u8.ToArray(), 0, "a web font", true),
        ([0x4F, 0x54, 0x54, 0x4F], 0, "an OpenType font", true),
    ];

    /// <summary>
    /// How to read the file: <see cref="InputFileKind.StixJson"/> for JSON (a <c>.json</c>/<c>.stix</c> name, or
    /// content that is a JSON object or array), else <see cref="InputFileKind.Article"/>.
    /// </summary>
    /// <exception cref="KnowledgeException">The file is empty, or is a known binary format; the message says which.</exception>
    public static InputFileKind Classify(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            throw new KnowledgeException($"{path}: the file is empty; nothing to ingest.");
        }

        var head = new byte[(int)Math.Min(length, HeadSize)];
        using (var stream = File.OpenRead(path))
        {
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        }

        return Classify(path, head);
    }

    /// <summary>The same decision on bytes already read (the first 8 KiB are enough).</summary>
    /// <exception cref="KnowledgeException">The bytes are empty or a known binary format.</exception>
    public static InputFileKind Classify(string path, ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            throw new KnowledgeException($"{path}: the file is empty; nothing to ingest.");
        }

        if (Binary(head) is { } what)
        {
            throw new KnowledgeException($"{path}: refused: this is {what}, not an article or a STIX bundle.");
        }

        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is ".JSON" or ".STIX")
        {
            return InputFileKind.StixJson;
        }

        // CASIE JSONL holds articles one per line; the document reader knows it.
        if (extension is ".JSONL" or ".NDJSON")
        {
            return InputFileKind.Article;
        }

        var encoding = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode
            : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode
            : Encoding.UTF8;
        var text = encoding.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('{'))
        {
            return InputFileKind.StixJson;
        }

        // "[Update] Hackers hit…" is an article; a JSON array is not.
        return text.StartsWith('[') && ReadsAsJson(head) ? InputFileKind.StixJson : InputFileKind.Article;
    }

    /// <summary>What a binary file is, from its signature, or null when it does not start like a known binary format.</summary>
    internal static string? Binary(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, offset, what, weak) in s_signatures)
        {
            if (head.Length < offset + magic.Length || !head.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                continue;
            }

            // Short printable signatures ("BM", "MZ", "ID3") may also start ordinary text: take them only with binary bytes after.
            if (!weak || HasControlBytes(head[..Math.Min(head.Length, 64)]))
            {
                return what;
            }
        }

        return null;
    }

    private static bool HasControlBytes(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the bytes are JSON as far as they go (the head of a larger file may end mid-value).</summary>
    private static bool ReadsAsJson(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Encoding.UTF8.Preamble))
        {
            head = head[Encoding.UTF8.Preamble.Length..];
        }

        var reader = new Utf8JsonReader(head, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
            }

            return reader.TokenType != JsonTokenType.None;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
