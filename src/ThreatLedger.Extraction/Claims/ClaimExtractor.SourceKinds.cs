using System.Globalization;
using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Model;
using static ThreatLedger.Extraction.Claims.ClaimVocabulary;

namespace ThreatLedger.Extraction.Claims;

// ClaimExtractor, part: Making a source from a noun phrase: its kind (government, vendor, media, anonymous officials, ...), count and person.
internal sealed partial class ClaimExtractor
{
    private sealed partial class Run
    {
        private SourceFrame? MakeFrame(int start, int end, string? verb, int frameStart, int contentStart)
        {
            // A name cut at one of its own words ("Cybersecurity and Infrastructure Security Agency" at "and") is taken whole.
            foreach (var straddling in entities.MentionsWithin(Math.Max(0, start - 120), end + 4))
            {
                if (straddling.Start < start && straddling.End > start && straddling.Kind != EntityKinds.Sector)
                {
                    start = straddling.Start;
                    end = Math.Max(end, straddling.End);
                    break;
                }
            }

            var name = text[start..end].Trim().TrimEnd(',');

            // "Two officials familiar with the investigation" is the same kind of source as "two officials": keep the head.
            foreach (var qualifier in s_sourceQualifiers)
            {
                var cut = name.IndexOf(qualifier, StringComparison.OrdinalIgnoreCase);
                if (cut > 0)
                {
                    name = name[..cut];
                }
            }

            var lowerName = name.ToLowerInvariant();
            if (name.Length == 0)
            {
                return null;
            }

            if (lowerName is "we" or "our team" or "our researchers" or "our analysts")
            {
                // First person in a vendor's or agency's report: the publisher itself.
                return DefaultFrame(frameStart) with { Start = frameStart, ContentStart = contentStart, Verb = verb, Explicit = true };
            }

            if (lowerName.StartsWith("one of ", StringComparison.Ordinal) && _lastExplicit is not null
                && (lowerName[7..] is "them" or "those" || Pronouns.Contains(lowerName[7..])))
            {
                // "Two people familiar with the matter said … One of them said …": one of the sources before.
                return _lastExplicit with { Name = name, Count = 1, Start = frameStart, ContentStart = contentStart, Verb = verb };
            }

            if (_lastExplicit is { EntityId: not null } owner && lowerName.Split(' ') is ["its" or "their", "analysts" or "researchers" or "experts" or "investigators"
                or "engineers" or "specialists" or "team" or "staff" or "investigation"])
            {
                // "Fjellsikt Security said it had seen no evidence of a state's role. Its analysts said …": the body the
                // possessive refers to speaks through its staff.
                return owner with { Name = name, Start = frameStart, ContentStart = contentStart, Verb = verb };
            }

            if (lowerName is "the company" or "the firm" && _previousSpeaker is { EntityId: { } lastId } && entities.Find(lastId) is { Kind: EntityKinds.Vendor }
                && entities.BestMentionFor(start, end) is { How: MentionKind.Coreference } resolved && entities.Find(resolved.EntityId) is { Kind: not EntityKinds.Vendor })
            {
                // "Nordvik Security, the Helsinki company hired to investigate, said … . The tools matched …, the company said.": the
                // firm that spoke in the sentence before goes on speaking, rather than the most salient company (the victim).
                return _previousSpeaker with { Name = name, Start = frameStart, ContentStart = contentStart, Verb = verb };
            }

            if (lowerName is "officials" && _previousSpeaker is { Kind: SourceKinds.Government, EntityId: not null } speakingBody && SentenceStartOf(start) > speakingBody.Start)
            {
                // "Taiwan's Investigation Bureau said … . Officials stopped short of naming a group": the body that just spoke, through its officials.
                return speakingBody with { Name = name, Start = frameStart, ContentStart = contentStart, Verb = verb };
            }

            if (Pronouns.Contains(lowerName) && (lowerName is "it" or "they" or "he" or "she" || entities.BestMentionFor(start, end) is null))
            {
                if (_lastExplicit is null)
                {
                    // "The company said …" about an organisation the text named in a form no recogniser caught: the
                    // description speaks; a business an incident report only describes is its victim.
                    var words = lowerName.Split(' ');
                    return words.Length == 2 && words[0] == "the" && EntityVocabulary.OrganizationAnaphors.TryGetValue(words[1], out var preferred)
                        && preferred == EntityKinds.Organization && !s_securityNouns.Contains(words[1])
                        ? new SourceFrame(name, incidents.Incidents.Count > 0 ? SourceKinds.Victim : SourceKinds.Unknown, null, null, null, frameStart, contentStart, verb, null, true)
                        : null;
                }

                return _lastExplicit with { Start = frameStart, ContentStart = contentStart, Verb = verb };
            }

            var mention = entities.BestMentionFor(start, end);
            Entity? entity = mention is { } m && m.Start >= start - 4 && m.End <= end + 4 && m.Kind != EntityKinds.Sector ? entities[m.EntityId] : null;
            if (entity is null or { Kind: EntityKinds.Person })
            {
                // "a council spokesperson"; "Council leader Martin Ogden" speaks for the council.
                entity = SpokespersonOf(lowerName, start) ?? EmployerBeforeTitle(name) ?? entity;
            }

            var researcherOf = false;
            if ((entity is { Kind: EntityKinds.Person } minister ? minister.Attributes.GetValueOrDefault("title") is "minister" or "undersecretary" or "under-secretary" : entity is null && ContainsWord(lowerName, "minister", "undersecretary"))
                && _previousSpeaker is { EntityId: { } ministryId } && entities.Find(ministryId) is { Kind: EntityKinds.GovernmentBody } ministry
                && ministry.Name.Contains("Ministry", StringComparison.Ordinal))
            {
                // "Taiwan's Ministry of Digital Affairs said … Minister Chen told reporters …": the minister of the ministry that just spoke.
                entity = ministry;
            }

            if (entity is { Kind: EntityKinds.Person } titled && mention is { } personMention && personMention.Start > start
                && entities.MentionsWithin(start, personMention.Start).Select(m => entities[m.EntityId])
                    .LastOrDefault(e => e.Kind is EntityKinds.Vendor or EntityKinds.Organization or EntityKinds.GovernmentBody or EntityKinds.Outlet) is { } employer)
            {
                // "Pinewood analyst Marcus Tell", "Kestrel Labs researcher Ana Ruiz": the body named before the person's title.
                entity = titled.Attributes.ContainsKey("title") ? employer : entity;
                researcherOf = titled.Attributes.GetValueOrDefault("title") is "analyst" or "researcher" or "expert" && employer.Kind == EntityKinds.Organization
                    && !incidents.Incidents.Any(i => i.VictimEntityId == employer.Id);
            }

            if (entity is { Kind: EntityKinds.Person } spokesperson && spokesperson.Attributes.GetValueOrDefault("title") is { } staffTitle && s_staffTitles.Contains(staffTitle)
                && !spokesperson.Attributes.ContainsKey("role")
                && _previousSpeaker is { EntityId: { } bodyId } && entities.Find(bodyId) is { Kind: EntityKinds.GovernmentBody or EntityKinds.Organization or EntityKinds.Vendor } body)
            {
                // "China's foreign ministry rejected the accusation. Spokesperson Lin Jian said …": a member of staff whom
                // the text ties to no body speaks for the body that spoke in the sentence before.
                entity = body;
            }

            if (entity is { Kind: EntityKinds.Person } person && person.Attributes.GetValueOrDefault("title") is { } title && s_staffTitles.Contains(title)
                && !person.Attributes.ContainsKey("role")
                && incidents.Incidents.Select(i => i.VictimEntityId).FirstOrDefault(v => v is not null && VictimNamedRecently(v, start)) is { } victimId
                && entities.Find(victimId) is { Kind: EntityKinds.Organization or EntityKinds.GovernmentBody } victim)
            {
                // "chief executive Helen Marsh said …", "spokeswoman Dana Whitfield said …" in a report on the victim: a member of
                // its staff whom the text ties to no other body speaks for it.
                entity = victim;
            }

            if (entity is { Kind: EntityKinds.ThreatActor } && entity.Attributes.ContainsKey("descriptive")
                && entities.MentionsWithin(start, end).Select(m => entities[m.EntityId])
                    .FirstOrDefault(e => e.Kind == EntityKinds.ThreatActor && !e.Attributes.ContainsKey("descriptive")) is { } named)
            {
                // "A pro-Iranian hacktivist group calling itself Cyber Toufan claimed …": the group by its name.
                entity = named;
            }

            if (entity is not null && entity.Kind == EntityKinds.Country && !IsCountrySubject(lowerName, entity))
            {
                entity = null;
            }

            // "Iran's mission to the United Nations": the leading country owns the source, not the body named after it.
            var leading = entities.MentionsWithin(start, Math.Min(text.Length, end)).FirstOrDefault(m => m.Kind == EntityKinds.Country && m.Start <= start + 4);
            if (leading != default && entity is not null && entity.Kind != EntityKinds.Country && !entity.Attributes.ContainsKey("country")
                && text.AsSpan(leading.End, Math.Min(3, text.Length - leading.End)).ToString() is "'s " or "\u2019s ")
            {
                entity = null;
            }

            if (entity is null && LooksLikePersonName(name) && name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 1 } single
                && entities.Entities.LastOrDefault(e => e.Kind == EntityKinds.Person && e.Name.Split(' ').Contains(single[0], StringComparer.Ordinal)) is { } known)
            {
                // "Liu added" after "Liu Wenhao, a spokesperson for …": a family name written first is the same person.
                entity = known;
            }

