using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Model;
using static ThreatLedger.Extraction.Claims.ClaimVocabulary;

namespace ThreatLedger.Extraction.Claims;

// ClaimExtractor, part: Speakers of reported speech: verb frames, quotations with the speaker before or after them, trailing and cited speakers.
internal sealed partial class ClaimExtractor
{
    private sealed partial class Run
    {
        private SourceFrame? VerbFrame(List<(int Start, int End, string Lower)> words, int clauseStart)
        {
            // "\"We assess … was conducted by the SVR,\" the ministry said": the verbs inside a quote are the quoted speaker's;
            // the speaker after the closing quote is the source.
            var quoteClose = QuoteWithSpeaker(words);
            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i].Lower;
                var statementParticiple = w is "rejecting" or "denying" or "dismissing" or "calling" or "saying" or "accusing" or "blaming"
                    && i >= 3 && words[i - 1].Lower == "statement" && words[i - 2].Lower is "a" or "an" && words[i - 3].Lower is "issued" or "released" or "published";
                if ((!ReportingVerbs.Contains(w) && !statementParticiple) || i < quoteClose)
                {
                    continue;
                }

                if (i == quoteClose + 1 && quoteClose >= 1 && InvertedSpeaker(words, i, clauseStart) is { } inverted)
                {
                    // "\"This was the work of criminals,\" said Okafor.", "…,\" said Rachel Kim, head of research at X.".
                    return inverted;
                }

                if (w is "dubbed" or "called" or "named" or "branded" or "labelled" or "labeled" && i + 1 < words.Count
                    && (char.IsUpper(text[words[i + 1].Start]) || IsQuoteMark(words[i + 1].Lower)) && words[i + 1].Lower is not ("the" or "it" or "them"))
                {
                    // "a backdoor dubbed GhostQuill", "a gang called Moonveil": a naming participle, not speech.
                    continue;
                }

                if (i > 0 && char.IsUpper(text[words[i].Start]))
                {
                    // "in the United States", "Threat Reports": a capitalised verb form inside a clause is part of a name.
                    continue;
                }

                var next = i + 1 < words.Count ? words[i + 1].Lower : string.Empty;
                if (ThatOnlyVerbs.Contains(w) && FirstAfterTimeWords(words, i + 1) != "that" && !SpeaksAfterComma(words, i))
                {
                    // "warned that", "warned on Tuesday that": reported content; "warned customers" is not.
                    continue;
                }

                // "Investigators are examining whether …", "are looking into whether …": an open question is a hedged claim.
                if (WhetherVerbs.Contains(w) && !(next == "whether" || (next == "into" && i + 2 < words.Count && words[i + 2].Lower == "whether")))
                {
                    continue;
                }

                if (w is "cited" or "citing")
                {
                    continue;
                }

                if (w is "blame" && i >= 2 && words[i - 1].Lower == "to" && words[i - 2].Lower == "be")
                {
                    // "a hostile state might be to blame": who is at fault, not who speaks.
                    continue;
                }

                if (i > 0 && words[i - 1].Lower is "'s" or "\u2019s" or "the" or "its" or "their" or "his" or "her" or "these" or "those" or "such" or "a"
                    && w is "claims" or "claim" or "reports" or "states" or "notes" or "finds" or "links" or "ties")
                {
                    // "did not comment on the group's claims", "the reports": a noun, not a verb of speech.
                    continue;
                }

                if (w == "pointed" && !(next is "to" || (next == "the" && i + 2 < words.Count && words[i + 2].Lower == "finger")))
                {
                    // "officials pointed to Iranian hackers", "pointed the finger at": an attribution; "pointed out" is not.
                    continue;
                }

                if ((CognitiveVerbs.Contains(w) || WhetherVerbs.Contains(w)) && HasTrailingSpeakerAfter(words, i))
                {
                    // "Investigators believe X was behind the attack, two officials familiar with the inquiry said", "Investigators are
                    // examining whether X directed the attack, two people familiar with the inquiry told Y": the belief or the open
                    // question is what the trailing speakers report; they are the source.
                    continue;
                }

