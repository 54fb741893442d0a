namespace ThreatLedger.Extraction.Claims;

/// <summary>Word lists for reported speech and attribution (lower case; multi-word cues matched on word boundaries).</summary>
internal static class ClaimVocabulary
{
    public static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "claimed", "claims", "claim", "claiming", "reported", "reports", "reporting", "stated",
        "states", "stating", "revealed", "reveals", "confirmed", "confirms", "believes", "believe", "believed", "suspects", "suspect",
        "alleged", "alleges", "allege", "alleging", "assessed", "assesses", "assess", "concluded", "concludes", "found", "finds",
        "wrote", "writes", "noted", "notes", "added", "adds", "announced", "announces", "warned", "warns", "indicated", "indicates",
        "suggested", "suggests", "suggesting", "suggest", "argued", "argues", "insisted", "insists", "maintained", "maintains", "denied", "denies",
        "deny", "rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes", "blamed", "blames", "blame", "accused", "accuses",
        "consider", "considers", "considered", "think", "thinks", "attributed", "attributes", "attribute", "assess", "pledged", "vowed", "acknowledged",
        "admitted", "explained", "saying", "determined", "refuted", "refutes", "countered", "retorted", "responded",
        "called", "described", "branded", "labelled", "labeled", "dubbed", "understands", "learned", "learnt",
        "linked", "links", "tied", "ties", "pinned", "traced", "examining", "investigating", "probing", "exploring", "looking",
        "checking", "assessing", "charged", "indicted", "sanctioned", "named", "identified", "pointed", "briefed", "warning",
        "stressed", "stresses", "cautioned", "cautions", "emphasised", "emphasized", "underlined", "repeated", "reiterated", "reaffirmed",
    };

    /// <summary>Verbs that attribute only as "named|identified X as responsible" (a frame only with "as" after the object).</summary>
    public static readonly HashSet<string> NamingVerbs = new(StringComparer.Ordinal) { "named", "identified" };

    /// <summary>Verbs of inquiry: a frame only before "whether" ("are examining whether …", "are looking into whether …").</summary>
    public static readonly HashSet<string> WhetherVerbs = new(StringComparer.Ordinal)
    {
        "examining", "investigating", "probing", "exploring", "looking", "checking", "assessing",
    };

    /// <summary>Verbs that are also participles in actor phrases ("hackers linked to Iran"): a frame only with an object first ("linked the intrusion to").</summary>
    public static readonly HashSet<string> LinkingVerbs = new(StringComparer.Ordinal)
    {
        "linked", "links", "tied", "ties", "pinned", "traced",
    };

    /// <summary>Trailing words of a subject that are time, not source ("The government on Wednesday").</summary>
    public static readonly HashSet<string> SubjectTimeWords = new(StringComparer.Ordinal)
    {
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "earlier", "later",
        "last", "week", "month", "this", "publicly", "previously", "also", "recently", "initially",
    };

    /// <summary>Sentences that announce a dissenting view to come ("Some researchers were more cautious.").</summary>
    public static readonly string[] DissentAnnouncements =
    [
        "more cautious", "not everyone agrees", "others disagree", "others are not convinced", "some experts disagree", "were skeptical",
        "were sceptical", "remain unconvinced", "disputed the attribution", "questioned the attribution", "alternative theory", "other theories",
        "others suggested", "others believe", "others said", "others pointed", "a different motive", "a criminal motive", "another explanation",
            "others point", "less certain", "are sceptical", "are skeptical", "a simpler explanation", "a different explanation", "not convinced", "other explanations",
    ];

    /// <summary>Phrases that introduce a different incident than the one being discussed.</summary>
    public static readonly string[] NewIncidentCues =
    [
        "another entity", "another organisation", "another organization", "another company", "another victim", "another target",
        "another agency", "another japanese", "another attack", "another incident", "separate incident", "separate attack",
    ];

    /// <summary>Verbs that report discovery rather than speech: a frame only with a "that" clause.</summary>
    public static readonly HashSet<string> ThatOnlyVerbs = new(StringComparer.Ordinal)
    {
        "found", "finds", "revealed", "reveals", "determined", "indicated", "indicates", "confirmed", "confirms", "noted", "notes",
        "added", "adds", "explained", "acknowledged", "admitted", "concluded", "concludes", "announced", "warned", "warning",
        "stressed", "stresses", "cautioned", "cautions", "emphasised", "emphasized", "underlined",
    };

    public static readonly HashSet<string> DiscourseMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "however", "but", "lastly", "meanwhile", "also", "hence", "and", "still", "moreover", "furthermore", "separately", "indeed",
        "instead", "nevertheless", "finally", "further", "additionally", "yet", "so", "now", "earlier", "later", "previously",
    };

    public static readonly HashSet<string> SubjectStops = new(StringComparer.Ordinal)
    {
        ",", ";", ":", "that", "which", "who", "from", "by", "after", "as", "since", "follows", "and", "but", "while", "\"",
        "\u201C", "\u201D", "when", "because", "whereas", "although", "though", "if", "than",
    };

    public static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "also", "previously", "reportedly", "later", "earlier", "publicly", "strongly", "firmly", "flatly",
        "categorically", "vehemently", "initially", "repeatedly", "already", "privately", "quietly", "openly", "jointly", "together", "collectively", "formally", "swiftly", "had", "was", "were", "is", "are", "been", "did", "does",
        "do", "not", "never", "separately", "subsequently", "then", "now", "recently", "officially",
    };

    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "they", "he", "she", "the report", "the outlet", "the newspaper", "the news report", "the paper", "the publication",
        "the article", "the news outlet", "the broadcaster", "the magazine", "the agency", "the company", "the firm", "the ministry",
        "the researchers", "the experts", "the officials", "the sources", "the government", "the agencies", "the governments",
        "the authorities", "the allies", "the partners", "the firms", "the companies", "the vendor", "the security firm", "the people",
        "the person", "those people", "the two people", "the three people", "these people", "the insiders", "the statement",
        "the commentary", "the editorial",
    };

    /// <summary>Reporting verbs that are attributions in themselves ("Harrow attributed the operation to APT29").</summary>
    public static readonly HashSet<string> AttributionVerbs = new(LinkingVerbs.Concat(["attributed", "attributes", "attribute", "named", "identified", "pointed"]), StringComparer.Ordinal);

    /// <summary>Words that open a clause whose subject is the previous clause's ("…, but declined to comment").</summary>
    public static readonly HashSet<string> PredicateOpeners = new(StringComparer.Ordinal)
    {
        "declined", "refused", "would", "could", "should", "will", "did", "stopped", "gave", "offered", "provided", "urged", "warned",
        "cautioned", "stressed", "emphasised", "emphasized", "pointed", "went", "made", "kept", "remained",
    };

    /// <summary>What a denier accuses the accuser of when it rebuts rather than blames someone else for the attack.</summary>
    public static readonly string[] RebuttalAccusations =
    [
        "of smearing", "of slander", "of defaming", "of politicising", "of politicizing", "of hyping", "of fabricating", "of spreading",
        "of disinformation", "of lying", "of groundless", "of making groundless", "of baseless", "of hypocrisy", "of double standards",
    ];

    /// <summary>What turns a denial into an accusation of someone else without a blame verb ("the US is itself the biggest hacker empire").</summary>
    public static readonly string[] CounterAccusationCues =
    [
        "hacker empire", "itself", "themselves", "the real culprit", "the real threat", "the biggest threat", "the biggest hacker",
        "the largest hacker", "the world's biggest", "the greatest threat", "the main source", "the real perpetrator", "the true culprit",
        "the biggest source", "the largest source", "the real hacker", "the true source", "own hackers", "own hacking", "own cyber",
            "real cyber criminals", "real cybercriminals", "real criminals", "real hackers", "biggest hacker", "real attacker", "real attackers", "largest hacker", "true hackers",
            "real cyber criminal", "real cybercriminal", "real criminal", "real hacking", "hacking empire", "cyber empire", "true cyber criminal",
            "true cybercriminal", "biggest cyber criminal", "biggest cybercriminal", "real cyber threat", "real cyber aggressor", "real aggressor",
            "source of cyberattacks", "source of cyber attacks", "source of cyber-attacks", "source of hacking", "largest hacking", "biggest hacking",
            "look in the mirror", "haven for hackers", "haven for hacking", "haven for cyber", "haven for cybercriminals", "safe haven for",
    ];

    /// <summary>Nouns whose "it did not name" is a relative clause about them, not the speaker's refusal ("a second group it did not name").</summary>
    public static readonly HashSet<string> UnnamedPartyNouns = new(StringComparer.Ordinal)
    {
        "group", "groups", "actor", "actors", "country", "countries", "state", "states", "gang", "gangs", "party", "parties", "one",
        "entity", "entities", "organisation", "organization", "company", "companies", "hackers", "government", "governments", "nation",
    };

    public static readonly string[] CitedObjectStops =
    [
        ",", ".", ";", "investigating", "familiar", "who", "with", "that", "close", "involved", "briefed", "in", "on", "as", "saying", "and said",
    ];

    public static readonly string[] SeverityCues =
    [
        "denied the severity", "denies the severity", "disputed the severity", "disputes the severity", "downplayed", "downplays",
        "played down", "plays down", "disputed the extent", "disputes the extent", "denied the extent", "disputed the scale",
        "denied the scale", "exaggerated", "overstated", "only accessed", "only affected", "only had access", "limited impact",
        "minimal impact", "nothing more", "no sensitive", "no classified", "no personal data", "no customer data", "no patient data",
        "was not compromised", "were not compromised", "limited to", "not as severe", "less severe", "disputing the extent",
        "disputing the severity", "disputing the scale", "downplaying", "never interrupted", "not been disrupted", "not been interrupted", "was not disrupted", "were not affected",
        "was not affected", "no evidence that", "no indication that", "had not been accessed", "has not been accessed",
        "were not accessed", "was not accessed", "no data was", "no data had", "not been affected", "were not affected",
        "hardware failure", "technical failure", "technical fault", "technical glitch", "software glitch", "not a cyberattack",
        "not by hackers", "not the result of a cyberattack", "not caused by a cyberattack", "not caused by hackers", "no sign of a cyberattack",
        "inflated", "overblown", "exaggerating", "not as widespread", "far smaller", "much smaller", "did not affect", "does not affect",
        "had no impact", "no impact on", "did not include", "does not include", "did not contain", "does not contain",
        "remained secure", "remains secure", "remain secure", "no sign that", "no signs that", "never at risk", "not at risk",
        "was limited and", "was limited,", "were limited and", "remained limited", "never affected", "were not impacted", "was not impacted",
        "remained unaffected", "were unaffected", "was unaffected", "never compromised", "affected only", "were not disrupted",
        "running normally", "operating normally", "functioning normally", "no unusual traffic", "no unusual activity",
        "no information was", "no information had", "no operational information", "nothing was leaked", "nothing had leaked",
        "contained within hours", "was contained within", "were contained within", "no evidence the hackers", "no evidence the attackers",
        "no evidence the intruders", "no evidence that the hackers", "no evidence that the attackers", "no sign of an intrusion",
        "no sign of a breach", "no signs of an intrusion", "no signs of a breach", "no evidence of an intrusion", "no evidence of a breach",
        "no trace of an intrusion", "no evidence its systems", "no evidence that its systems", "no indication its systems",
        "never been affected", "never been compromised", "never been disrupted", "remained safe", "remains safe", "systems were secure",
        "systems are secure", "systems were safe", "network was secure", "network is secure", "not need to take any action",
        "no action is needed", "no action was needed", "fewer than reported", "fewer customers were affected than", "fewer people were affected than",
        "smaller than reported", "lower than reported", "less than reported", "fewer than claimed", "smaller than claimed", "lower than claimed",
        "far fewer", "much fewer", "significantly fewer", "a fraction of", "much smaller than", "far smaller than", "never been at risk",
        "not been at risk",
    ];

    /// <summary>Explicit analytic confidence, as <see cref="ClaimConfidence"/> weighs it.</summary>
    public static readonly string[] ConfidencePhrases = ["high confidence", "moderate confidence", "medium confidence", "low confidence"];

    public static readonly string[] NoAttributionCues =
    [
        "open mind about", "open mind as to", "keeping an open mind", "keep an open mind", "no evidence of state involvement",
        "no evidence of foreign involvement", "was linked to a foreign", "was tied to a foreign", "not linked to a foreign", "no evidence of a foreign", "comment on the gang's claim",
        "comment on the group's claim", "comment on the claims", "comment on the gang's", "comment on the hackers' claim", "too early to name", "too soon to name",
        "too early to identify", "too soon to identify", "too early to blame", "too soon to blame",
        "yet to attribute", "not attributed", "did not attribute", "declined to attribute", "has not attributed", "have not attributed",
        "would not attribute", "refused to attribute", "not to attribute", "did not name", "declined to name", "would not name",
        "refused to name", "declined to identify", "did not identify", "has not identified", "have not identified", "not publicly attributed",
        "unclear who", "not known who", "not clear who", "did not say who", "would not say who", "declined to say who",
        "no group has claimed", "no one has claimed", "nobody has claimed", "no group has yet claimed", "yet to identify",
        "declined to comment on who", "declined to speculate", "refrained from attributing", "stopped short of attributing",
        "stopped short of naming", "not attributing", "yet to name", "not yet determined who", "not determined who",
        "yet to determine who", "not yet known who", "not yet identified", "has not said who", "have not said who", "does not know who",
        "did not know who", "not yet clear who", "no indication of who", "declined to say who", "would not comment on who",
        "not confirm the group's", "not confirm the gang's", "not confirmed the group's", "not confirmed the gang's", "not confirm the claim",
        "not confirmed the claim", "not verify the claim", "not independently verify", "not independently confirm", "not confirm its involvement",
        "not confirm their involvement", "not confirm any involvement", "not confirm who", "not confirmed who", "not verified the claim",
        "not comment on the claim", "declined to comment on the claim", "would not comment on the group's", "too early to say",
        "too early to attribute", "too early to tell", "too soon to say", "too soon to attribute", "premature to attribute",
        "premature to say", "premature to speculate", "too soon to draw", "too early to draw", "premature to draw", "not publicly blamed", "not blamed", "not publicly named", "has not named",
        "have not named", "declined to blame", "would not blame", "refused to blame", "not pointed the finger",
        "not know yet who", "not yet know who", "do not know who", "don't know who", "don't yet know who", "not know who",
        "too early to speculate", "too soon to speculate", "premature to comment on who",
        "inappropriate to speculate", "not going to speculate", "would not speculate", "will not speculate", "won't speculate",
        "refused to speculate", "not want to speculate", "not willing to speculate", "not be drawn on who", "wrong to speculate",
            "not going to point", "not point fingers", "not pointing fingers", "not point the finger", "not pointing the finger", "not be pointing fingers",
            "discuss attribution", "discuss the attribution", "discuss who", "address attribution",
            "did not blame", "does not blame", "not blaming", "not comment on who", "comment on the origin", "comment on the source of the", "speculate on the identity", "speculate about the identity",
            "speculate on who", "speculate about who", "not say who", "not comment on attribution", "comment on the attribution", "address the attribution",
            "did not link", "not link them", "not linked them", "declined to link", "would not link", "refused to link", "stopped short of linking", "stopped short of blaming", "not in a position to attribute", "not in a position to say who", "comment on attribution", "not in a position to name", "did not tie", "would not tie",
    ];

    /// <summary>An outlet's caveat on what it reports ("could not independently verify the claim"): a hedge, not a declined attribution.</summary>
    public static readonly string[] VerificationCaveats =
    [
        "not independently verify", "not independently confirm", "unable to independently", "not able to independently", "not verify the",
        "not confirm the", "unable to verify", "unable to confirm", "not been able to verify", "not been able to confirm", "not immediately verify",
        "not immediately confirm", "could not verify", "could not confirm",
    ];

    public static readonly HashSet<string> DenialVerbs = new(StringComparer.Ordinal)
    {
        "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "rejecting", "refuted", "refutes", "dismissed", "dismisses",
        "repudiated",
    };

    public static readonly string[] DenialPhrases =
    [
        "strongly disagree", "strongly disagrees", "strongly disagreed", "groundless", "baseless", "unfounded", "smear", "slander",
        "nothing to do with", "not involved", "no involvement", "firmly opposes", "firmly opposed", "fabricated", "absurd",
        "provocation", "fabrication", "nonsense", "unsubstantiated", "politically motivated", "false accusation", "false accusations",
        "spreading disinformation", "spreading rumours", "spreading rumors", "spreading lies", "called the accusation",
        "called the accusations", "called the allegation", "called the allegations", "called the claims", "called the claim", "hysteria",
        "russophobic", "russophobia", "smear campaign", "witch hunt", "witch-hunt", "called the report", "called the reports",
        "fantasy", "fairy tale", "untrue",
    ];

    /// <summary>
    /// Passive outcomes a victim denies when it denies the incident itself rather than anyone's guilt ("denied that its systems
    /// had been breached", "denies that any customer data was affected"): a dispute of the severity, not a denial.
    /// </summary>
    public static readonly string[] DeniedOutcomes =
    [
        "been breached", "been hacked", "been compromised", "been accessed", "been affected", "been stolen", "been leaked",
        "been exposed", "been taken", "been disrupted", "was breached", "were breached", "was hacked", "were hacked", "was compromised",
        "were compromised", "was affected", "were affected", "was stolen", "were stolen", "was leaked", "were leaked", "was exposed",
        "were exposed", "being hacked", "being breached", "a breach", "any breach", "a data breach", "the breach", "a hack", "any hack",
    ];

    /// <summary>What an actor claims to have done when it claims an attack in its own words ("claimed … it had taken down the websites").</summary>
    public static readonly string[] ClaimedDeeds =
    [
        "taken down", "took down", "knocked", "stolen", "stole", "hacked", "breached", "leaked", "encrypted", "attacked", "disrupted",
        "defaced", "compromised", "downed", "crippled", "wiped", "exfiltrated", "infiltrated", "shut down", "paralysed", "paralyzed",
            "taken control", "took control", "taken over", "took over", "broken into", "broke into", "gained access", "seized control", "seized", "locked",
    ];

    /// <summary>Verbs after which an actor's name starts a claim of its own inside another clause ("after a group calling itself X claimed to have …").</summary>
    public static readonly string[] EmbeddedClaimVerbs =
    [
        " claimed to have", " claimed responsibility", " claimed that it", " claimed it ", " claims to have", " claims responsibility",
        " claims that it", " claimed credit", " took credit", " said it had", " said it was behind", " boasted", " published samples",
        " leaked samples", " posted samples", " published the stolen", " leaked the stolen",
    ];

    public static readonly HashSet<string> BlameVerbs = new(StringComparer.Ordinal)
    {
        "blamed", "blames", "blame", "blaming", "accused", "accuses", "accuse", "accusing", "charged", "indicted", "sanctioned",
    };

    public static readonly string[] AttributionCues =
    [
        "culprit", "culprits", "behind", "responsible", "responsibility", "mastermind", "masterminded", "attributed", "attribute",
        "attributing", "blamed", "blame", "blaming", "linked to", "tied to", "connected to", "carried out", "conducted", "orchestrated",
        "perpetrated", "executed by", "the work of", "perpetrator", "perpetrators", "involved", "involvement", "attacked", "compromised", "breached", "hacked",
        "infected", "targeted", "launched", "deployed", "infiltrated", "hit", "stole", "broken into", "broke into", "accessed", "attacking", "breaching", "hacking",
        "targeting", "testing", "campaign", "leak site", "took credit", "claimed credit", "resembled", "resembles", "resemble",
        "similar to", "consistent with", "hallmarks", "overlaps with", "overlap with", "overlapped with", "overlapping with", "matched", "matches",
        "used by", "associated with", "are based in", "is based in", "were based in", "operate from", "operating from", "operates from",
        "suspect", "suspects", "suspected", "pinned", "traced", "steal", "tried to", "attempted to", "signs of", "fingerprints of", "sign of",
        "hallmark of",
        "pointed to", "points to", "as responsible", "hijacked", "hijacking", "operated by", "run by", "controlled by",
        "on behalf of", "directed by", "a front for", "a proxy for", "a cover for", "working for", "works for", "worked for", "acting for", "acting on behalf of",
        "belonged to", "belong to", "belongs to", "members of", "member of",
            "suggested", "suggests", "suggesting", "rather than",
            "did this", "did it", "was the one", "were the ones",
            "attribution to", "planted", "implanted", "installed", "gained access", "exfiltrated", "penetrated", "maintained access", "kept access", "retained access",
    ];

    public static readonly string[] SelfClaimCues =
    [
        "claimed responsibility", "claims responsibility", "claimed the attack", "claimed credit", "took credit", "took responsibility",
        "leak site", "listed", "posted", "published the data", "published data", "claimed the", "claims the", "extortion site",
        "data leak site", "added the", "demanded a ransom", "demanded $", "began publishing", "started publishing", "began leaking",
        "started leaking", "it says were stolen", "it said were stolen", "it says it stole", "it said it stole", "it says it had stolen",
        "it said it had stolen", "dark web site", "dark web blog", "extortion portal", "shame site",
    ];

    public static readonly string[] ContrastMarkers = [", but ", "; but ", " but ", "; however, ", ", however, ", ", while ", "; while ", ", whereas ", " whereas ", ", although ", ", though "];

    public static readonly string[] AlternativeCues =
    [
        "instead", "rather", "other experts", "others", "another theory", "alternatively", "alternative", "some experts", "other researchers",
        "some researchers", "some analysts", "a second firm", "another firm", "another company", "another vendor", "a rival firm",
        "a second company", "a second vendor", "the same activity", "the same campaign", "the same operation", "the same intrusion",
        "a third company", "a third firm", "a third vendor", "more likely", "more probably", "more closely",
    ];

    public static readonly HashSet<string> AgentVerbs = new(StringComparer.Ordinal)
    {
        "attacked", "attacks", "attack", "hacked", "hacks", "breached", "compromised", "targeted", "targets", "launched", "carried",
        "conducted", "orchestrated", "was", "were", "is", "are", "has", "have", "had", "stole", "infiltrated", "infected", "deployed",
        "hit", "spied", "used", "sponsored", "backed", "directed", "ordered",
    };
}
