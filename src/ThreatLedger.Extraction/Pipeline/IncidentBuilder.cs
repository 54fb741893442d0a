using System.Globalization;
using System.Text.RegularExpressions;
using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;
using ThreatLedger.Extraction.Time;

namespace ThreatLedger.Extraction.Pipeline;

/// <summary>
/// Groups event mentions into incidents. Each attack mention looks for its victim (the organisation, government body
/// or system it hits: the object after the trigger, the subject of a passive, or the only candidate of its sentence);
/// mentions with a known victim join that victim's incident; "a separate incident", "another entity" open a new one;
/// other mentions join the incident the text is currently about. Times come from the temporal tagger: the start from the
/// date nearest an attack mention, durations, discovery dates, and dwell time from start and discovery (implied by
/// "for nine months before its discovery").
/// </summary>
internal static partial class IncidentBuilder
{
    private static readonly string[] s_typePriority =
    [
        EventTypes.Ransom, EventTypes.Wiper, EventTypes.DDoS, EventTypes.Disruption, EventTypes.Databreach, EventTypes.Espionage,
        EventTypes.SupplyChain, EventTypes.Defacement, EventTypes.Phishing, EventTypes.Intrusion, EventTypes.Discover, EventTypes.Patch,
    ];

    private static readonly string[] s_newIncidentCues =
    [
        "separate incident", "separate attack", "another incident", "another attack", "another breach", "another entity",
        "another organisation", "another organization", "another company", "another victim", "another japanese", "another agency",
        "an incident where", "an incident in which", "a different incident", "an earlier attack", "an earlier incident",
        "a previous attack", "a previous incident", "in a second attack", "a second incident", "a similar attack", "a similar incident",
        // "It is not the first time the company has been targeted: in 2025, its subsidiary was hit by ransomware".
        "not the first time", "previously targeted", "previously hit", "previously suffered",
    ];

    /// <summary>Sentence openers of a round-up's next story ("Separately, the regional airline … said …").</summary>
    private static readonly string[] s_roundUpOpeners = ["separately,", "separately ", "elsewhere,", "in other news", "in an unrelated", "in a separate"];

    /// <summary>Words that make the name before them the one hit by the attack after them ("X was hit by ransomware", "X suffered a breach").</summary>
    private static readonly string[] s_victimLinks =
    [
        " was hit by", " were hit by", " been hit by", " was struck by", " were struck by", " been struck by", " was targeted by",
        " were targeted by", " been targeted by", " was affected by", " were affected by", " was compromised by", " were compromised by",
        " was disrupted by", " were disrupted by", " was crippled by", " was paralysed by", " was paralyzed by", " suffered", " suffers",
        " has suffered", " had suffered", " fell victim to", " falls victim to", " was the victim of", " was the target of", " came under",
    ];

    private static readonly string[] s_attackNouns = ["attack", "breach", "incident", "intrusion", "compromise", "hack", "campaign"];