                if (NamingVerbs.Contains(w) && !words.Skip(i + 1).Take(12).Any(x => x.Lower == "as"))
                {
                    // "named a GRU unit … as responsible" attributes; "a group named Ghostline" does not speak.
                    continue;
                }

                if (LinkingVerbs.Contains(w) && next is "to" or "with" or "by" or "")
                {
                    continue;
                }

                if (i > 0 && words[i - 1].Lower is "been" or "was" or "were" or "is" or "are" or "being"
                    && (BlameVerbs.Contains(w) || AttributionVerbs.Contains(w) || w is "suspected" or "believed" or "alleged" or "assessed" or "considered"
                        or "thought" or "understood" or "reported" or "said"))
                {
                    // "Iranian hackers have been blamed for …", "A breach … has been attributed to X by Y", "A group is suspected of
                    // breaching …": the subject of a passive attribution is the accused or the incident, not a source.
                    continue;
                }

                // Subject: back to a stop word, skipping auxiliaries ("has also attacked", "strongly denied") and an
                // appositive (", which the hospital hired to investigate,").
                int citedStart = 0, citedEnd = 0, roleStart = 0, roleEnd = 0;
                var anonymous = false;
                var j = i - 1;
                if (w is "warning" or "stating" || statementParticiple)
                {
                    // "X published a joint advisory on Wednesday warning that …": the publisher of the document speaks.
                    var published = -1;
                    for (var p = i - 1; p >= Math.Max(0, i - 9); p--)
                    {
                        if (words[p].Lower is "published" or "issued" or "released" or "posted" or "put")
                        {
                            published = p;
                            break;
                        }
                    }

                    if (published < 0)
                    {
                        continue;
                    }

                    j = published - 1;
                }

                while (j >= 0 && Auxiliaries.Contains(words[j].Lower))
                {
                    j--;
                }

                if (j >= 2 && words[j].Lower == "to" && words[j - 2].Lower is "was" or "were" or "is" or "are")
                {
                    // "Some lawmakers were quick to suggest …": the subject before "were quick to".
                    j -= 3;
                }

                var namedApposition = -1;
                if (j > 0 && words[j].Lower == ",")
                {
                    // ", joined by cyber agencies from Canada, Australia and New Zealand,": an accompaniment, with commas of its
                    // own, between the subject and its verb.
                    for (var k = j - 2; k > 0 && j - k < 16; k--)
                    {
                        if (words[k].Lower == "," && words[k + 1].Lower is "joined" or "along" or "alongside" or "together" or "supported")
                        {
                            j = k - 1;
                            break;
                        }
                    }
                }

                if (j > 0 && words[j].Lower == ",")
                {
                    var open = j - 1;
                    while (open > 0 && words[open].Lower != "," && j - open < 15)
                    {
                        open--;
                    }

                    var appositive = open > 0 && open + 1 < j ? _lower[words[open + 1].Start..words[j - 1].End] : string.Empty;
                    anonymous = s_anonymityCues.Any(a => appositive.Contains(a, StringComparison.Ordinal));
                    if (open > 0 && words[open].Lower == "," && (IsNameOnly(words[open + 1].Start, words[j - 1].End)
                        || (j - open is >= 3 and <= 4 && LooksLikePersonName(text[words[open + 1].Start..words[j - 1].End]))
                        || (j - open is >= 2 and <= 4 && EntityVocabulary.OrganizationAnaphors.ContainsKey(words[open - 1].Lower)
                            && words.Skip(open + 1).Take(j - open - 1).All(x => char.IsUpper(text[x.Start])))))
                    {
                        // "A pro-Russian hacktivist group, NoName057(16), claimed …": the name in apposition belongs to the subject.
                        namedApposition = j - 1;
                        j = open - 1;
                    }

                    // ", which …,", ", who …,", ", a unit of …,", ", speaking on condition of anonymity,".
                    // ", Peru's second-largest mobile operator,": a country's possessive opens a description too.
                    var countryPossessive = open > 0 && open + 2 < j && words[open + 2].Lower is "'s" or "\u2019s"
                        && entities.MentionsWithin(words[open + 1].Start, words[open + 1].End).Any(m => m.Kind == EntityKinds.Country);
                    if (open > 0 && words[open].Lower == "," && (countryPossessive || words[open + 1].Lower is "which" or "who" or "whose" or "a" or "an" or "the" or "citing"
                        or "known" or "also" or "formerly" or "better" or "dubbed" or "called" or "one" or "in" or "speaking" or "joined" or "along" or "without"
                        or "alongside" or "together"
                        || (words[open + 1].Lower.Length > 4 && words[open + 1].Lower.EndsWith("ing", StringComparison.Ordinal))))
                    {
                        if (words[open + 1].Lower == "citing" && j - open > 2)
                        {
                            citedStart = words[open + 2].Start;
                            citedEnd = words[j - 1].End;
                        }
                        else if (words[open + 1].Lower is "a" or "an" or "the" && j - open > 2)
                        {
                            roleStart = words[open + 1].Start;
                            roleEnd = words[j - 1].End;
                        }

                        j = open - 1;
                    }
                }

