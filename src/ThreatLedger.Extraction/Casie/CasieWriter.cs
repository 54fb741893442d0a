using System.Text.Json;
using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Casie;

/// <summary>
/// Writes extraction results as CASIE JSONL (one object per document: <c>id</c> and <c>events</c> with type, realis,
/// hopper, trigger and arguments), the format of <c>score.py</c>. Only the CASIE event types are written.
/// </summary>
public static class CasieWriter
{
    private static readonly JsonWriterOptions s_options = new() { Indented = false };

    /// <summary>
    /// Writes one document as one line, following <paramref name="conventions"/> when given (rule-based output). Generic
    /// attack mentions found beside a learned model (<see cref="Event.IncidentOnly"/>) serve
    /// the incident builder only: CASIE does not annotate them.
    /// </summary>
    public static void Write(TextWriter writer, ExtractionDocument document, CasieConventions? conventions = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.Write(ToJsonLine(document.Document, conventions is null ? document.Events : conventions.Apply(document.Events)));
        writer.Write('\n');
    }

    /// <summary>The JSON line (without newline) for a document's events (generic mentions beside a model left out).</summary>
    public static string ToJsonLine(DocumentInfo document, IEnumerable<Event> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(events);
        events = events.Where(e => !e.IncidentOnly);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartObject();
            json.WriteString("id", document.Id);
            if (document.Title is not null)
            {
                json.WriteString("title", document.Title);
            }

            if (document.Published is { } published)
            {
                json.WriteString("date", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (document.Url is not null)
            {
                json.WriteString("url", document.Url);
            }

            json.WriteStartArray("events");
            foreach (var e in events.Where(e => EventTypes.Casie.Contains(e.Type)).OrderBy(e => e.Trigger.Start).ThenBy(e => e.Trigger.End))
            {
                json.WriteStartObject();
                json.WriteString("type", e.Type);
                json.WriteString("realis", e.Realis);
                json.WriteNumber("hopper", e.Hopper);
                json.WritePropertyName("trigger");
                WriteSpan(json, e.Trigger);
                json.WriteStartArray("arguments");
                foreach (var a in e.Arguments.OrderBy(a => a.Span.Start).ThenBy(a => a.Span.End))
                {
                    json.WriteStartObject();
                    json.WriteString("role", a.Role);
                    json.WriteNumber("start", a.Span.Start);
                    json.WriteNumber("end", a.Span.End);
                    json.WriteString("text", a.Span.Text);
                    if (a.EntityType is not null)
                    {
                        json.WriteString("entity_type", a.EntityType);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteStartObject();
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteString("text", span.Text);
        json.WriteEndObject();
    }
}
