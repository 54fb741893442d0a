using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace ThreatLedger.Knowledge.Storage;

/// <summary>
/// <see cref="IStixObjectStore"/> over either engine. Queries are shared SQL; inserts use prepared commands on SQLite
/// and multi-row <c>unnest</c> inserts on PostgreSQL.
/// </summary>
internal sealed class StixObjectStore : IStixObjectStore
{
    private const int PostgresBatchSize = 2000;
    private const int ReadAllPageSize = 1000;

    private const string Columns = "o.id, o.version, o.type, o.spec_version, o.created, o.modified, o.revoked, o.marking_refs";

    private readonly KnowledgeDatabase _database;

    public StixObjectStore(KnowledgeDatabase database) => _database = database;

    public async Task<PutResult> PutAsync(IReadOnlyList<StixObjectInput> objects, string? collectionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objects);
        try
        {
            await using var tx = await _database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
            var result = await PutAsync(tx, objects, collectionId, cancellationToken).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (DbException ex)
        {
            throw new StorageException($"Storing {objects.Count} STIX objects in {_database.Description} failed: {ex.Message}", ex.IsTransient, ex);
        }
    }

    /// <summary>Stores objects inside a caller's write transaction (ingest uses this to keep a document atomic).</summary>
    internal async Task<PutResult> PutAsync(WriteTransaction tx, IReadOnlyList<StixObjectInput> objects, string? collectionId, CancellationToken cancellationToken)
    {
        var now = Microseconds.FromDateTimeOffset(_database.TimeProvider.GetUtcNow());
        long last;
        await using (var max = tx.Command("SELECT MAX(date_added) FROM stix_objects"))
        {
            last = await max.ScalarLongAsync(cancellationToken).ConfigureAwait(false);
        }

        var dateAdded = DateAddedRun(now, last, objects.Count);

        var inserted = _database.Provider == DatabaseProvider.PostgreSql
            ? await InsertPostgresAsync(tx, objects, dateAdded, cancellationToken).ConfigureAwait(false)
            : await InsertSqliteAsync(tx, objects, dateAdded, cancellationToken).ConfigureAwait(false);
        await RefreshLatestAsync(tx, objects.Where((_, i) => inserted[i]).Select(o => o.Id), LatestScope.Store, null, cancellationToken).ConfigureAwait(false);

        if (collectionId is not null)
        {
            inserted = await AddToCollectionAsync(tx, collectionId, objects, now, cancellationToken).ConfigureAwait(false);
            await RefreshLatestAsync(tx, objects.Where((_, i) => inserted[i]).Select(o => o.Id), LatestScope.Collections, collectionId, cancellationToken).ConfigureAwait(false);
        }

        var outcomes = new PutOutcome[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            var o = objects[i];
            outcomes[i] = new PutOutcome(o.Id, o.VersionKey, inserted[i], o.Modified ?? o.Created);
        }

        return new PutResult(outcomes);
    }