                var subjectEnd = j;
                while (j >= 0 && !SubjectStops.Contains(words[j].Lower) && (j == subjectEnd || !ReportingVerbs.Contains(words[j].Lower)) && subjectEnd - j < 12)
                {
                    j--;
                }

                if (j > 0 && words[j].Lower == "who" && subjectEnd - j <= 10)
                {
                    // "Two researchers who reviewed the malware told …": the subject before its relative clause.
                    subjectEnd = j - 1;
                    j = subjectEnd;
                    while (j >= 0 && !SubjectStops.Contains(words[j].Lower) && !ReportingVerbs.Contains(words[j].Lower) && subjectEnd - j < 12)
                    {
                        j--;
                    }
                }

                if (namedApposition >= 0 && subjectEnd >= 0 && subjectEnd < namedApposition)
                {
                    subjectEnd = namedApposition;
                }

                // "Three government and private-sector sources": a coordinated modifier belongs to the subject.
                if (j > 0 && words[j].Lower == "and" && subjectEnd >= 0 && words[subjectEnd].Lower is "sources" or "officials" or "people" or "experts" or "researchers" or "analysts")
                {
                    j--;
                    while (j >= 0 && !SubjectStops.Contains(words[j].Lower) && subjectEnd - j < 14)
                    {
                        j--;
                    }
                }

                var first = j + 1;
                while (first <= subjectEnd && DiscourseMarkers.Contains(words[first].Lower))
                {
                    first++;
                }

                if (first < subjectEnd && words[first].Lower is "in" or "on" or "at")
                {
                    // "In a blog post it said …", "On its website the firm said …": the speaker after a fronted phrase.
                    for (var k = first + 1; k <= subjectEnd; k++)
                    {
                        if (words[k].Lower is "it" or "they" or "he" or "she" or "we" || (k > first + 1 && words[k].Lower == "the"))
                        {
                            first = k;
                            break;
                        }
                    }
                }

                while (subjectEnd > first && SubjectTimeWords.Contains(words[subjectEnd].Lower))
                {
                    subjectEnd--;
                }

                if (first <= subjectEnd && first > 0 && words[first - 1].Lower == "and")
                {
                    // "the FBI and the Cybersecurity and Infrastructure Security Agency said": the subject is the whole last name.
                    first = NameStartIndex(words, first, subjectEnd);
                }

                if (first <= subjectEnd && CoordinatedSubject(words, first, subjectEnd) is { } coordinated)
                {
                    var jointStart = words[coordinated.First].Start;
                    // "…, the National Police Agency and the National Cybersecurity Office said in a joint alert on Tuesday.": trailing
                    // speakers report what came before them.
                    var trailing = words.Count - i <= 3 || IsTrailingSpeaker(words, coordinated.First, i);
                    var joint = MakeFrame(words[first].Start, words[subjectEnd].End, w, jointStart, trailing ? clauseStart : words[i].End);
                    if (joint is not null)
                    {
                        return joint with { Name = text[jointStart..words[subjectEnd].End], Count = coordinated.Count, EntityId = null, CountryCode = null };
                    }
                }

