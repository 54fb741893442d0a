using System.CommandLine;
using System.Globalization;
using ThreatLedger.Extraction.Entities;
using ThreatLedger.Extraction.Events;
using ThreatLedger.Extraction.Input;
using ThreatLedger.Extraction.Pipeline;
using ThreatLedger.Extraction.Stix;
using ThreatLedger.Knowledge.Export;

namespace ThreatLedger.Cli.Commands;

/// <summary>
/// The options every command that reads articles shares (<c>extract</c>, <c>ingest</c>): publication date and outlet
/// overrides, extra lexicons and a learned event model.
/// </summary>
internal sealed class ArticleOptions
{
    public Option<string?> Published { get; } = new("--published")
    {
        Description = "Publication date YYYY-MM-DD, overriding the document's own; relative times resolve against it.",
    };

    public Option<string?> Source { get; } = new("--source") { Description = "Outlet name, overriding the document's own." };

    public Option<string?> Lexicon { get; } = new("--lexicon")
    {
        Description = "Folder of extra gazetteers (*.tsv: kind, name, aliases, attributes) and event lexicons (events/triggers/*.txt).",
    };

    public Option<string?> Model { get; } = new("--model") { Description = "Event model built by 'threatledger train'; without it the rule-based extractor runs." };

    public Option<string?> Marking { get; } = new("--marking")
    {
        Description = "TLP of the articles (TLP:CLEAR, GREEN, AMBER, AMBER+STRICT, RED as TLP 2.0; TLP:WHITE as TLP 1.0; or a predefined TLP "
            + "marking-definition id): every STIX object they yield carries it.",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Published);
        command.Options.Add(Source);
        command.Options.Add(Lexicon);
        command.Options.Add(Model);
        command.Options.Add(Marking);
    }

    /// <summary>The STIX mapping the options describe (the --marking on every object).</summary>
    /// <exception cref="FormatException">--marking is neither a TLP name nor a predefined TLP marking-definition id.</exception>
    public StixMappingOptions MappingOptions(ParseResult parse)
    {
        if (parse.GetValue(Marking) is not { } raw)
        {
            return new StixMappingOptions();
        }

        return TlpLevels.Marking(raw) is { } marking
            ? new StixMappingOptions { Markings = [marking] }
            : throw new FormatException($"--marking '{raw}' is neither a TLP level (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED, TLP:WHITE) nor a predefined TLP marking-definition id");
    }

    /// <summary>The reader overrides; <see cref="FormatException"/> names the option when the date is malformed.</summary>
    /// <exception cref="FormatException">--published is not a YYYY-MM-DD date.</exception>
    public DocumentReaderOptions ReaderOptions(ParseResult parse)
    {
        DateOnly? publishedDate = null;
        if (parse.GetValue(Published) is { } raw)
        {
            if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException($"--published '{raw}' is not a date in the form YYYY-MM-DD");
            }

            publishedDate = date;
        }

        return new DocumentReaderOptions { Published = publishedDate, Source = parse.GetValue(Source) };
    }

    /// <summary>True when a learned model was given.</summary>
    public bool HasModel(ParseResult parse) => parse.GetValue(Model) is not null;

    /// <summary>The article extractor the options describe (user lexicons, learned model or rules).</summary>
    /// <exception cref="LexiconException">A lexicon file is malformed.</exception>
    /// <exception cref="Extraction.Learning.EventModelException">The model file is not a ThreatLedger model.</exception>
    public ArticleExtractor Extractor(ParseResult parse)
    {
        var lexiconDirectory = parse.GetValue(Lexicon);
        var events = parse.GetValue(Model) is { } modelPath
            ? EventExtractor.Load(modelPath, lexiconDirectory)
            : EventExtractor.CreateRuleBased(lexiconDirectory);
        return new ArticleExtractor(new ArticleExtractorOptions { Lexicon = Extraction.Entities.Lexicon.Load(lexiconDirectory), Events = events });
    }
}
