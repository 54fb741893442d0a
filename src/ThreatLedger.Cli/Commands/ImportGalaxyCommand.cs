using System.CommandLine;
using ThreatLedger.Knowledge.Resolution;
using static ThreatLedger.Cli.Commands.KnowledgeCommandSupport;

namespace ThreatLedger.Cli.Commands;

/// <summary><c>threatledger import-galaxy</c>: actor names, aliases and countries from ATT&amp;CK or MISP galaxies.</summary>
internal static class ImportGalaxyCommand
{
    public static Command Create()
    {
        var db = DbOption();
        var files = new Argument<FileInfo[]>("FILE") { Description = "A MITRE ATT&CK STIX bundle (intrusion-set names and aliases) or a MISP galaxy cluster file (value, meta.synonyms, meta.country).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import-galaxy", "Import threat-actor aliases and attributed countries used to resolve actor names (APT10 = menuPass = Stone Panda).") { files, db };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, db, async knowledge =>
        {
            foreach (var file in parse.GetValue(files)!)
            {
                var clusters = await GalaxyReader.ReadAsync(file.FullName, cancellationToken).ConfigureAwait(false);
                var result = await knowledge.ImportActorsAsync(clusters, cancellationToken).ConfigureAwait(false);
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    $"{file.Name}: {result.Clusters} actors read, {result.ActorsCreated} new, {result.ActorsMerged} merged into known actors, {result.AliasesAdded} aliases added").ConfigureAwait(false);
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
