using System.Globalization;
using ThreatLedger.Extraction.Model;
using ThreatLedger.Extraction.Text;
using static ThreatLedger.Extraction.Entities.EntityVocabulary;

namespace ThreatLedger.Extraction.Entities;

// EntityRecognizer, part: 3. Capitalised names with a head word, and their short names ("Velantis Semiconductor" ... "Velantis said").
public sealed partial class EntityRecognizer
{
    private sealed partial class Run
    {
        // ---- 3. Capitalised names with a head word -----------------------------------------------------------------

        public void CapitalisedNames()
        {
            var i = 0;
            while (i < _words.Length)
            {
                if (!IsCapitalisedWord(i))
                {
                    i++;
                    continue;
                }

                var start = i;
                var end = i + 1;
                var inList = false;
                while (end < _words.Length && SameSentence(start, end) && Adjacent(end))
                {
                    if (IsCapitalisedWord(end))
                    {
                        end++;
                    }
                    else if (_words[end] is "'s" or "\u2019s" && _tokens[end].Start == _tokens[end - 1].End && end + 1 < _words.Length && IsCapitalisedWord(end + 1)
                        && SameSentence(start, end + 1) && (OrganizationHeads.Contains(_words[end + 1]) || GovernmentHeads.Contains(_words[end + 1]))
                        && _countryAt[end - 1] is null && start < end - 1)
                    {
                        // "St. Aldhelm Children's Hospital", "Information Commissioner's Office": a possessive inside the name.
                        end += 2;
                    }
                    else if (inList && _words[end] == "and" && Word(end + 1) == "the" && end + 2 < _words.Length && IsCapitalisedWord(end + 2) && SameSentence(start, end + 2))
                    {
                        // "Ministry of Information, Communications and the Digital Economy".
                        end += 3;
                        inList = false;
                    }
                    else if (_words[end] is "of" && Word(end + 1) == "the" && end + 2 < _words.Length && IsCapitalisedWord(end + 2) && SameSentence(start, end + 2)
                        && !CalendarWords.Contains(_words[end + 2]) && GovernmentHeads.Contains(_words[end - 1]))
                    {
                        // "Administrative Office of the US Courts", "Department of the Interior".
                        end += 3;
                    }
                    else if (NameConnectors.Contains(_words[end]) && end + 1 < _words.Length && IsCapitalisedWord(end + 1) && SameSentence(start, end + 1)
                        && !CalendarWords.Contains(_words[end + 1]) && !(_words[end] == "and" && _countryAt[end + 1] is not null)
                        // "analyst Freja Holm of Nordlys Cyber": a titled person's "of" introduces the employer, not the rest of a name.
                        && !(_words[end] == "of" && start > 0 && PersonTitles.Contains(_words[start - 1]) && char.IsLower(_words[start - 1][0])
                            && !Enumerable.Range(start, end - start).Any(k => OrganizationHeads.Contains(_words[k]) || GovernmentHeads.Contains(_words[k]))))
                    {
                        end += 2;
                    }
                    else if (_words[end] == "," && IsListInName(start, end))
                    {
                        // "Ministry of Trade, Industry and Fisheries": a comma inside a list the name's "of" governs.
                        end += 2;
                        inList = true;
                    }
                    else
                    {
                        break;
                    }
                }

                while (start < end && (NonNameStarters.Contains(_words[start])
                    || (start == _sentences[_sentenceOf[start]].FirstToken && end - start < 2 && !IsLikelyNameStart(start) && AppositiveKind(end) is null
                        && Table.Find("name:" + _words[start]) is null)))
                {
                    start++;
                }

                if (end - start >= 2 || (end - start == 1 && (IsDescribed(start) || AppositiveKind(end) is not null || IsAttackObject(start, end))))
                {
                    TryName(start, end);
                    if (end - start >= 4 && _words[start + 1] == "of" && start == _sentences[_sentenceOf[start]].FirstToken
                        && !OrganizationHeads.Contains(_words[start]) && !GovernmentHeads.Contains(_words[start]) && !StateWords.Contains(_words[start])
                        && !Table.Overlaps(_tokens[start].Start, _tokens[end - 1].End))
                    {
                        // "Customers of Deccan Cooperative Bank were unable …": a sentence-initial common noun and "of" before a name.
                        TryName(start + 2, end);
                    }
                }

                if (start < end && !Table.Overlaps(_tokens[start].Start, _tokens[end - 1].End)
                    && Table.Find("name:" + _text[_tokens[start].Start.._tokens[end - 1].End]) is { } known)
                {
                    // "Rede Vital, a hospital operator, …" then "Rede Vital confirmed …": a later bare use of a name introduced with its description.
                    Table.AddMention(known, _tokens[start].Start, _tokens[end - 1].End, MentionKind.Name);
                }

                i = Math.Max(end, i + 1);
            }
        }

