using System.Data.Common;
using ThreatLedger.Knowledge.Resolution;
using ThreatLedger.Knowledge.Storage;

namespace ThreatLedger.Knowledge;

public sealed partial class KnowledgeBase
{
    /// <summary>Aliases two galaxy clusters must share, when neither names the other, to be taken for one actor.</summary>
    private const int SharedAliasesToJoin = 3;

    /// <summary>
    /// Imports threat-actor clusters in one transaction. A cluster joins the actor whose canonical name it names (or
    /// that names the cluster's), else one sharing at least <see cref="SharedAliasesToJoin"/> aliases (preferring the
    /// most shared); otherwise it becomes a new actor, so two groups that share one umbrella alias stay apart. Importing the same clusters again adds nothing.
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
                var ownKey = NameKeys.Key(cluster.Name);
                // A shared alias alone does not make two clusters one actor: "Grizzly Steppe" names APT28 and APT29
                // together, "Andariel" is listed under two North Korean clusters. A cluster joins an actor only when
                // one names the other's canonical name, or when they share several aliases (the same group catalogued
                // under two vendor names).
                var candidates = clusterKeys.SelectMany(k => byKey.GetValueOrDefault(k) ?? []).Distinct()
                    .Where(c => clusterKeys.Contains(nameKey[c]) || keysOf[c].Contains(ownKey) || keysOf[c].Count(clusterKeys.Contains) >= SharedAliasesToJoin)
                    .ToList();
                long seq;
                if (candidates.Count > 0)
                {
                    seq = candidates
                        .OrderByDescending(c => nameKey[c] == ownKey || clusterKeys.Contains(nameKey[c]))
                        .ThenByDescending(c => keysOf[c].Count(clusterKeys.Contains))
                        .ThenBy(c => c)
                        .First();
                    merged++;
                    if (ActorNames.IsProvisional(await NameOfAsync(tx, seq, cancellationToken).ConfigureAwait(false)) && !ActorNames.IsProvisional(cluster.Name))
                    {
                        // "Storm-1567" is a tracking number until the group gets a name ("Akira"): the name wins.
                        await RenameActorAsync(tx, seq, cluster.Name, cancellationToken).ConfigureAwait(false);
                        nameKey[seq] = ownKey;
                        Index(seq, ownKey);
                    }

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

    private static async Task<string> NameOfAsync(WriteTransaction tx, long seq, CancellationToken ct)
    {
        await using var command = tx.Command("SELECT name FROM entities WHERE entity_seq = @e");
        command.Add("@e", seq);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false) ? reader.GetString(0) : string.Empty;
    }

    /// <summary>Makes <paramref name="name"/> the actor's canonical name; the old one stays an alias.</summary>
    private static async Task RenameActorAsync(WriteTransaction tx, long seq, string name, CancellationToken ct)
    {
        await ExecuteAsync(tx, "UPDATE entities SET name = @n WHERE entity_seq = @e", ct, ("@n", name), ("@e", seq)).ConfigureAwait(false);
        await ExecuteAsync(tx, "UPDATE entity_aliases SET origin = 'galaxy' WHERE entity_seq = @e AND origin = 'name'", ct, ("@e", seq)).ConfigureAwait(false);
        await AddAliasAsync(tx, seq, name, "name", ct).ConfigureAwait(false);
        await ExecuteAsync(tx, "UPDATE entity_aliases SET origin = 'name' WHERE entity_seq = @e AND alias_key = @k", ct, ("@e", seq), ("@k", NameKeys.Key(name))).ConfigureAwait(false);
    }
}
