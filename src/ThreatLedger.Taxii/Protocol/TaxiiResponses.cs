using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ThreatLedger.Taxii.Protocol;

/// <summary>Writes TAXII resources as <c>application/taxii+json;version=2.1</c>.</summary>
public static class TaxiiResponses
{
    // JSON API bodies, never embedded in HTML: "application/stix+json" and non-ASCII titles are written as they are
    // rather than as \u002B-style escapes.
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Indented = false, SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a JSON body produced by <paramref name="write"/> with the given status.</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="write">Writes the body.</param>
    /// <param name="sizeHint">Expected body size in bytes, to avoid growing the buffer.</param>
    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write, int sizeHint = 4096)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Clamp(sizeHint, 256, 64 * 1024 * 1024));
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            write(writer);
        }

        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = TaxiiMediaTypes.Taxii21;
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes the error message resource (with WWW-Authenticate on 401 and Retry-After on 429).</summary>
    public static Task WriteErrorAsync(HttpContext context, TaxiiError error)
    {
        var headers = context.Response.Headers;
        if (error.HttpStatus == 401)
        {
            headers[HeaderNames.WWWAuthenticate] = new[] { "Basic realm=\"ThreatLedger TAXII\", charset=\"UTF-8\"", "Bearer realm=\"ThreatLedger TAXII\"" };
        }
        else if (error.HttpStatus == 429)
        {
            headers[HeaderNames.RetryAfter] = "1";
        }

        return WriteAsync(context, error.HttpStatus, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("title", error.Title);
            if (error.Description is not null)
            {
                writer.WriteString("description", error.Description);
            }

            if (error.ErrorCode is not null)
            {
                writer.WriteString("error_code", error.ErrorCode);
            }

            writer.WriteString("http_status", error.HttpStatus.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        });
    }

    /// <summary>Writes a string property only when the value is present.</summary>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