    private static async Task<bool[]> InsertSqliteAsync(WriteTransaction tx, IReadOnlyList<StixObjectInput> objects, long[] dateAdded, CancellationToken cancellationToken)
    {
        var inserted = new bool[objects.Count];
        await using var insert = tx.Command(
            "INSERT INTO stix_objects (id, version, type, spec_version, created, modified, revoked, marking_refs, date_added, json) " +
            "VALUES (@id, @v, @t, @sv, @c, @m, @r, @mr, @da, @j) ON CONFLICT (id, version) DO NOTHING RETURNING seq");
        var pId = insert.AddText("@id", null);
        var pVersion = insert.Add("@v", 0L);
        var pType = insert.AddText("@t", null);
        var pSpec = insert.AddText("@sv", null);
        var pCreated = insert.AddText("@c", null);
        var pModified = insert.AddText("@m", null);
        var pRevoked = insert.Add("@r", 0);
        var pMarkings = insert.AddText("@mr", null);
        var pAdded = insert.Add("@da", 0L);
        var pJson = insert.AddText("@j", null);
        await insert.PrepareAsync(cancellationToken).ConfigureAwait(false);

        await using var marking = tx.Command("INSERT INTO stix_object_markings (object_seq, marking_ref) VALUES (@s, @m) ON CONFLICT DO NOTHING");
        var mSeq = marking.Add("@s", 0L);
        var mRef = marking.AddText("@m", null);
        await marking.PrepareAsync(cancellationToken).ConfigureAwait(false);

        for (var i = 0; i < objects.Count; i++)
        {
            var o = objects[i];
            pId.Value = o.Id;
            pVersion.Value = o.VersionKey;
            pType.Value = o.Type;
            pSpec.Value = (object?)o.SpecVersion ?? DBNull.Value;
            pCreated.Value = (object?)o.Created ?? DBNull.Value;
            pModified.Value = (object?)o.Modified ?? DBNull.Value;
            pRevoked.Value = o.Revoked ? 1 : 0;
            pMarkings.Value = o.MarkingRefs.Count == 0 ? DBNull.Value : JsonSerializer.Serialize(o.MarkingRefs, StorageJsonContext.Default.IReadOnlyListString);
            pAdded.Value = dateAdded[i];
            pJson.Value = o.Json;
            var seq = await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (seq is null or DBNull)
            {
                continue;
            }

            inserted[i] = true;
            foreach (var markingRef in o.MarkingRefs)
            {
                mSeq.Value = Convert.ToInt64(seq, System.Globalization.CultureInfo.InvariantCulture);
                mRef.Value = markingRef;
                await marking.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return inserted;
    }

    private static async Task<bool[]> InsertPostgresAsync(WriteTransaction tx, IReadOnlyList<StixObjectInput> objects, long[] dateAdded, CancellationToken cancellationToken)
    {
        var inserted = new bool[objects.Count];
        var connection = (NpgsqlConnection)tx.Connection;
        var transaction = (NpgsqlTransaction)tx.Transaction;
        for (var start = 0; start < objects.Count; start += PostgresBatchSize)
        {
            var count = Math.Min(PostgresBatchSize, objects.Count - start);
            var ids = new string[count];
            var versions = new long[count];
            var types = new string[count];
            var specs = new string?[count];
            var created = new string?[count];
            var modified = new string?[count];
            var revoked = new int[count];
            var markings = new string?[count];
            var added = new long[count];
            var json = new string[count];
            var ordinal = new int[count];
            for (var k = 0; k < count; k++)
            {
                var o = objects[start + k];
                ids[k] = o.Id;
                versions[k] = o.VersionKey;
                types[k] = o.Type;
                specs[k] = o.SpecVersion;
                created[k] = o.Created;
                modified[k] = o.Modified;
                revoked[k] = o.Revoked ? 1 : 0;
                markings[k] = o.MarkingRefs.Count == 0 ? null : JsonSerializer.Serialize(o.MarkingRefs, StorageJsonContext.Default.IReadOnlyListString);
                added[k] = dateAdded[start + k];
                json[k] = o.Json;
                ordinal[k] = k;
            }

            // Rows keep their input order (WITH ORDINALITY), so identity values grow with date_added; a duplicate
            // (id, version) inside one batch is skipped like one already stored.
            await using var insert = new NpgsqlCommand(
                "INSERT INTO stix_objects (id, version, type, spec_version, created, modified, revoked, marking_refs, date_added, json) " +
                "SELECT u.id, u.version, u.type, u.spec_version, u.created, u.modified, u.revoked, u.marking_refs, u.date_added, u.json " +
                "FROM unnest(@ids, @versions, @types, @specs, @created, @modified, @revoked, @markings, @added, @json, @ord) " +
                "AS u(id, version, type, spec_version, created, modified, revoked, marking_refs, date_added, json, ord) ORDER BY u.ord " +
                "ON CONFLICT (id, version) DO NOTHING RETURNING seq, id, version",
                connection,
                transaction);
            insert.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = ids });
            insert.Parameters.Add(new NpgsqlParameter("versions", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = versions });
            insert.Parameters.Add(new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = types });
            insert.Parameters.Add(new NpgsqlParameter("specs", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = specs });
            insert.Parameters.Add(new NpgsqlParameter("created", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = created });
            insert.Parameters.Add(new NpgsqlParameter("modified", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = modified });
            insert.Parameters.Add(new NpgsqlParameter("revoked", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = revoked });
            insert.Parameters.Add(new NpgsqlParameter("markings", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = markings });
            insert.Parameters.Add(new NpgsqlParameter("added", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = added });
            insert.Parameters.Add(new NpgsqlParameter("json", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = json });
            insert.Parameters.Add(new NpgsqlParameter("ord", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = ordinal });

            var index = new Dictionary<(string, long), int>(count);
            for (var k = 0; k < count; k++)
            {
                index.TryAdd((ids[k], versions[k]), k);
            }

            var markingSeqs = new List<long>();
            var markingRefs = new List<string>();
            await using (var reader = await insert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var k = index[(reader.GetString(1), reader.GetInt64(2))];
                    inserted[start + k] = true;
                    foreach (var markingRef in objects[start + k].MarkingRefs)
                    {
                        markingSeqs.Add(reader.GetInt64(0));
                        markingRefs.Add(markingRef);
                    }
                }
            }

