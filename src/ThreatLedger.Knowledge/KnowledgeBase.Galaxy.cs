using System.Data.Common;
using ThreatLedger.Knowledge.Resolution;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge;

public sealed partial class KnowledgeBase
{
    /// <summary>
    /// Imports threat-actor clusters in one transaction. A cluster joins the actor that shares its name or aliases
    /// (preferring the one whose canonical name it names, then the most shared aliases); otherwise it becomes a new
    /// actor. Importing the same clusters again adds nothing.
    /// </summary>
    /// <exception cref="StorageException">The database failed; nothing was imported.</exception>
    public async Task<GalaxyImportResult> ImportActorsAsync(IReadOnlyList<ActorCluster> clusters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        try
        {
            await using var tx = await Database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
            var byKey = new Dictionary<string, List<long>>(StringComparer.Ordinal);
            var nameKey = new Dictionary<long, string>();
            var keysOf = new Dictionary<long, HashSet<string>>();
            var countryOf = new Dictionary<long, string?>();
            await using (var command = tx.Command(
                "SELECT e.entity_seq, e.name, e.country, a.alias_key FROM entities e JOIN entity_aliases a ON a.entity_seq = e.entity_seq WHERE e.kind = 'actor'"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var seq = Long(reader, 0);
                    nameKey[seq] = NameKeys.Key(reader.GetString(1));
                    countryOf[seq] = reader.StringOrNull(2);
                    Index(seq, reader.GetString(3));
                }
            }

            int created = 0, merged = 0, aliasesAdded = 0;
            foreach (var cluster in clusters)
            {
                var names = cluster.Aliases.Prepend(cluster.Name).Where(n => NameKeys.Key(n).Length > 0).Distinct(StringComparer.Ordinal).ToList();
                var clusterKeys = names.Select(NameKeys.Key).ToHashSet(StringComparer.Ordinal);
                var candidates = clusterKeys.SelectMany(k => byKey.GetValueOrDefault(k) ?? []).Distinct().ToList();
                long seq;
                if (candidates.Count > 0)
                {
                    var ownKey = NameKeys.Key(cluster.Name);
                    seq = candidates
                        .OrderByDescending(c => nameKey[c] == ownKey || clusterKeys.Contains(nameKey[c]))
                        .ThenByDescending(c => keysOf[c].Count(clusterKeys.Contains))
                        .ThenBy(c => c)
                        .First();
                    merged++;
                    if (countryOf[seq] is null && cluster.Country is not null)
                    {
                        await ExecuteAsync(tx, "UPDATE entities SET country = @c WHERE entity_seq = @e", cancellationToken, ("@c", cluster.Country), ("@e", seq)).ConfigureAwait(false);
                        countryOf[seq] = cluster.Country;
                    }
                }
                else
                {
                    seq = await InsertReturningAsync(tx, "INSERT INTO entities (kind, name, country, origin) VALUES ('actor', @n, @c, @o)", "entity_seq", cancellationToken,
                        ("@n", cluster.Name), ("@c", cluster.Country), ("@o", "galaxy:" + cluster.Origin)).ConfigureAwait(false);
                    nameKey[seq] = NameKeys.Key(cluster.Name);
                    countryOf[seq] = cluster.Country;
                    keysOf[seq] = [];
                    created++;
                }

                foreach (var alias in names)
                {
                    var key = NameKeys.Key(alias);
                    if (keysOf[seq].Contains(key))
                    {
                        continue;
                    }

                    await AddAliasAsync(tx, seq, alias, nameKey[seq] == key ? "name" : "galaxy", cancellationToken).ConfigureAwait(false);
                    Index(seq, key);
                    aliasesAdded++;
                }
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new GalaxyImportResult(clusters.Count, created, merged, aliasesAdded);

            void Index(long seq, string key)
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                if (!list.Contains(seq))
                {
                    list.Add(seq);
                }

                if (!keysOf.TryGetValue(seq, out var keys))
                {
                    keysOf[seq] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.Add(key);
            }
        }
        catch (DbException ex)
        {
            throw new StorageException($"Importing actors into {Database.Description} failed: {ex.Message}", ex.IsTransient, ex);
        }
    }
}