                if (first > subjectEnd)
                {
                    // "… claiming that" after "news from a US-based news outlet": the subject sits before a participle.
                    continue;
                }

                var subjectStart = words[first].Start;
                var subjectStop = words[subjectEnd].End;
                var contentStart = words.Count - i <= 3 || IsTrailingSpeaker(words, first, i) ? clauseStart : words[i].End;
                var frame = MakeFrame(subjectStart, subjectStop, w, subjectStart, contentStart);
                if (frame is null && citedEnd > citedStart && MakeFrame(citedStart, citedEnd, w, subjectStart, contentStart) is { } citedOnly)
                {
                    // "The newspaper, citing unnamed officials, reported …" before any outlet is named: the officials speak
                    // through the newspaper.
                    return citedOnly with { CitedVia = text[subjectStart..subjectStop] };
                }

                if ((frame is null || frame is { Kind: SourceKinds.Unknown, EntityId: var unplaced } && entities.Find(unplaced) is null or { Kind: EntityKinds.Person })
                    && roleEnd > roleStart && RoleBody(roleStart, roleEnd) is { } body)
                {
                    // "Liu Pengyu, a spokesperson for the Chinese embassy in Washington, said …": the person speaks for the body.
                    frame = new SourceFrame(text[subjectStart..subjectStop], KindOf(body.Name.ToLowerInvariant(), body) ?? SourceKinds.Unknown, null, null, body.Id,
                        subjectStart, contentStart, w, body.Attributes.GetValueOrDefault("country"), true);
                }
                else if (frame is { Kind: SourceKinds.Unknown } && roleEnd > roleStart && KindOf(_lower[roleStart..roleEnd], null) is SourceKinds.Researchers)
                {
                    // "Anders Holm, an analyst at a Copenhagen consultancy, said …": a researcher whose employer is not recognised.
                    frame = frame with { Kind = SourceKinds.Researchers };
                }

                if (frame is null)
                {
                    continue;
                }

                if (anonymous && frame.Kind is SourceKinds.Government or SourceKinds.Unknown)
                {
                    // "Two Danish officials, who spoke on condition of anonymity, said …".
                    frame = frame with { Kind = SourceKinds.AnonymousOfficials };
                }

                if ((IsTrailingSpeaker(words, first, i) || CitingSoonAfter(words, i)) && CitingAfter(words, i) is { } citedAfter
                    && (frame.Kind == SourceKinds.Media || w is "reported" or "reports"))
                {
                    // "…, Nordic Wire reported on Thursday, citing two people familiar with the investigation.": the people
                    // speak through the outlet (whatever the recognisers took a paper they do not know for: "the Nairobi Sentinel").
                    return citedAfter with { CitedVia = frame.Name, Start = frame.Start, ContentStart = clauseStart };
                }

                if (w is "told" or "tells" && i + 1 < words.Count && ToldOutlet(words[i + 1].Start) is { } outlet)
                {
                    // "two people familiar with the investigation told Bloomberg": the outlet carried their words.
                    frame = frame with { CitedVia = outlet };
                }

                if (citedEnd > citedStart && MakeFrame(citedStart, citedEnd, w, subjectStart, contentStart) is { } cited)
                {
                    // "A report by a local newspaper, citing two people involved, said …".
                    return cited with { CitedVia = text[subjectStart..subjectStop] };
                }

                // "a newspaper report that experts consider …": the report is the channel.
                if (j >= 1 && words[j].Lower == "that")
                {
                    var (rStart, rEnd) = PhraseBefore(words, j);
                    if (rEnd > rStart && IsMediaWords(_lower[rStart..rEnd]))
                    {
                        frame = frame with { CitedVia = text[rStart..rEnd], Start = rStart };
                    }
                }