            if (!researcherOf && entity is null or { Kind: EntityKinds.Country } && KindOf(lowerName, null) is null or SourceKinds.Unknown && incidents.Incidents.Count > 0 && DescribedBusiness(name, start))
            {
                // "The Antofagasta-based company said …", "the Chilean miner said …", "the state-run insurer said …": a business
                // the article describes by its seat, country, owner or trade speaks as the victim, as "The company said …" does.
                return new SourceFrame(name, SourceKinds.Victim, null, null, null, frameStart, contentStart, verb, null, true);
            }

            var kind = (researcherOf ? SourceKinds.Vendor : null) ?? KindOf(lowerName, entity)
                ?? (leading != default && entity is null ? SourceKinds.Government : null)
                ?? (IsAcronym(name) ? SourceKinds.Unknown : null);
            if (kind is null && entity is null && LooksLikePersonName(name) && (name.Contains(' ', StringComparison.Ordinal) || IsSurnameOfNamedPerson(name, start)))
            {
                // "Martin Hale said", "said Okafor": a person the text names without a title the recognisers know.
                return UntitledSpeaker(name, start, frameStart, contentStart, verb);
            }

            if (kind == SourceKinds.Unknown && entity is { Kind: EntityKinds.Person } speaker)
            {
                // "Liu Wenhao, a spokesperson for the Chinese embassy, said … \"…,\" Liu added.": the body the person spoke for
                // before; or the body an earlier introduction ties them to.
                var earlier = Claims.LastOrDefault(c => c.Source.EntityId is not null && c.Source.EntityId != speaker.Id
                    && c.Source.Name.Contains(speaker.Name, StringComparison.Ordinal) && c.Source.Kind is not (SourceKinds.Unknown or SourceKinds.Media));
                if (earlier is not null && entities.Find(earlier.Source.EntityId) is { } spokenFor)
                {
                    var code = spokenFor.Attributes.GetValueOrDefault("country");
                    var own = earlier.Source.Kind == SourceKinds.Accused ? KindOf(spokenFor.Name.ToLowerInvariant(), spokenFor) ?? earlier.Source.Kind : earlier.Source.Kind;
                    return new SourceFrame(name, own, null, null, spokenFor.Id, frameStart, contentStart, verb, code, true);
                }

                var introduced = UntitledSpeaker(speaker.Name, start, frameStart, contentStart, verb);
                if (introduced.Kind != SourceKinds.Unknown && introduced.EntityId is not null)
                {
                    return introduced with { Name = name };
                }
            }

