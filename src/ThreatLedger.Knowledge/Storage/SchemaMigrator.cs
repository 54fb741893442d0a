using System.Globalization;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>Applies embedded numbered migrations inside one write transaction, each at most once.</summary>
internal static class SchemaMigrator
{
    public static async Task MigrateAsync(KnowledgeDatabase database, MigrationSource source, CancellationToken cancellationToken)
    {
        var folder = database.Provider == DatabaseProvider.Sqlite ? "Sqlite/" : "Postgres/";
        var prefix = source.ResourcePrefix + folder;
        var migrations = source.Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Name: n[prefix.Length..^4], Resource: n))
            .Select(m => (m.Name, m.Resource, Version: ParseVersion(m.Name, m.Resource)))
            .OrderBy(m => m.Version)
            .ToList();
        if (migrations.Count == 0)
        {
            throw new StorageException($"No {folder.TrimEnd('/')} migrations found under resource prefix '{source.ResourcePrefix}'.");
        }

        await using var tx = await database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        await using (var create = tx.Command(
            "CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (component, version))"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var applied = new HashSet<int>();
        await using (var select = tx.Command("SELECT version FROM schema_migrations WHERE component = @c").With("@c", source.Component))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }

        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            string sql;
            await using (var stream = source.Assembly.GetManifestResourceStream(migration.Resource)!)
            using (var text = new StreamReader(stream))
            {
                sql = await text.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var command = tx.Command(sql))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var record = tx.Command("INSERT INTO schema_migrations (component, version, name) VALUES (@c, @v, @n)")
                .With("@c", source.Component).With("@v", migration.Version).With("@n", migration.Name);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static int ParseVersion(string name, string resource)
    {
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new StorageException($"Migration resource '{resource}' must be named NNNN_description.sql.");
        }

        return version;
    }
}