                return frame;
            }

            return null;
        }

        private static bool IsQuoteMark(string lower) => lower is "\"" or "\u201c" or "\u201d";

        /// <summary>
        /// The index of a closing quotation mark after a comma (or "?", "!") that a speaker follows within a few words
        /// ("…,\" the ministry said", "…,\" said Okafor"), or -1.
        /// </summary>
        private static int QuoteWithSpeaker(List<(int Start, int End, string Lower)> words)
        {
            for (var k = 1; k + 1 < words.Count; k++)
            {
                if (!IsQuoteMark(words[k].Lower) || words[k - 1].Lower is not ("," or "?" or "!"))
                {
                    continue;
                }

                // "…,\" Glacier Point's head of threat research Lena Morgenthaler said": a titled speaker can take ten words.
                for (var v = k + 1; v < words.Count && v - k <= 12; v++)
                {
                    if (IsQuoteMark(words[v].Lower) || words[v].Lower is "." or ";")
                    {
                        break;
                    }

                    if (ReportingVerbs.Contains(words[v].Lower) && !LinkingVerbs.Contains(words[v].Lower))
                    {
                        return k;
                    }
                }
            }

            return -1;
        }

        /// <summary>
        /// The speaker after an inverted reporting verb that follows a quote: "said Okafor", "said a spokesperson for the
        /// centre", "said Rachel Kim, head of threat intelligence at Sentry Arc" (the person speaks for the body the role names).
        /// </summary>
        private SourceFrame? InvertedSpeaker(List<(int Start, int End, string Lower)> words, int verb, int clauseStart)
        {
            var (npStart, npEnd, next) = NounPhrase(words, verb + 1, [",", ".", ";", "on", "in", "at", "who", "which", "during", "after", "adding", "\"", "\u201c", "\u201d", "told"]);
            if (npEnd <= npStart || next - verb > 9 || !(char.IsUpper(text[npStart]) || words[verb + 1].Lower is "a" or "an" or "the" or "one" or "two" or "three"))
            {
                return null;
            }

            var w = words[verb].Lower;
            var frame = MakeFrame(npStart, npEnd, w, clauseStart, clauseStart);
            if (next < words.Count && words[next].Lower == ",")
            {
                var close = next + 1;
                while (close < words.Count && words[close].Lower is not ("," or "." or ";") && close - next < 16)
                {
                    close++;
                }

                if (close > next + 1 && (frame is null || frame is { Kind: SourceKinds.Unknown } && entities.Find(frame.EntityId) is null or { Kind: EntityKinds.Person })
                    && RoleBody(words[next + 1].Start, words[close - 1].End) is { } body)
                {
                    frame = new SourceFrame(text[npStart..npEnd], KindOf(body.Name.ToLowerInvariant(), body) ?? SourceKinds.Unknown, null, null, body.Id,
                        clauseStart, clauseStart, w, body.Attributes.GetValueOrDefault("country"), true);
                }
            }

            return frame;
        }

        /// <summary>Verbs of belief whose subject holds a view that another speaker may be reporting.</summary>
        private static readonly HashSet<string> CognitiveVerbs = new(StringComparer.Ordinal)
        {
            "believe", "believes", "suspect", "suspects", "think", "thinks", "assess", "assesses", "consider", "considers",
        };

        /// <summary>Whether a reporting verb after <paramref name="verb"/> has a trailing speaker (", two officials said.").</summary>
        private static bool HasTrailingSpeakerAfter(List<(int Start, int End, string Lower)> words, int verb)
        {
            for (var k = verb + 2; k < words.Count; k++)
            {
                if (!ReportingVerbs.Contains(words[k].Lower) || CognitiveVerbs.Contains(words[k].Lower) || WhetherVerbs.Contains(words[k].Lower))
                {
                    continue;
                }

                var comma = k - 1;
                while (comma > verb && k - comma <= 12 && words[comma].Lower != ",")
                {
                    comma--;
                }

                // ", a cluster that open-source reporting links to China": a speaker inside an appositive's relative clause
                // speaks of the appositive's noun, not of the whole sentence.
                var relative = Enumerable.Range(comma + 1, Math.Max(0, k - comma - 1)).Any(r => words[r].Lower is "that" or "which" or "who" or "whom");
                if (comma > verb + 1 && words[comma].Lower == "," && !relative && IsTrailingSpeaker(words, comma + 1, k))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Hackers breached X in March, the agency confirmed on Friday": a short subject after a comma, then the verb and circumstance only.</summary>
        private static bool SpeaksAfterComma(List<(int Start, int End, string Lower)> words, int verb)
        {
            var k = verb - 1;
            while (k > 0 && verb - k <= 4 && words[k].Lower != ",")
            {
                k--;
            }

            return k > 0 && k < verb - 1 && words[k].Lower == "," && IsTrailingSpeaker(words, k + 1, verb);
        }

        /// <summary>Whether the span is exactly one named entity (not a description): "NoName057(16)", "Acme Corp".</summary>
        private bool IsNameOnly(int start, int end)
        {
            var mention = entities.BestMentionFor(start, end);
            return mention is { } m && m.Start == start && m.End == end && m.How == MentionKind.Name
                && m.Kind is EntityKinds.ThreatActor or EntityKinds.Organization or EntityKinds.Vendor or EntityKinds.GovernmentBody or EntityKinds.Person;
        }

        /// <summary>"reported on Thursday, citing unnamed sources, that …": a citation right after the verb, past time words only.</summary>
        private static bool CitingSoonAfter(List<(int Start, int End, string Lower)> words, int verb)
        {
            for (var k = verb + 1; k + 1 < words.Count && k - verb <= 5; k++)
            {
                if (words[k].Lower == "," && words[k + 1].Lower == "citing")
                {
                    return true;
                }

                if (!SubjectTimeWords.Contains(words[k].Lower))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>"…, citing two people familiar with …" after the verb at <paramref name="verb"/>: the cited source.</summary>
        private SourceFrame? CitingAfter(List<(int Start, int End, string Lower)> words, int verb)
        {
            for (var k = verb + 1; k + 1 < words.Count; k++)
            {
                if (words[k].Lower == "citing")
                {
                    var (cStart, cEnd, _) = NounPhrase(words, k + 1, CitedObjectStops);
                    return cEnd > cStart ? MakeFrame(cStart, cEnd, "citing", words[k].Start, words[k].Start) : null;
                }
            }

            return null;
        }

        /// <summary>
        /// "The intrusion was the work of X, prosecutors said on Friday.": a speaker after a comma, with nothing but time or
        /// circumstance after its verb, reports what came before it.
        /// </summary>
        private static bool IsTrailingSpeaker(List<(int Start, int End, string Lower)> words, int subjectFirst, int verb)
        {
            // "…, the ministry said", "…,\" the ministry said".
            if (subjectFirst < 2 || !(words[subjectFirst - 1].Lower == ","
                || (IsQuoteMark(words[subjectFirst - 1].Lower) && words[subjectFirst - 2].Lower is "," or "?" or "!")))
            {
                return false;
            }

            // Up to ", citing …", ", adding …" or an afterthought (", using Microsoft's name for the group"), only circumstance
            // may follow the verb ("said on Friday in a statement").
            for (var k = verb + 1; k < words.Count; k++)
            {
                if (words[k].Lower == "," && k + 1 < words.Count && words[k + 1].Lower is "citing" or "adding" or "using" or "referring" or "speaking" or "noting")
                {
                    return k - verb <= 8;
                }

                if (words[k].Lower is "that" or "\"" or "\u201c" or ":" or ",")
                {
                    return false;
                }
            }

            // "…, the agency and the bureau said in a joint advisory published on Wednesday.".
            return words.Count - verb <= 10;
        }

        /// <summary>
        /// "The United States, the United Kingdom and Australia jointly accused …": the subject ends at a conjunction, and the
        /// conjuncts before it are countries or government bodies like the last one. Returns the first conjunct's word and the
        /// number of parties.
        /// </summary>
        private (int First, int Count)? CoordinatedSubject(List<(int Start, int End, string Lower)> words, int first, int last)
        {
            if (first == 0 || words[first - 1].Lower is not ("and" or ",") || !IsStateParty(words[first].Start, words[last].End))
            {
                return null;
            }

            var count = 1;
            var k = first - 1;
            var earliest = first;
            while (k > 0 && words[k].Lower is "and" or ",")
            {
                var conjunctEnd = k - 1;
                if (words[conjunctEnd].Lower == ",")
                {
                    conjunctEnd--;
                }

                var conjunctStart = conjunctEnd;
                while (conjunctStart > 0 && words[conjunctStart - 1].Lower is not ("and" or "," or ";" or ":" or "that" or "\"") && conjunctEnd - conjunctStart < 8)
                {
                    conjunctStart--;
                }

                if (conjunctEnd >= 0)
                {
                    // "the National Cyber and Information Security Agency and …": the "and" inside a name does not end the conjunct.
                    conjunctStart = NameStartIndex(words, conjunctStart, conjunctEnd);
                }

                if (conjunctEnd < 0 || !IsStateParty(words[conjunctStart].Start, words[conjunctEnd].End))
                {
                    break;
                }

                count++;
                earliest = conjunctStart;
                k = conjunctStart - 1;
            }

            return count > 1 ? (earliest, count) : null;
        }

        /// <summary>
        /// The word where a name covering words <paramref name="first"/> to <paramref name="last"/> begins (with its article),
        /// when the name starts before <paramref name="first"/> ("Cybersecurity and Infrastructure Security Agency" cut at "and").
        /// </summary>
        private int NameStartIndex(List<(int Start, int End, string Lower)> words, int first, int last)
        {
            var straddling = entities.MentionsWithin(Math.Max(0, words[first].Start - 120), words[last].End)
                .FirstOrDefault(m => m.Start < words[first].Start && m.End >= words[last].End);
            if (straddling.End == 0)
            {
                return first;
            }

            var nameStart = words.FindIndex(x => x.Start == straddling.Start);
            return nameStart < 0 ? first : nameStart > 0 && words[nameStart - 1].Lower == "the" ? nameStart - 1 : nameStart;
        }

        private bool IsStateParty(int start, int end)
        {
            var mention = entities.BestMentionFor(start, end);
            if (mention is not { Kind: EntityKinds.Country or EntityKinds.GovernmentBody or EntityKinds.Organization or EntityKinds.Vendor or EntityKinds.Outlet }
                && _lower.AsSpan(start, end - start).StartsWith("the ", StringComparison.Ordinal)
                && KindOf(_lower[start..end], null) == SourceKinds.Government && text[(start + 4)..end].Any(char.IsUpper))
            {
                // "the police's National Centre Against Organised Crime": a state body the recognisers do not know, named as one.
                return true;
            }

            if (mention is not { } m || m.Kind is not (EntityKinds.Country or EntityKinds.GovernmentBody) || m.Start < start || m.End > end)
            {
                return false;
            }

            // The whole conjunct is the name, give or take a leading article or its country ("Britain's National Cyber Security Centre").
            var rest = (text[start..m.Start] + text[m.End..end]).Trim().ToLowerInvariant();
            if (rest.EndsWith("'s", StringComparison.Ordinal) || rest.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                var owner = entities.MentionsWithin(start, m.Start).FirstOrDefault(o => o.Kind == EntityKinds.Country);
                return owner != default && (text[start..owner.Start].Trim().ToLowerInvariant() is "" or "the")
                    && text[owner.End..m.Start].Trim() is "'s" or "\u2019s";
            }

            return rest is "" or "the";
        }

        /// <summary>The outlet told something ("told Bloomberg"), unless it is the article's own publisher: that is first-hand reporting.</summary>
        private string? ToldOutlet(int at)
        {
            foreach (var m in entities.MentionsWithin(at, Math.Min(text.Length, at + 60)))
            {
                if (m.Kind != EntityKinds.Outlet || m.Start - at > 4)
                {
                    return null;
                }

                var name = entities[m.EntityId].Name;
                var mentioned = text[m.Start..m.End];
                return info.Source is { } own && (string.Equals(own, name, StringComparison.OrdinalIgnoreCase) || string.Equals(own, mentioned, StringComparison.OrdinalIgnoreCase))
                    ? null
                    : name;
            }

            // "told the newspaper El Mercurio Austral", "told the BBR": an outlet the recognisers do not know, by its kind of
            // medium or as an acronym; not a body ("told Parliament"), nor the publisher itself ("Baltic Business Review" as "the BBR").
            var match = s_toldMedium.Match(text, at, Math.Min(text.Length, at + 80) - at);
            if (!match.Success)
            {
                return null;
            }

            var outlet = match.Groups["name"].Value.Trim();
            var bare = !match.Groups["medium"].Success;
            if (bare && !(outlet.Length is >= 2 and <= 6 && outlet.All(char.IsAsciiLetterUpper)))
            {
                return null;
            }

            var nameStart = match.Groups["name"].Index;
            if (entities.MentionsWithin(nameStart, nameStart + outlet.Length).Any(m => m.Kind != EntityKinds.Outlet))
            {
                return null;
            }

            return info.Source is { } publisher && (string.Equals(publisher, outlet, StringComparison.OrdinalIgnoreCase) || (bare && Initials(publisher) == outlet))
                ? null
                : outlet;
        }

        /// <summary>"the newspaper X", "the weekly X", "the BBR" after "told": the outlet's name.</summary>
        private static readonly System.Text.RegularExpressions.Regex s_toldMedium = new(
            @"\G(?:the\s)?(?:(?<medium>(?:[a-z][\w-]*\s){0,2}(?:newspaper|daily|weekly|magazine|broadcaster|news\sagency|news\ssite|news\swebsite|outlet|radio\sstation|television\sstation|tv\sstation|tv\schannel|television\schannel))\s)?(?<name>[A-Z][\w'&-]*(?:[ ][A-Z][\w'&-]*){0,4})",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>The initials of a name's capitalised words ("Baltic Business Review" → "BBR").</summary>
        private static string Initials(string name) =>
            string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

        private SourceFrame? CitedFrame(List<(int Start, int End, string Lower)> words, int end)
        {
            // "X cited N sources …" sets the frame for what follows ("It claimed …").
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i].Lower is not ("cited" or "citing"))
                {
                    continue;
                }

                var (oStart, oEnd, _) = NounPhrase(words, i + 1, CitedObjectStops);
                var (sStart, sEnd) = PhraseBefore(words, i);
                if (oEnd > oStart && sEnd > sStart)
                {
                    var cited = MakeFrame(oStart, oEnd, "cited", sStart, end);
                    if (cited is not null)
                    {
                        var frame = cited with { CitedVia = text[sStart..sEnd] };
                        _lastExplicit = frame;
                        return frame;
                    }
                }
            }

            return null;
        }

        private (int Start, int End) PhraseBefore(List<(int Start, int End, string Lower)> words, int index)
        {
            var j = index - 1;
            while (j >= 0 && Auxiliaries.Contains(words[j].Lower))
            {
                j--;
            }

            var last = j;
            while (j >= 0 && !SubjectStops.Contains(words[j].Lower) && last - j < 10)
            {
                j--;
            }

            var first = j + 1;
            while (first <= last && DiscourseMarkers.Contains(words[first].Lower))
            {
                first++;
            }

            return first > last ? (0, 0) : (words[first].Start, words[last].End);
        }

        private static (int Start, int End, int Next) NounPhrase(List<(int Start, int End, string Lower)> words, int from, IReadOnlyCollection<string> stops)
        {
            var i = from;
            while (i < words.Count && !stops.Contains(words[i].Lower) && i - from < 10)
            {
                i++;
            }

            return i == from ? (0, 0, i) : (words[from].Start, words[i - 1].End, i);
        }
    }
}