        /// <summary>"Security firm Norrland Analytics", "researchers at Calder Labs": a security vendor, not a possible victim.</summary>
        private bool IsSecurityFirm(int start, int end)
        {
            // "Google's Threat Intelligence Group", "the Threat Research Unit": a vendor's research team (not a state centre
            // or a person's job title).
            if (_words[end - 1] is "Group" or "Team" or "Unit" or "Division" && !Enumerable.Range(start, end - start).Any(k => GovernmentHeads.Contains(_words[k]) || PersonTitles.Contains(_words[k])))
            {
                for (var k = start; k + 1 < end; k++)
                {
                    if (_words[k] == "Threat" && _words[k + 1] is "Intelligence" or "Research" or "Analysis" or "Hunting" or "Labs")
                    {
                        return true;
                    }
                }
            }

            // "Kestrel Labs researchers observed …", "Norrland Security said": a name whose head or next word marks a security vendor.
            if (_words[end - 1] is "Labs" or "Lab" or "Security" or "Cybersecurity" or "Intelligence" or "Cyber"
                || (_words[end - 1] == "Research" && end - 2 > start && _words[end - 2] is "Threat" or "Security")
                || (end < _words.Length && _words[end] is "researchers" or "analysts" or "researcher" && SameSentence(end - 1, end)))
            {
                return true;
            }

            if (start >= 2 && _words[start - 1] is "at" or "from" && _words[start - 2] is "researchers" or "analysts" or "experts")
            {
                return true;
            }

            // "Security researcher Tom Hale" is a person introduced by a title, not a firm.
            return start >= 2 && SecurityFirmNouns.Contains(_words[start - 1].ToLowerInvariant()) && _words[start - 1] is not ("researcher" or "Researcher")
                && _words[start - 2].ToLowerInvariant() is "security" or "cybersecurity" or "cyber-security" or "intelligence" or "forensics" or "forensic"
                    or "antivirus" or "response" or "research" or "analytics";
        }

        /// <summary>
        /// The kind an appositive or relative clause right after a name gives it: "Rede Vital, a hospital operator in …",
        /// "Motoren AG, the Stuttgart-based carmaker," (organisation), "Norrland, a cybersecurity firm," (vendor), "Elering,
        /// which operates the grid," (organisation); null when none follows. The description's last word before its end
        /// ("in", ",", "based", …) must be an organisation noun, so "X, the company's chief executive" is no organisation.
        /// </summary>
        private string? AppositiveKind(int end)
        {
            if (Word(end) != "," || !SameSentence(end - 1, end + 1) || CalendarWords.Contains(Word(end - 1)))
            {
                return null;
            }

            var first = end + 1;
            if (Word(first) is "which" or "that" && OperatingVerbs.Contains(Word(first + 1)))
            {
                return EntityKinds.Organization;
            }

            if (Word(first) == "one" && Word(first + 1) == "of")
            {
                // "VitaCare, one of Ireland's largest health insurers,".
                first++;
            }
            else if (_countryAt[first] is not null && Word(_countryEnd[first]) is "'s" or "\u2019s" && SameSentence(first, _countryEnd[first]))
            {
                // "Telecomunicaciones del Sur, Peru's second-largest mobile operator,".
                first = _countryEnd[first];
            }
            else if (Word(first) is not ("a" or "an" or "the"))
            {
                return null;
            }

            for (var h = first + 1; h < _words.Length && h - first <= 6 && SameSentence(first, h); h++)
            {
                if (_tokens[h].Kind != TokenKind.Word || !AppositiveEnds.Contains(Word(h + 1)))
                {
                    continue;
                }

                var noun = Word(h);
                if (!OrganizationAnaphors.ContainsKey(noun) && noun.Length > 4)
                {
                    // Plural after "one of": "insurers", "companies".
                    noun = noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y" : noun.EndsWith('s') ? noun[..^1] : noun;
                }

                if (!OrganizationAnaphors.TryGetValue(noun, out var preferred) && OrganizationDescriptors.Contains(noun))
                {
                    // "Paystream, a payroll platform used by …", "Koinvault, a Singapore-based exchange,": descriptors that are
                    // no anaphors ("the platform" rarely means the victim) still describe a name in apposition.
                    preferred = EntityKinds.Organization;
                }
                else if (preferred is null && !OrganizationAnaphors.ContainsKey(noun) && Word(h + 1) == "and")
                {
                    // "Estonia's road and rail regulator": a modifier joined by "and" to the next one, not the head.
                    continue;
                }
                else if (preferred is null && !OrganizationAnaphors.ContainsKey(noun) || noun is "victim" or "entity" or "body" or "city")
                {
                    return null;
                }

                var security = Enumerable.Range(first + 1, h - first - 1).Any(k => Word(k).ToLowerInvariant() is "security" or "cybersecurity" or "cyber-security"
                    or "antivirus" or "intelligence" or "forensics" or "forensic");
                return security && SecurityFirmNouns.Contains(noun) ? EntityKinds.Vendor
                    : preferred == EntityKinds.GovernmentBody && PublicBodyNouns.Contains(noun) ? EntityKinds.GovernmentBody
                    : EntityKinds.Organization;
            }

            return null;
        }