            if (kind is null && entity is null && lowerName.Split(' ') is ["the", var noun] && EntityVocabulary.OrganizationAnaphors.TryGetValue(noun, out var nounKind)
                && nounKind == EntityKinds.Organization && !s_securityNouns.Contains(noun) && incidents.Incidents.Count > 0)
            {
                // "The airport said that no passenger data had been stolen" about a victim no recogniser caught: the
                // description speaks as the victim (as "The company said …" does), not the outlet.
                return new SourceFrame(name, SourceKinds.Victim, null, null, null, frameStart, contentStart, verb, null, true);
            }

            if (kind is null or SourceKinds.Unknown && entity is null && incidents.Incidents.Count > 0 && s_describedBusiness.Match(name) is { Success: true } business
                && EntityVocabulary.OrganizationAnaphors.TryGetValue(business.Groups["noun"].Value.ToLowerInvariant(), out var businessKind)
                && businessKind == EntityKinds.Organization && !s_securityNouns.Contains(business.Groups["noun"].Value.ToLowerInvariant()))
            {
                // "The company, Skyward Link, said …", "One affected operator, Safaricel, told us …": a business named in apposition
                // that no recogniser caught speaks as the victim, as "The company said …" does.
                return new SourceFrame(name, SourceKinds.Victim, null, null, null, frameStart, contentStart, verb, null, true);
            }

