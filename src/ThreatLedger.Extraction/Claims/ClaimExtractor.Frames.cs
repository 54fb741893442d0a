using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Model;
using static ThreatLedger.Extraction.Claims.ClaimVocabulary;

namespace ThreatLedger.Extraction.Claims;

// ClaimExtractor, part: Source frames: who speaks in a sentence ("X said", "according to X", "X, citing Y", the subject of a clause).
internal sealed partial class ClaimExtractor
{
    private sealed partial class Run
    {
        /// <summary>
        /// The publication speaking for itself: an outlet's own reporting, or a vendor's or agency's report in its own
        /// voice ("We attribute the activity to …") when the source is a security firm or government body.
        /// </summary>
        private SourceFrame DefaultFrame(int at) => _publisher with { Start = at, ContentStart = at };

        /// <summary>"Outlet: Canadian Centre for Cyber Security" when the text names that body: the publisher is the body, of its kind.</summary>
        private static SourceFrame OwnPublisher(SourceFrame publisher, string? source, EntityAnalysis entities)
        {
            if (source is null)
            {
                return publisher;
            }

            // "Outlet: Baobab Threat Labs blog": the body's own channel is the body.
            var trimmed = source.Trim();
            var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var channel = words.Length;
            while (channel > 1 && s_ownChannelWords.Contains(words[channel - 1]))
            {
                channel--;
            }

            var body = string.Join(' ', words[..channel]);
            var own = entities.Entities.FirstOrDefault(e => e.Kind is EntityKinds.GovernmentBody or EntityKinds.Vendor
                && (string.Equals(e.Name, source, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(source, StringComparer.OrdinalIgnoreCase)
                    || (channel < words.Length && (string.Equals(e.Name, body, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(body, StringComparer.OrdinalIgnoreCase)))));
            return own is null ? publisher
                : publisher with
                {
                    Kind = own.Kind == EntityKinds.Vendor ? SourceKinds.Vendor : SourceKinds.Government, CountryCode = own.Attributes.GetValueOrDefault("country"),
                    EntityId = own.Id,
                };
        }

        /// <summary>Words after a body's name that make it one of the body's channels ("X blog", "X Research", "X newsroom").</summary>
        private static readonly HashSet<string> s_ownChannelWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "blog", "newsroom", "news", "press", "releases", "release", "website", "advisory", "advisories", "insights", "research", "team",
        };

        private static SourceFrame Publisher(string? source)
        {
            var name = source ?? "the article";
            var lower = name.ToLowerInvariant();
            var kind = source is not null && !IsMediaWords(lower) && KindOf(lower, null) is { } own && own is SourceKinds.Vendor or SourceKinds.Government
                ? own
                : source is not null && !IsMediaWords(lower) && ContainsWord(lower, "research", "intelligence", "security", "threat") ? SourceKinds.Vendor
                : SourceKinds.Media;
            return new(name, kind, null, null, null, 0, 0, null, null, false);
        }

        private static string FirstAfterTimeWords(List<(int Start, int End, string Lower)> words, int from)
        {
            var k = from;
            while (k < words.Count && k - from < 4 && SubjectTimeWords.Contains(words[k].Lower))
            {
                k++;
            }

            if (k + 2 < words.Count && words[k].Lower == "in" && words[k + 1].Lower is "a" or "an" or "its" or "their" or "the")
            {
                // "confirmed in a brief statement that …": the channel before the content.
                for (var n = k + 2; n < words.Count && n - k <= 4; n++)
                {
                    if (words[n].Lower is "statement" or "filing" or "post" or "notice" or "letter" or "release" or "update" or "briefing")
                    {
                        k = n + 1;
                        while (k < words.Count && k - n < 4 && SubjectTimeWords.Contains(words[k].Lower))
                        {
                            k++;
                        }

                        break;
                    }
                }
            }

            return k < words.Count ? words[k].Lower : string.Empty;
        }

        private SourceFrame? FindFrame(int start, int end, int sentenceStart)
        {
            var words = Words(start, end);

            // "according to X[, citing Y]"
            for (var i = 0; i + 1 < words.Count; i++)
            {
                if (words[i].Lower == "according" && words[i + 1].Lower == "to")
                {
                    var (npStart, npEnd, next) = NounPhrase(words, i + 2, [",", ".", ";", "that", "which", "who"]);
                    if (npEnd <= npStart)
                    {
                        continue;
                    }

                    if (IssuersOfDocument(words, i + 2) is { } issuers)
                    {
                        // "according to a joint advisory issued on Tuesday by Canada's cyber centre and the RCMP": the issuers speak.
                        return issuers with { Start = words[i].Start, ContentStart = start };
                    }

                    var frame = MakeFrame(npStart, npEnd, "according to", words[i].Start, start);
                    if (SeenBy(npStart, npEnd) is { } seen && MakeFrame(npStart, seen.DocumentEnd, "according to", words[i].Start, start) is { } document)
                    {
                        // "according to an internal report seen by the Highveld Gazette": the document speaks, through the outlet that saw it.
                        frame = document with { CitedVia = text[seen.OutletStart..npEnd] };
                    }

                    if (VerbFrame(words[..i], start) is { } speaker && speaker.Kind != SourceKinds.Media)
                    {
                        // "Mandiant attributed the attack to X, according to a person familiar with the investigation".
                        return speaker with { CitedVia = text[npStart..npEnd] };
                    }

                    if (i == 0 && next + 1 < words.Count && words[next].Lower == "," && VerbFrame(words[(next + 1)..], start) is { } inner
                        && inner.Kind != SourceKinds.Media && inner.Explicit)
                    {
                        // "According to The Guardian, Microsoft researchers believe …": the researchers speak, through the outlet.
                        return inner with { CitedVia = text[npStart..npEnd], Start = words[i].Start };
                    }

                    var citingAt = next + 1 < words.Count && words[next].Lower == "," && words[next + 1].Lower == "citing" ? next + 2
                        : next + 2 < words.Count && words[next].Lower == "," && words[next + 1].Lower == "which" && words[next + 2].Lower == "cited" ? next + 3
                        : -1;
                    if (citingAt > 0)
                    {
                        var (cStart, cEnd, _) = NounPhrase(words, citingAt, CitedObjectStops);
                        if (cEnd > cStart && MakeFrame(cStart, cEnd, "citing", words[i].Start, start) is { } cited)
                        {
                            frame = cited with { CitedVia = text[npStart..npEnd] };
                        }
                    }

                    return frame;
                }
            }

            // "Citing The Harbour Courier, Fjord Security Weekly understands that …": the claim reached the speaker through
            // the cited outlet (cited_via), as with "according to the Financial Times".
            var lead = 0;
            while (lead < words.Count && DiscourseMarkers.Contains(words[lead].Lower))
            {
                lead++;
            }

            if (lead < words.Count && words[lead].Lower == "citing")
            {
                var (cStart, cEnd, next) = NounPhrase(words, lead + 1, [",", ".", ";"]);
                if (cEnd > cStart && next < words.Count && VerbFrame(words[(next + 1)..], start) is { } citer)
                {
                    return citer with { CitedVia = text[cStart..cEnd], Start = words[lead].Start };
                }
            }

            if (lead + 3 < words.Count && words[lead].Lower is "prompting" or "fuelling" or "fueling" or "sparking" or "amid"
                && words[lead + 1].Lower is "speculation" or "suggestions" or "claims" && words[lead + 2].Lower is "in" or "among" or "by")
            {
                // "prompting speculation in local media that Algeria was behind it": those who speculate speak, hedged.
                var (sStart, sEnd, next) = NounPhrase(words, lead + 3, [",", ".", ";", "that"]);
                if (sEnd > sStart && next < words.Count && words[next].Lower == "that"
                    && MakeFrame(sStart, sEnd, words[lead + 1].Lower, words[lead].Start, words[next].End) is { } speculating)
                {
                    return speculating;
                }
            }

            if (CarriedStatement(words, start) is { } carried)
            {
                return carried;
            }

            if (VerbFrame(words, start) is { } verbFrame)
            {
                if (PassiveAgentFrame(words, start) is { EntityId: not null } agent && agent.EntityId != verbFrame.EntityId)
                {
                    // "… has been attributed by Google's Threat Intelligence Group to UNC1069, the company said": the agent
                    // attributes; a named speaker who reports it is the channel.
                    return agent with { Verb = verbFrame.Verb, CitedVia = Pronouns.Contains(verbFrame.Name) ? null : verbFrame.Name };
                }

                return ReportedBy(words, verbFrame);
            }

            return PassiveAgentFrame(words, start) ?? CitedFrame(words, end);
        }

        private static readonly string[] s_seenBy = [" seen by ", " obtained by ", " reviewed by ", " viewed by ", " shared with ", " leaked to "];

        /// <summary>"an internal report seen by the Highveld Gazette": where the document's words end and the outlet's name begins, or null.</summary>
        private (int DocumentEnd, int OutletStart)? SeenBy(int start, int end)
        {
            foreach (var link in s_seenBy)
            {
                var at = _lower.IndexOf(link, start, end - start, StringComparison.Ordinal);
                if (at > start)
                {
                    var outletStart = at + link.Length;
                    return outletStart < end ? (at, outletStart) : null;
                }
            }

            return null;
        }

        /// <summary>
        /// "KCNA carried a statement by a foreign ministry spokesperson calling …", "state media quoted an official as saying …":
        /// the quoted party speaks, through the outlet that carried its words (whose country it shares when it names none).
        /// </summary>
        private SourceFrame? CarriedStatement(List<(int Start, int End, string Lower)> words, int clauseStart)
        {
            for (var i = 1; i + 2 < words.Count; i++)
            {
                int npFrom;
                if (words[i].Lower is "quoted" or "quotes" && !(words[i - 1].Lower is "was" or "were" or "is" or "be" or "been"))
                {
                    npFrom = i + 1;
                }
                else if (words[i].Lower is "carried" or "published" or "ran" or "issued" && words[i + 1].Lower is "a" or "an" or "the"
                    && words[i + 2].Lower == "statement" && i + 4 < words.Count && words[i + 3].Lower is "by" or "from")
                {
                    npFrom = i + 4;
                }
                else if (words[i].Lower is "carried" or "published" or "ran" or "issued" && words[i + 1].Lower is "a" or "an" && i + 3 < words.Count
                    && words[i + 2].Lower is "commentary" or "editorial" or "article" or "statement" && words[i + 3].Lower is "calling" or "saying" or "denying"
                        or "rejecting" or "that" or "dismissing" or "describing" && OwnVoiceOfStateMedia(words, i) is { } ownVoice)
                {
                    // "KCNA carried a commentary calling such reports a smear campaign": state media speaking in its own voice
                    // speaks for its state.
                    _lastExplicit = ownVoice;
                    return ownVoice;
                }
                else
                {
                    continue;
                }

                var (npStart, npEnd, next) = NounPhrase(words, npFrom, [",", ".", ";", "calling", "saying", "as", "who", "that", "which", "denying", "rejecting", "\""]);
                if (npEnd <= npStart || (words[i].Lower is "quoted" or "quotes" && !(next + 1 < words.Count && words[next].Lower == "as" && words[next + 1].Lower is "saying" or "calling")))
                {
                    continue;
                }

                var (cStart, cEnd) = PhraseBefore(words, i);
                var last = words.FindLastIndex(i - 1, x => x.End <= cEnd && x.Start >= cStart);
                while (last > 0 && words[last].Start > cStart && SubjectTimeWords.Contains(words[last].Lower))
                {
                    // "KCNA news agency on Wednesday carried …": the carrier without its time.
                    cEnd = words[--last].End;
                }

                if (cEnd <= cStart || MakeFrame(npStart, npEnd, "said", cStart, words[next - 1].End) is not { } quotedParty)
                {
                    continue;
                }

                var carrierCountry = entities.MentionsWithin(cStart, cEnd).Select(m => entities[m.EntityId])
                    .Select(e => e.Attributes.GetValueOrDefault("country")).FirstOrDefault(c => c is not null);
                var kind = quotedParty.Kind is SourceKinds.Unknown && carrierCountry is not null ? SourceKinds.Government : quotedParty.Kind;
                var frame = quotedParty with { Kind = kind, CitedVia = text[cStart..cEnd], CountryCode = quotedParty.CountryCode ?? carrierCountry };
                _lastExplicit = frame;
                return frame;
            }

            return null;
        }

        /// <summary>
        /// "a joint advisory issued on Tuesday by Canada's cyber centre and the Royal Canadian Mounted Police": the bodies that
        /// issued the document the claim is sourced to, counted; null when the phrase at <paramref name="from"/> names no issuer.
        /// </summary>
        private SourceFrame? IssuersOfDocument(List<(int Start, int End, string Lower)> words, int from)
        {
            if (from + 2 >= words.Count || words[from].Lower is not ("a" or "an" or "the")
                || !words.Skip(from + 1).Take(2).Any(w => w.Lower is "advisory" or "statement" or "alert" or "bulletin" or "report" or "assessment"))
            {
                return null;
            }

            var by = -1;
            for (var k = from + 2; k < words.Count && k - from <= 8 && words[k].Lower is not ("," or "." or ";"); k++)
            {
                if (words[k].Lower == "by")
                {
                    by = k;
                    break;
                }
            }

            if (by < 0 || words[by - 1].Lower is "seen" or "obtained" or "reviewed" or "viewed")
            {
                // "a report seen by the Highveld Gazette": the outlet that saw the document did not issue it.
                return null;
            }

            var (aStart, aEnd, next) = NounPhrase(words, by + 1, [",", ".", ";", "that", "which", "who"]);
            if (aEnd <= aStart || MakeFrame(aStart, aEnd, "according to", aStart, aStart) is not { } issuers)
            {
                return null;
            }

            var parties = 1 + words.Skip(by + 1).Take(next - by - 1).Count(w => w.Lower == "and");
            return parties > 1 && issuers.Kind == SourceKinds.Government ? issuers with { Count = parties, EntityId = null } : issuers;
        }

        /// <summary>The outlet before <paramref name="verb"/> as its state's voice, when it is an outlet with a country (state media); else null.</summary>
        private SourceFrame? OwnVoiceOfStateMedia(List<(int Start, int End, string Lower)> words, int verb)
        {
            var (cStart, cEnd) = PhraseBefore(words, verb);
            var last = words.FindLastIndex(verb - 1, x => x.End <= cEnd && x.Start >= cStart);
            while (last > 0 && words[last].Start > cStart && SubjectTimeWords.Contains(words[last].Lower))
            {
                cEnd = words[--last].End;
            }

            var outlet = cEnd > cStart ? entities.MentionsWithin(cStart, cEnd).Select(m => entities[m.EntityId])
                .FirstOrDefault(e => e.Kind == EntityKinds.Outlet && e.Attributes.ContainsKey("country")
                    && (e.Attributes.ContainsKey("state_media") || ContainsWord(_lower[cStart..cEnd], "state", "state-run", "state-owned", "official"))) : null;
            return outlet is null ? null
                : new SourceFrame(text[cStart..cEnd], SourceKinds.Government, null, null, outlet.Id, cStart, words[verb].End, "said", outlet.Attributes["country"], true);
        }

        /// <summary>
        /// "…, as first reported by The Record", "X blamed Y, the Herald reported on Thursday": the outlet that carried the
        /// speaker's words.
        /// </summary>
        private SourceFrame ReportedBy(List<(int Start, int End, string Lower)> words, SourceFrame frame)
        {
            if (frame.CitedVia is null && frame.Kind != SourceKinds.Media)
            {
                foreach (var m in entities.MentionsWithin(frame.ContentStart, words.Count > 0 ? words[^1].End : frame.ContentStart))
                {
                    var before = _lower[Math.Max(0, m.Start - 6)..m.Start];
                    var after = _lower[m.End..Math.Min(_lower.Length, m.End + 12)];
                    if (m.Kind == EntityKinds.Outlet && (before.EndsWith(", ", StringComparison.Ordinal) || before.EndsWith(", the ", StringComparison.Ordinal))
                        && (after.StartsWith(" reported", StringComparison.Ordinal) || after.StartsWith(" reports", StringComparison.Ordinal)
                            || after.StartsWith(" said", StringComparison.Ordinal) || after.StartsWith(" says", StringComparison.Ordinal)))
                    {
                        return frame with { CitedVia = entities[m.EntityId].Name };
                    }
                }
            }

            for (var i = 2; i + 1 < words.Count; i++)
            {
                if (words[i].Lower == "by" && words[i - 1].Lower == "reported" && (words[i - 2].Lower == "as" || (i >= 3 && words[i - 2].Lower == "first" && words[i - 3].Lower == "as"))
                    && frame.CitedVia is null && frame.Kind != SourceKinds.Media)
                {
                    var (npStart, npEnd, _) = NounPhrase(words, i + 1, [",", ".", ";", "on", "in", "which", "who", "that"]);
                    if (npEnd > npStart)
                    {
                        return frame with { CitedVia = text[npStart..npEnd] };
                    }
                }
            }

            return frame;
        }

        /// <summary>
        /// "The attack has been linked to the Lazarus Group by several blockchain analytics firms": the agent of a passive
        /// attribution is its source.
        /// </summary>
        private SourceFrame? PassiveAgentFrame(List<(int Start, int End, string Lower)> words, int clauseStart)
        {
            for (var i = 1; i < words.Count; i++)
            {
                if (!(AttributionVerbs.Contains(words[i].Lower) || BlameVerbs.Contains(words[i].Lower) || words[i].Lower == "claimed")
                    || words[i - 1].Lower is not ("been" or "was" or "were" or "is" or "are" or "being"))
                {
                    continue;
                }

                for (var k = i + 1; k + 1 < words.Count && k - i < 24; k++)
                {
                    if (words[k].Lower == "," && words[k + 1].Lower is "a" or "an" or "the" or "which" or "who")
                    {
                        // ", a Chinese state-sponsored group," before "by Microsoft".
                        var close = k + 1;
                        while (close < words.Count && words[close].Lower is not ("," or ";" or ".") && close - k < 12)
                        {
                            close++;
                        }

                        k = close;
                        continue;
                    }

                    if (words[k].Lower is "," or ";" or ".")
                    {
                        break;
                    }

                    if (words[k].Lower != "by")
                    {
                        continue;
                    }

                    if (k - 1 > i && words[k - 1].Lower is var participle && participle.Length > 3 && participle.EndsWith("ed", StringComparison.Ordinal))
                    {
                        // "had been traced to servers previously used by APT41": the agent of another participle.
                        break;
                    }

                    // "has been attributed by Google's Threat Intelligence Group to UNC1069": the agent before the accused.
                    var (npStart, npEnd, _) = NounPhrase(words, k + 1, [",", ".", ";", "including", "such", "which", "who", "that", "after", "in", "on", "to"]);
                    if (npEnd > npStart && MakeFrame(npStart, npEnd, words[i].Lower, words[0].Start, clauseStart) is { } agent)
                    {
                        // "has been pinned on Chinese state hackers by Norwegian intelligence": the agent of the blame is a state's
                        // service speaking, not an actor.
                        // "had been traced to Iran by a foreign intelligence agency": a state's service of no stated country speaks too.
                        return agent.Kind == SourceKinds.Accused && entities.Find(agent.EntityId) is { } described && described.Attributes.ContainsKey("descriptive")
                            && (described.Attributes.ContainsKey("country") || ContainsWord(described.Name.ToLowerInvariant(), "intelligence", "agency", "agencies", "service", "services", "government"))
                            ? agent with { Kind = SourceKinds.Government, CountryCode = described.Attributes.GetValueOrDefault("country") }
                            : agent;
                    }
                }
            }

            return null;
        }

        /// <summary>A threat actor opening the clause ("The BlackSuit gang listed the council …"), as the speaker of its own deed.</summary>
        private SourceFrame? ActorSubject(int start, int end)
        {
            var lead = start;
            while (lead < end && char.IsWhiteSpace(text[lead]))
            {
                lead++;
            }

            // "However, the Medusa gang added the bank to its extortion site": past a discourse marker.
            var opener = Words(lead, Math.Min(end, lead + 20));
            if (opener.Count > 1 && DiscourseMarkers.Contains(opener[0].Lower) && opener[1].Lower == ",")
            {
                lead = opener[1].End;
                while (lead < end && char.IsWhiteSpace(text[lead]))
                {
                    lead++;
                }
            }

            // "On Monday evening, the Rhysida group posted …": past a fronted time adverbial.
            opener = Words(lead, Math.Min(end, lead + 40));
            var comma = opener.FindIndex(w => w.Lower == ",");
            if (comma is > 0 and <= 5 && opener.Take(comma).All(w => IsTimeWord(w.Lower))
                && opener.Take(comma).Any(w => w.Lower is not ("on" or "in" or "at" or "by" or "the" or "a" or "last" or "this" or "few" or "within" or "also" or "publicly" or "previously" or "recently" or "initially" or "mid" or "late" or "early")))
            {
                lead = opener[comma].End;
                while (lead < end && char.IsWhiteSpace(text[lead]))
                {
                    lead++;
                }
            }

            // "The BlackSuit gang listed …", or a named group inside the subject ("A group calling itself Ghostline posted …").
            // "A ransomware gang known as BlackBasta": the name, not the description.
            var subjects = entities.MentionsWithin(start, end).Where(m => m.Kind == EntityKinds.ThreatActor
                && (m.Start - lead <= 4 || (m.Start - lead <= 40 && IsSubjectLead(text[lead..m.Start])))).ToList();
            var m = subjects.FirstOrDefault(m => !entities[m.EntityId].Attributes.ContainsKey("descriptive"));
            m = m == default ? subjects.FirstOrDefault() : m;
            if (m == default)
            {
                return null;
            }

            var actor = entities[m.EntityId];
            return new SourceFrame(text[m.Start..m.End], SourceKinds.Accused, null, null, actor.Id, m.Start, m.End, null,
                actor.Attributes.GetValueOrDefault("country"), true);
        }

        private static bool IsTimeWord(string lower) =>
            ClaimVocabulary.SubjectTimeWords.Contains(lower) || TimeWords.Contains(lower) || (lower.Length > 0 && char.IsAsciiDigit(lower[0]));

        private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
        {
            "in", "at", "by", "late", "early", "mid", "evening", "morning", "night", "afternoon", "overnight", "hours", "days", "weeks",
            "months", "later", "ago", "weekend", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "the", "a", "few", "two", "three", "several", "within",
        };

        private static bool IsSubjectLead(string lead)
        {
            var lower = lead.ToLowerInvariant();

            // "The ransomware group Vortice added …": only the group's type stands before its name.
            var described = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (described.Length is >= 2 and <= 4 && described[0] is "the" or "a" && EntityVocabulary.GangHeads.Contains(described[^1])
                && described[1..^1].All(w => w is "ransomware" or "extortion" or "hacking" or "hacktivist" or "hacker" or "criminal" or "cybercrime" or "cybercriminal"))
            {
                return true;
            }

            return (lower.StartsWith("a ", StringComparison.Ordinal) || lower.StartsWith("the ", StringComparison.Ordinal) || lower.StartsWith("an ", StringComparison.Ordinal))
                && (lower.Contains(" calling itself ", StringComparison.Ordinal) || lower.Contains(" known as ", StringComparison.Ordinal)
                    || lower.Contains(" calls itself ", StringComparison.Ordinal) || lower.Contains(" call themselves ", StringComparison.Ordinal)
                    || lower.Contains(" called ", StringComparison.Ordinal) || lower.Contains(" named ", StringComparison.Ordinal) || lower.Contains(" dubbed ", StringComparison.Ordinal));
        }

        private SourceFrame? SubjectFrame(int start, int end, bool acknowledging = false)
        {
            var words = Words(start, end);
            var i = words.FindIndex(w => w.Lower is "has" or "have" or "had" or "did" or "declined" or "refused" or "would" or "is" or "was" or "stopped" or "refrained"
                or "downplayed" or "downplays" or "played" or "disputed" or "disputes" or "denied" or "denies" or "insisted" or "insists"
                || (acknowledging && w.Lower is "confirmed" or "acknowledged" or "admitted" or "disclosed" or "announced" or "notified"));
            if (i <= 0)
            {
                return null;
            }

            var first = 0;
            var stop = i;
            while (stop > 0 && words[stop - 1].Lower is "\"" or "\u201c" or "\u201d" or "'")
            {
                stop--;
            }

            // "Mercy Valley Health, which runs four hospitals, acknowledged …": the subject before its appositive.
            if (stop > 2 && words[stop - 1].Lower == ",")
            {
                var open = stop - 2;
                while (open > 0 && words[open].Lower != "," && stop - open < 16)
                {
                    open--;
                }

                if (open > 0 && words[open].Lower == "," && (words[open + 1].Lower is "which" or "who" or "a" or "an" or "the" or "one"
                    || IsNameOnly(words[open + 1].Start, words[stop - 2].End)))
                {
                    // ", which runs four hospitals," or a name in apposition ("A spokesperson for the EEAS, Lena Korhonen,").
                    stop = open;
                }
            }

            for (var k = stop - 1; k >= 0; k--)
            {
                if (ReportingVerbs.Contains(words[k].Lower) || words[k].Lower is "that" or "\"" or "\u201c" or "," or ":")
                {
                    first = k + 1;
                    break;
                }
            }

            while (first < i && DiscourseMarkers.Contains(words[first].Lower))
            {
                first++;
            }

            return first < stop ? MakeFrame(words[first].Start, words[stop - 1].End, words[i].Lower, words[first].Start, words[i].End) : null;
        }
    }
}