            if (markingSeqs.Count > 0)
            {
                await using var marking = new NpgsqlCommand(
                    "INSERT INTO stix_object_markings (object_seq, marking_ref) SELECT * FROM unnest(@s, @m) ON CONFLICT DO NOTHING",
                    connection,
                    transaction);
                marking.Parameters.Add(new NpgsqlParameter("s", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = markingSeqs.ToArray() });
                marking.Parameters.Add(new NpgsqlParameter("m", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = markingRefs.ToArray() });
                await marking.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return inserted;
    }

    private static async Task<bool[]> AddToCollectionAsync(WriteTransaction tx, string collectionId, IReadOnlyList<StixObjectInput> objects, long now, CancellationToken cancellationToken)
    {
        long last;
        await using (var max = tx.Command("SELECT MAX(date_added) FROM stix_collection_objects"))
        {
            last = await max.ScalarLongAsync(cancellationToken).ConfigureAwait(false);
        }

        var dateAdded = DateAddedRun(now, last, objects.Count);
        var inserted = new bool[objects.Count];
        await using var insert = tx.Command(
            "INSERT INTO stix_collection_objects (collection_id, id, version, date_added, object_seq) " +
            "VALUES (@c, @id, @v, @da, (SELECT seq FROM stix_objects WHERE id = @id AND version = @v)) " +
            "ON CONFLICT (collection_id, id, version) DO NOTHING");
        insert.AddText("@c", collectionId);
        var pId = insert.AddText("@id", null);
        var pVersion = insert.Add("@v", 0L);
        var pAdded = insert.Add("@da", 0L);
        await insert.PrepareAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < objects.Count; i++)
        {
            pId.Value = objects[i].Id;
            pVersion.Value = objects[i].VersionKey;
            pAdded.Value = dateAdded[i];
            inserted[i] = await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }

