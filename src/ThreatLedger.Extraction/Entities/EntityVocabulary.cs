using ThreatLedger.Extraction.Model;

namespace ThreatLedger.Extraction.Entities;

/// <summary>Closed word lists the entity recognisers use (heads of names, actor modifiers, coreference nouns).</summary>
internal static class EntityVocabulary
{
    /// <summary>Suffixes of hyphen compounds that attach a country to a noun ("China-linked", "US-based").</summary>
    public static readonly HashSet<string> CompoundSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "linked", "based", "backed", "sponsored", "affiliated", "aligned", "nexus", "connected", "supported", "tied",
        "directed", "run", "controlled", "headquartered", "origin", "related", "speaking", "language",
    };

    /// <summary>Words next to an ambiguous gazetteer name that confirm it ("Play ransomware").</summary>
    public static readonly HashSet<string> ContextWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ransomware", "malware", "gang", "group", "operators", "operator", "affiliates", "affiliate", "strain", "variant",
        "wiper", "botnet", "trojan", "stealer", "hackers", "collective", "crew", "backdoor", "payload", "infection", "infections",
        "loader", "implant", "family", "encryptor", "cartel", "hacktivists",
    };

    public static readonly HashSet<string> GovernmentHeads = new(StringComparer.Ordinal)
    {
        "Ministry", "Department", "Agency", "Bureau", "Office", "Directorate", "Commission", "Authority", "Command",
        "Forces", "Force", "Police", "Government", "Parliament", "Senate", "Congress", "Administration", "Service", "Services",
        "Centre", "Center", "Cabinet", "Navy", "Army", "Council", "Secretariat", "Inspectorate", "Prosecutor", "Court",
        "Register", "Registry", "Assembly", "Chamber", "Duma", "Diet", "Bundestag", "Tribunal", "Ombudsman", "Guard", "Commissioner",
    };

    /// <summary>
    /// Names of public institutions whose head is no government word: central banks ("Central Bank of Nigeria", "Reserve
    /// Bank of India", "the Federal Reserve", "Monetary Authority of …") and national computer emergency response teams
    /// ("Egyptian Computer Emergency Readiness Team", "… Computer Security Incident Response Team").
    /// </summary>
    public static bool IsPublicInstitutionName(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if ((words[i] is "Central" or "Reserve" && words[i + 1] == "Bank") || (words[i] == "Federal" && words[i + 1] == "Reserve")
                || (words[i] == "Monetary" && words[i + 1] == "Authority"))
            {
                return true;
            }
        }

        return words.Count >= 3 && words[^1] == "Team" && words[^2] is "Response" or "Readiness" && words.Contains("Emergency") | words.Contains("Incident");
    }

    /// <summary>Words of a public remit that make a name with a government head a state body ("Solicitors Regulation Authority", "… Cyber Security Service").</summary>
    public static readonly HashSet<string> PublicRemitWords = new(StringComparer.Ordinal)
    {
        "Regulation", "Regulatory", "Supervisory", "Cyber", "Cybersecurity", "Ombudsman", "Inspectorate", "Privacy", "Protection",
    };

    /// <summary>First words that make a name with a government head a state body ("National Center …").</summary>
    public static readonly HashSet<string> StateWords = new(StringComparer.Ordinal)
    {
        "National", "Federal", "State", "Royal", "Ministry", "Department", "Government", "Central", "Imperial", "Presidential",
    };

    public static readonly HashSet<string> OrganizationHeads = new(StringComparer.Ordinal)
    {
        "Hospital", "Clinic", "University", "College", "School", "Bank", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.",
        "LLC", "plc", "PLC", "Company", "Co.", "Group", "Systems", "Technologies", "Technology", "Airlines", "Airways", "Airport",
        "Port", "Railways", "Railway", "System", "Transport", "Transportation", "Freight", "Pipelines", "Telecom", "Telecommunications", "Energy", "Health", "Healthcare", "Insurance",
        "Foundation", "Institute", "Laboratories", "Labs", "Pharmaceuticals", "Pharma", "Motors", "Electric", "Power",
        "Utilities", "Water", "Holdings", "Partners", "Networks", "Solutions", "Software", "Logistics", "Shipping", "Media",
        "Trust", "Society", "Association", "Federation", "Union", "Exchange", "Stores", "Pipeline", "Refinery", "Terminal",
        "Board", "Utility", "Terminals", "Hospitals", "Clinics", "Schools", "Library", "Libraries", "Museum", "Museums", "Hotel",
        "Hotels", "Resorts", "Casino", "Casinos", "Cooperative", "Bancorp", "Brewery", "Hospitality", "Chemicals", "Aerospace",
        "Semiconductor", "Semiconductors", "Electronics", "Industries", "Manufacturing", "Automotive", "Financial", "Capital",
        "Securities", "Ventures", "Studios", "Entertainment", "Games", "Communications", "Broadcasting", "Retail", "Foods", "Brands",
        "Consulting", "Analytics", "Robotics", "Biotech", "Therapeutics", "Medical", "Dynamics", "Defense", "Defence", "Petroleum",
        "Oil", "Gas", "Mining", "Steel", "Metals", "Construction", "Engineering", "Realty", "Properties", "Travel",
        "Pharmacy", "Laboratory", "Diagnostics", "Wireless", "Global", "International", "Air", "Mutual", "Microsystems", "Distribution", "Ports", "Airports", "Stadtwerke", "District",

        // Telecom operators named in their own language or trade ("Tatra Telekom", "Baltic Telco").
        "Telekom", "Telecoms", "Telco",

        // Legal-form suffixes of company names in other jurisdictions ("Carlsberg Motoren AG", "Nordvik ASA").
        "AG", "GmbH", "SA", "S.A.", "SE", "NV", "N.V.", "BV", "B.V.", "AB", "ASA", "Oyj", "SpA", "S.p.A.", "KK", "K.K.", "Pty",
        "Limited", "LLP", "Bhd", "Berhad", "A/S", "Sdn", "SAS", "SARL", "Srl", "S.r.l.",
    };

    /// <summary>Verbs of a relative clause that describe what an organisation does (", which operates the grid in Estonia,").</summary>
    public static readonly HashSet<string> OperatingVerbs = new(StringComparer.Ordinal)
    {
        "operates", "runs", "owns", "manages", "provides", "supplies", "serves", "makes", "produces", "employs", "oversees", "administers",
    };

    /// <summary>Words that end an appositive description of an organisation ("X, a hospital operator in …", "X, the carmaker, said").</summary>
    public static readonly HashSet<string> AppositiveEnds = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", ")", "in", "of", "based", "that", "which", "with", "for", "headquartered", "and", "owned",
        "serving", "from", "whose", "who", "\u2014", "-", "operating", "on", "at", "is", "was", "has", "had", "used", "run", "operated",
        "known", "specialising", "specializing",
    };

    /// <summary>Nouns after "security"/"intelligence" that introduce a security vendor's name ("security firm X").</summary>
    public static readonly HashSet<string> SecurityFirmNouns = new(StringComparer.Ordinal)
    {
        "firm", "company", "vendor", "provider", "group", "lab", "labs", "specialist", "outfit", "consultancy", "researcher", "researchers",
    };

    /// <summary>Titles (last word, lower case) that introduce a person's name ("chief executive Jane Holt", "Minister Clare Hale").</summary>
    public static readonly HashSet<string> PersonTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "executive", "ceo", "cto", "ciso", "cio", "chairman", "chairwoman", "chair", "president", "minister", "secretary", "director",
        "spokesperson", "spokesman", "spokeswoman", "researcher", "analyst", "professor", "dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs",
        "mrs.", "senator", "representative", "ambassador", "commissioner", "chief", "officer", "founder", "head", "mayor", "governor",
        "prosecutor", "attorney", "general", "lawmaker", "deputy", "premier", "chancellor", "leader", "councillor", "councilor",
        "superintendent", "manager", "sheriff", "commander", "administrator", "inspector", "supervisor", "partner", "lecturer", "economist",
        "consultant", "adviser", "advisor", "engineer", "undersecretary", "under-secretary",
    };

    /// <summary>Nouns for malicious software that a text goes on to name ("a loader dubbed Sandfly").</summary>
    public static readonly HashSet<string> NamedMalwareNouns = new(StringComparer.Ordinal)
    {
        "malware", "loader", "backdoor", "trojan", "ransomware", "wiper", "implant", "stealer", "infostealer", "rat", "botnet",
        "dropper", "downloader", "rootkit", "worm", "variant", "strain", "family", "web shell", "webshell", "spyware", "keylogger",
    };

    /// <summary>Words of purpose between a family's name and its malware noun ("the Grandoreiro banking trojan").</summary>
    public static readonly HashSet<string> MalwarePurposeWords = new(StringComparer.Ordinal)
    {
        "banking", "credential", "password", "remote-access", "cryptocurrency", "crypto", "clipboard", "mobile", "modular", "data",
    };

    /// <summary>Malware nouns that follow a family's name ("the Zorbax ransomware"), with the STIX malware-type-ov value they imply.</summary>
    public static readonly Dictionary<string, string> MalwareNounTypes = new(StringComparer.Ordinal)
    {
        ["ransomware"] = "ransomware", ["malware"] = "unknown", ["stealer"] = "spyware", ["infostealer"] = "spyware", ["backdoor"] = "backdoor",
        ["loader"] = "downloader", ["downloader"] = "downloader", ["dropper"] = "dropper", ["trojan"] = "trojan", ["botnet"] = "bot",
        ["wiper"] = "wiper", ["rat"] = "remote-access-trojan", ["spyware"] = "spyware", ["rootkit"] = "rootkit", ["worm"] = "worm",
        ["keylogger"] = "keylogger", ["implant"] = "backdoor", ["webshell"] = "webshell",
    };

    /// <summary>Verbs whose subject acts as a gang, not as software ("LockBit claimed", "DarkSide posted").</summary>
    public static readonly HashSet<string> AgentVerbs = new(StringComparer.Ordinal)
    {
        "claimed", "claims", "posted", "posts", "listed", "lists", "demanded", "demands", "threatened", "threatens", "leaked", "leaks",
        "published", "publishes", "said", "says", "took", "takes", "apologised", "apologized", "announced", "boasted",
    };

    /// <summary>Platforms and languages that precede a malware noun without naming a family ("Android malware", "Linux backdoor").</summary>
    public static readonly HashSet<string> MalwarePlatformWords = new(StringComparer.Ordinal)
    {
        "Android", "iOS", "Windows", "Linux", "Mac", "macOS", "Unix", "ESXi", "VMware", "Python", "Java", "JavaScript", "PowerShell", "Office",
        "Excel", "Word", "PDF", "Go", "Golang", "Rust", "Chrome", "IoT", "SMS", "USB", "Telegram", "Discord", "New", "Custom", "Novel",
        "Several", "Other", "Such", "Any", "No", "Modular", "Banking", "Mobile", "Crypto", "Cryptocurrency", "Data", "Russian-language",
        "Commodity", "Destructive", "Sophisticated", "Malicious", "Known", "Previously", "Unknown", "Ransomware", "Malware", "Government",
        "State", "Military", "Corporate", "Enterprise", "Cloud", "Web", "Email", "Mail", "Bitcoin", "Monero", "Apple", "Microsoft", "Google",
    };

    /// <summary>Nouns after "X Security" that make it something other than a security firm ("Social Security numbers").</summary>
    public static readonly HashSet<string> SecurityNameFollowers = new(StringComparer.Ordinal)
    {
        "numbers", "number", "benefits", "card", "cards", "payments", "checks", "income", "Administration", "Council", "Service", "Agency",
    };

    /// <summary>People named by their role at an organisation ("officer at Nordbank", "a spokesperson for Harlow Council").</summary>
    public static readonly HashSet<string> EmployeeNouns = new(StringComparer.Ordinal)
    {
        "officer", "executive", "spokesperson", "spokesman", "spokeswoman", "ceo", "ciso", "cto", "cio", "director", "president",
        "chairman", "chairwoman", "founder", "employee", "employees", "staff", "engineer", "manager", "head", "representative",
    };

    /// <summary>Newsroom roles after a beat ("Technology correspondent", "Health editor"): the beat is no sector of the story.</summary>
    public static readonly HashSet<string> JournalistRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "correspondent", "correspondents", "editor", "editors", "reporter", "reporters", "writer", "columnist", "desk", "producer",
    };

    /// <summary>Lower-case particles inside a person's surname ("Johan van Wyk", "Maria de la Cruz", "Ahmed bin Rashid").</summary>
    public static readonly HashSet<string> PersonNameParticles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "da", "das", "dos", "du", "di", "del", "della", "le", "la", "bin", "binti", "al", "el", "ter", "ten",
    };

    /// <summary>Months and weekdays: capitalised, but never a name.</summary>
    public static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>
    /// Words of holiday names ("Good Friday", "Easter Monday", "Whit Monday", "Ascension Day", "Lunar New Year"): a
    /// capitalised run made only of these (with weekdays) and holding one of <see cref="HolidayCoreWords"/> is a date, never a name.
    /// </summary>
    public static readonly HashSet<string> HolidayNameWords = new(StringComparer.Ordinal)
    {
        "Easter", "Whitsun", "Whitsunday", "Whit", "Pentecost", "Ascension", "Corpus", "Christi", "Christmas", "Boxing", "Good", "Holy",
        "Black", "Cyber", "Thanksgiving", "Diwali", "Deepavali", "Eid", "al-Fitr", "al-Adha", "Lunar", "Chinese", "New", "Year", "Year's",
        "Day", "Eve", "Week", "Weekend", "Holiday", "Holidays", "Bank", "Ramadan", "Tet", "Seollal", "Hari", "Raya", "Puasa", "Haji", "Aidilfitri",
    };

    /// <summary>The words that make a run of <see cref="HolidayNameWords"/> a holiday ("Good Friday", not "New Day").</summary>
    public static readonly HashSet<string> HolidayCoreWords = new(StringComparer.Ordinal)
    {
        "Easter", "Whitsun", "Whitsunday", "Whit", "Pentecost", "Ascension", "Corpus", "Christmas", "Boxing", "Good", "Holy", "Black", "Cyber",
        "Thanksgiving", "Diwali", "Deepavali", "Eid", "Lunar", "Ramadan", "Tet", "Seollal", "Hari",
    };

    /// <summary>Nouns that introduce an organisation's name ("the grid operator Westnetz Transmission").</summary>
    public static readonly HashSet<string> OrganizationDescriptors = new(StringComparer.Ordinal)
    {
        "company", "firm", "operator", "provider", "producer", "manufacturer", "maker", "retailer", "insurer", "bank", "lender",
        "carrier", "airline", "utility", "developer", "supplier", "contractor", "distributor", "chain", "giant", "conglomerate",
        "startup", "hospital", "university", "broker", "exchange", "platform",
        "subsidiary", "multinational", "automaker", "chipmaker", "shipper", "shipbuilder", "refiner", "miner", "pharmacy",
        "brewer", "distiller", "carmaker", "grocer", "supermarket", "processor", "telco", "lab", "laboratory", "council", "charity",
        "designer", "builder", "wholesaler", "publisher", "broadcaster", "marketplace", "franchise", "cooperative", "co-operative",
        "consultancy", "app", "drugmaker", "biotech", "regulator", "telecom", "airport", "railway", "school", "college", "clinic",
        "network",
        "exporter", "importer", "trader", "reinsurer", "fintech", "forwarder", "haulier", "hauler", "grower", "bottler", "dairy",
        "steelmaker", "smelter", "foundry", "homebuilder", "caterer", "outsourcer", "association", "landlord",
    };

    /// <summary>Appositive nouns that make the name before them a public body ("X, Estonia's road and rail regulator,").</summary>
    public static readonly HashSet<string> PublicBodyNouns = new(StringComparer.Ordinal)
    {
        "agency", "ministry", "department", "regulator", "watchdog", "authority", "directorate", "bureau",
    };

    /// <summary>Words before "group" that make it a band of people rather than a business ("the activist group …").</summary>
    public static readonly HashSet<string> NonBusinessGroupWords = new(StringComparer.Ordinal)
    {
        "activist", "protest", "terrorist", "militant", "rebel", "extremist", "spy", "spying", "phishing", "scam", "attack",
        "attacker", "attackers", "hackers", "research", "advocacy", "lobby", "working", "focus", "user", "support", "chat",
        "rights", "campaign", "pressure", "interest", "peer", "control", "study", "age", "ethnic", "political", "opposition",
    };

    /// <summary>Attack nouns whose object names the victim ("a cyberattack on Channelway", "the breach at Vantrex").</summary>
    public static readonly HashSet<string> AttackObjectNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "attacks", "cyberattack", "cyberattacks", "cyber-attack", "breach", "breaches", "intrusion", "intrusions", "hack",
        "compromise", "incident", "outage", "raid", "break-in", "heist", "theft", "ddos", "campaign",
    };

    /// <summary>Verbs whose object names the victim ("breached Hsinlu Microsystems", "hit Ashbury").</summary>
    public static readonly HashSet<string> AttackObjectVerbs = new(StringComparer.Ordinal)
    {
        "breached", "breaching", "hacked", "hacking", "hit", "hitting", "attacked", "attacking", "targeted", "targeting", "compromised",
        "compromising", "infiltrated", "infiltrating", "crippled", "crippling", "paralysed", "paralyzed", "disrupted", "disrupting",
        "encrypted", "extorted", "extorting",
    };

    /// <summary>Nouns for an organisation's machines or people, whose "at Name" names it ("computers at Premier Energy").</summary>
    public static readonly HashSet<string> AttackHostNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "computers", "workstations", "machines", "servers", "server", "systems", "system", "networks", "network", "devices", "employees", "staff",
        "database", "databases", "website", "portal",
        "customers", "patients", "accounts", "mailboxes", "data", "files", "records",
    };

    /// <summary>Words of regions and continents, which are no organisation ("attacks on Eastern Europe").</summary>
    public static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal)
    {
        "Europe", "Asia", "Africa", "America", "Americas", "Oceania", "Antarctica", "Arctic", "Balkans", "Baltics", "Caucasus",
        "Scandinavia", "Middle", "Gulf", "Pacific", "Atlantic", "Caribbean", "Mediterranean", "Sahel", "Levant",
    };

    /// <summary>Lower-case words that may follow a name (so the name does not modify a noun: "an attack on Windows machines").</summary>
    public static readonly HashSet<string> NameFollowers = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "that", "which", "who", "whose", "and", "or", "but", "last", "this", "earlier", "was", "were", "is", "are",
        "has", "had", "have", "said", "says", "to", "for", "by", "as", "over", "after", "before", "during", "since", "late", "early",
        "with", "from", "when", "where", "while", "told", "confirmed", "disclosed", "reported", "will", "would", "could", "may",
        "might", "also", "did", "does", "earlier", "yesterday", "today", "about", "into", "through", "until", "so",
    };

    /// <summary>Lower-case heads of "head of Name" facilities ("the port of Rotterdam", "the city of Dallas").</summary>
    public static readonly Dictionary<string, string?> FacilityHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["port"] = "transportation", ["airport"] = "transportation", ["harbour"] = "transportation", ["harbor"] = "transportation",
        ["city"] = "government-local", ["county"] = "government-local", ["municipality"] = "government-local", ["town"] = "government-local",
        ["university"] = "education", ["bank"] = "financial-services", ["hospital"] = "healthcare",
    };

    /// <summary>Head words of organisation names mapped to a sector.</summary>
    public static readonly Dictionary<string, string> HeadSectors = new(StringComparer.Ordinal)
    {
        ["Hospital"] = "healthcare", ["Clinic"] = "healthcare", ["Medical"] = "healthcare", ["Health"] = "healthcare", ["Healthcare"] = "healthcare",
        ["University"] = "education", ["College"] = "education", ["School"] = "education", ["Bank"] = "financial-services",
        ["Insurance"] = "financial-services", ["Airport"] = "transportation", ["Port"] = "transportation", ["Airlines"] = "transportation",
        ["Airways"] = "transportation", ["Railways"] = "transportation", ["Railway"] = "transportation", ["Logistics"] = "transportation",
        ["Shipping"] = "transportation", ["Terminal"] = "transportation", ["Energy"] = "energy", ["Power"] = "energy",
        ["Electric"] = "energy", ["Pipeline"] = "energy", ["Refinery"] = "energy", ["Utilities"] = "utilities", ["Water"] = "utilities",
        ["Telecom"] = "telecommunications", ["Telecommunications"] = "telecommunications", ["Telekom"] = "telecommunications",
        ["Telecoms"] = "telecommunications", ["Telco"] = "telecommunications", ["Pharmaceuticals"] = "pharmaceuticals",
        ["Pharma"] = "pharmaceuticals", ["Software"] = "technology", ["Technologies"] = "technology", ["Technology"] = "technology",
    };

    /// <summary>Connectors allowed inside a capitalised name ("Ministry of Foreign Affairs").</summary>
    public static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal)
    {
        "of", "and", "for", "the", "&", "de", "on", "del", "di", "da", "du", "des", "van", "von", "der",
    };

    /// <summary>Sentence-initial capitalised words that never start a name.</summary>
    public static readonly HashSet<string> NonNameStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "But", "However", "According", "Also", "After",
        "Before", "As", "If", "When", "While", "Its", "Their", "His", "Her", "Our", "Last", "Earlier", "Later", "Meanwhile",
        "Reports", "Initial", "Hence", "Lastly", "Officials", "Sources", "Researchers", "Experts", "Both", "Some", "Many",
    };

    /// <summary>Lower-case government heads after a country ("the Japanese government", "China's foreign ministry").</summary>
    public static readonly Dictionary<string, string> GovernmentDescriptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["government"] = "government", ["foreign ministry"] = "ministry of foreign affairs", ["ministry of foreign affairs"] = "ministry of foreign affairs",
        ["foreign affairs ministry"] = "ministry of foreign affairs", ["defence ministry"] = "ministry of defence", ["defense ministry"] = "ministry of defence",
        ["ministry of defence"] = "ministry of defence", ["ministry of defense"] = "ministry of defence", ["interior ministry"] = "ministry of the interior",
        ["justice ministry"] = "ministry of justice", ["health ministry"] = "ministry of health", ["finance ministry"] = "ministry of finance",
        ["economy ministry"] = "ministry of economy", ["economic ministry"] = "ministry of economy", ["education ministry"] = "ministry of education",
        ["transport ministry"] = "ministry of transport", ["energy ministry"] = "ministry of energy", ["trade ministry"] = "ministry of trade",
        ["communications ministry"] = "ministry of communications", ["digital ministry"] = "ministry of digital affairs",
        ["agriculture ministry"] = "ministry of agriculture", ["labour ministry"] = "ministry of labour", ["labor ministry"] = "ministry of labour",
        ["environment ministry"] = "ministry of environment", ["culture ministry"] = "ministry of culture", ["home ministry"] = "ministry of home affairs", ["military"] = "military", ["armed forces"] = "military", ["defence forces"] = "defence forces",
        ["defense forces"] = "defence forces", ["self-defense forces"] = "defence forces", ["embassy"] = "embassy", ["police"] = "police",
        ["intelligence agency"] = "intelligence agency", ["intelligence agencies"] = "intelligence agencies", ["intelligence services"] = "intelligence agencies",
        ["security services"] = "security services", ["cabinet"] = "cabinet", ["parliament"] = "parliament", ["navy"] = "navy", ["army"] = "army",
        ["cybersecurity agency"] = "cybersecurity agency", ["cyber security agency"] = "cybersecurity agency", ["cyber agency"] = "cybersecurity agency",
        ["national cybersecurity agency"] = "cybersecurity agency", ["data protection authority"] = "data protection authority",
        ["data protection regulator"] = "data protection authority", ["regulator"] = "regulator", ["authorities"] = "authorities",
    };

    /// <summary>Modifiers inside descriptive actor phrases, with the actor type they imply (null: none).</summary>
    public static readonly Dictionary<string, string?> ActorModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["state-sponsored"] = "state-sponsored", ["state-backed"] = "state-sponsored", ["state-linked"] = "state-sponsored",
        ["state-affiliated"] = "state-sponsored", ["state-aligned"] = "state-sponsored", ["nation-state"] = "state-sponsored",
        ["government-backed"] = "state-sponsored", ["government-sponsored"] = "state-sponsored", ["government-linked"] = "state-sponsored",
        ["military"] = "state-sponsored", ["intelligence"] = "state-sponsored", ["espionage"] = "state-sponsored",
        ["cyber-espionage"] = "state-sponsored", ["cyberespionage"] = "state-sponsored", ["apt"] = "state-sponsored",
        ["state"] = "state-sponsored", ["sponsored"] = null, ["backed"] = null,
        ["criminal"] = "criminal", ["cybercriminal"] = "criminal", ["cybercrime"] = "criminal", ["ransomware"] = "criminal",
        ["extortion"] = "criminal", ["financially-motivated"] = "criminal", ["financially"] = "criminal", ["motivated"] = null,
        ["profit-driven"] = "criminal", ["fraud"] = "criminal", ["crime"] = "criminal", ["e-crime"] = "criminal", ["ecrime"] = "criminal", ["hacktivist"] = "hacktivist", ["pro-government"] = null,
        ["threat"] = null, ["hacking"] = null, ["hacker"] = null, ["sophisticated"] = null, ["suspected"] = null, ["advanced"] = null,
        ["persistent"] = null, ["cyber"] = null, ["notorious"] = null, ["prolific"] = null, ["known"] = null, ["unknown"] = null,
        ["unidentified"] = null, ["new"] = null, ["same"] = null, ["elite"] = null, ["foreign"] = null, ["hostile"] = null, ["special"] = null,
        ["opportunistic"] = null, ["organised"] = "criminal", ["organized"] = "criminal", ["well-resourced"] = null, ["small"] = null,
        ["lesser-known"] = null, ["little-known"] = null, ["loosely"] = null, ["amateur"] = null,
    };

    /// <summary>Head nouns of descriptive actor phrases, with the actor type they imply.</summary>
    public static readonly Dictionary<string, string?> ActorHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["actor"] = null, ["actors"] = null, ["group"] = null, ["groups"] = null, ["hackers"] = null, ["hacker"] = null,
        ["gang"] = "criminal", ["gangs"] = "criminal", ["crew"] = null, ["cybercriminals"] = "criminal", ["criminals"] = "criminal",
        ["operatives"] = "state-sponsored", ["spies"] = "state-sponsored", ["attackers"] = null, ["intruders"] = null,
        ["collective"] = null, ["hacktivists"] = "hacktivist", ["team"] = null, ["unit"] = "state-sponsored", ["outfit"] = null,
        ["adversary"] = null, ["adversaries"] = null, ["operators"] = null, ["apt"] = "state-sponsored", ["cyberspies"] = "state-sponsored", ["syndicate"] = "criminal",
        ["services"] = "state-sponsored", ["agents"] = "state-sponsored", ["ring"] = "criminal", ["rings"] = "criminal",
    };

    /// <summary>Group heads after a malware name ("the LockBit ransomware gang").</summary>
    public static readonly HashSet<string> GangHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "group", "gang", "operators", "operator", "affiliates", "affiliate", "crew", "cartel", "hackers", "actors", "members", "syndicate",
        "operation", "collective",
    };

    /// <summary>
    /// Definite descriptions of organisations ("the agency") mapped to the entity kind they prefer; every
    /// <see cref="OrganizationDescriptors"/> noun that names a business ("the brewer") prefers an organisation.
    /// </summary>
    public static readonly Dictionary<string, string?> OrganizationAnaphors = WithDescriptors(new(StringComparer.OrdinalIgnoreCase)
    {
        ["agency"] = "government-body", ["ministry"] = "government-body", ["department"] = "government-body", ["body"] = null,
        ["organization"] = null, ["organisation"] = null, ["company"] = "organization", ["firm"] = "organization", ["entity"] = null,
        ["victim"] = null, ["hospital"] = "organization", ["university"] = "organization", ["bank"] = "organization",
        ["port"] = "organization", ["operator"] = "organization", ["institution"] = null, ["insurer"] = "organization",
        ["retailer"] = "organization", ["manufacturer"] = "organization", ["provider"] = "organization", ["centre"] = "government-body",
        ["center"] = "government-body", ["authority"] = "government-body", ["office"] = "government-body", ["council"] = "government-body",
        ["city"] = "organization", ["municipality"] = "organization", ["utility"] = "organization", ["school"] = "organization",
        ["library"] = "organization", ["museum"] = "organization", ["college"] = "organization", ["clinic"] = "organization",
        ["airline"] = "organization", ["airport"] = "organization", ["hotel"] = "organization", ["chain"] = "organization",
        ["carrier"] = "organization", ["giant"] = "organization", ["board"] = "organization",
        ["bureau"] = "government-body", ["directorate"] = "government-body", ["regulator"] = "government-body",
        ["watchdog"] = "government-body", ["commission"] = "government-body", ["district"] = "organization",
        ["trust"] = "organization", ["co-op"] = "organization", ["foundation"] = "organization", ["association"] = "organization",
        ["academy"] = "organization", ["plant"] = "organization",
    });

    private static Dictionary<string, string?> WithDescriptors(Dictionary<string, string?> anaphors)
    {
        // "the platform", "the exchange", "the lab" usually mean a product, a market or a vendor, not the victim named before.
        foreach (var noun in OrganizationDescriptors.Where(n => n is not ("platform" or "exchange" or "lab" or "laboratory" or "network")))
        {
            anaphors.TryAdd(noun, EntityKinds.Organization);
        }

        return anaphors;
    }

    /// <summary>
    /// Vendors' naming schemes for threat actors: the family word of a two-word name ("Volt Typhoon", "Fancy Bear") and
    /// the country or actor type it stands for (Microsoft's weather families, CrowdStrike's animals).
    /// </summary>
    public static readonly Dictionary<string, (string? Country, string ActorType)> ActorNameFamilies = new(StringComparer.Ordinal)
    {
        ["Typhoon"] = ("CN", "state-sponsored"), ["Blizzard"] = ("RU", "state-sponsored"), ["Sandstorm"] = ("IR", "state-sponsored"),
        ["Sleet"] = ("KP", "state-sponsored"), ["Hail"] = ("KR", "state-sponsored"), ["Dust"] = ("TR", "state-sponsored"),
        ["Cyclone"] = ("VN", "state-sponsored"), ["Rain"] = ("LB", "state-sponsored"), ["Tempest"] = (null, "criminal"),
        ["Panda"] = ("CN", "state-sponsored"), ["Bear"] = ("RU", "state-sponsored"), ["Kitten"] = ("IR", "state-sponsored"),
        ["Chollima"] = ("KP", "state-sponsored"), ["Tiger"] = ("IN", "state-sponsored"), ["Buffalo"] = ("VN", "state-sponsored"),
        ["Leopard"] = ("PK", "state-sponsored"), ["Spider"] = (null, "criminal"), ["Jackal"] = (null, "hacktivist"),
    };

    /// <summary>Tracking codes of threat actors ("APT41", "FIN7", "UNC3886", "TA577", "Storm-0558", "DEV-0537") and the actor type each prefix implies.</summary>
    public static readonly Dictionary<string, string?> ActorCodePrefixes = new(StringComparer.Ordinal)
    {
        ["APT"] = "state-sponsored", ["FIN"] = "criminal", ["UNC"] = null, ["TA"] = null, ["Storm-"] = null, ["DEV-"] = null,
        ["TAG-"] = null, ["UAC-"] = null, ["UNK_"] = null, ["UTA"] = null,
    };

    /// <summary>Links from an actor head to a country ("hackers linked to Iran"), with the actor type they imply.</summary>
    public static readonly Dictionary<string, string?> ActorLinks = new(StringComparer.Ordinal)
    {
        ["linked to"] = null, ["tied to"] = null, ["connected to"] = null, ["associated with"] = null, ["affiliated with"] = null,
        ["based in"] = null, ["operating from"] = null, ["backed by"] = "state-sponsored", ["sponsored by"] = "state-sponsored",
        ["working for"] = "state-sponsored", ["aligned with"] = null, ["on behalf of"] = "state-sponsored",
        ["working on behalf of"] = "state-sponsored", ["acting on behalf of"] = "state-sponsored", ["from"] = null,
    };

    /// <summary>Plural nouns that name an actor by its type alone when they are the agent ("the work of cybercriminals").</summary>
    public static readonly Dictionary<string, string> BareActorPlurals = new(StringComparer.Ordinal)
    {
        ["cybercriminals"] = "criminal", ["criminals"] = "criminal", ["extortionists"] = "criminal", ["hacktivists"] = "hacktivist",
    };

    /// <summary>Definite descriptions of the attacker ("the hackers").</summary>
    public static readonly HashSet<string> ActorAnaphors = new(StringComparer.OrdinalIgnoreCase)
    {
        "hackers", "attackers", "actors", "actor", "group", "gang", "intruders", "culprits", "perpetrators", "criminals",
        "cybercriminals", "operators", "crew", "adversary", "attacker", "hacker",
    };

    /// <summary>Heads of system descriptions ("the email system", "Japan's defence networks").</summary>
    public static readonly HashSet<string> SystemHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "system", "systems", "network", "networks", "servers", "server", "infrastructure", "databases", "database", "platform",
        "portal", "website", "websites",
    };

    /// <summary>Modifiers of system descriptions.</summary>
    public static readonly HashSet<string> SystemModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "email", "e-mail", "mail", "it", "computer", "defence", "defense", "government", "internal", "corporate", "payment",
        "booking", "ticketing", "billing", "patient", "records", "hospital", "control", "industrial", "scada", "cargo",
        "container", "terminal", "logistics", "classified", "military", "communications", "communication", "backup", "cloud",
        "customer", "employee", "operational", "critical", "management", "information", "financial", "voting", "election",
    };
}
