using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Knowledge.Tests;

/// <summary>Builds extraction documents for tests, the way the article extractor would fill them.</summary>
internal sealed class ArticleBuilder
{
    private readonly List<Entity> _entities = [];
    private readonly List<Event> _events = [];
    private readonly List<Claim> _claims = [];
    private readonly string _id;
    private readonly string? _outlet;
    private readonly DateOnly _published;
    private readonly string _text;
    private string? _title;

    public ArticleBuilder(string id, string? outlet, DateOnly published, string text)
    {
        _id = id;
        _outlet = outlet;
        _published = published;
        _text = text;
    }

    public ArticleBuilder Victim(string name, string mention, string type = EventTypes.Databreach, EventTime? time = null, string? country = null, int hopper = 1, params string[] aliases)
    {
        var entityId = "e" + (_entities.Count + 1);
        var attributes = new Dictionary<string, string>();
        if (country is not null)
        {
            attributes["country"] = country;
        }

        _entities.Add(new Entity { Id = entityId, Kind = EntityKinds.GovernmentBody, Name = name, Aliases = aliases, Attributes = attributes, Mentions = [Span(mention)] });
        _events.Add(new Event
        {
            Id = "v" + (_events.Count + 1),
            Type = type,
            Trigger = Span(mention),
            Arguments = [new EventArgument { Role = "Victim", Span = Span(mention), EntityId = entityId }],
            Time = time,
            Hopper = hopper,
        });
        return this;
    }

    /// <summary>An organisation (or, with <paramref name="kind"/>, a government body or vendor) the article names, without making it the victim of anything.</summary>
    public ArticleBuilder Organization(string name, string mention, string kind = EntityKinds.Organization)
    {
        _entities.Add(new Entity { Id = "e" + (_entities.Count + 1), Kind = kind, Name = name, Mentions = [Span(mention)] });
        return this;
    }

    /// <summary>An incident whose victim the extractor did not find: an event triggered by <paramref name="trigger"/>, with no Victim argument.</summary>
    public ArticleBuilder Incident(string trigger, string type = EventTypes.Databreach, EventTime? time = null, int hopper = 1)
    {
        _events.Add(new Event { Id = "v" + (_events.Count + 1), Type = type, Trigger = Span(trigger), Time = time, Hopper = hopper });
        return this;
    }

    /// <summary>A named threat actor with the other names the article gives it; later claims about <paramref name="name"/> point at it.</summary>
    public ArticleBuilder Actor(string name, string country, params string[] aliases)
    {
        _entities.Add(new Entity
        {
            Id = "e" + (_entities.Count + 1), Kind = EntityKinds.ThreatActor, Name = name, Aliases = aliases,
            Attributes = new Dictionary<string, string> { ["country"] = country }, Mentions = [Span(name)],
        });
        return this;
    }

    public ArticleBuilder Claim(string? accused, string? country, string source, string sourceKind, string evidence, string stance = Stances.Asserts,
        string kind = ClaimKinds.Attribution, string? citedVia = null, int? count = null, string[]? hedging = null, int confidence = 0, string? eventId = null, string? sourceEntity = null)
    {
        _claims.Add(new Claim
        {
            Id = "c" + (_claims.Count + 1),
            Kind = kind,
            EventId = eventId,
            Accused = accused,
            AccusedEntityId = _entities.FirstOrDefault(e => e.Kind == EntityKinds.ThreatActor && e.Name == accused)?.Id,
            AccusedCountry = country,
            Source = new ClaimSource { Name = source, Kind = sourceKind, CitedVia = citedVia, Count = count, EntityId = _entities.FirstOrDefault(e => e.Name == sourceEntity)?.Id },
            Stance = stance,
            HedgingCues = hedging ?? [],
            Confidence = confidence,
            Evidence = Span(evidence),
        });
        return this;
    }

    /// <summary>The article's title (default "Report ID").</summary>
    public ArticleBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public ExtractionDocument Build() => new()
    {
        Document = new DocumentInfo { Id = _id, Title = _title ?? "Report " + _id, Published = _published, Source = _outlet, Origin = _id + ".txt" },
        Text = _text,
        Entities = _entities,
        Events = _events,
        Claims = _claims,
        ExtractorVersion = "test",
    };

    private TextSpan Span(string text)
    {
        var start = _text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{text}' is not in the article text");
        return new TextSpan(start, start + text.Length, text);
    }
}