        return inserted;
    }

    /// <summary>
    /// Recomputes <c>is_latest</c> for the given ids: in the store, or in one collection (all collections when
    /// <paramref name="collectionId"/> is null). Runs inside the write, so readers never see a stale flag.
    /// </summary>
    private static async Task RefreshLatestAsync(WriteTransaction tx, IEnumerable<string> ids, LatestScope scope, string? collectionId, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            await using var command = tx.Command(string.Empty);
            var list = command.AddList("lid", chunk);
            if (scope == LatestScope.Store)
            {
                command.CommandText =
                    "UPDATE stix_objects SET is_latest = CASE WHEN EXISTS (SELECT 1 FROM stix_objects x WHERE x.id = stix_objects.id AND x.version > stix_objects.version) THEN 0 ELSE 1 END " +
                    $"WHERE id IN ({list})";
            }
            else
            {
                command.CommandText =
                    "UPDATE stix_collection_objects SET is_latest = CASE WHEN EXISTS (SELECT 1 FROM stix_collection_objects x WHERE x.collection_id = stix_collection_objects.collection_id " +
                    "AND x.id = stix_collection_objects.id AND x.version > stix_collection_objects.version) THEN 0 ELSE 1 END " +
                    $"WHERE id IN ({list})" + (collectionId is null ? string.Empty : " AND collection_id = @lcoll");
                if (collectionId is not null)
                {
                    command.AddText("@lcoll", collectionId);
                }
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The date_added values of one write: consecutive microseconds, after every earlier value and not before
    /// <paramref name="now"/>, shifted forward (by less than a millisecond) so that the write's last value falls on a
    /// whole millisecond. Clients that resume from <c>X-TAXII-Date-Added-Last</c> cut to milliseconds (OpenCTI's TAXII
    /// ingester keeps a JavaScript Date) then ask for exactly what follows: nothing repeated, nothing skipped.
    /// </summary>
    internal static long[] DateAddedRun(long now, long last, int count)
    {
        var dateAdded = new long[count];
        if (count == 0)
        {
            return dateAdded;
        }

        var end = Math.Max(now, last + 1) + count - 1;
        var intoMillisecond = ((end % 1000) + 1000) % 1000;
        if (intoMillisecond != 0)
        {
            end += 1000 - intoMillisecond;
        }

        for (var i = 0; i < count; i++)
        {
            dateAdded[i] = end - (count - 1 - i);
        }

        return dateAdded;
    }

    public async Task<StixObjectPage> QueryAsync(StixObjectQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "Limit should be at least 1.");
        }

        // Reads go through the database's read sessions: on SQLite a few open connections that keep their prepared
        // statements, so the same query shape (a TAXII page) is parsed and planned once, not on every request.
        await using var session = await _database.OpenReadSessionAsync(HasStablePlan(query), cancellationToken).ConfigureAwait(false);
        var command = session.Command;
        var key = query.CollectionId is null ? "o" : "c";
        var utf8 = query.IncludeJson && query.JsonAsUtf8;
        var json = query.IncludeJson ? "o.json" : "NULL";
        var sql = new StringBuilder("SELECT ").Append(Columns).Append(", ").Append(key).Append(".date_added, ").Append(key).Append(".seq, ")
            .Append(json).Append(' ');
        AppendFromWhere(sql, command, query, withCursor: true, _database.Provider == DatabaseProvider.Sqlite);
        sql.Append(" ORDER BY ").Append(key).Append(".date_added, ").Append(key).Append(".seq");
        if (query.Limit is { } limit)
        {
            // A literal, not a parameter: a cached generic plan must know it reads a page, not the whole table.
            sql.Append(" LIMIT ").Append(((long)limit + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        session.SetCommandText(sql.ToString());
        var objects = new List<StoredStixObject>();
        var more = false;
        try
        {
            await using var reader = await session.Command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (query.Limit is { } max && objects.Count == max)
                {
                    more = true;
                    break;
                }

                objects.Add(Read(reader, utf8));
            }
        }
        catch (DbException ex)
        {
            throw new StorageException($"Querying STIX objects in {_database.Description} failed: {ex.Message}", ex.IsTransient, ex);
        }

        return new StixObjectPage
        {
            Objects = objects,
            More = more,
            Next = objects.Count == 0 ? null : objects[^1].Cursor,
            DateAddedFirst = objects.Count == 0 ? null : objects[0].DateAdded,
            DateAddedLast = objects.Count == 0 ? null : objects[^1].DateAdded,
        };
    }

    public async IAsyncEnumerable<StoredStixObject> ReadAllAsync(StixObjectQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = query with { Limit = ReadAllPageSize, After = null };
        while (true)
        {
            var result = await QueryAsync(page, cancellationToken).ConfigureAwait(false);
            foreach (var item in result.Objects)
            {
                yield return item;
            }

            if (!result.More || result.Next is null)
            {
                yield break;
            }

            page = page with { After = result.Next };
        }
    }

    public async Task<long> CountAsync(StixObjectQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT COUNT(*) ");
        AppendFromWhere(sql, command, query, withCursor: false, _database.Provider == DatabaseProvider.Sqlite);
        command.CommandText = sql.ToString();
        return await command.ScalarLongAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> DeleteAsync(string id, long? versionKey = null, string? collectionId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await using var tx = await _database.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var versionClause = versionKey is null ? string.Empty : " AND version = @v";
        int removed;
        if (collectionId is not null)
        {
            await using var delete = tx.Command("DELETE FROM stix_collection_objects WHERE collection_id = @c AND id = @id" + versionClause);
            delete.AddText("@c", collectionId);
            delete.AddText("@id", id);
            if (versionKey is not null)
            {
                delete.Add("@v", versionKey.Value);
            }

            removed = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await RefreshLatestAsync(tx, [id], LatestScope.Collections, collectionId, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            foreach (var sql in new[]
            {
                "DELETE FROM stix_object_markings WHERE object_seq IN (SELECT seq FROM stix_objects WHERE id = @id" + versionClause + ")",
                "DELETE FROM stix_collection_objects WHERE id = @id" + versionClause,
            })
            {
                await using var command = tx.Command(sql);
                command.AddText("@id", id);
                if (versionKey is not null)
                {
                    command.Add("@v", versionKey.Value);
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var delete = tx.Command("DELETE FROM stix_objects WHERE id = @id" + versionClause);
            delete.AddText("@id", id);
            if (versionKey is not null)
            {
                delete.Add("@v", versionKey.Value);
            }

            removed = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await RefreshLatestAsync(tx, [id], LatestScope.Store, null, cancellationToken).ConfigureAwait(false);
            await RefreshLatestAsync(tx, [id], LatestScope.Collections, null, cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed;
    }

    /// <summary>
    /// Whether the query is a keyset page whose best plan is the same for any parameter values: an index scan in
    /// (date_added, seq) order (of the collection or of the store) with per-row filters (excluded markings or types,
    /// latest versions, added after), stopped by the page limit. Filters by id, type, spec version, wanted markings
    /// or specific/first versions can be selective enough for another plan to win, so those queries keep a plan made
    /// for their values.
    /// </summary>
    internal static bool HasStablePlan(StixObjectQuery query) =>
        query.Limit is not null
        && query.Ids.Count == 0
        && query.Types.Count == 0
        && query.SpecVersions.Count == 0
        && query.MarkingRefsAnyOf.Count == 0
        && query.Versions.All(v => v.Kind is VersionSelectorKind.Last or VersionSelectorKind.All);

    private static void AppendFromWhere(StringBuilder sql, DbCommand command, StixObjectQuery query, bool withCursor, bool sqlite)
    {
        var inCollection = query.CollectionId is not null;
        var key = inCollection ? "c" : "o";
        if (inCollection)
        {
            // The integer join (migration 0011) rather than (id, version): one primary-key probe per row of the page.
            sql.Append("FROM stix_collection_objects c JOIN stix_objects o ON o.seq = c.object_seq WHERE c.collection_id = @coll");
            command.AddText("@coll", query.CollectionId);
        }
        else
        {
            sql.Append("FROM stix_objects o WHERE 1 = 1");
        }

        if (query.Ids.Count > 0)
        {
            sql.Append(" AND o.id IN (").Append(command.AddList("id", query.Ids)).Append(')');
        }

        if (query.Types.Count > 0)
        {
            sql.Append(" AND o.type IN (").Append(command.AddList("type", query.Types)).Append(')');
        }

        if (query.ExcludedTypes.Count > 0)
        {
            sql.Append(" AND o.type NOT IN (").Append(command.AddList("xtype", query.ExcludedTypes)).Append(')');
        }

        if (query.SpecVersions.Count > 0)
        {
            sql.Append(" AND o.spec_version IN (").Append(command.AddList("spec", query.SpecVersions)).Append(')');
        }

        AppendVersionFilter(sql, command, query, key);

        if (query.MarkingRefsAnyOf.Count > 0)
        {
            sql.Append(" AND (EXISTS (SELECT 1 FROM stix_object_markings m WHERE m.object_seq = o.seq AND m.marking_ref IN (")
                .Append(command.AddList("many", query.MarkingRefsAnyOf)).Append("))");
            if (query.UnmarkedIncluded)
            {
                sql.Append(" OR NOT EXISTS (SELECT 1 FROM stix_object_markings m WHERE m.object_seq = o.seq)");
            }

            sql.Append(')');
        }

        if (query.MarkingRefsNoneOf.Count > 0)
        {
            // First a test on the row itself: marking_refs holds the same refs as stix_object_markings, as a JSON
            // array written with StorageJsonContext, so an excluded ref the object carries occurs in that text exactly
            // as the ref serialises on its own. When none of those texts occurs the object carries no excluded
            // marking and the index probe is skipped; when one occurs (or might, inside another ref) the probe decides.
            sql.Append(" AND ((");
            for (var i = 0; i < query.MarkingRefsNoneOf.Count; i++)
            {
                var name = "@mtext" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.AddText(name, JsonSerializer.Serialize(query.MarkingRefsNoneOf[i], StorageJsonContext.Default.String));
                sql.Append(i == 0 ? string.Empty : " AND ").Append(sqlite ? "instr" : "strpos").Append("(COALESCE(o.marking_refs, ''), ").Append(name).Append(") = 0");
            }

            // The probe of the row's own markings (primary key object_seq, marking_ref), never a join over every
            // object carrying an excluded marking. On SQLite the unary '+' keeps the probe on object_seq alone: one
            // seek, then the object's few markings, instead of one seek per excluded marking for every row. On
            // PostgreSQL "OFFSET 0" keeps the NOT EXISTS a per-row filter instead of an anti-join: the planner's
            // generic estimate for an anti-join over marking parameters can be "no row left" (when most objects
            // share one marking), and the cached generic plan of a page then sorts the whole collection. As a filter
            // the page stays a keyset index scan for any parameter values, so its plan is cached and reused instead
            // of being planned again on every request.
            sql.Append(") OR NOT EXISTS (SELECT 1 FROM stix_object_markings m WHERE m.object_seq = o.seq AND ").Append(sqlite ? "+m.marking_ref IN (" : "m.marking_ref IN (")
                .Append(command.AddList("mnone", query.MarkingRefsNoneOf)).Append(sqlite ? ")))" : ") OFFSET 0))");
        }

        if (query.AddedAfter is { } addedAfter)
        {
            sql.Append(" AND ").Append(key).Append(".date_added > @after");
            command.Add("@after", Microseconds.FromDateTimeOffset(addedAfter));
        }

        if (withCursor && query.After is { } cursor)
        {
            // A row-value comparison, so that both engines seek the (date_added, seq) index instead of filtering.
            sql.Append(" AND (").Append(key).Append(".date_added, ").Append(key).Append(".seq) > (@cd, @cs)");
            command.Add("@cd", cursor.DateAdded);
            command.Add("@cs", cursor.Seq);
        }
    }

    private static void AppendVersionFilter(StringBuilder sql, DbCommand command, StixObjectQuery query, string key)
    {
        var selectors = query.Versions.Count == 0 ? [VersionSelector.Last] : query.Versions;
        if (selectors.Any(s => s.Kind == VersionSelectorKind.All))
        {
            return;
        }

        var scope = query.CollectionId is null
            ? "FROM stix_objects x WHERE x.id = o.id"
            : "FROM stix_collection_objects x WHERE x.collection_id = c.collection_id AND x.id = c.id";
        var parts = new List<string>();
        if (selectors.Any(s => s.Kind == VersionSelectorKind.Last))
        {
            // The flag the store maintains (migration 0010): no probe for a later version of every row.
            parts.Add($"{key}.is_latest = 1");
        }

        if (selectors.Any(s => s.Kind == VersionSelectorKind.First))
        {
            // An anti-join rather than "= (SELECT MIN ...)": PostgreSQL estimates it well and keeps the keyset index plan.
            parts.Add($"NOT EXISTS (SELECT 1 {scope} AND x.version < {key}.version)");
        }

        var specific = selectors.Where(s => s.Kind == VersionSelectorKind.Specific).Select(s => s.VersionKey).Distinct().ToList();
        if (specific.Count > 0)
        {
            parts.Add($"{key}.version IN ({command.AddList("ver", specific)})");
        }

        sql.Append(" AND (").Append(string.Join(" OR ", parts)).Append(')');
    }

    private static StoredStixObject Read(DbDataReader reader, bool jsonAsUtf8 = false)
    {
        var markings = reader.StringOrNull(7);
        var dateAdded = reader.GetInt64(8);
        return new StoredStixObject
        {
            Id = reader.GetString(0),
            VersionKey = reader.GetInt64(1),
            Type = reader.GetString(2),
            SpecVersion = reader.StringOrNull(3),
            Created = reader.StringOrNull(4),
            Modified = reader.StringOrNull(5),
            Revoked = Convert.ToInt64(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture) != 0,
            MarkingRefsJson = markings,
            DateAdded = Microseconds.ToDateTimeOffset(dateAdded),
            Cursor = new PageCursor(dateAdded, reader.GetInt64(9)),
            Json = jsonAsUtf8 ? null : reader.StringOrNull(10),
            JsonUtf8 = jsonAsUtf8 && !reader.IsDBNull(10) ? reader.GetFieldValue<byte[]>(10) : ReadOnlyMemory<byte>.Empty,
        };
    }
}