    /// <summary>"a separate data breach", "another ransomware attack": up to two words between the cue and the attack noun.</summary>
    private static bool SeparateAttack(string lower)
    {
        foreach (var cue in (string[])["separate ", "another ", "an earlier ", "a previous ", "a second ", "an unrelated "])
        {
            for (var at = lower.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                var words = lower[(at + cue.Length)..Math.Min(lower.Length, at + cue.Length + 40)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Take(3).Any(w => s_attackNouns.Any(n => w.StartsWith(n, StringComparison.Ordinal) || w.StartsWith("cyber" + n, StringComparison.Ordinal))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] s_placeOpeners = ["in ", "and in ", "meanwhile in ", "meanwhile, in ", "elsewhere in ", "over in ", "and over in "];

    /// <summary>
    /// "And in Colombia, the municipality of …", "Meanwhile, in Kenya, …": a round-up's sentence that opens with a country
    /// and a comma. True after a connective ("and", "meanwhile", "elsewhere", "over"), which turns to another story; false
    /// after a bare "In Kenya,", which may go on with the same one; null without such an opening.
    /// </summary>
    private static bool? OpensWithPlace(string text, EntityAnalysis entities, Sentence sentence)
    {
        var lead = text.AsSpan(sentence.Start, Math.Min(48, sentence.End - sentence.Start));
        foreach (var opener in s_placeOpeners)
        {
            if (!lead.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var comma = lead.IndexOf(',');
            if (opener.EndsWith(", in ", StringComparison.Ordinal))
            {
                var second = lead[opener.Length..].IndexOf(',');
                comma = second < 0 ? -1 : opener.Length + second;
            }

            if (comma <= opener.Length)
            {
                return null;
            }

            var placeStart = sentence.Start + opener.Length;
            var placeEnd = sentence.Start + comma;
            return entities.MentionsWithin(placeStart, placeEnd).Any(m => m.Kind == EntityKinds.Country && m.Start == placeStart) ? opener != "in " : null;
        }

        return null;
    }

    /// <summary>Whether a blank line (or the start of the text) comes right before <paramref name="at"/>.</summary>
    private static bool OpensParagraph(string text, int at)
    {
        var k = at - 1;
        var newlines = 0;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            newlines += text[k] == '\n' ? 1 : 0;
            k--;
        }

        return k < 0 || newlines >= 2;
    }

    private static readonly HashSet<string> s_victimKinds = new(StringComparer.Ordinal)
    {
        EntityKinds.Organization, EntityKinds.GovernmentBody, EntityKinds.System,
    };

    private static readonly string[] s_reportingVerbs =
    [
        " said", " says", " told", " confirmed", " stated", " announced", " reported", " claimed", " revealed", " denied",
        " disclosed", " added", " noted", " warned", " uncovered", " cited", " has yet", " have yet", " declined", " blamed",
        " accused", " attributed", " linked", " tied", " pinned", " traced", " dismissed", " rejected", " downplayed", " believes",
        " suspects", " assessed", " concluded", " called", " acknowledged",
    ];

    /// <summary>A passive that says what happened to the speaker's own systems ("said its systems were hit by a cyberattack").</summary>
    private static readonly string[] s_passiveHits =
    [
        " were hit by", " was hit by", " were struck by", " was struck by", " were targeted by", " was targeted by", " were affected by",
        " was affected by", " were disrupted by", " was disrupted by", " were compromised by", " was compromised by",
        // "said most of its online services were working again after a cyberattack": the speaker's services, back after it.
        " again after", " offline after", " offline following", " unavailable after", " down after", " restored after", " back online after",
    ];

    /// <summary>Words between a speaker and its verb ("The ministry on Wednesday blamed", "The agency has also linked").</summary>
    private static readonly string[] s_speakerFillers =
    [
        " on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday", " on Saturday", " on Sunday", " has", " have",
        " had", " also", " previously", " publicly", " jointly", " formally", " earlier", " later",
    ];

    private static int SkipSpeakerFillers(string text, int at)
    {
        for (var guard = 0; guard < 3; guard++)
        {
            var filler = s_speakerFillers.FirstOrDefault(f => text.AsSpan(at).StartsWith(f + " ", StringComparison.Ordinal));
            if (filler is null)
            {
                break;
            }

            at += filler.Length;
        }

        return at;
    }

    public static IncidentAnalysis Build(string text, EntityAnalysis entities, IReadOnlyList<Event> events, IReadOnlyList<TimeExpression> times,
        IReadOnlyDictionary<string, GazetteerEntry>? places = null)
    {
        places ??= Lexicon.Default.CountriesByCity;
        var drafts = new List<Draft>();
        var assignment = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var incidentAtSentence = new Draft?[entities.Sentences.Count];
        Draft? current = null;
        var lastSentence = -1;

        void MarkSentences(int upTo)
        {
            for (var s = lastSentence + 1; s <= upTo && s < incidentAtSentence.Length; s++)
            {
                incidentAtSentence[s] = current;
            }

            lastSentence = Math.Max(lastSentence, upTo - 1);
        }

        Draft AddDraft(Draft draft)
        {
            drafts.Add(draft);
            return draft;
        }

        // A mention put in an incident beside the one the story is about (a side flood, an earlier attack told as
        // background): the story goes on with the current incident.
        void SetAside(Draft aside, Event e, int sentenceIndex)
        {
            aside.Events.Add(e);
            assignment[e.Id] = aside;
            incidentAtSentence[sentenceIndex] = aside;
            lastSentence = sentenceIndex;
        }

        var ordered = events.OrderBy(e => e.Trigger.Start).ToList();
        foreach (var e in ordered.Where(e => e.Type is not (EventTypes.Discover or EventTypes.Patch)))
        {
            var sentenceIndex = entities.SentenceIndexAt(e.Trigger.Start);
            var sentence = entities.Sentences[sentenceIndex];
            MarkSentences(sentenceIndex);
            var lower = text[sentence.Start..sentence.End].ToLowerInvariant();
            var victim = FindVictim(text, entities, e, sentence.Start, sentence.End, out var strong);
            var placeOpener = current is not null && current.Sentence != sentenceIndex ? OpensWithPlace(text, entities, sentence) : null;
            var newCue = s_newIncidentCues.Any(c => lower.Contains(c, StringComparison.Ordinal)) || SeparateAttack(lower)
                || s_roundUpOpeners.Any(o => lower.TrimStart().StartsWith(o, StringComparison.Ordinal))
                // "And in Colombia, …" turns to another story; a bare "In Germany, …" only when it names another victim.
                || placeOpener == true || (placeOpener == false && victim is not null && victim != current?.VictimId);
            if (victim is not null && !strong && current?.VictimId is { } currentVictim && victim != currentVictim && OpensParagraph(text, sentence.Start)
                // The body is the paragraph's subject ("Paraguay's National Directorate of Tax Revenue (DNIT) said …"), not a
                // party named further on ("… but did not link them to the Russian government").
                && entities.MentionsWithin(sentence.Start, sentence.End).Any(m => m.EntityId == victim && m.Start - sentence.Start <= 24)
                && entities[victim].Attributes.GetValueOrDefault("country") is { } victimCountry
                && entities[currentVictim].Attributes.GetValueOrDefault("country") is { } currentCountry && victimCountry != currentCountry)
            {
                // A round-up's next paragraph about a body of another country ("Paraguay's tax agency said … records had been
                // stolen" after a Kenyan lender's breach) is another story, even when only its speaker can be the victim.
                strong = true;
            }

            if (current is not null && IsSideAttack(e, current))
            {
                // "At the same time, a DDoS attack knocked the booking website offline": a flood beside an intrusion is an
                // incident of its own at the same victim; later mentions of it join it, and the story goes on with the intrusion.
                SetAside(drafts.LastOrDefault(d => d.Founder.Type == e.Type) ?? AddDraft(new Draft { Founder = e, VictimId = victim ?? current.VictimId, Sentence = sentenceIndex }),
                    e, sentenceIndex);
                continue;
            }

            var background = drafts.LastOrDefault(d => d.Background && d.Sentence == sentenceIndex);
            if (current is not null && (background is not null
                || (victim is null && IsBackground(text, entities, e, sentence, times, current, drafts))
                || (victim is null || victim == current.VictimId || current.VictimId is null) && IsEarlierFinishedAttack(text, e, sentence, sentenceIndex, times, current, entities)))
            {
                // "Last year a pro-Iranian group defaced a control panel at a small water utility", "the council is still
                // recovering from the ransomware attack in late February": an earlier attack told as background. An
                // incident of its own, with the other mentions of its sentence; the story goes on with the one in hand.
                SetAside(background ?? AddDraft(new Draft { Founder = e, Sentence = sentenceIndex, Background = true, VictimId = victim }), e, sentenceIndex);
                continue;
            }

            if (victim is not null && !strong && current is not null && !newCue && drafts.All(d => d.VictimId != victim) && current.VictimId is not null)
            {
                // A guess from "the only organisation in the sentence" does not open a new incident (it may still name
                // the victim of one that has none yet, such as an incident a headline opened).
                victim = null;
            }
            Draft? target = null;
            if (victim is not null)
            {
                // "the brewer suffered a separate data breach": a new incident even at a known victim.
                target = newCue ? drafts.LastOrDefault(d => d.VictimId == victim && d.Sentence == sentenceIndex) : drafts.FirstOrDefault(d => d.VictimId == victim);
                if (target is null && current is not null && current.VictimId is null && (current.Pending || !newCue))
                {
                    current.VictimId = victim;
                    if (current.Pending)
                    {
                        // The mention that names the victim says what the incident was ("a separate incident disrupted the port").
                        current.Founder = e;
                    }

                    current.Pending = false;
                    target = current;
                }
            }
            else if (current?.Pending ?? false)
            {
                target = current;
            }
            else if (newCue && (current is null || current.Sentence != sentenceIndex))
            {
                target = null;
            }
            else
            {
                // A sentence that names a known victim is about that victim's incident.
                target = drafts.LastOrDefault(d => d.VictimId is not null
                    && entities.MentionsWithin(sentence.Start, sentence.End).Any(m => m.EntityId == d.VictimId)) ?? current;
            }

            if (target is null)
            {
                target = new Draft { Founder = e, VictimId = victim, Sentence = sentenceIndex, Pending = victim is null && newCue };
                drafts.Add(target);
            }

            target.Events.Add(e);
            assignment[e.Id] = target;
            current = target;
            incidentAtSentence[sentenceIndex] = current;
            lastSentence = sentenceIndex;
        }

        MarkSentences(incidentAtSentence.Length);

        // Discoveries and patches join the incident of their sentence.
        foreach (var e in ordered.Where(e => e.Type is EventTypes.Discover or EventTypes.Patch))
        {
            var target = incidentAtSentence[entities.SentenceIndexAt(e.Trigger.Start)] ?? drafts.FirstOrDefault();
            if (target is null)
            {
                target = new Draft { Founder = e, Sentence = entities.SentenceIndexAt(e.Trigger.Start) };
                drafts.Add(target);
            }

            target.Events.Add(e);
            assignment[e.Id] = target;
        }

        AddTimeAnchors(text, entities, ordered, times, incidentAtSentence, drafts);

        // Ids, hoppers, types and times.
        var incidents = new List<Incident>();
        var finalEvents = new List<Event>();
        var idOf = new Dictionary<Draft, string>();
        for (var i = 0; i < drafts.Count; i++)
        {
            idOf[drafts[i]] = "i" + (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        var generic = drafts.Where(d => IsGeneric(text, entities, d)).ToHashSet();
        foreach (var draft in generic)
        {
            // A policy, survey or threat-landscape article speaks of attacks in general: its mentions are generic and
            // report no incident (and no time).
            foreach (var e in draft.Events)
            {
                finalEvents.Add(e with { Hopper = drafts.IndexOf(draft), Realis = "Generic", Arguments = LinkArguments(entities, e, null, places) });
            }
        }

        foreach (var draft in drafts.Where(d => !generic.Contains(d)))
        {
            var hopper = drafts.IndexOf(draft);
            var time = TimeOf(text, entities, draft, times);
            var targets = new List<string>();
            var data = new List<TextSpan>();
            foreach (var e in draft.Events)
            {
                var sentence = entities.Sentences[entities.SentenceIndexAt(e.Trigger.Start)];
                foreach (var m in entities.MentionsWithin(sentence.Start, sentence.End))
                {
                    if (m.Kind == EntityKinds.System && !targets.Contains(m.EntityId) && m.EntityId != draft.VictimId)
                    {
                        targets.Add(m.EntityId);
                    }
                }

                foreach (var a in e.Arguments.Where(a => a.Role == "Compromised-Data"))
                {
                    if (!data.Any(d => d.Start == a.Span.Start))
                    {
                        data.Add(ExtendData(text, a.Span, sentence.End));
                    }
                }
            }

            var typed = TypeOf(entities, draft);
            if (time is { Start: null, Discovered: { Length: 10 } found, Duration: null }
                && typed is EventTypes.Ransom or EventTypes.Wiper or EventTypes.DDoS or EventTypes.Disruption or EventTypes.Defacement)
            {
                // "detected the ransomware attack on Tuesday evening": an attack that shows itself (encrypted or wiped files, a
                // flood, a defaced page) began when it was seen, unless the text says the intruders were in earlier.
                time = time with { Start = found, DwellDays = 0 };
            }

            incidents.Add(new Incident
            {
                Id = idOf[draft],
                Type = typed,
                Hopper = hopper,
                VictimEntityId = draft.VictimId,
                TargetEntityIds = targets,
                EventIds = [.. draft.Events.OrderBy(e => e.Trigger.Start).Select(e => e.Id)],
                CompromisedData = [.. data.OrderBy(d => d.Start)],
                Time = time,
                Trigger = draft.Founder.Trigger,
            });
            foreach (var e in draft.Events)
            {
                finalEvents.Add(e with { Hopper = hopper, Time = time, Arguments = LinkArguments(entities, e, draft.VictimId, places) });
            }
        }

        finalEvents.Sort((a, b) => a.Trigger.Start.CompareTo(b.Trigger.Start));
        return new IncidentAnalysis(incidents, finalEvents, [.. incidentAtSentence.Select(d => d is null || generic.Contains(d) ? null : idOf[d])]);
    }

    /// <summary>Attacks that end in themselves: an earlier one is no step towards a later attack of another kind.</summary>
    private static readonly HashSet<string> s_finishedAttacks = new(StringComparer.Ordinal)
    {
        EventTypes.Ransom, EventTypes.Wiper, EventTypes.DDoS, EventTypes.Defacement,
    };

    /// <summary>Words by which a mention names its kind of attack itself ("the ransomware attack"), where "the attack" takes the story's.</summary>
    private static readonly string[] s_typeNamingWords = ["ransom", "wiper", "wiping", "denial", "ddos", "defac"];

    /// <summary>
    /// Whether a ransomware, wiper, flood or defacement mention that names its kind, dated before the incident in hand and
    /// of another kind, tells an earlier incident ("The council is still recovering from the ransomware attack in late February" in a story on a
    /// flood last Thursday). An earlier intrusion, phishing or theft may be the first step of the incident in hand and
    /// stays with it.
    /// </summary>
    private static bool IsEarlierFinishedAttack(string text, Event e, Sentence sentence, int sentenceIndex, IReadOnlyList<TimeExpression> times, Draft current, EntityAnalysis entities)
    {
        if (!s_finishedAttacks.Contains(e.Type) || e.Type == current.Founder.Type || current.Sentence == sentenceIndex
            || !s_typeNamingWords.Any(w => e.Trigger.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var founder = entities.Sentences[current.Sentence];
        var founderStart = FirstDate(times, founder.Start, founder.End);
        // The mention's own date: right after it ("the ransomware attack in late February") or right before ("the March
        // ransomware attack"), not a date elsewhere in the sentence ("the ransomware was cover; they had been inside since January").
        var latest = times.Where(t => t.Kind == TimeExpressionKind.Date
                && ((t.Start >= e.Trigger.End && t.Start <= e.Trigger.End + 12 && OwnDatePreposition().IsMatch(text[e.Trigger.End..t.Start]))
                    || (t.End <= e.Trigger.Start && t.End >= e.Trigger.Start - 2 && t.Start >= sentence.Start)))
            .Select(t => TimeValues.LastDay(t.Value)).Where(d => d is not null).Max();
        return founderStart is not null && latest is not null && latest < founderStart;
    }

    /// <summary>The words between an attack and its own date: " in ", " on ", " of ", " last " (but not " since ").</summary>
    [GeneratedRegex(@"^\s*(?:,\s*)?(?:in|on|of|from|during|at the (?:start|end) of)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnDatePreposition();

    /// <summary>The first day of the earliest date expression between two offsets, if any.</summary>
    private static DateOnly? FirstDate(IReadOnlyList<TimeExpression> times, int start, int end) =>
        times.Where(t => t.Start >= start && t.End <= end && t.Kind == TimeExpressionKind.Date).Select(t => TimeValues.FirstDay(t.Value)).Where(d => d is not null).Min();

    /// <summary>
    /// Whether an attack mention that names no victim tells an earlier attack on someone else: its sentence opens with a
    /// date ("Last year", "In 2023,") in a year before the date of the incident in hand's first sentence, names no victim
    /// of the article, and its first determiner is indefinite: it introduces someone new ("a pro-Iranian group defaced …",
    /// "ransomware hit a hospital in Ohio"), where "the intruders broke into the network" goes on with the story in hand.
    /// </summary>
    private static bool IsBackground(string text, EntityAnalysis entities, Event e, Sentence sentence, IReadOnlyList<TimeExpression> times, Draft current, List<Draft> drafts)
    {
        var opening = times.FirstOrDefault(t => t.Start >= sentence.Start && t.Start <= sentence.Start + 12 && t.End <= e.Trigger.Start && t.Kind == TimeExpressionKind.Date);
        if (opening is null || TimeValues.LastDay(opening.Value) is not { } openingEnd
            || entities.MentionsWithin(sentence.Start, sentence.End).Any(m => drafts.Any(d => d.VictimId == m.EntityId)))
        {
            return false;
        }

        var founder = entities.Sentences[current.Sentence];
        if (FirstDate(times, founder.Start, founder.End) is not { } founderStart || openingEnd.Year >= founderStart.Year)
        {
            return false;
        }

        var determiner = Determiner().Match(text[opening.End..sentence.End]);
        return determiner.Success && determiner.Groups[1].Value.Length <= 2;
    }

    /// <summary>The first determiner: "a"/"an" or a definite or possessive one.</summary>
    [GeneratedRegex(@"\b(an?|the|its|their|his|her|our|this|that|these|those)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Determiner();

    /// <summary>The type of the founding sentence's mention nearest the victim ("a separate incident disrupted the port" → Disruption).</summary>
    /// <summary>A denial-of-service flood named as such while the incident in hand is an intrusion, breach or destructive attack.</summary>
    private static bool IsSideAttack(Event e, Draft current) =>
        e.Type == EventTypes.DDoS && !string.Equals(e.Realis, "Generic", StringComparison.OrdinalIgnoreCase)
        && current.Founder.Type is EventTypes.Wiper or EventTypes.Ransom or EventTypes.Databreach or EventTypes.Intrusion or EventTypes.Espionage
            or EventTypes.Phishing or EventTypes.SupplyChain
        && (e.Trigger.Text.Contains("denial", StringComparison.OrdinalIgnoreCase) || e.Trigger.Text.Contains("ddos", StringComparison.OrdinalIgnoreCase));

    private static string TypeOf(EntityAnalysis entities, Draft draft)
    {
        if (draft.Founder.Type is EventTypes.Discover or EventTypes.Patch)
        {
            return s_typePriority.FirstOrDefault(t => draft.Events.Any(e => e.Type == t)) ?? draft.Founder.Type;
        }

        if (draft.VictimId is null)
        {
            return draft.Founder.Type;
        }

        var sentence = entities.Sentences[entities.SentenceIndexAt(draft.Founder.Trigger.Start)];
        var victim = entities.MentionsWithin(sentence.Start, sentence.End).FirstOrDefault(m => m.EntityId == draft.VictimId);
        if (victim == default)
        {
            return draft.Founder.Type;
        }

        var inSentence = draft.Events
            .Where(e => e.Type is not (EventTypes.Discover or EventTypes.Patch) && e.Trigger.Start >= sentence.Start && e.Trigger.End <= sentence.End)
            .ToList();
        var nearest = inSentence
            .OrderBy(e => Math.Min(Math.Abs(e.Trigger.Start - victim.End), Math.Abs(victim.Start - e.Trigger.End)))
            .Select(e => e.Type)
            .FirstOrDefault() ?? draft.Founder.Type;

        // "a ransomware attack that forced X to shut down": the disruption is the attack's consequence, not its kind.
        return nearest == EventTypes.Disruption
            ? inSentence.Where(e => e.Type is EventTypes.Ransom or EventTypes.Wiper or EventTypes.DDoS && s_namedAttackWords.Any(w => e.Trigger.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
                .Select(e => e.Type).FirstOrDefault() ?? nearest
            : nearest;
    }

    private sealed class Draft
    {
        public required Event Founder { get; set; }
        public string? VictimId { get; set; }
        public int Sentence { get; init; }
        public bool Pending { get; set; }

        /// <summary>An earlier attack on someone else that the article tells as background.</summary>
        public bool Background { get; init; }

        public List<Event> Events { get; } = [];

        /// <summary>Time anchors: wording in sentences without an attack mention that dates a step of this incident (read for time only).</summary>
        public List<Event> Anchors { get; } = [];
    }

    private const string AnchorId = "anchor";

    /// <summary>Wording that frames a sentence as a survey, review or rule: its attack mentions are general even beside a name.</summary>
    private static readonly string[] s_surveyMarkers =
        ["survey", "respondents", "annual report", "annual review", "would require", "will require", "urged organisations", "urged organizations",
            "had fallen", "have fallen", "has fallen", "had risen", "have risen", "has risen", "remained common",
            // Trends: "the change followed a rise in ransomware attacks against financial firms".
            "a rise in ", "the rise in ", "an increase in ", "a surge in ", "a spike in ", "a growing number of ", "the growing number of ", "a rising number of "];

    /// <summary>Wording that speaks of attacks in general: statistics, trends, risks.</summary>
    private static readonly string[] s_generalityMarkers =
    [
        "per cent", "percent", "%", "most common", "median", "on average", "the average", "the number of", "more than half",
        "remained common", "main risks", "biggest threat", "most disruptive", "most immediate", "most serious", "such attacks", "such as",
        " every ", "recommends",
        // Habits and hypotheticals: "flaws attackers routinely use to build botnets", "if such an attack happened".
        "routinely", "typically", "commonly", "such an attack", "such a breach", "such an incident",
    ];

    private static readonly string[] s_ratioMarkers =
        [.. from a in new[] { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" }
            from b in new[] { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred" }
            select a + " in " + b + " "];

    private static readonly HashSet<string> s_quantifiers = new(StringComparer.Ordinal) { "fewer", "more", "many", "most", "few", "some", "all", "every", "other" };

    private static readonly HashSet<string> s_populations = new(StringComparer.Ordinal)
    {
        "firms", "companies", "organisations", "organizations", "businesses", "victims", "manufacturers", "respondents", "councils",
        "schools", "hospitals", "charities", "boards", "exchanges", "banks", "insurers", "retailers",
    };

    private static readonly HashSet<string> s_genericNouns = new(StringComparer.Ordinal)
    {
        "attack", "attacks", "cyberattack", "cyberattacks", "cyber attack", "cyber attacks", "breach", "breaches", "data breach", "data breaches",
        "intrusion", "intrusions", "incident", "incidents", "ransomware", "ransomware attack", "ransomware attacks", "phishing", "phishing email",
        "phishing emails", "data theft", "theft", "hack", "hacks", "compromise", "compromises", "ransom", "ransoms", "ransom payment",
        "ransom payments", "payment", "payments", "access", "leak", "leaks", "extortion", "espionage", "cyber-espionage", "ddos attacks",
    };

    private static readonly HashSet<string> s_determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "last", "latest", "same",
    };

    /// <summary>
    /// Whether every mention of the draft speaks of attacks in general ("Two in five manufacturers suffered a breach",
    /// "ransomware remained the most immediate threat", "fewer firms paid ransoms"): a sentence with statistics, survey or
    /// trend wording, or an attack noun without determiner that names no victim and no named actor. One concrete mention
    /// (a named actor, a victim named in its sentence, a determined attack noun or an attack verb) makes the incident real.
    /// </summary>
    private static bool IsGeneric(string text, EntityAnalysis entities, Draft draft)
    {
        // A victim found by a mention of nothing that happened (a rehearsal, an incident response team) proves nothing.
        var victimId = IsRehearsed(text, draft.Founder.Trigger) || IsIncidentResponse(text, draft.Founder.Trigger) ? null : draft.VictimId;
        foreach (var e in draft.Events)
        {
            if (e.Type is EventTypes.Discover or EventTypes.Patch)
            {
                continue;
            }

            if (string.Equals(e.Realis, "Other", StringComparison.Ordinal) || IsRehearsed(text, e.Trigger) || IsIncidentResponse(text, e.Trigger))
            {
                // "will respond to a simulated ransomware attack", "if such an attack happened", "computer security incident
                // response teams": nothing that happened (the mentions stay in the event output, whose CASIE conventions
                // the learned model was trained on).
                continue;
            }

            var sentence = entities.Sentences[entities.SentenceIndexAt(e.Trigger.Start)];
            var lower = text[sentence.Start..sentence.End].ToLowerInvariant();
            if (s_surveyMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal)) || QuantifiedPopulation(lower))
            {
                // "payments to groups such as LockBit had fallen as more victims refused to pay": a trend, even beside names.
                continue;
            }

            var mentions = entities.MentionsWithin(sentence.Start, sentence.End).ToList();
            if (mentions.Any(m => m.How is MentionKind.Name or MentionKind.Acronym && m.Kind is EntityKinds.ThreatActor or EntityKinds.Malware)
                || (victimId is not null && mentions.Any(m => m.EntityId == victimId)))
            {
                // "Acme said 40 per cent of its servers were encrypted": a statistic about a named victim is concrete.
                return false;
            }

            if (s_generalityMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal)) || s_ratioMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal)))
            {
                continue;
            }

            var trigger = e.Trigger.Text.ToLowerInvariant();
            if (!string.Equals(e.Realis, "Generic", StringComparison.Ordinal) && (!s_genericNouns.Contains(trigger) || s_determiners.Contains(WordBefore(lower, e.Trigger.Start - sentence.Start))))
            {
                return false;
            }
        }

        return draft.Events.Any(e => e.Type is not (EventTypes.Discover or EventTypes.Patch));
    }

    private static readonly string[] s_rehearsalWords = ["simulated", "simulation", "mock", "hypothetical", "fictional", "imaginary", "fictitious"];

    /// <summary>"respond to a simulated ransomware attack", "a mock phishing campaign": within three words before the trigger.</summary>
    private static bool IsRehearsed(string text, TextSpan trigger)
    {
        var lead = text[Math.Max(0, trigger.Start - 40)..trigger.Start].ToLowerInvariant();
        var words = lead.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).TakeLast(3);
        return words.Any(w => s_rehearsalWords.Contains(w.Trim(',', '"', '(')))
            || s_rehearsalWords.Any(w => trigger.Text.StartsWith(w + " ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"computer security incident response teams", "an incident response firm": "incident" modifying a noun of the defence.</summary>
    private static bool IsIncidentResponse(string text, TextSpan trigger)
    {
        if (!trigger.Text.EndsWith("incident", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = text.AsSpan(trigger.End).TrimStart(' ');
        return next.StartsWith("response", StringComparison.OrdinalIgnoreCase) || next.StartsWith("responder", StringComparison.OrdinalIgnoreCase)
            || next.StartsWith("handling", StringComparison.OrdinalIgnoreCase) || next.StartsWith("management", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"fewer firms", "more victims", "many organisations".</summary>
    private static bool QuantifiedPopulation(string lower)
    {
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            if (s_populations.Contains(words[i].TrimEnd(',', '.', ';')) && s_quantifiers.Contains(words[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lower-cased word before offset <paramref name="at"/> of <paramref name="lower"/> (empty at the start).</summary>
    private static string WordBefore(string lower, int at)
    {
        var end = at;
        while (end > 0 && lower[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(lower[start - 1]) || lower[start - 1] == '\''))
        {
            start--;
        }

        return lower[start..end];
    }

    private static readonly string[] s_presenceWords =
    [
        "network", "systems", "inside", "reachable", "accessible", "exposed", "access to", "database", "server", "account", "intruders",
        "attackers", "hackers", "logins", "activity", "without a password", "unsecured", "unprotected",
    ];

    /// <summary>Wording that closes an exposure or ends an intrusion ("which secured it the next day", "closed access on May 8").</summary>
    private static readonly string[] s_closureWords = ["secured it", "secured the", "closed access", "removed access", "restricted access", "was secured", "were secured", "been secured", "was locked down", "was taken down"];

    private static readonly string[] s_disclosureAnchors = ["disclosed", "in a notice", "in a letter", "notified", "went public", "in a statement", "in a filing"];

    /// <summary>
    /// Sentences that say when the intruders got in, were found, or the incident was made public without naming the attack
    /// again ("it detected unauthorised activity on its network on January 30", "they had been in the network since the
    /// previous October", "said in a notice to customers on Thursday"): their dates belong to the incident the text is
    /// discussing. Each wording becomes an anchor of that incident, read by <see cref="TimeOf"/> and never output as an event.
    /// </summary>
    private static void AddTimeAnchors(string text, EntityAnalysis entities, List<Event> ordered, IReadOnlyList<TimeExpression> times, Draft?[] incidentAtSentence, List<Draft> drafts)
    {
        if (drafts.Count == 0)
        {
            return;
        }

        var withEvent = new bool[entities.Sentences.Count];
        foreach (var e in ordered)
        {
            withEvent[entities.SentenceIndexAt(e.Trigger.Start)] = true;
        }

        var lastSentence = -1;
        foreach (var t in times)
        {
            if (t.Value is null)
            {
                continue;
            }

            var index = entities.SentenceIndexAt(t.Start);
            if (index == lastSentence || withEvent[index])
            {
                continue;
            }

            lastSentence = index;
            var target = incidentAtSentence[index] ?? (drafts.Count == 1 ? drafts[0] : null);
            if (target is null)
            {
                continue;
            }

            var sentence = entities.Sentences[index];
            var lower = text[sentence.Start..sentence.End].ToLowerInvariant();
            var found = false;
            foreach (var verb in s_discoveryVerbs)
            {
                var at = lower.IndexOf(verb, StringComparison.Ordinal);
                if (at >= 0)
                {
                    target.Anchors.Add(Anchor(text, sentence.Start + at, verb.Length, EventTypes.Discover));
                    found = true;
                    break;
                }
            }

            var presence = s_presenceWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
            var entry = false;
            foreach (var word in s_startWords)
            {
                var at = lower.IndexOf(word, StringComparison.Ordinal);
                if (at >= 0 && (s_entryWords.Contains(word) || presence || found))
                {
                    target.Anchors.Add(Anchor(text, sentence.Start + at, word.Length, EventTypes.Intrusion));
                    entry = true;
                    break;
                }
            }

            // "left without a password by a contractor between February and May": a range of the exposure itself.
            var range = lower.IndexOf(" between ", StringComparison.Ordinal) is >= 0 and var between ? between : lower.IndexOf(" from ", StringComparison.Ordinal);
            if (!entry && presence && range >= 0)
            {
                target.Anchors.Add(Anchor(text, sentence.Start + range + 1, 4, EventTypes.Intrusion));
            }

            foreach (var word in s_closureWords)
            {
                var at = lower.IndexOf(word, StringComparison.Ordinal);
                if (at >= 0)
                {
                    target.Anchors.Add(Anchor(text, sentence.Start + at, word.Length, EventTypes.Intrusion));
                    break;
                }
            }

            foreach (var word in s_disclosureAnchors)
            {
                var at = lower.IndexOf(word, StringComparison.Ordinal);
                if (at >= 0)
                {
                    target.Anchors.Add(Anchor(text, sentence.Start + at, word.Length, EventTypes.Discover));
                    break;
                }
            }
        }
    }

    /// <summary>Whether the date at <paramref name="at"/> opens or closes a range ("between February and May") or follows a closure ("secured it the next day").</summary>
    private static bool RangeOrClosure(string text, int sentenceStart, int at)
    {
        var from = Math.Max(sentenceStart, at - 24);
        var lead = text[from..at].ToLowerInvariant().TrimEnd();
        return lead.EndsWith(" between", StringComparison.Ordinal) || lead.EndsWith(" from", StringComparison.Ordinal) || lead.EndsWith(" and", StringComparison.Ordinal)
            || lead.EndsWith(" to", StringComparison.Ordinal) || lead.EndsWith(" until", StringComparison.Ordinal) || lead.EndsWith(" through", StringComparison.Ordinal)
            || s_closureWords.Any(w => lead.Contains(w, StringComparison.Ordinal));
    }

    private static Event Anchor(string text, int start, int length, string type) => new()
    {
        Id = AnchorId,
        Type = type,
        Trigger = new TextSpan(start, start + length, text.Substring(start, length)),
    };

    private static readonly string[] s_exclusions = ["aside from", "apart from", "besides", "other than", "in addition to", "except", "not only", "according to", "linked to", "tied to", "attributed to", "impersonat", "posing as", "spoofing", "spoofed", "mimicking", "pretending to be", "on behalf of",
        "unit of", "arm of", "part of", "working for", "run by", "controlled by", "directed by", "backed by", "sponsored by",
        "suspects ", "suspected ", "blamed ", "accused "];
    private static readonly string[] s_relativeMarkers = [" that ", " which ", " who ", " whose "];

    /// <summary>
    /// "X was hit by ransomware", "X suffered a data breach", "X fell victim to a ransomware attack": the words between a
    /// name and the attack say the name is what was hit.
    /// </summary>
    private static bool LinksVictimToAttack(string between) => EndsInLink(between, s_victimLinks, thatEndsIt: false);

    /// <summary>
    /// Whether <paramref name="between"/> (the words from a name to an attack mention) holds one of <paramref name="links"/>
    /// followed by at most an article and two modifiers (no comma, conjunction or relative word, nor "that" when
    /// <paramref name="thatEndsIt"/>).
    /// </summary>
    private static bool EndsInLink(string between, string[] links, bool thatEndsIt)
    {
        var span = " " + between.Trim().ToLowerInvariant();
        foreach (var link in links)
        {
            var at = span.IndexOf(link, StringComparison.Ordinal);
            if (at >= 0 && span[(at + link.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 3 } rest
                && !rest.Any(w => w.EndsWith(',') || w is "and" or "but" or "which" or "who" || (thatEndsIt && w == "that")))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> s_irregularParticiples = new(StringComparer.Ordinal)
    {
        "hit", "struck", "taken", "brought", "shut", "stolen", "broken",
    };

    /// <summary>Whether a trigger starts with a past participle ("breached", "knocked offline", "taken down", "hit").</summary>
    private static bool IsParticiple(string trigger)
    {
        var space = trigger.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? trigger : trigger[..space];
        return first.EndsWith("ed", StringComparison.Ordinal) || s_irregularParticiples.Contains(first);
    }

    /// <summary>The entity the attack mention hits: the object after it, the subject of a passive before it, or the sentence's only candidate.</summary>
    private static string? FindVictim(string text, EntityAnalysis entities, Event e, int sentenceStart, int sentenceEnd, out bool strong)
    {
        strong = true;
        if (SparedAfter(text, e.Trigger.End))
        {
            // "the attack did not affect internal systems": what follows was spared, and the mention names no victim.
            return null;
        }

        var mentions = entities.MentionsWithin(sentenceStart, sentenceEnd)
            .Where(m => s_victimKinds.Contains(m.Kind) && !(m.Start < e.Trigger.End && e.Trigger.Start < m.End))
            .ToList();
        var excluded = mentions.Where(m => Excluded(text, m)).ToList();
        // "impersonating Mexico's Tax Administration Service (SAT)": the acronym in brackets shares its long form's exclusion.
        var candidates = mentions.Where(m => !excluded.Contains(m)
            && !excluded.Any(x => x.EntityId == m.EntityId && x.End <= m.Start && text.AsSpan(x.End, m.Start - x.End).Trim() is "(" or "(the" or ", or"))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // A name inside another's appositive describes that one ("Acme, which runs the port of X, said ...").
        candidates.RemoveAll(m => m.End <= e.Trigger.Start && InAppositive(text, m, candidates));

        // The agent of the attack is not its victim ("Russia's military intelligence service, the GRU, was behind the breach").
        candidates.RemoveAll(m => m.End <= e.Trigger.Start && e.Trigger.Start - m.End <= 60 && IsPerpetrator(text[m.End..e.Trigger.Start]));

        // Object: a candidate starting shortly after the trigger ("breaching the agency", "disrupted the port of X",
        // "the cyberattack against Japan's defence networks").
        var after = candidates.Where(m => m.Start >= e.Trigger.End && m.Start - e.Trigger.End <= 40).OrderBy(m => m.Start).FirstOrDefault();
        if (after != default && IsObjectLink(text[e.Trigger.End..after.Start])
            && Resolve(text, entities, after, candidates) is { } objectVictim)
        {
            return objectVictim;
        }

        // Passive: "X was compromised", "X's network was breached".
        var before = candidates.Where(m => m.End <= e.Trigger.Start && e.Trigger.Start - m.End <= 60).OrderByDescending(m => m.End).FirstOrDefault();
        if (before != default)
        {
            var between = text[before.End..e.Trigger.Start];
            var verbal = e.Trigger.Text.StartsWith("was ", StringComparison.Ordinal) || e.Trigger.Text.StartsWith("were ", StringComparison.Ordinal)
                || (IsParticiple(e.Trigger.Text) && (between.TrimEnd().EndsWith(" was", StringComparison.Ordinal)
                    || between.TrimEnd().EndsWith(" were", StringComparison.Ordinal) || between.TrimEnd().EndsWith(" been", StringComparison.Ordinal)));
            var clean = !between.Contains(" that ", StringComparison.Ordinal) && !s_reportingVerbs.Any(v => between.Contains(v + " ", StringComparison.Ordinal));
            verbal |= LinksVictimToAttack(between);
            if (clean && (verbal || between.Trim().Length == 0) && Resolve(text, entities, before, candidates) is { } passiveVictim)
            {
                return passiveVictim;
            }
        }

        // Consequence: "the school district cancelled classes after a ransomware attack disabled its phones", "customers of
        // X could not log in after a wave of denial-of-service attacks": the subject whose clause an "after" adjunct ends.
        if (ConsequenceSubject(text, entities, e, sentenceStart, candidates) is { } consequenceVictim)
        {
            return consequenceVictim;
        }

        // The only candidate that is not speaking in the sentence; a speaker only when the clause says "its"/"their".
        strong = false;
        var nonSpeakers = candidates.Where(m => !IsSpeaker(text, m)).Select(m => m.EntityId).Distinct(StringComparer.Ordinal).ToList();
        if (nonSpeakers.Count == 1)
        {
            var mention = candidates.First(m => m.EntityId == nonSpeakers[0]);
            // "The FBI opened an investigation after a ransomware attack": an oversight body named beside an attack acts on it.
            if (!(mention.Kind == EntityKinds.GovernmentBody && mention.End <= e.Trigger.Start && IsOversightBody(entities[mention.EntityId]))
                && Resolve(text, entities, mention, candidates) is { } only)
            {
                return only;
            }
        }

        // No other candidate, or only systems nobody is named to own ("hackers breached a booking system"): the speaker's own.
        if (nonSpeakers.All(id => entities[id].Kind == EntityKinds.System))
        {
            var speaker = candidates.Where(m => m.End <= e.Trigger.Start).OrderByDescending(m => m.End).FirstOrDefault();
            if (speaker != default)
            {
                var between = text[speaker.End..e.Trigger.Start];
                var passive = e.Trigger.Text.StartsWith("was ", StringComparison.Ordinal) || e.Trigger.Text.StartsWith("were ", StringComparison.Ordinal)
                    || (e.Trigger.Text.EndsWith("ed", StringComparison.Ordinal) && (between.TrimEnd().EndsWith(" was", StringComparison.Ordinal)
                        || between.TrimEnd().EndsWith(" were", StringComparison.Ordinal) || between.TrimEnd().EndsWith(" been", StringComparison.Ordinal)));
                passive |= s_passiveHits.Any(p => between.Contains(p, StringComparison.Ordinal));
                if (passive && (between.Contains(" its ", StringComparison.Ordinal) || between.Contains(" their ", StringComparison.Ordinal) || between.Contains(" our ", StringComparison.Ordinal)))
                {
                    return speaker.EntityId;
                }

                // A company reporting an attack that names no other target reports its own ("Acme said a cyberattack
                // wiped data on hundreds of workstations"); government bodies and vendors often speak of others.
                if ((speaker.Kind == EntityKinds.Organization || IsLocalGovernment(entities[speaker.EntityId]))
                    && candidates.All(m => m.EntityId == speaker.EntityId || m.Kind == EntityKinds.System))
                {
                    return speaker.EntityId;
                }

                // A government body reporting an attack on its own people or systems ("the ministry said hackers had gained
                // access to several diplomats' mailboxes", "… to its staff's email accounts").
                if (speaker.Kind == EntityKinds.GovernmentBody && candidates.All(m => m.EntityId == speaker.EntityId || m.Kind == EntityKinds.System)
                    && OwnPeopleOrSystems(text, e.Trigger.End, sentenceEnd))
                {
                    return speaker.EntityId;
                }

                // "the health ministry confirmed that a database holding vaccination records was exposed": a ministry or
                // department that reports a passive breach of something it names no other owner for reports its own; an
                // oversight body (a data-protection authority, a cyber-security centre, the police) speaks of others'.
                var trimmed = between.TrimEnd();
                if (speaker.Kind == EntityKinds.GovernmentBody && candidates.All(m => m.EntityId == speaker.EntityId || m.Kind == EntityKinds.System)
                    && (passive || trimmed.EndsWith(" was", StringComparison.Ordinal) || trimmed.EndsWith(" were", StringComparison.Ordinal)
                        || trimmed.EndsWith(" been", StringComparison.Ordinal))
                    && between.Contains(" that ", StringComparison.Ordinal) && !IsOversightBody(entities[speaker.EntityId]))
                {
                    return speaker.EntityId;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The subject whose clause an "after &lt;attack&gt;" adjunct ends ("The school district cancelled classes after a
    /// ransomware attack", "Customers of X … were unable to bank online after a ransomware attack on its IT provider"), unless
    /// it is an oversight body or another candidate stands between it and the attack.
    /// </summary>
    private static string? ConsequenceSubject(string text, EntityAnalysis entities, Event e, int sentenceStart, List<EntityMention> candidates)
    {
        var subject = candidates.Where(m => m.End <= e.Trigger.Start).OrderBy(m => m.Start).FirstOrDefault();
        return subject != default && subject.Start - sentenceStart <= 24 && SufferedBefore(text[subject.End..e.Trigger.Start])
            // "The FBI opened an investigation after a ransomware attack": an oversight body acts on others' incidents.
            && !(subject.Kind == EntityKinds.GovernmentBody && IsOversightBody(entities[subject.EntityId]))
            && !candidates.Any(m => m.Start > subject.End && m.End <= e.Trigger.Start && m.EntityId != subject.EntityId && m.Kind != EntityKinds.System)
            ? Resolve(text, entities, subject, candidates)
            : null;
    }

    /// <summary>
    /// Whether the words between a subject and an attack end in "after" and at most three words of the attack's noun
    /// phrase ("… cancelled classes after a", "… were unable to bank online after a wave of"), with no report, relative
    /// clause or object clause between.
    /// </summary>
    private static bool SufferedBefore(string between)
    {
        var after = between.LastIndexOf(" after ", StringComparison.Ordinal);
        if (after < 0 || between.Length - after > 40)
        {
            return false;
        }

        var tail = between[(after + 7)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var clause = between[..after];
        return tail.Length <= 3 && !clause.Contains(" that ", StringComparison.Ordinal) && !clause.Contains(" which ", StringComparison.Ordinal)
            && !clause.Contains(" who ", StringComparison.Ordinal) && !clause.Contains(',', StringComparison.Ordinal)
            && !s_reportingVerbs.Any(v => clause.Contains(v + " ", StringComparison.Ordinal));
    }

    private static readonly string[] s_oversightWords =
    [
        "protection", "privacy", "commissioner", "regulator", "regulation", "regulatory", "supervis", "cyber", "security", "police",
        "investigation", "intelligence", "emergency", "response", "cert", "csirt", "ombudsman", "inspectorate", "prosecutor", "court",
    ];

    /// <summary>A town, city, county or municipality: like a company, when it reports an attack it names no other target for, it reports its own.</summary>
    private static bool IsLocalGovernment(Entity body) =>
        body.Kind == EntityKinds.GovernmentBody && body.Attributes.GetValueOrDefault("sector") == "government-local" && !IsOversightBody(body);

    /// <summary>A body that oversees, investigates or defends others (a data-protection authority, a CERT, the police).</summary>
    private static bool IsOversightBody(Entity body) =>
        body.Aliases.Prepend(body.Name).Any(n => s_oversightWords.Any(w => n.Contains(w, StringComparison.OrdinalIgnoreCase)))
        || body.Aliases.Any(a => a.StartsWith("CERT", StringComparison.Ordinal) || a.StartsWith("NCSC", StringComparison.Ordinal));

    private static readonly string[] s_negations = ["did not ", "didn't ", "had not ", "has not ", "have not ", "does not ", "doesn't ", "was not ", "were not ", "never "];

    /// <summary>Whether a negation follows the trigger ("the attack did not affect …", "the intrusion never reached …").</summary>
    private static bool SparedAfter(string text, int at)
    {
        var following = text.AsSpan(at, Math.Min(16, text.Length - at)).TrimStart();
        foreach (var negation in s_negations)
        {
            if (following.StartsWith(negation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that make an attack's object the speaker's own: its people or its systems.</summary>
    private static readonly string[] s_ownObjects =
    [
        " its ", " their ", " our ", " staff", " employees", " officials'", " diplomats", " personnel", " ministers", " lawmakers",
        " officers", " workers", " internal ", " in-house ",
    ];

    /// <summary>Whether the clause after a trigger (to the next comma or the sentence end, at most 80 characters) names the speaker's own people or systems.</summary>
    private static bool OwnPeopleOrSystems(string text, int from, int sentenceEnd)
    {
        var end = Math.Min(Math.Min(sentenceEnd, text.Length), from + 80);
        var clause = " " + text[from..end].ToLowerInvariant();
        var comma = clause.IndexOfAny([',', ';']);
        if (comma > 0)
        {
            clause = clause[..comma];
        }

        // "stole contact details of police officers" told by an intelligence service: another body's people.
        if (!(clause.Contains(" its ", StringComparison.Ordinal) || clause.Contains(" their ", StringComparison.Ordinal) || clause.Contains(" our ", StringComparison.Ordinal))
            && s_otherOwners.Any(o => clause.Contains(o, StringComparison.Ordinal)))
        {
            return false;
        }

        return s_ownObjects.Any(o => clause.Contains(o, StringComparison.Ordinal));
    }

    private static readonly string[] s_otherOwners =
    [
        " police ", " army ", " military ", " hospital ", " bank ", " company ", " council ", " school ", " university ", " court ",
    ];

    private static readonly HashSet<string> s_objectLinkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "email", "e-mail", "mail", "accounts", "account", "mailboxes", "inboxes", "databases", "database", "data", "infrastructure",
        "computer", "it", "internal", "cloud", "platform", "platforms", "applications", "files", "records",
        "on", "against", "at", "of", "targeting", "targeted", "into", "in", "hit", "hitting", "struck", "striking", "affecting",
        "affected", "the", "a", "an", "its", "their", "that", "which", "was", "were", "had", "has", "been", "carried", "out",
        "launched", "aimed", "by", "to", "systems", "networks", "servers", "computers", "some", "several", "many", "all",
        "forced", "forcing", "crippled", "crippling", "paralysed", "paralyzed", "halted", "halting", "disrupted", "disrupting",
        "knocked", "took", "shut", "left", "leaving", "website", "websites", "site", "network", "portal", "server", "system",
    };

    /// <summary>
    /// Whether the words between a trigger and a name make the name its object ("the attack on the port", "breached the
    /// agency", "the attack that hit Acme") rather than something else ("the attack was retaliation for Danish aid").
    /// </summary>
    private static bool IsObjectLink(string between)
    {
        if (between.Contains(',', StringComparison.Ordinal) || s_relativeMarkers.Any(r => between.Contains(r, StringComparison.Ordinal) && r is not " that " and not " which "))
        {
            return false;
        }

        var words = between.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is > 0 and <= 7 && EntityVocabulary.OrganizationAnaphors.ContainsKey(words[^1]) && words[^1].All(char.IsLower))
        {
            // "the breach of telecom provider Outback Networks", "the attack on the regional grid operator X": a descriptive
            // noun (with up to two modifiers) introduces the name.
            var link = words.Length - 1;
            var modifiers = 0;
            while (link > 0 && modifiers < 2 && !s_objectLinkWords.Contains(words[link - 1]))
            {
                link--;
                modifiers++;
            }

            words = words[..link];
        }

        return words.Length <= 5 && words.All(w => s_objectLinkWords.Contains(w.Trim('\'', '\u2019')) || w is "'s" or "\u2019s");
    }

    /// <summary>Whether the victim turned to the body named at <paramref name="at"/> ("reported the breach to the …").</summary>
    private static bool TurnedTo(string text, int at)
    {
        var from = Math.Max(0, at - 44);
        var before = text.AsSpan(from, at - from).ToString().ToLowerInvariant();
        return s_authorityRoles.Any(x => before.Contains(x, StringComparison.Ordinal));
    }

    /// <summary>Words that make the name before them the one who attacked ("was behind", "carried out", "is responsible for").</summary>
    private static readonly string[] s_perpetratorLinks =
    [
        " was behind", " were behind", " is behind", " are behind", " had been behind", " has been behind", " carried out",
        " conducted", " orchestrated", " perpetrated", " launched", " staged", " masterminded", " was responsible for",
        " were responsible for", " is responsible for", " are responsible for", " claimed responsibility for", " claimed",
    ];

    /// <summary>The words between a name and an attack mention make the name its agent ("was behind", "carried out").</summary>
    private static bool IsPerpetrator(string between) => EndsInLink(between, s_perpetratorLinks, thatEndsIt: true);

    private static bool Excluded(string text, EntityMention m)
    {
        var from = Math.Max(0, m.Start - 32);
        var before = text.AsSpan(from, m.Start - from).ToString().ToLowerInvariant();
        var near = before.Length > 6 ? before[^6..] : before;
        return s_exclusions.Any(x => before.Contains(x, StringComparison.Ordinal)) || near.EndsWith(" by ", StringComparison.Ordinal)
            // "reported the breach to the Irish Data Protection Commission": the wider window reaches past a demonym.
            || (m.Kind == EntityKinds.GovernmentBody && TurnedTo(text, m.Start));
    }

    /// <summary>
    /// A state body the victim turned to ("reported the breach to the data protection authority", "notified the
    /// regulator", "is working with the national cyber centre") is no victim of the attack it hears about.
    /// </summary>
    private static readonly string[] s_authorityRoles =
    [
        "reported the breach to", "reported the incident to", "reported the attack to", "reported it to", "reported the matter to",
        "reported the hack to", "reported to", "notified", "informed the", "alerted the", "working with", "assisting", "helping",
        "support from", "help from", "referred the",
    ];

    /// <summary>A system stands for its owner when the text names one ("the email system of the agency"); an unowned, country-less system is only a target.</summary>
    private static string? Resolve(string text, EntityAnalysis entities, EntityMention mention, List<EntityMention> candidates)
    {
        if (mention.Kind != EntityKinds.System)
        {
            return mention.EntityId;
        }

        var owner = candidates.FirstOrDefault(m => m.Kind != EntityKinds.System && m.Start >= mention.End && m.Start - mention.End <= 48
            && IsOwnerLink(text[mention.End..m.Start]));
        if (owner != default)
        {
            return owner.EntityId;
        }

        // "its patient records system": the organisation named before it owns it.
        var lead = text.AsSpan(Math.Max(0, mention.Start - 8), Math.Min(8, mention.Start)).ToString().ToLowerInvariant();
        if (lead.EndsWith("its ", StringComparison.Ordinal) || lead.EndsWith("their ", StringComparison.Ordinal))
        {
            var possessor = candidates.Where(m => m.Kind != EntityKinds.System && m.End <= mention.Start).OrderByDescending(m => m.End).FirstOrDefault();
            if (possessor != default)
            {
                return possessor.EntityId;
            }
        }

        return entities[mention.EntityId].Attributes.ContainsKey("country") ? mention.EntityId : null;
    }

    /// <summary>
    /// Whether the words between a system and a name make the name its owner: "of", "at", "of the", or with a short
    /// description of the owner ("the email system of grid operator X", "servers at the Danish shipping company X").
    /// </summary>
    private static bool IsOwnerLink(string between)
    {
        var words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0] is not ("of" or "at") || words.Length > 5)
        {
            return false;
        }

        var rest = words.Skip(words.Length > 1 && words[1] is "the" or "a" or "an" ? 2 : 1).ToList();
        return rest.Count == 0
            || (rest.Count <= 3 && EntityVocabulary.OrganizationDescriptors.Contains(rest[^1])
                && rest.All(w => w.All(c => char.IsLetter(c) || c == '-')));
    }

    /// <summary>"three weeks after a cyberattack", "two days after the breach": a duration counted from the attack.</summary>
    private static bool IsElapsedSinceAttack(string text, TimeExpression t)
    {
        var following = text.AsSpan(t.End, Math.Min(40, text.Length - t.End)).ToString().ToLowerInvariant();
        return following.StartsWith(" after ", StringComparison.Ordinal)
            && s_attackNouns.Any(n => following.Contains(n, StringComparison.Ordinal));
    }

    /// <summary>Whether "that" follows the discovery verb ending at <paramref name="at"/> ("found that …") before <paramref name="limit"/>.</summary>
    private static bool IntroducesFinding(string text, int at, int limit) =>
        at < limit && text.AsSpan(at, limit - at).TrimStart().StartsWith("that ", StringComparison.Ordinal);

    private static bool IsDiscoveryWording(string trigger)
    {
        var lower = trigger.ToLowerInvariant();
        return s_discoveryStems.Any(s => lower.Contains(s, StringComparison.Ordinal));
    }

    private static readonly string[] s_discoveryStems = ["discover", "detect", "found", "find", "spott", "notic", "uncover", "identif", "aware", "learn"];

    private static bool IsSpeaker(string text, EntityMention m)
    {
        var end = m.End;
        while (end < text.Length && text[end] is ')' or '"' or '\u201D' or '\'')
        {
            end++;
        }

        // "Germany's Federal Office for Information Security (BSI) said": the acronym in brackets belongs to the name.
        if (end + 2 < text.Length && text[end] == ' ' && text[end + 1] == '(' && text.IndexOf(')', end + 2, Math.Min(16, text.Length - end - 2)) is var bracket and > 0)
        {
            end = bracket + 1;
        }

        // "said NSM spokesperson Jane Roe", "according to a council official": the body speaks through its people.
        var leading = text.AsSpan(Math.Max(0, m.Start - 14), m.Start - Math.Max(0, m.Start - 14)).ToString();
        var next = text.AsSpan(end, Math.Min(16, text.Length - end)).ToString();
        if ((leading.EndsWith("said ", StringComparison.Ordinal) || leading.EndsWith("says ", StringComparison.Ordinal)
                || leading.EndsWith("according to ", StringComparison.Ordinal))
            || s_voiceNouns.Any(v => next.StartsWith(v, StringComparison.Ordinal)))
        {
            return true;
        }

        var verbAt = SkipSpeakerFillers(text, end);
        var after = text.AsSpan(verbAt, Math.Min(24, text.Length - verbAt)).ToString();
        if (s_reportingVerbs.Any(v => after.StartsWith(v, StringComparison.Ordinal)))
        {
            return true;
        }

        // "The FBI and CISA warned …": a coordinated subject speaks too.
        if (after.StartsWith(" and ", StringComparison.Ordinal))
        {
            var rest = text.AsSpan(end + 5, Math.Min(60, text.Length - end - 5)).ToString();
            var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var k = 0;
            while (k < words.Length && k < 6 && (words[k] == "the" || (words[k].Length > 0 && char.IsUpper(words[k][0]))))
            {
                k++;
            }

            var tail = " " + string.Join(' ', words.Skip(k));
            tail = tail[SkipSpeakerFillers(tail, 0)..];
            if (k > 0 && s_reportingVerbs.Any(v => tail.StartsWith(v, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        // "X, which runs the port, said": the verb after an appositive or relative clause.
        return AppositiveEnd(text, end) is { } close
            && s_reportingVerbs.Any(v => text.AsSpan(close, Math.Min(24, text.Length - close)).StartsWith(v, StringComparison.Ordinal));
    }

    private static readonly string[] s_voiceNouns = [" spokesperson", " spokesman", " spokeswoman", " official", " press office", "'s spokesperson", "'s spokesman", "'s spokeswoman"];

    private static readonly string[] s_appositiveOpeners = [", which ", ", who ", ", a ", ", an ", ", the ", ", one of ", ", known as ", ", also known as ", ", formerly "];

    /// <summary>Where an appositive or relative clause that opens at <paramref name="at"/> (", which runs the port,") ends, after its closing comma.</summary>
    private static int? AppositiveEnd(string text, int at)
    {
        var rest = text.Substring(at, Math.Min(160, text.Length - at));
        if (!s_appositiveOpeners.Any(o => rest.StartsWith(o, StringComparison.Ordinal)))
        {
            return null;
        }

        var close = rest.AsSpan(1).IndexOfAny(',', '.', ';');
        return close >= 0 && rest[1 + close] == ',' ? at + 2 + close : null;
    }

    /// <summary>Whether the mention sits inside an appositive or relative clause of an earlier mention ("X, which runs the port of Y, said").</summary>
    private static bool InAppositive(string text, EntityMention m, List<EntityMention> candidates) =>
        candidates.Any(o => o.End < m.Start && AppositiveEnd(text, o.End) is { } close && close > m.End);

    private static IReadOnlyList<EventArgument> LinkArguments(EntityAnalysis entities, Event e, string? victimId, IReadOnlyDictionary<string, GazetteerEntry> places)
    {
        var arguments = new List<EventArgument>();
        foreach (var a in e.Arguments)
        {
            var mention = entities.BestMentionFor(a.Span.Start, a.Span.End);
            var entityId = a.EntityId ?? (mention is { } m && Overlaps(m, a.Span) ? m.EntityId : null);
            if (a.Role == "Victim" && entityId is not null && !CanBeVictim(entities, entityId, a.Span))
            {
                // "the Chinese hackers", "the LockBit group": an attacker, vendor or outlet named before the trigger is not its victim.
                continue;
            }

            if (a.Role == "Victim" && entityId is not null && entityId != victimId
                && (IsReportingSubject(entities.Text, a.Span.End) || (entities[entityId].Kind == EntityKinds.GovernmentBody && TurnedTo(entities.Text, a.Span.Start))))
            {
                // "The FBI attributed the theft to …", "The FBI … listed wallet addresses used by the group": the party that
                // tells of the attack, not the one it hit.
                continue;
            }

            if (a.Role == "Victim" && entityId is null && victimId is not null && places.ContainsKey(a.Span.Text)
                && entities.MentionsWithin(entities.Sentences[entities.SentenceIndexAt(e.Trigger.Start)].Start, entities.Sentences[entities.SentenceIndexAt(e.Trigger.Start)].End).Any(m => m.EntityId == victimId))
            {
                // "Customers of X and two other lenders in Maharashtra … after a ransomware attack on Tarang": a region or city
                // the event rules took for the victim gives way to the victim the incident builder found in the sentence.
                continue;
            }

            arguments.Add(a with { EntityId = entityId });
        }

        // An event whose own arguments name no victim gets the incident's, where its sentence mentions it.
        if (victimId is not null && !arguments.Any(a => a.Role == "Victim" && a.EntityId == victimId))
        {
            // The victim found by the incident builder, when the event's own arguments named none.
            var sentence = entities.Sentences[entities.SentenceIndexAt(e.Trigger.Start)];
            var mention = entities.MentionsWithin(sentence.Start, sentence.End).FirstOrDefault(m => m.EntityId == victimId);
            if (mention != default && !arguments.Any(a => a.Role == "Victim"))
            {
                arguments.Add(new EventArgument
                {
                    Role = "Victim",
                    Span = new TextSpan(mention.Start, mention.End, entities.Text[mention.Start..mention.End]),
                    EntityId = victimId,
                    EntityType = entities[victimId].Kind == EntityKinds.System ? "Device" : "Organization",
                });
            }
        }

        // "Customers of X were unable to bank after a ransomware attack on its IT provider Y": the attack hit Y (the
        // incident's victim) and, through it, X, whose clause the attack ends.
        if (victimId is not null && e.Type is not (EventTypes.Discover or EventTypes.Patch))
        {
            var sentence = entities.Sentences[entities.SentenceIndexAt(e.Trigger.Start)];
            var candidates = entities.MentionsWithin(sentence.Start, sentence.End)
                .Where(m => s_victimKinds.Contains(m.Kind) && m.End <= e.Trigger.Start && !Excluded(entities.Text, m)).ToList();
            var affected = ConsequenceSubject(entities.Text, entities, e, sentence.Start, candidates);
            var subjectMention = candidates.FirstOrDefault(m => m.EntityId == affected);
            if (affected is not null && affected != victimId && subjectMention != default && !arguments.Any(a => a.Role == "Victim" && a.EntityId == affected))
            {
                arguments.Add(new EventArgument
                {
                    Role = "Victim",
                    Span = new TextSpan(subjectMention.Start, subjectMention.End, entities.Text[subjectMention.Start..subjectMention.End]),
                    EntityId = affected,
                    EntityType = "Organization",
                });
            }
        }

        return arguments;
    }

    private static readonly string[] s_reportingSubjectVerbs =
    [
        "attributed ", "blamed ", "linked ", "tied ", "traced ", "listed ", "named ", "accused ", "warned ", "urged ", "said ", "says ",
        "charged ", "indicted ", "sanctioned ", "seized ", "published ", "identified ",
    ];

    /// <summary>Whether a reporting or attributing verb follows the name ending at <paramref name="at"/> ("The FBI attributed", "CISA on Tuesday warned").</summary>
    private static bool IsReportingSubject(string text, int at)
    {
        var verb = SkipSpeakerFillers(text, at);
        if (verb >= text.Length)
        {
            return false;
        }

        var rest = text.AsSpan(verb, Math.Min(24, text.Length - verb)).TrimStart().ToString();
        return s_reportingSubjectVerbs.Any(v => rest.StartsWith(v, StringComparison.Ordinal));
    }

    private static readonly HashSet<string> s_notVictimKinds = new(StringComparer.Ordinal)
    {
        EntityKinds.ThreatActor, EntityKinds.Malware, EntityKinds.Tool, EntityKinds.Vendor, EntityKinds.Outlet, EntityKinds.Indicator,
        EntityKinds.Vulnerability,
    };

    /// <summary>Whether an argument's entity can be hit by an attack: not an actor, tool, vendor or outlet, nor a country named by its adjective ("Chinese").</summary>
    private static bool CanBeVictim(EntityAnalysis entities, string entityId, TextSpan span)
    {
        var entity = entities[entityId];
        if (s_notVictimKinds.Contains(entity.Kind))
        {
            return false;
        }

        return entity.Kind != EntityKinds.Country
            || string.Equals(span.Text, entity.Name, StringComparison.OrdinalIgnoreCase)
            || entity.Aliases.Any(a => string.Equals(span.Text, a, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] s_dataLinks = [" connected to ", " related to ", " tied to ", " linked to ", " of ", " from ", " stored on ", " stored in ", " in ", " belonging to ", " associated with "];

    /// <summary>"the personal data" + " connected to its email exchanges": the data's qualifier, up to the verb or a comma.</summary>
    private static TextSpan ExtendData(string text, TextSpan span, int limit)
    {
        var rest = text.AsSpan(span.End, Math.Min(limit, Math.Min(text.Length, span.End + 80)) - span.End).ToString();
        foreach (var link in s_dataLinks)
        {
            if (!rest.StartsWith(link, StringComparison.Ordinal))
            {
                continue;
            }

            var stop = rest.Length;
            foreach (var marker in (string[])[" was ", " were ", " had ", " has ", " have ", ",", ". ", ";", " and ", " after ", " when ", " that "])
            {
                var at = rest.IndexOf(marker, link.Length, StringComparison.Ordinal);
                if (at >= 0 && at < stop)
                {
                    stop = at;
                }
            }

            var end = span.End + stop;
            return new TextSpan(span.Start, end, text[span.Start..end]);
        }

        return span;
    }

    private static bool Overlaps(EntityMention m, TextSpan span) => m.Start < span.End && span.Start < m.End;

    private static EventTime? TimeOf(string text, EntityAnalysis entities, Draft draft, IReadOnlyList<TimeExpression> times)
    {
        string? start = null, end = null, discovered = null, duration = null, disclosed = null, sinceAttack = null;
        var startSaid = false;
        var startSentence = -1;
        var recalled = new HashSet<int>();
        var skipped = new HashSet<int>();
        string? precededStart = null;
        var durationBeforeDiscovery = false;
        var impliesDiscovery = false;
        var used = new HashSet<int>();

        // The draft's mentions and the document's times per sentence, so that long documents stay linear.
        var mentions = draft.Events.Concat(draft.Anchors).ToList();
        var eventsBySentence = mentions.ToLookup(e => entities.SentenceIndexAt(e.Trigger.Start));
        var timesBySentence = times.Where(t => t.Value is not null).ToLookup(t => entities.SentenceIndexAt(t.Start));
        foreach (var e in mentions.OrderBy(e => e.Type is EventTypes.Discover or EventTypes.Patch ? 1 : 0))
        {
            var anchor = e.Id.Equals(AnchorId, StringComparison.Ordinal);
            var sentenceIndex = entities.SentenceIndexAt(e.Trigger.Start);
            var sentence = entities.Sentences[sentenceIndex];
            foreach (var t in timesBySentence[sentenceIndex])
            {
                if (t.End > sentence.End || t.Value is null)
                {
                    continue;
                }

                var nearest = eventsBySentence[sentenceIndex].Where(o => o.Trigger.End <= sentence.End)
                    .OrderBy(o => Math.Min(Math.Abs(t.Start - o.Trigger.End), Math.Abs(o.Trigger.Start - t.End))).FirstOrDefault();
                var discoveryDate = nearest is not null && (nearest.Type == EventTypes.Discover
                    || eventsBySentence[sentenceIndex].Any(o => o.Type == EventTypes.Discover && o.Trigger.End <= nearest.Trigger.Start && nearest.Trigger.Start - o.Trigger.End <= 6));
                var clauseLead = ClauseLead(text, sentence.Start, t.Start);
                var startWording = false;
                var saysStart = t.Kind == TimeExpressionKind.Date && s_startWords.Any(v => clauseLead.Contains(v, StringComparison.Ordinal));
                if (saysStart)
                {
                    // "the intruders had entered its network in early May": a start, whichever mention is nearest. When the
                    // sentence's only mention is a flaw's ("first got in late in 2024 by exploiting an unpatched server"), the
                    // flaw's mention carries it.
                    discoveryDate = false;
                    // "first logged in on February 21 and was discovered eleven days later": a discovery verb after the date
                    // does not take the start from it either.
                    // "An investigation found that the attackers had entered through a VPN device in mid-February": what a
                    // finding's "that" clause says began is the start, not the discovery.
                    startWording = e.Type == EventTypes.Discover && (!IsDiscoveryWording(e.Trigger.Text) || e.Trigger.Start >= t.End || IntroducesFinding(text, e.Trigger.End, t.Start))
                        && eventsBySentence[sentenceIndex].All(o => o.Type == EventTypes.Discover);
                    if (e.Type == EventTypes.Discover && !startWording)
                    {
                        continue;
                    }
                }

                if (t.Kind == TimeExpressionKind.Date && discoveryDate && e.Type != EventTypes.Discover)
                {
                    continue;
                }

                if (anchor && e.Type != EventTypes.Discover && !saysStart && !RangeOrClosure(text, sentence.Start, t.Start))
                {
                    // An entry anchor dates only what its start wording introduces.
                    continue;
                }

                if (t.Kind == TimeExpressionKind.Date && IsOtherIncident(text, sentence.Start, t.Start, t.End))
                {
                    // "the files came from a 2021 breach at a former vendor", "taken … during an incident last year": the date
                    // of another, earlier incident the text compares this one with.
                    continue;
                }

                if (t.Kind == TimeExpressionKind.Date && IsEarlierActivity(clauseLead) && !IsOngoingCampaign(text[sentence.Start..t.Start]))
                {
                    // "tools the group has used against Ukrainian utilities since 2016": the actor's history, not this incident.
                    continue;
                }

                if (t.Kind == TimeExpressionKind.Date && (e.Type == EventTypes.Patch || nearest?.Type == EventTypes.Patch))
                {
                    // "released fixes on Wednesday": when the vendor patched, not when the attack began.
                    continue;
                }
                if (recalled.Contains(sentenceIndex))
                {
                    continue;
                }

                if (t.Kind == TimeExpressionKind.Duration && IsElapsedSinceDiscovery(text, t))
                {
                    // "disclosed on Wednesday, more than two months after the intrusion was detected": time since the discovery,
                    // neither the attack's length nor its start.
                    continue;
                }

                if (t.Kind == TimeExpressionKind.Duration && IsElapsedSinceAttack(text, t))
                {
                    // "remain disrupted three weeks after a cyberattack": time since the attack, not how long it lasted.
                    sinceAttack ??= t.Value;
                    continue;
                }

                if (t.Kind == TimeExpressionKind.Duration && LaterStepDate(text, t, timesBySentence[sentenceIndex]) is { } laterStep
                    && TimeValues.FirstDay(laterStep.Value) is { } stepDay && TimeValues.Subtract(stepDay, t.Value) is { } began)
                {
                    // "logged in about two months before the ransomware was deployed on August 30": the intrusion began that long
                    // before the later step, whose date is no start.
                    precededStart ??= TimeValues.Month(began);
                    used.Add(laterStep.Start);
                    skipped.Add(laterStep.Start);
                }

                if (skipped.Contains(t.Start))
                {
                    continue;
                }

                if (t.Kind == TimeExpressionKind.Duration)
                {
                    if (duration is null || !durationBeforeDiscovery)
                    {
                        var previousDuration = duration;
                        var previousDwell = durationBeforeDiscovery;
                        duration = t.Value;
                        var following = text.AsSpan(t.End, Math.Min(60, text.Length - t.End)).ToString().ToLowerInvariant();
                        var preceding = text.AsSpan(Math.Max(sentence.Start, t.Start - 60), t.Start - Math.Max(sentence.Start, t.Start - 60)).ToString().ToLowerInvariant();
                        impliesDiscovery = ((t.Text.EndsWith("before", StringComparison.OrdinalIgnoreCase) || following.StartsWith(" before", StringComparison.Ordinal))
                            && MentionsDiscovery(following))
                            // "remained undetected for six weeks": found when the six weeks were over.
                            || preceding.TrimEnd().EndsWith("undetected for", StringComparison.Ordinal) || preceding.TrimEnd().EndsWith("unnoticed for", StringComparison.Ordinal)
                            || preceding.TrimEnd().EndsWith("undetected", StringComparison.Ordinal) || preceding.TrimEnd().EndsWith("unnoticed", StringComparison.Ordinal);
                        durationBeforeDiscovery = t.Text.EndsWith("before", StringComparison.OrdinalIgnoreCase) && MentionsDiscovery(following)
                            || following.StartsWith(" before", StringComparison.Ordinal) && MentionsDiscovery(following)
                            || following.Contains("undetected", StringComparison.Ordinal) || following.Contains("unnoticed", StringComparison.Ordinal)
                            || preceding.Contains("undetected", StringComparison.Ordinal) || preceding.Contains("unnoticed", StringComparison.Ordinal)
                            || preceding.Contains("dwell", StringComparison.Ordinal) || preceding.Contains("spent", StringComparison.Ordinal)
                            || preceding.Contains("lurk", StringComparison.Ordinal) || preceding.Contains("had access", StringComparison.Ordinal)
                            || following.StartsWith(" inside", StringComparison.Ordinal);
                        if (!durationBeforeDiscovery && previousDuration is not null)
                        {
                            (duration, durationBeforeDiscovery) = (previousDuration, previousDwell);
                        }
                    }

                    continue;
                }

                if (e.Type == EventTypes.Discover && !startWording && !DatesWhatPrecededDiscovery(text, t, e, timesBySentence[sentenceIndex]))
                {
                    // A discovery of the intrusion ("detected", "found"), not a vulnerability mention ("the flaw"): CASIE's
                    // Discover events also cover flaws, whose dates belong to the vulnerability.
                    if (!used.Contains(t.Start) && IsDisclosureWording(e.Trigger.Text))
                    {
                        if (t.Kind == TimeExpressionKind.Date && Follows(text, e.Trigger.End, t.Start))
                        {
                            // "disclosed the breach publicly on Tuesday", "said in a notice to customers on Thursday".
                            disclosed ??= t.Value;
                            used.Add(t.Start);
                        }
                    }
                    else if (!used.Contains(t.Start) && IsDiscoveryWording(e.Trigger.Text))
                    {
                        discovered ??= t.Value;
                    }

                    continue;
                }

                var lead = text.AsSpan(Math.Max(sentence.Start, t.Start - 24), t.Start - Math.Max(sentence.Start, t.Start - 24)).ToString().ToLowerInvariant().TrimEnd();
                var wideLead = ClauseLead(text, sentence.Start, t.Start);
                if (t.Kind == TimeExpressionKind.Date && e.Type != EventTypes.Discover && LastOf(wideLead, s_discoveryVerbs) > LastOf(wideLead, s_startWords))
                {
                    // "the intrusion began in January and was discovered in May": the verb nearest the date decides.

                    // "detected the intrusion on 9 March": a discovery date even when the event extractor saw no Discover mention.
                    discovered ??= t.Value;
                    used.Add(t.Start);
                    continue;
                }

                // "from January 2023 to February 2024", "between March and May", "had access until June": the end of a range.
                if (t.Kind == TimeExpressionKind.Date && (lead.EndsWith(" to", StringComparison.Ordinal) || lead.EndsWith(" until", StringComparison.Ordinal)
                    || lead.EndsWith(" through", StringComparison.Ordinal) || lead.EndsWith(" till", StringComparison.Ordinal)
                    || (lead.EndsWith(" and", StringComparison.Ordinal) && wideLead.Contains("between ", StringComparison.Ordinal))
                    // "systems were fully restored by July 5": the disruption ended when service came back.
                    || ((lead.EndsWith(" by", StringComparison.Ordinal) || lead.EndsWith(" on", StringComparison.Ordinal))
                        && s_recoveryWords.Any(w => wideLead.Contains(w, StringComparison.Ordinal)))
                    // "which secured it the next day": the exposure ended when it was closed.
                    || s_closureWords.Any(w => lead.Contains(w, StringComparison.Ordinal))))
                {
                    if (end is null || (TimeValues.LastDay(t.Value) is { } candidateEnd && TimeValues.LastDay(end) is { } currentEnd && candidateEnd > currentEnd))
                    {
                        end = t.Value;
                    }

                    if (FoundWhenItEnded(text, t.End, sentence.End))
                    {
                        // "exposed from late March until May 8, when a researcher reported it": found on the day it ended.
                        discovered ??= t.Value;
                    }

                    used.Add(t.Start);
                    continue;
                }

                // "said on Thursday", "disclosed in March": the preposition does not change whose date it is.
                var verbLead = lead.EndsWith(" on", StringComparison.Ordinal) || lead.EndsWith(" in", StringComparison.Ordinal) ? lead[..^3] : lead;
                foreach (var disclosedObject in s_disclosedObjects)
                {
                    // "disclosed the breach last Thursday": the verb's object stands between it and the date.
                    if (verbLead.EndsWith(disclosedObject, StringComparison.Ordinal))
                    {
                        verbLead = verbLead[..^disclosedObject.Length];
                        break;
                    }
                }

                foreach (var channel in s_claimChannels)
                {
                    // "said on Telegram on Sunday", "claimed on its leak site on Monday": the channel stands between verb and date.
                    if (verbLead.EndsWith(channel, StringComparison.Ordinal))
                    {
                        verbLead = verbLead[..^channel.Length];
                        break;
                    }
                }

                if (t.Kind == TimeExpressionKind.Date && s_listingVerbs.Any(v => text.AsSpan(t.End).TrimStart().StartsWith(v, StringComparison.OrdinalIgnoreCase)))
                {
                    // "The RansomHub gang on Sunday added the insurer to its leak site": the date of the listing, not of the attack.
                    used.Add(t.Start);
                    continue;
                }

                var recipientLead = WithoutRecipient(text, sentence.Start, t.Start);
                if (s_disclosureVerbs.Any(v => lead.EndsWith(v, StringComparison.Ordinal) || verbLead.EndsWith(v, StringComparison.Ordinal)
                    || (recipientLead is not null && recipientLead.EndsWith(v, StringComparison.Ordinal))))
                {
                    disclosed ??= t.Value;
                    used.Add(t.Start);
                    continue;
                }

                // The incident started at its earliest reported date; a precise date beats a coarse one of the same period.
                // A finer date inside the current period ("June 11" inside "last week") refines it.
                var candidateDay = TimeValues.FirstDay(t.Value);
                var startDay = TimeValues.FirstDay(start);
                var refines = candidateDay is not null && startDay is not null && TimeValues.LastDay(start) is { } startLast
                    && candidateDay >= startDay && candidateDay <= startLast && TimeValues.Precision(t.Value) > TimeValues.Precision(start!);
                var coarser = candidateDay is not null && startDay is not null && TimeValues.LastDay(t.Value) is { } candidateLast
                    && startDay >= candidateDay && startDay <= candidateLast;
                var replace = start is null || refines || (!coarser && candidateDay is not null && startDay is not null && candidateDay < startDay)
                    || (startDay is null && candidateDay is not null);
                var saysAttackStart = saysStart && SaysAttackStart(text[sentence.Start..t.Start], clauseLead);
                if (start is not null && startSaid != saysAttackStart && !refines)
                {
                    // A date the text says the intrusion began at ("the attackers first got in during September", "the attack
                    // began on June 28") outweighs an earlier date that only stands beside an attack mention (the year a gang
                    // emerged, an older incident the report recalls), unless it only coarsens the known start.
                    replace = saysAttackStart && !coarser;
                    startSaid |= saysAttackStart && coarser;
                }

                if (replace && startDay is { } current && candidateDay is { } candidate && candidate.AddDays(365) < current
                    && sentenceIndex > startSentence && !saysAttackStart)
                {
                    // "In January 2023, the company was hit by a ransomware attack", years before the dates the report opened
                    // with: an earlier incident the report recalls, with its other dates and durations.
                    recalled.Add(sentenceIndex);
                    replace = false;
                }

                if (replace)
                {
                    start = t.Value;
                    startSentence = sentenceIndex;
                    startSaid |= saysAttackStart;
                    used.Add(t.Start);
                }
            }
        }

        if (precededStart is not null && (start is null || string.CompareOrdinal(precededStart, start) < 0))
        {
            start = precededStart;
        }

        if (TimeValues.FirstDay(start) is { } begun && TimeValues.LastDay(discovered) is { } noticed && begun > noticed)
        {
            // "first detected suspicious activity on January 29 … posted the company's name on Monday": an intrusion cannot
            // begin after it was found; the later date belongs to a later step (the leak, the ransom note).
            start = null;
        }

        int? dwell = null;
        if (sinceAttack is not null && TimeValues.FirstDay(disclosed) is { } said && TimeValues.DurationDays(sinceAttack) is { } elapsed)
        {
            // Counted back from the statement that gives the elapsed time, to the week.
            var attacked = said.AddDays(-elapsed);
            if (start is null || (TimeValues.FirstDay(start) is { } known && known > attacked))
            {
                start = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(attacked.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(attacked.ToDateTime(TimeOnly.MinValue)):D2}");
            }
        }

        if (start is null && discovered is not null && durationBeforeDiscovery && duration is not null
            && TimeValues.FirstDay(discovered) is { } detected && TimeValues.DurationDays(duration) is { } days)
        {
            // "for several months before the breach was detected last week": the start lies that long before.
            start = TimeValues.Month(TimeValues.Subtract(detected, duration) ?? detected.AddDays(-days));
            dwell = days;
        }

        if (dwell is null && start is not null && TimeValues.FirstDay(start) is { } first)
        {
            if (discovered is not null && TimeValues.FirstDay(discovered) is { } found && found >= first)
            {
                dwell = found.DayNumber - first.DayNumber;
            }
            else if (discovered is null && durationBeforeDiscovery && impliesDiscovery && duration is not null && TimeValues.Add(first, duration) is { } implied)
            {
                discovered = TimeValues.Precision(start) >= 7 ? TimeValues.Month(implied) : implied.Year.ToString("D4", CultureInfo.InvariantCulture);
                dwell = TimeValues.DurationDays(duration);
            }
        }
        if (dwell is null && durationBeforeDiscovery && duration is not null)
        {
            dwell = TimeValues.DurationDays(duration);
        }

        return start is null && end is null && discovered is null && duration is null && disclosed is null
            ? null
            : new EventTime { Start = start, End = end, Discovered = discovered, Duration = duration, Disclosed = disclosed, DwellDays = dwell };
    }

    /// <summary>
    /// "was published on April 14 and remained available for roughly eleven weeks before it was spotted": a date followed,
    /// before the discovery wording, by a duration that runs up to the discovery dates what began then, not the discovery.
    /// </summary>
    private static bool DatesWhatPrecededDiscovery(string text, TimeExpression date, Event discovery, IEnumerable<TimeExpression> sentenceTimes)
    {
        if (date.Kind != TimeExpressionKind.Date || date.End > discovery.Trigger.Start)
        {
            return false;
        }

        foreach (var d in sentenceTimes)
        {
            if (d.Kind == TimeExpressionKind.Duration && d.Start >= date.End && d.End <= discovery.Trigger.Start
                && (d.Text.EndsWith("before", StringComparison.OrdinalIgnoreCase)
                    || text.AsSpan(d.End, discovery.Trigger.Start - d.End).TrimStart().StartsWith("before", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The date of the later step a duration is counted back from ("about two months before the ransomware was deployed on
    /// August 30"): the first date after "before" in the duration's sentence, within 80 characters, when "before" introduces
    /// no discovery (those durations are dwell times, handled apart).
    /// </summary>
    private static TimeExpression? LaterStepDate(string text, TimeExpression duration, IEnumerable<TimeExpression> sentenceTimes)
    {
        var following = text.AsSpan(duration.End, Math.Min(80, text.Length - duration.End)).ToString().ToLowerInvariant();
        if (!(following.StartsWith(" before ", StringComparison.Ordinal) || duration.Text.EndsWith(" before", StringComparison.OrdinalIgnoreCase))
            || MentionsDiscovery(following))
        {
            return null;
        }

        return sentenceTimes.FirstOrDefault(o => o.Kind == TimeExpressionKind.Date && o.Start > duration.End && o.Start - duration.End <= 80);
    }

    private static readonly string[] s_recoveryWords = ["restored", "back online", "resumed", "recovered", "reopened", "brought back"];

    private static readonly string[] s_entryWords = ["got in", "first gained", "entered", "broke in", "gained access", "first accessed", "infiltrated", "logged in"];

    private static readonly string[] s_attackSubjects =
        ["attack", "breach", "intrusion", "compromise", "campaign", "hack", "activity", "operation", "attackers", "hackers", "intruders", "actors", "group", "gang"];

    /// <summary>
    /// Whether start wording before a date says when the attack itself began: an entry verb ("first got in", "broke in"),
    /// or "began"/"since" in a sentence about the attack or its perpetrators ("the attack began on June 28"), not about the
    /// victim's response ("It began writing to customers this week").
    /// </summary>
    private static bool SaysAttackStart(string sentenceLead, string clauseLead) =>
        s_entryWords.Any(v => clauseLead.Contains(v, StringComparison.Ordinal))
        || s_attackSubjects.Any(n => sentenceLead.Contains(n, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] s_otherIncidentNouns =
    [
        "breach", "incident", "attack", "cyberattack", "cyber attack", "hack", "intrusion", "leak", "compromise", "data breach",
    ];

    private static readonly string[] s_otherIncidentQualifiers =
    [
        "unrelated", "earlier", "previous", "older", "prior", "old",
    ];

    private static readonly string[] s_dataOriginVerbs =
    [
        "came from", "come from", "comes from", "taken from", "originated", "originate from", "dating from", "dates from", "recycled",
        "were from", "was from", "stem from", "stemmed from",
    ];

    /// <summary>
    /// Whether the date at [<paramref name="start"/>, <paramref name="end"/>) dates another incident than the one reported: a
    /// year that premodifies an indefinite attack noun inside the sentence ("came from a 2021 breach"), a date after an
    /// indefinite attack noun with a qualifier ("an unrelated incident in 2023", "an earlier breach last year"), or one after
    /// an indefinite attack noun that data is said to have come from ("taken from a supplier's server during an incident last year").
    /// </summary>
    private static bool IsOtherIncident(string text, int sentenceStart, int start, int end)
    {
        var from = Math.Max(sentenceStart, start - 90);
        var lead = text[from..start].ToLowerInvariant();
        var following = text.AsSpan(end, Math.Min(24, text.Length - end)).ToString().ToLowerInvariant();
        if ((lead.EndsWith(" a ", StringComparison.Ordinal) || lead.EndsWith(" an ", StringComparison.Ordinal))
            && s_otherIncidentNouns.Any(n => following.StartsWith(" " + n, StringComparison.Ordinal)))
        {
            return true;
        }

        // The last indefinite attack noun before the date, with nothing but a short qualifier phrase between.
        var noun = -1;
        foreach (var n in s_otherIncidentNouns)
        {
            var at = lead.LastIndexOf(" " + n, StringComparison.Ordinal);
            if (at >= 0 && lead.Length - at <= 40 + n.Length)
            {
                noun = Math.Max(noun, at);
            }
        }

        if (noun < 0)
        {
            return false;
        }

        var before = lead[..(noun + 1)];
        var article = Math.Max(before.LastIndexOf(" a ", StringComparison.Ordinal), before.LastIndexOf(" an ", StringComparison.Ordinal));
        if (article < 0 || noun - article > 30 || before.LastIndexOf(" the ", StringComparison.Ordinal) > article)
        {
            return false;
        }

        var premodifiers = before[article..];
        return s_otherIncidentQualifiers.Any(q => premodifiers.Contains(" " + q + " ", StringComparison.Ordinal))
            || s_dataOriginVerbs.Any(v => before.Contains(v, StringComparison.Ordinal));
    }

    private static readonly string[] s_historyMarkers =
    [
        // The actor's own beginnings and the victim's earlier misfortunes: "since it emerged in 2023", "was also targeted in 2019".
        "emerged", "first appeared", "first surfaced", "was founded", "been around", "also targeted", "also hit", "also attacked",
        "also breached", "the second time", "the third time",
        "previously", "earlier operations", "earlier attacks", "earlier campaigns", "previous attacks", "previous campaigns",
        "past attacks", "past campaigns", "past operations", "prior attacks", "other attacks", "other victims", "in the past",
    ];

    private static readonly string[] s_historyVerbs =
    [
        "used", "targeted", "exploited", "hit", "attacked", "deployed", "operated", "conducted", "carried out", "been active",
        "been linked", "been tied", "been tracked", "been observed", "been seen", "breached", "compromised", "abused", "leveraged",
        // "a group it has tracked since at least 2023": the researchers' record of the actor.
        "tracked", "followed", "monitored",
    ];

    /// <summary>
    /// Whether the date belongs to an actor's earlier activity rather than to the incident: a present perfect of a
    /// habitual deed ("the group has used … since 2016", "a flaw Akira affiliates have exploited since at least 2023",
    /// "a crime group that has targeted healthcare providers since last spring") or a marker of earlier, other
    /// operations ("previously", "earlier operations … in 2015").
    /// </summary>
    private static bool IsEarlierActivity(string lead)
    {
        if (s_historyMarkers.Any(m => lead.Contains(m, StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (var auxiliary in (string[])[" has ", " have "])
        {
            for (var k = lead.IndexOf(auxiliary, StringComparison.Ordinal); k >= 0; k = lead.IndexOf(auxiliary, k + 1, StringComparison.Ordinal))
            {
                var rest = lead.AsSpan(k + auxiliary.Length);
                if (rest.StartsWith("also ", StringComparison.Ordinal) || rest.StartsWith("repeatedly ", StringComparison.Ordinal))
                {
                    rest = rest[(rest.IndexOf(' ') + 1)..];
                }

                foreach (var verb in s_historyVerbs)
                {
                    if (rest.StartsWith(verb, StringComparison.Ordinal) && rest.Length > verb.Length && rest[verb.Length] == ' ')
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static readonly string[] s_campaignNouns = ["campaign", "activity", "operation", "intrusion", "attack", "scheme"];

    /// <summary>
    /// "a phishing campaign … that has been active since late last year": the incident itself has been going on since the
    /// date (the campaign is nearer than any actor), unlike "the group has been active since 2016".
    /// </summary>
    private static bool IsOngoingCampaign(string sentenceLead)
    {
        var lower = sentenceLead.ToLowerInvariant();
        var active = Math.Max(lower.LastIndexOf("been active", StringComparison.Ordinal), lower.LastIndexOf("been running", StringComparison.Ordinal));
        if (active < 0)
        {
            return false;
        }

        var before = lower[..active];
        var campaign = s_campaignNouns.Max(n => before.LastIndexOf(n, StringComparison.Ordinal));
        var actor = ((string[])["group", "gang", "actor", "hackers", "crew", "operators"]).Max(n => before.LastIndexOf(n, StringComparison.Ordinal));
        return campaign >= 0 && campaign > actor;
    }

    /// <summary>The clause before a time expression, lower-cased: back to the previous ';' or ',' within its sentence, at most 60 characters.</summary>
    private static string ClauseLead(string text, int sentenceStart, int at)
    {
        var from = Math.Max(sentenceStart, at - 60);
        var lead = text[from..at];
        var cut = lead.LastIndexOfAny([';', ',']);
        return (cut >= 0 ? lead[(cut + 1)..] : lead).ToLowerInvariant();
    }

    /// <summary>Trigger words that name the kind of attack itself (not a generic "attack" typed by context).</summary>
    private static readonly string[] s_namedAttackWords = ["ransomware", "wiper", "denial-of-service", "denial of service", "ddos", "encrypt"];

    private static readonly string[] s_disclosedObjects = [" the breach", " the attack", " the incident", " the intrusion", " the hack", " the cyberattack", " the data breach"];

    /// <summary>"before its discovery", "before the breach was found in February", "before it was spotted".</summary>
    private static bool MentionsDiscovery(string following) => s_beforeDiscoveryStems.Any(d => following.Contains(d, StringComparison.Ordinal));

    private static readonly string[] s_beforeDiscoveryStems = ["discover", "detect", "notice", " found", "uncover", "spotted", "identified"];

    /// <summary>Where the last of <paramref name="words"/> occurs in <paramref name="lead"/>, or -1.</summary>
    private static int LastOf(string lead, string[] words)
    {
        var last = -1;
        foreach (var word in words)
        {
            last = Math.Max(last, lead.LastIndexOf(word, StringComparison.Ordinal));
        }

        return last;
    }

    private static readonly string[] s_discoveryVerbs = ["detected", "discovered", "spotted", "noticed", "uncovered", "identified the", "became aware", "was found", "were found", "been found", "found the"];
    private static readonly string[] s_startWords = ["began", "begun", "started", "first gained", "since", "entered", "broke in", "got in", "gained access", "first accessed", "infiltrated", "logged in"];

    private static readonly string[] s_claimChannels =
    [
        " on telegram", " on its telegram channel", " on a telegram channel", " on x", " on its leak site", " on its website",
        " on social media", " on its blog", " on a forum", " on its dark web site", " in a post", " in a telegram post",
    ];

    private static readonly string[] s_listingVerbs = ["added ", "listed ", "posted ", "published ", "leaked ", "claimed "];

    private static readonly string[] s_disclosureVerbs =
    [
        "said", "says", "announced", "confirmed", "disclosed", "reported", "revealed", "told reporters", "stated", "said in a statement",
        "publicly attributed", "attributed", "warned", "notified", "in a statement", "in a filing", "in a notice", "in a blog post",
        "in a letter", "in an email", "in a message",
    ];

    private static readonly string[] s_disclosureStems = ["disclos", "letter", "notified", "went public", "statement", "filing"];

    /// <summary>"disclosed", "in a notice", "in a letter", "notified" (but not "noticed", a discovery).</summary>
    private static bool IsDisclosureWording(string trigger)
    {
        var lower = trigger.ToLowerInvariant();
        return lower.EndsWith("notice", StringComparison.Ordinal) || s_disclosureStems.Any(s => lower.Contains(s, StringComparison.Ordinal));
    }

    /// <summary>Whether the date at <paramref name="at"/> follows the wording ending at <paramref name="from"/> within its clause (at most 40 characters, no comma).</summary>
    private static bool Follows(string text, int from, int at) =>
        at >= from && at - from <= 40 && text.AsSpan(from, at - from).IndexOfAny(',', ';', '.') < 0;

    /// <summary>"more than two months after the intrusion was detected": a duration counted from the discovery.</summary>
    private static bool IsElapsedSinceDiscovery(string text, TimeExpression t)
    {
        var following = text.AsSpan(t.End, Math.Min(50, text.Length - t.End)).ToString().ToLowerInvariant();
        return following.StartsWith(" after ", StringComparison.Ordinal) && MentionsDiscovery(following);
    }

    private static readonly string[] s_foundWhenWords = ["discover", "detect", "notice", "found", "spotted", "reported it", "alerted", "flagged"];

    /// <summary>"until May 8, when a researcher reported it": the end of an exposure is the day someone found it.</summary>
    private static bool FoundWhenItEnded(string text, int at, int sentenceEnd)
    {
        var following = text.AsSpan(at, Math.Min(60, sentenceEnd - at)).ToString().ToLowerInvariant();
        return following.StartsWith(", when ", StringComparison.Ordinal) && s_foundWhenWords.Any(w => following.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// The words before a date without a recipient ("in a letter to parents on Friday", "disclosed the breach to
    /// customers on Monday" → "… in a letter", "… disclosed the breach"), or null when no short "to …" phrase precedes it.
    /// </summary>
    private static string? WithoutRecipient(string text, int sentenceStart, int at)
    {
        var from = Math.Max(sentenceStart, at - 60);
        var lead = text[from..at].ToLowerInvariant().TrimEnd();
        if (lead.EndsWith(" on", StringComparison.Ordinal) || lead.EndsWith(" in", StringComparison.Ordinal))
        {
            lead = lead[..^3];
        }

        var to = lead.LastIndexOf(" to ", StringComparison.Ordinal);
        if (to < 0 || lead.Length - to > 28 || lead.AsSpan(to + 4).Count(' ') > 1 || lead.AsSpan(to + 4).IndexOfAny("0123456789,") >= 0)
        {
            return null;
        }

        lead = lead[..to];
        foreach (var disclosedObject in s_disclosedObjects)
        {
            if (lead.EndsWith(disclosedObject, StringComparison.Ordinal))
            {
                return lead[..^disclosedObject.Length];
            }
        }

        return lead;
    }
}
