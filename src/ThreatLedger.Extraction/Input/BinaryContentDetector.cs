using System.Text;

namespace ThreatLedger.Extraction.Input;

/// <summary>Tells text from binary data so that garbage is refused with a clear message instead of "extracted".</summary>
internal static class BinaryContentDetector
{
    private const int SampleSize = 8192;

    /// <summary>
    /// True when the bytes do not look like text: a NUL byte, more than 5 % control characters, or invalid UTF-8 in
    /// the first 8 KiB (UTF-16 with a byte-order mark counts as text).
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> data, out string reason)
    {
        reason = string.Empty;
        if (data.Length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        {
            return false;
        }

        var sample = data[..Math.Min(data.Length, SampleSize)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                reason = "contains NUL bytes (binary data, not text)";
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                controls++;
            }
        }

        if (controls > sample.Length / 20)
        {
            reason = $"{controls} control characters in the first {sample.Length} bytes (binary data, not text)";
            return true;
        }

        // Cut the sample at a character boundary so that a multi-byte sequence split by the sample size is not an error.
        var end = sample.Length;
        if (end < data.Length)
        {
            while (end > 0 && end > sample.Length - 4 && (sample[end - 1] & 0xC0) == 0x80)
            {
                end--;
            }

            if (end > 0 && sample[end - 1] >= 0xC0)
            {
                end--;
            }
        }

        try
        {
            _ = s_strictUtf8.GetCharCount(sample[..end]);
        }
        catch (DecoderFallbackException)
        {
            // Legacy single-byte encodings (Windows-1252) are text too; only refuse when invalid sequences abound.
            var high = 0;
            foreach (var b in sample)
            {
                if (b >= 0x80)
                {
                    high++;
                }
            }

            if (high > sample.Length / 10)
            {
                reason = "is not valid UTF-8 and has many non-ASCII bytes (binary data, not text)";
                return true;
            }
        }

        return false;
    }

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