        /// <summary>Whether the comma at <paramref name="comma"/> separates items of a list inside a name ("of Trade, Industry and Fisheries").</summary>
        private bool IsListInName(int start, int comma)
        {
            if (comma + 1 >= _words.Length || !IsCapitalisedWord(comma + 1) || !SameSentence(start, comma + 1) || _countryAt[comma + 1] is not null
                || !Enumerable.Range(start, comma - start).Any(k => _words[k] == "of")
                || !GovernmentHeads.Contains(_words[start] is "The" && start + 1 < comma ? _words[start + 1] : _words[start]))
            {
                return false;
            }

            // The list ends in "and" (or "and the") + a capitalised word before any other punctuation.
            for (var k = comma + 2; k + 1 < _words.Length && k - comma <= 6 && SameSentence(start, k + 1); k++)
            {
                if (_words[k] == "and")
                {
                    return IsCapitalisedWord(k + 1) || (_words[k + 1] == "the" && k + 2 < _words.Length && IsCapitalisedWord(k + 2));
                }

                if (!IsCapitalisedWord(k) && _words[k] != ",")
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>A name right after a descriptive noun ("the grid operator Westnetz Transmission", "the retailer Nordstrom", "Dutch brewer Van Horst").</summary>
        private bool IsDescribed(int start)
        {
            if (start >= 3 && _words[start - 1] == "," && OrganizationDescriptors.Contains(_words[start - 2]) && SameSentence(start - 3, start)
                && Enumerable.Range(Math.Max(0, start - 6), Math.Min(4, start - 2)).Any(k => _words[k] is "its" or "their" or "the" or "a" or "an" or "his" or "her")
                && !CalendarWords.Contains(_words[start]) && _countryAt[start] is null)
            {
                // "at its check-in software provider, Aerodesk.": the name in apposition to a descriptive noun, ending its phrase.
                var after = start + 1;
                while (after < _words.Length && IsCapitalisedWord(after) && Adjacent(after))
                {
                    after++;
                }

                if (Word(after) is "." or "," or ";" or "")
                {
                    return true;
                }
            }

            var nationalNoun = start >= 2 && _countryAt[start - 2] is not null && _words[start - 1].Length >= 4 && _words[start - 1].All(char.IsLower)
                && !ActorHeads.ContainsKey(_words[start - 1]) && !ActorModifiers.ContainsKey(_words[start - 1]) && !CalendarWords.Contains(_words[start])
                // "Ottawa blamed Russia", "Moscow denies Kyiv": a verb after a capital, or a country, is no description of a name.
                && _countryAt[start] is null && !_words[start - 1].EndsWith("ed", StringComparison.Ordinal) && !_words[start - 1].EndsWith('s')
                && !PersonTitles.Contains(_words[start - 1]);
            if (nationalNoun && SameSentence(start - 1, start) && _tokens[start].Start == _tokens[start - 1].End + 1)
            {
                return true;
            }

            if (start == 0 || !SameSentence(start - 1, start) || !(OrganizationDescriptors.Contains(_words[start - 1]) || IsBusinessGroup(start - 1))
                || _tokens[start].Start != _tokens[start - 1].End + 1 || _text[_tokens[start - 1].End] != ' ' || CalendarWords.Contains(_words[start]))
            {
                return false;
            }

            // "the ransomware group Akira" names an actor, not an organisation; "the threat intelligence company Quarrystone" a vendor.
            return !(start > 1 && (ActorModifiers.ContainsKey(_words[start - 2]) || _words[start - 2] is "hacking" or "hacker" or "threat" or "ransomware" or "cybercrime" or "hacktivist")
                && !(SecurityFirmNouns.Contains(_words[start - 1]) && _words[start - 2] is "intelligence" or "security" or "cybersecurity"));
        }

        /// <summary>
        /// "the logistics group Tagus Freightways", "the media holding …": "group" or "holding" after a lower-case business
        /// word describes a company; after an actor word ("the ransomware group", "the hacktivist group") it names an actor.
        /// </summary>
        private bool IsBusinessGroup(int g)
        {
            if (g < 1 || _words[g] is not ("group" or "holding") || !SameSentence(g - 1, g))
            {
                return false;
            }

            var word = _words[g - 1];
            return word.Length >= 4 && word.All(char.IsLower) && !ActorModifiers.ContainsKey(word) && !ActorHeads.ContainsKey(word)
                && !NonBusinessGroupWords.Contains(word) && _countryAt[g - 1] is null;
        }

        /// <summary>
        /// A name with no head word, appositive or legal suffix that an attack names as its object: "a cyberattack on
        /// Channelway", "breached Hsinlu Microsystems", "computers at Premier Energy Distribution". The words after the
        /// name must not continue a noun phrase ("an attack on Windows machines" names no organisation).
        /// </summary>
        private bool IsAttackObject(int start, int end)
        {
            if (start < 1 || !SameSentence(start - 1, start) || _countryAt[start] is not null || CalendarWords.Contains(_words[start])
                || NonNameStarters.Contains(_words[start]) || MalwarePlatformWords.Contains(_words[start]))
            {
                return false;
            }

            var before = _words[start - 1];
            var introduced = AttackObjectVerbs.Contains(before)
                || (start >= 2 && before is "on" or "against" or "at" or "into" or "of" && SameSentence(start - 2, start)
                    && (AttackObjectNouns.Contains(_words[start - 2]) || (before is "at" or "of" && AttackHostNouns.Contains(_words[start - 2]))));
            if (!introduced)
            {
                return false;
            }

            // Short all-capital words ("RDP", "ATM") are mostly technologies; names joined by "and" are several things.
            if ((end - start == 1 && _words[start].Length <= 4 && _words[start].All(c => !char.IsLetter(c) || char.IsUpper(c)))
                || _words[start].Contains('.', StringComparison.Ordinal))
            {
                return false;
            }

            for (var k = start; k < end; k++)
            {
                if (_words[k] is "and" or "&" || RegionWords.Contains(_words[k]))
                {
                    return false;
                }
            }

            var next = Word(end);
            return end >= _words.Length || !SameSentence(end - 1, end) || _tokens[end].Kind != TokenKind.Word
                || !char.IsLower(next[0]) || NameFollowers.Contains(next) || (next.Length > 4 && next.EndsWith("ed", StringComparison.Ordinal));
        }

        private bool IsLikelyNameStart(int i) => _countryAt[i] is not null || StateWords.Contains(_words[i]) || GovernmentHeads.Contains(_words[i]) || OrganizationHeads.Contains(_words[i]);

        private bool Adjacent(int t) => t > 0 && _tokens[t].Start <= _tokens[t - 1].End + 1;

        /// <summary>
        /// "Konkan Bank and two other lenders in Maharashtra", "X and several other hospitals based in Ontario": the place
        /// that a list of the name and its peers of the same kind stands in places the name too.
        /// </summary>
        private GazetteerEntry? PeersPlaceCountry(int end)
        {
            if (Word(end) != "and")
            {
                return null;
            }

            var k = end + 1;
            // "two other", "several other", "three more", "other": a count of peers, then the descriptor in the plural.
            for (var n = 0; n < 2 && k < _words.Length && SameSentence(end, k) && Word(k) is not ("other" or "more"); n++)
            {
                k++;
            }

            if (Word(k) is not ("other" or "more") || !SameSentence(end, k + 1))
            {
                return null;
            }

            // "two other lenders", "two other cooperative lenders": the plural descriptor, after at most one modifier.
            var at = IsPluralDescriptor(Word(k + 1)) ? k + 2 : IsPluralDescriptor(Word(k + 2)) && Word(k + 1) is { Length: > 0 } modifier && char.IsLower(modifier[0]) ? k + 3 : -1;
            if (at < 0)
            {
                return null;
            }

            if (Word(at) == "based")
            {
                at++;
            }

            return Word(at) == "in" && at + 1 < _words.Length && SameSentence(end, at + 1) ? PlaceCountry(at + 1) : null;
        }

        private static bool IsPluralDescriptor(string plural) =>
            plural.Length > 2 && plural.EndsWith('s')
            && (OrganizationDescriptors.Contains(plural[..^1]) || (plural.EndsWith("ies", StringComparison.Ordinal) && OrganizationDescriptors.Contains(plural[..^3] + "y"))
                || OrganizationHeads.Contains(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(plural[..^1])));

        /// <summary>"Good Friday", "Whit Monday", "Ascension Day", "Lunar New Year": a run of holiday words (see <see cref="HolidayNameWords"/>).</summary>
        private static bool IsHolidayName(string[] words) =>
            words.Any(HolidayCoreWords.Contains) && words.All(w => HolidayNameWords.Contains(w) || CalendarWords.Contains(w));

        private bool IsCapitalisedWord(int i) => _tokens[i].Kind == TokenKind.Word && char.IsUpper(_words[i][0]) && !_words[i].Contains('-', StringComparison.Ordinal);

        private void TryName(int start, int end)
        {
            var words = _words[start..end];
            if (IsHolidayName(words) || (_countryAt[start] is not null && _countryEnd[start] == end))
            {
                // "And in Peru, the municipality of …": a country before an appositive is the place, not an organisation.
                // "an attack on Good Friday", "discovered on Easter Monday": a date, not a victim's name.
                return;
            }

            // The head stands before "of", "for" or "on" ("Ministry of …", "Centre for …", "Commission on Elections").
            var ofIndex = Array.FindIndex(words, w => w is "of" or "for" or "on");
            var head = ofIndex > 0 ? words[ofIndex - 1] : words[^1];
            var institution = IsPublicInstitutionName(words);
            var government = GovernmentHeads.Contains(head) || words.Any(w => w is "Ministry" or "Department" or "Agency") || institution;
            var appositive = AppositiveKind(end);
            // "Danske Handelsbank", "Nordbank": a compound whose last part is "bank" is a bank.
            var organisation = OrganizationHeads.Contains(head) || (head.Length > 5 && head.EndsWith("bank", StringComparison.Ordinal))
                || (!government && IsDescribed(start)) || (!government && appositive is not null)
                || (!government && IsAttackObject(start, end))
                || (!government && IsSecurityFirm(start, end) && !(end < _words.Length && SecurityNameFollowers.Contains(_words[end])));
            if (!government && !organisation)
            {
                return;
            }

            var charStart = _tokens[start].Start;
            var charEnd = _tokens[end - 1].End;
            if (Table.Covers(charStart, charEnd))
            {
                return;
            }

            var name = _text[charStart..charEnd];

            // "Beijing's Taiwan Affairs Office": the possessive owner, not the country the name mentions.
            var owner = Word(start - 1) is "'s" or "\u2019s" ? CountryBefore(charStart) : null;
            // "the Transport Administration, Estonia's road regulator,": a public-body appositive places a government name too.
            var publicAppositive = appositive == EntityKinds.GovernmentBody;
            var country = owner ?? _countryAt[start] ?? CountryBefore(charStart) ?? (government && ofIndex > 0 ? CountryInside(_tokens[start + ofIndex].Start, charEnd) : null)
                ?? (government && !publicAppositive ? null : AppositiveCountry(end))
                // "Kurrajong University in New South Wales says": a place right after the name.
                ?? (Word(end) == "in" && end + 1 < _words.Length && SameSentence(end, end + 1) ? PlaceCountry(end + 1) : null)
                ?? PeersPlaceCountry(end);
            if (_countryAt[start] is { } prefix && _countryEnd[start] < end
                && (Table.Find("name:" + _text[_tokens[_countryEnd[start]].Start..charEnd])
                    ?? Table.Find(EntityKinds.GovernmentBody + ":" + _text[_tokens[_countryEnd[start]].Start..charEnd])) is { } named)
            {
                // "the US Cybersecurity and Infrastructure Security Agency (CISA)": the country word qualifies a body already named.
                if (prefix.CountryCode is { } prefixCode)
                {
                    named.Attributes.TryAdd("country", prefixCode);
                }

                Table.Link("name:" + name, named);
                return;
            }

            var kind = publicAppositive && (government || country is not null) ? EntityKinds.GovernmentBody
                : government && (country is not null || institution || StateWords.Contains(words[0]) || words.Contains("Ministry") || words.Contains("Government")
                    || words.Any(PublicRemitWords.Contains))
                ? EntityKinds.GovernmentBody
                : IsSecurityFirm(start, end) ? EntityKinds.Vendor
                : !government && appositive is not null && !OrganizationHeads.Contains(head) ? appositive
                : EntityKinds.Organization;
            var key = "name:" + name;
            if (kind == EntityKinds.GovernmentBody && country?.CountryCode is { } code)
            {
                // "Chinese Ministry of Foreign Affairs" and "the Chinese foreign ministry" are one body.
                var rest = _countryAt[start] is not null ? string.Join(' ', words.Skip(_countryEnd[start] - start)) : name;
                if (GovernmentDescriptions.TryGetValue(rest, out var canonical))
                {
                    key = "gov:" + code + ":" + canonical;
                }
            }

            var draft = Table.Find(key) ?? Table.GetOrAdd(key, kind, name);
            Table.Link("name:" + name, draft);
            if (country?.CountryCode is { } countryCode)
            {
                draft.Attributes.TryAdd("country", countryCode);
            }

            SectorOfName(name, draft);
            Table.AddMention(draft, charStart, charEnd, MentionKind.Name);
        }

        // ---- 3b. Short names: "Velantis Semiconductor" ... "Velantis said" ---------------------------------------------

        /// <summary>
        /// "the European External Action Service … a spokesperson for the EEAS": capitals spelling the initials of a body named
        /// earlier, without a definition in brackets, are that body.
        /// </summary>
        public void InitialismUses()
        {
            var byInitials = new Dictionary<string, EntityTable.Draft?>(StringComparer.Ordinal);
            foreach (var draft in Table.Drafts.Where(d => d.Kind is EntityKinds.Organization or EntityKinds.GovernmentBody or EntityKinds.Vendor))
            {
                var initials = string.Concat(draft.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Where(w => char.IsUpper(w[0]) && w is not "The").Select(w => w[0]));
                if (initials.Length >= 3 && !byInitials.TryAdd(initials, draft) && byInitials[initials] != draft)
                {
                    byInitials[initials] = null;
                }
            }

            for (var i = 0; i < _words.Length && byInitials.Count > 0; i++)
            {
                if (_tokens[i].Kind != TokenKind.Word || !byInitials.TryGetValue(_words[i], out var body) || body is null
                    || _tokens[i].Start <= body.FirstStart || Table.Overlaps(_tokens[i].Start, _tokens[i].End))
                {
                    continue;
                }

                Table.AddMention(body, _tokens[i].Start, _tokens[i].End, MentionKind.Name);
            }
        }

        /// <summary>
        /// "The Canadian Centre for Cyber Security (Cyber Centre)": words in brackets after a name, all taken from that name,
        /// are its short form, and later uses of the short form are the same body.
        /// </summary>
        public void BracketedShortNames()
        {
            for (var i = 1; i + 2 < _words.Length; i++)
            {
                if (_words[i] != "(")
                {
                    continue;
                }

                var close = i + 1;
                while (close < _words.Length && close - i <= 4 && IsCapitalisedWord(close))
                {
                    close++;
                }

                if (close - i < 3 || Word(close) != ")")
                {
                    continue;
                }

                var longEnd = _tokens[i - 1].End;
                var owner = Table.RawMentions.Where(m => m.End == longEnd && m.How == MentionKind.Name
                    && m.Draft.Kind is EntityKinds.GovernmentBody or EntityKinds.Organization or EntityKinds.Vendor).Select(m => m.Draft).FirstOrDefault();
                var shortForm = _text[_tokens[i + 1].Start.._tokens[close - 1].End];
                if (owner is null || !shortForm.Split(' ').All(w => owner.Name.Split(' ').Contains(w, StringComparer.Ordinal)))
                {
                    continue;
                }

                Table.Link("name:" + shortForm, owner);
                for (var k = i + 1; k + (close - i - 1) <= _words.Length; k++)
                {
                    var end = k + (close - i - 1);
                    if (_text[_tokens[k].Start.._tokens[end - 1].End] == shortForm && !Table.Overlaps(_tokens[k].Start, _tokens[end - 1].End)
                        && (end >= _words.Length || !IsCapitalisedWord(end)))
                    {
                        Table.AddMention(owner, _tokens[k].Start, _tokens[end - 1].End, MentionKind.Name);
                    }
                }
            }
        }

        public void ShortNames()
        {
            var shorts = new Dictionary<string, EntityTable.Draft?>(StringComparer.Ordinal);
            var pairStarts = new HashSet<string>(StringComparer.Ordinal);
            var headless = new HashSet<EntityTable.Draft>();
            foreach (var (start, end, draft, how) in Table.RawMentions.ToList())
            {
                if (how != MentionKind.Name || draft.Kind is not (EntityKinds.Organization or EntityKinds.Vendor))
                {
                    continue;
                }

                var words = _text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is < 2 or > 3 || words[0].Length < 4 || !words[0].All(char.IsLetter) || !char.IsUpper(words[0][0])
                    || NonNameStarters.Contains(words[0]) || StateWords.Contains(words[0]) || GovernmentHeads.Contains(words[0])
                    || OrganizationHeads.Contains(words[0]) || PersonTitles.Contains(words[0]) || CalendarWords.Contains(words[0])
                    || !words.All(w => w.Length > 0 && char.IsUpper(w[0])))
                {
                    continue;
                }

                // "Velantis Semiconductor" … "Velantis"; "Premier Energy Distribution" … "Premier Energy" or "Premier"; "Medilink
                // Brabant" … "Medilink". Two drafts sharing a first word ("Acme Bank", "Acme Insurance") make it ambiguous.
                if (words.Length == 3)
                {
                    var two = words[0] + " " + words[1];
                    shorts[two] = shorts.TryGetValue(two, out var otherTwo) && otherTwo != draft ? null : draft;
                    pairStarts.Add(words[0]);
                }

                shorts[words[0]] = shorts.TryGetValue(words[0], out var other) && other != draft ? null : draft;
                if (!OrganizationHeads.Contains(words[^1]))
                {
                    headless.Add(draft);
                }
            }

            for (var i = 0; i < _words.Length; i++)
            {
                if (_countryAt[i] is not null)
                {
                    continue;
                }

                if (i + 1 < _words.Length && pairStarts.Contains(_words[i]) && Adjacent(i + 1) && shorts.TryGetValue(_words[i] + " " + _words[i + 1], out var pair) && pair is not null
                    && !Table.Overlaps(_tokens[i].Start, _tokens[i + 1].End) && !(i + 2 < _words.Length && IsCapitalisedWord(i + 2) && Adjacent(i + 2))
                    && (!headless.Contains(pair) || ActsAsName(i + 2)))
                {
                    Table.AddMention(pair, _tokens[i].Start, _tokens[i + 1].End, MentionKind.Name);
                    i++;
                    continue;
                }

                if (shorts.TryGetValue(_words[i], out var draft) && draft is not null
                    && !Table.Overlaps(_tokens[i].Start, _tokens[i].End) && !(i + 1 < _words.Length && IsCapitalisedWord(i + 1) && Adjacent(i + 1))
                    && (!headless.Contains(draft) || ActsAsName(i + 1)))
                {
                    Table.AddMention(draft, _tokens[i].Start, _tokens[i].End, MentionKind.Name);
                }
            }
        }

        /// <summary>
        /// Whether the word at <paramref name="next"/> lets the words before it stand as a name: punctuation, a possessive, a
        /// verb or a closed-class word ("Medilink declined", "Premier Energy said"), not a noun they modify ("Western governments").
        /// </summary>
        private bool ActsAsName(int next)
        {
            if (next >= _words.Length || _tokens[next].Kind != TokenKind.Word)
            {
                return true;
            }

            var word = _words[next];
            return word is "'s" or "\u2019s" || NameFollowers.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));
        }
    }
}
