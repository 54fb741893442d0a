using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ThreatLedger.Stix.Validation;
using ThreatLedger.Taxii.Markings;
using ThreatLedger.Taxii.Protocol;
using ThreatLedger.Taxii.Storage;
using ThreatLedger.Stix.Json;

namespace ThreatLedger.Taxii.Endpoints;

/// <summary>
/// Add Objects (section 5.4): accepts an envelope, validates each object, stores the valid ones and answers 202 with
/// a status resource listing successes and failures.
/// </summary>
public static partial class AddObjectsEndpoint
{
    private static readonly StixValidator s_validator = new(new StixValidatorOptions { MaxFindings = 20 });

    /// <summary>Handles the POST.</summary>
    public static async Task AddAsync(HttpContext context, string apiRoot, string collectionId)
    {
        var request = TaxiiRequest.Of(context);
        if (await request.CollectionAsync(apiRoot, collectionId).ConfigureAwait(false) is not { } found)
        {
            return;
        }

        var (collection, access) = found;
        if (!access.CanWrite || collection.IsView)
        {
            await request.FailAsync(request.Principal.IsAnonymous ? TaxiiError.Unauthorized() : TaxiiError.Forbidden("You may not add objects to this collection.")).ConfigureAwait(false);
            return;
        }

        if (!TaxiiMediaTypes.IsTaxii21ContentType(context.Request.ContentType))
        {
            await request.FailAsync(TaxiiError.UnsupportedMediaType()).ConfigureAwait(false);
            return;
        }

        var services = request.Services;
        var maxLength = services.Settings.Limits.MaxContentLength;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxLength;
        }

        var received = services.TimeProvider.GetUtcNow();
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > maxLength)
            {
                await request.FailAsync(TaxiiError.TooLarge(maxLength)).ConfigureAwait(false);
                return;
            }

            body.Write(buffer, 0, read);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            await request.FailAsync(TaxiiError.BadRequest($"The body is not valid JSON: {JsonErrorText.Describe(ex)}")).ConfigureAwait(false);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                await request.FailAsync(TaxiiError.Unprocessable("The body must be a TAXII envelope: a JSON object with an 'objects' list.")).ConfigureAwait(false);
                return;
            }

            var objects = root.TryGetProperty("objects", out var list) ? list : default;
            if (objects.ValueKind is not (JsonValueKind.Array or JsonValueKind.Undefined))
            {
                await request.FailAsync(TaxiiError.Unprocessable("The envelope's 'objects' must be a list of STIX objects.")).ConfigureAwait(false);
                return;
            }

            var failures = new List<StatusDetail>();
            var accepted = new List<TaxiiIncomingObject>();

            // Status details require a version: an object with neither modified nor created (an SCO, or a broken entry)
            // is versioned by when the server received it, as its date added would version it.
            var receivedVersion = TaxiiTimestamp.Format(received);
            var index = 0;
            if (objects.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in objects.EnumerateArray())
                {
                    var candidate = Validate(element, index++, receivedVersion, out var failure);
                    if (candidate is null)
                    {
                        failures.Add(failure!);
                        continue;
                    }

                    var facts = ObjectFacts.Read(candidate.Json);
                    await services.Visibility.ResolveMarkingsAsync([facts], context.RequestAborted).ConfigureAwait(false);
                    var level = services.Visibility.OwnLevel(facts);
                    if (level > collection.MaxTlp)
                    {
                        failures.Add(new StatusDetail(candidate.Id, candidate.Version ?? receivedVersion, $"The object is marked TLP:{TlpMarkings.Name(level.Value).ToUpperInvariant()}, above this collection's maximum TLP:{TlpMarkings.Name(collection.MaxTlp).ToUpperInvariant()}."));
                        continue;
                    }

                    accepted.Add(candidate);
                }
            }

            var successes = new List<StatusDetail>();
            if (accepted.Count > 0)
            {
                var outcomes = await services.Store.AddAsync(collection.Id, accepted, context.RequestAborted).ConfigureAwait(false);
                foreach (var outcome in outcomes)
                {
                    (outcome.Succeeded ? successes : failures).Add(new StatusDetail(outcome.Id, outcome.Version, outcome.Message));
                }
            }

            var status = new StatusRecord
            {
                Id = Guid.NewGuid().ToString("D"),
                Owner = request.Principal.Name,
                ApiRoot = apiRoot,
                RequestTimestamp = received,
                Successes = successes,
                Failures = failures,
            };
            await services.Statuses.AddAsync(status, context.RequestAborted).ConfigureAwait(false);
            await TaxiiResponses.WriteAsync(context, StatusCodes.Status202Accepted, writer => StatusRegistry.Write(writer, status)).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Checks one envelope entry; returns the object to store or null with a failure entry (versioned by its modified or
    /// created timestamp, else by <paramref name="receivedVersion"/>).
    /// </summary>
    internal static TaxiiIncomingObject? Validate(JsonElement element, int index, string receivedVersion, out StatusDetail? failure)
    {
        failure = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            failure = new StatusDetail($"objects[{index}]", receivedVersion, "Not a JSON object.");
            return null;
        }

        var id = element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : null;
        var type = element.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString()! : null;
        var modified = StringProperty(element, "modified");
        var created = StringProperty(element, "created");
        var version = modified ?? created;
        string? problem = null;
        if (type is null || !TypePattern().IsMatch(type))
        {
            problem = "'type' is missing or is not a valid STIX type name.";
        }
        else if (id is null || !TaxiiRequest.IsStixId(id) || !id.StartsWith(type + "--", StringComparison.Ordinal))
        {
            problem = "'id' is missing, is not a STIX identifier, or does not start with the object's type.";
        }
        else if (StringProperty(element, "spec_version") is { } specVersion && specVersion != "2.1")
        {
            problem = $"spec_version '{specVersion}' is not supported; this collection accepts STIX 2.1.";
        }
        else if (element.TryGetProperty("spec_version", out var specElement) && specElement.ValueKind != JsonValueKind.String)
        {
            problem = "'spec_version' must be a string.";
        }
        else if (!element.TryGetProperty("spec_version", out _) && created is not null)
        {
            problem = "'spec_version' is required on STIX 2.1 domain, relationship and meta objects.";
        }
        else if (created is not null && !TaxiiTimestamp.TryParse(created, out _))
        {
            problem = $"'created' value '{created}' is not a STIX timestamp.";
        }
        else if (modified is not null && !TaxiiTimestamp.TryParse(modified, out _))
        {
            problem = $"'modified' value '{modified}' is not a STIX timestamp.";
        }
        else if (modified is not null && created is not null && TaxiiTimestamp.TryParse(created, out var c) && TaxiiTimestamp.TryParse(modified, out var m) && m < c)
        {
            problem = "'modified' is earlier than 'created'.";
        }

        if (problem is null)
        {
            // The STIX 2.1 validator: required properties, vocabularies, patterns, reference types, SCO ids...
            var errors = s_validator.ValidateObject(element).Findings.Where(f => f.Severity == ValidationSeverity.Error).Take(3).ToList();
            if (errors.Count > 0)
            {
                problem = string.Join("; ", errors.Select(e => (e.Path.Length == 0 ? "" : e.Path + ": ") + e.Message));
            }
        }

        if (problem is not null)
        {
            failure = new StatusDetail(id ?? $"objects[{index}]", version is not null && TaxiiTimestamp.TryParse(version, out _) ? version : receivedVersion, problem);
            return null;
        }

        return new TaxiiIncomingObject(id!, type!, version, "2.1", element.GetRawText());
    }

    private static string? StringProperty(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,248}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();
}
