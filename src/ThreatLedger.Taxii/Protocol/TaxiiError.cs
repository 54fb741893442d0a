namespace ThreatLedger.Taxii.Protocol;

/// <summary>The TAXII 2.1 error message resource (section 3.6.1).</summary>
/// <param name="HttpStatus">The HTTP status code.</param>
/// <param name="Title">A short human-readable summary.</param>
/// <param name="Description">Details for humans.</param>
/// <param name="ErrorCode">A stable machine-readable code.</param>
public sealed record TaxiiError(int HttpStatus, string Title, string? Description = null, string? ErrorCode = null)
{
    /// <summary>400.</summary>
    public static TaxiiError BadRequest(string description) => new(400, "Bad request", description, "bad-request");

    /// <summary>401.</summary>
    public static TaxiiError Unauthorized() => new(401, "Authentication required", "Provide valid HTTP Basic credentials or a bearer API token.", "unauthorized");

    /// <summary>403.</summary>
    public static TaxiiError Forbidden(string description) => new(403, "Forbidden", description, "forbidden");

    /// <summary>404.</summary>
    public static TaxiiError NotFound(string what) => new(404, "Not found", what, "not-found");

    /// <summary>406.</summary>
    public static TaxiiError NotAcceptable() => new(406, "Not acceptable", "This server answers only with " + TaxiiMediaTypes.Taxii21 + "; send it in the Accept header.", "not-acceptable");

    /// <summary>413.</summary>
    public static TaxiiError TooLarge(long max) => new(413, "Request entity too large", $"The request body exceeds max_content_length ({max} bytes).", "too-large");

    /// <summary>415.</summary>
    public static TaxiiError UnsupportedMediaType() => new(415, "Unsupported media type", "Send the envelope with Content-Type: " + TaxiiMediaTypes.Taxii21 + ".", "unsupported-media-type");

    /// <summary>422.</summary>
    public static TaxiiError Unprocessable(string description) => new(422, "Unprocessable entity", description, "unprocessable");

    /// <summary>429.</summary>
    public static TaxiiError TooManyRequests() => new(429, "Too many requests", "The request rate limit was exceeded; retry later.", "rate-limited");

    /// <summary>500.</summary>
    public static TaxiiError Internal() => new(500, "Internal server error", "The server could not complete the request.", "internal-error");
}