            if (kind is null)
            {
                return null;
            }

            var country = entity?.Attributes.GetValueOrDefault("country")
                ?? (leading != default ? entities[leading.EntityId].Attributes.GetValueOrDefault("country") : null);
            return new SourceFrame(name, kind, Count(lowerName), null, entity?.Id, frameStart, contentStart, verb, country, true);
        }

        /// <summary>"The company, Skyward Link", "One affected operator, Safaricel": a business's description with its name in apposition.</summary>
        private static readonly System.Text.RegularExpressions.Regex s_describedBusiness = new(
            @"^(?:The|the|One|one|An?|an?)\s(?:[a-z][\w'\u2019-]*\s)?(?<noun>[a-z]+),\s[A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*){0,3}$",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>
        /// "Veldhoven chief executive Marieke de Graaf": the body whose name (or its first words) stands before a staff title,
        /// when the recognisers found no mention of it there.
        /// </summary>
        private Entity? EmployerBeforeTitle(string name)
        {
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var title = Array.FindIndex(parts, p => s_staffTitles.Contains(p.ToLowerInvariant()) || p.ToLowerInvariant() is "analyst" or "researcher");
            if (title < 1 || title + 1 >= parts.Length || !parts.Take(title).All(p => p.Length > 1 && char.IsUpper(p[0])))
            {
                return null;
            }

            var employer = string.Join(' ', parts.Take(title));
            return entities.Entities.FirstOrDefault(e => e.Kind is EntityKinds.Organization or EntityKinds.Vendor or EntityKinds.GovernmentBody or EntityKinds.Outlet
                && (e.Name == employer || e.Name.StartsWith(employer + " ", StringComparison.Ordinal) || e.Aliases.Contains(employer, StringComparer.Ordinal)));
        }

        /// <summary>"Sarah Okafor", "Okafor", "Martin Hale": one to three capitalised words, no digits, no article.</summary>
        private static bool LooksLikePersonName(string name)
        {
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length is >= 1 and <= 3 && parts[0] is not ("The" or "A" or "An" or "This" or "That" or "It" or "We" or "They" or "He" or "She")
                && parts.All(p => p.Length >= 2 && char.IsUpper(p[0]) && p.Skip(1).Any(char.IsLower) && p.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.')
                    && !EntityVocabulary.NonNameStarters.Contains(p) && !EntityVocabulary.CalendarWords.Contains(p)
                    && !SubjectTimeWords.Contains(p.ToLowerInvariant()) && !DiscourseMarkers.Contains(p) && !Auxiliaries.Contains(p.ToLowerInvariant())
                    && !Pronouns.Contains(p) && !ReportingVerbs.Contains(p.ToLowerInvariant()));
        }

        /// <summary>Whether a lone capitalised word is the last name of someone the text named in full before ("Sarah Okafor" … "Okafor").</summary>
        private bool IsSurnameOfNamedPerson(string word, int before)
        {
            for (var at = before > 0 ? text.LastIndexOf(" " + word, before - 1, StringComparison.Ordinal) : -1; at > 0;
                 at = text.LastIndexOf(" " + word, at - 1, StringComparison.Ordinal))
            {
                var end = at + 1 + word.Length;
                var prior = at - 1;
                if ((end >= text.Length || !char.IsLetter(text[end])) && prior >= 0 && char.IsLower(text[prior]))
                {
                    var wordStart = prior;
                    while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                    {
                        wordStart--;
                    }

                    if (char.IsUpper(text[wordStart]) && LooksLikePersonName(text[wordStart..at]))
                    {
                        return true;
                    }
                }

                if (at == 0)
                {
                    break;
                }
            }

            return false;
        }

        /// <summary>
        /// A speaker named without a title: the body an earlier introduction ties them to ("Sarah Okafor, who leads the
        /// company's security team," → the company; "Anders Holm, an analyst at Tidewater," → Tidewater), else the described
        /// speaker of the sentence before ("…, the Defence Secretary has told MPs. Martin Hale said …"), else the person
        /// alone (of unknown kind) rather than the outlet.
        /// </summary>
        private SourceFrame UntitledSpeaker(string name, int start, int frameStart, int contentStart, string? verb)
        {
            var surname = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            var victims = incidents.Incidents.Select(i => i.VictimEntityId).Where(v => v is not null).ToHashSet();
            for (var at = start > 0 ? text.LastIndexOf(surname + ",", start - 1, StringComparison.Ordinal) : -1; at >= 0;
                 at = at > 0 ? text.LastIndexOf(surname + ",", at - 1, StringComparison.Ordinal) : -1)
            {
                var from = at + surname.Length + 1;
                while (from < text.Length && text[from] == ' ')
                {
                    from++;
                }

                var stop = text.IndexOfAny([',', '.', ';'], from);
                var to = Math.Min(stop < 0 ? text.Length : stop, from + 140);
                var lead = _lower.AsSpan(from, to - from);
                if (!(lead.StartsWith("who ", StringComparison.Ordinal) || lead.StartsWith("a ", StringComparison.Ordinal)
                    || lead.StartsWith("an ", StringComparison.Ordinal) || lead.StartsWith("the ", StringComparison.Ordinal)))
                {
                    continue;
                }

                var victim = entities.MentionsWithin(from, to).FirstOrDefault(m => victims.Contains(m.EntityId));
                if (victim != default)
                {
                    return new SourceFrame(name, SourceKinds.Victim, null, null, victim.EntityId, frameStart, contentStart, verb, null, true);
                }

                if (RoleBody(from, to) is { } body)
                {
                    return new SourceFrame(name, KindOf(body.Name.ToLowerInvariant(), body) ?? SourceKinds.Unknown, null, null, body.Id, frameStart, contentStart, verb,
                        body.Attributes.GetValueOrDefault("country"), true);
                }

                if (KindOf(lead.ToString(), null) is SourceKinds.Researchers or SourceKinds.Vendor)
                {
                    // "Lucia Ferreyra, an independent researcher in Buenos Aires,".
                    return new SourceFrame(name, SourceKinds.Researchers, null, null, null, frameStart, contentStart, verb, null, true);
                }

                break;
            }

            if (_previousDescribedSpeaker is { } described && entities.SentenceIndexAt(start) == _sentenceIndex && name.Contains(' ', StringComparison.Ordinal))
            {
                return described with { Name = name, Start = frameStart, ContentStart = contentStart, Verb = verb, Count = null };
            }

            return new SourceFrame(name, SourceKinds.Unknown, null, null, null, frameStart, contentStart, verb, null, true);
        }

        /// <summary>"The MIVD said …": an organisation the text names only by an acronym it never expands speaks for itself.</summary>
        private static bool IsAcronym(string name)
        {
            var bare = name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
            return bare.Length is >= 2 and <= 8 && bare.All(c => char.IsAsciiLetterUpper(c) || c == '-') && char.IsAsciiLetterUpper(bare[0]);
        }

        private static bool IsCountrySubject(string lowerName, Entity country) =>
            lowerName.Split(' ').Length <= 3 || lowerName.Contains(country.Name.ToLowerInvariant(), StringComparison.Ordinal);

        private static string? KindOf(string lowerName, Entity? entity)
        {
            if (entity is not null)
            {
                switch (entity.Kind)
                {
                    case EntityKinds.Outlet:
                        return SourceKinds.Media;
                    case EntityKinds.Vendor:
                        return SourceKinds.Vendor;
                    case EntityKinds.GovernmentBody or EntityKinds.Country:
                        return SourceKinds.Government;
                    case EntityKinds.ThreatActor:
                        return SourceKinds.Accused;
                    case EntityKinds.Organization:
                        // "the blockchain analytics firm Chainsight": an organisation the text describes as a security or analytics firm.
                        return IsVendorWords(lowerName) || ContainsWord(lowerName, "analyst", "analysts", "researcher", "researchers") ? SourceKinds.Vendor
                            : ContainsWord(lowerName, "newspaper", "broadcaster", "magazine", "tabloid", "daily", "weekly") ? SourceKinds.Media
                            : SourceKinds.Victim;
                    case EntityKinds.Person:
                        // "Mayor Karen Lutz", "Deputy Minister Ana Ruiz": an office holder speaks for the government.
                        if (ContainsWord(lowerName, s_governmentTitles) || ContainsWord(lowerName, "municipal", "councillor", "councilor")
                            || lowerName.Contains("security adviser", StringComparison.Ordinal)
                            || lowerName.Contains("security advisor", StringComparison.Ordinal))
                        {
                            return SourceKinds.Government;
                        }

                        break;
                    default:
                        break;
                }
            }

            if (IsMediaWords(lowerName))
            {
                return SourceKinds.Media;
            }

            if (ContainsWord(lowerName, "lawyer", "lawyers", "attorney", "attorneys", "solicitor"))
            {
                // "A lawyer for one of the men said his client denied …": counsel of a suspect (a body's own lawyer is that body's entity).
                return SourceKinds.Accused;
            }

            if (ContainsWord(lowerName, "official", "officials", "sources", "source", "insider", "insiders", "familiar", "spokesperson", "spokesman", "spokeswoman", "people", "person", "persons"))
            {
                if (ContainsWord(lowerName, "provincial", "municipal", "county", "city", "regional", "local")
                    && ContainsWord(lowerName, "official", "officials"))
                {
                    // "Provincial officials", "city officials" speak for their government, not anonymously.
                    return SourceKinds.Government;
                }

                if (lowerName.Contains("spokes", StringComparison.Ordinal))
                {
                    return ContainsWord(lowerName, "government", "ministry", "embassy", "agency", "police", "department") ? SourceKinds.Government : SourceKinds.Unknown;
                }

                return SourceKinds.AnonymousOfficials;
            }

            if (ContainsWord(lowerName, "researcher", "researchers", "research", "expert", "experts", "analyst", "analysts", "investigator",
                "investigators", "investigation", "analysis", "academics", "scientists", "specialists"))
            {
                return SourceKinds.Researchers;
            }

            if (ContainsWord(lowerName, "agency", "ministry", "authority", "directorate", "inspectorate", "government")
                && !ContainsWord(lowerName, "firm", "company", "vendor", "vendors", "lab", "labs", "private"))
            {
                // "the national cybersecurity agency": a state body, whatever its field.
                return SourceKinds.Government;
            }

            if (IsVendorWords(lowerName))
            {
                return SourceKinds.Vendor;
            }

            if (ContainsWord(lowerName, "firm", "company", "companies", "provider", "operator", "hospital", "organisation", "organization"))
            {
                return SourceKinds.Unknown;
            }

            if (ContainsWord(lowerName, "government", "ministry", "agency", "authorities", "police", "prosecutors", "department", "minister",
                "president", "embassy", "fbi", "cisa", "nsa", "white house", "kremlin", "spokesperson", "secretary", "chancellor", "governor",
                "mayor", "ambassador", "premier", "senator", "sheriff", "lawmakers", "lawmaker", "legislators", "legislator", "parliamentarians",
                "senators", "mps", "undersecretary"))
            {
                return SourceKinds.Government;
            }

            // A named person the text gives no office that says whom they speak for.
            return entity?.Kind == EntityKinds.Person ? SourceKinds.Unknown : null;
        }

        /// <summary>
        /// True for "the" + one to three modifiers + a word for a business ("the Antofagasta-based company", "the Chilean
        /// copper miner", "the state-run insurer"): each modifier lower-case, hyphenated ("-based", "-run", "-owned"), or a
        /// country's name or demonym; never a security firm or vendor.
        /// </summary>
        private bool DescribedBusiness(string name, int start)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 3 or > 5 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase)
                || !EntityVocabulary.OrganizationAnaphors.TryGetValue(words[^1], out var kind) || kind != EntityKinds.Organization
                || s_securityNouns.Contains(words[^1].ToLowerInvariant()))
            {
                return false;
            }

            var countries = entities.MentionsWithin(start, Math.Min(text.Length, start + name.Length)).Where(m => m.Kind == EntityKinds.Country).ToList();
            var at = start + words[0].Length + 1;
            foreach (var word in words[1..^1])
            {
                var position = text.IndexOf(word, at, StringComparison.Ordinal);
                var modifier = char.IsLower(word[0]) || word.Contains('-', StringComparison.Ordinal)
                    || countries.Any(c => c.Start <= position && position < c.End);
                if (!modifier || IsVendorWords(word.ToLowerInvariant()))
                {
                    return false;
                }

                at = position < 0 ? at : position + word.Length;
            }

            return true;
        }

        private static bool IsVendorWords(string lowerName) =>
            ContainsWord(lowerName, "vendor", "vendors", "lab", "labs", "analytics") || lowerName.Contains("security firm", StringComparison.Ordinal)
            || lowerName.Contains("intelligence firm", StringComparison.Ordinal) || lowerName.Contains("research firm", StringComparison.Ordinal)
            || lowerName.Contains("security company", StringComparison.Ordinal) || lowerName.Contains("intelligence company", StringComparison.Ordinal)
            || lowerName.Contains("cybersecurity", StringComparison.Ordinal) || lowerName.Contains("antivirus", StringComparison.Ordinal)
            || lowerName.Contains("security consultancy", StringComparison.Ordinal);

        private static bool IsMediaWords(string lowerName) => ContainsWord(lowerName, "outlet", "outlets", "newspaper", "newspapers", "report",
            "reports", "media", "news", "journalist", "journalists", "magazine", "publication", "broadcaster", "paper", "reporting", "daily", "press",
            "weekly", "times", "post", "journal", "courier", "herald", "wire", "gazette", "tribune", "review", "chronicle", "observer", "ledger");

        private static bool ContainsWord(string lowerName, params string[] words)
        {
            foreach (var part in lowerName.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                var word = part.Trim('\u2019', '\'', '"');

                // "the government's top spokesman": the possessive is the word.
                if (words.Contains(word) || (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) && words.Contains(word[..^2]))
                {
                    return true;
                }
            }

            return false;
        }

        private static int? Count(string lowerName)
        {
            var first = lowerName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (first is null)
            {
                return null;
            }

            if (int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            return first switch
            {
                "one" or "a" or "an" when lowerName.Contains("source", StringComparison.Ordinal) || lowerName.Contains("official", StringComparison.Ordinal) || lowerName.Contains("person", StringComparison.Ordinal) => 1,
                "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
                "eleven" => 11, "twelve" => 12, "dozen" => 12,
                _ => null,
            };
        }

        // ---- incidents ---------------------------------------------------------------------------------------------
    }
}
