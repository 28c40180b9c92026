using System.Diagnostics;
using System.Globalization;
using InfoSociale.Core.KnowledgeBase;
using Microsoft.Data.Sqlite;

namespace InfoSociale.Core.Search.Fts;

public sealed record IndexBuildReport(int Entries, int Territories, TimeSpan Duration, long Bytes);

// Writes the search index file from the entries. Deterministic: entries are written sorted by territory
// and id, so the same entries give the same rows (and the same bytes). Written to a temporary file then
// moved into place, so a reader never sees a half-built index.
public static class SearchIndexBuilder
{
    public static IndexBuildReport Build(IEnumerable<Entry> entries, FrenchAnalyzer analyzer, string path)
    {
        var watch = Stopwatch.StartNew();
        var sorted = entries
            .OrderBy(entry => entry.Territory, StringComparer.Ordinal)
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)
            .ToList();
        // Analysis is the costly part; it runs on every core, the writing stays in entry order.
        var indexed = sorted.AsParallel().AsOrdered().Select(entry => IndexedEntry.From(entry, analyzer)).ToList();

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp-" + Environment.ProcessId;
        File.Delete(temporary);
        using (var connection = new SqliteConnection($"Data Source={temporary};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
            Execute(connection, SearchIndexSchema.CreateStatements);
            using (var transaction = connection.BeginTransaction())
            {
                WriteMeta(connection, indexed.Count);
                WriteEntries(connection, indexed);
                var rows = indexed.Select((item, i) => (Rowid: i + 1L, Item: item));
                foreach (var territory in rows.GroupBy(row => row.Item.Entry.Territory))
                    WriteTerritory(connection, territory.Key, territory.ToList());
                WriteWords(connection, indexed);
                transaction.Commit();
            }
            foreach (var territory in indexed.Select(item => item.Entry.Territory).Distinct())
            {
                var table = SearchIndexSchema.FtsTableFor(territory);
                var headline = SearchIndexSchema.HeadlineTableFor(table);
                Execute(connection, $"INSERT INTO {table}({table}) VALUES ('optimize');");
                Execute(connection, $"INSERT INTO {headline}({headline}) VALUES ('optimize');");
            }
        }
        File.Move(temporary, path, overwrite: true);
        return new IndexBuildReport(
            indexed.Count, indexed.Select(item => item.Entry.Territory).Distinct().Count(), watch.Elapsed, new FileInfo(path).Length);
    }

    private static void WriteMeta(SqliteConnection connection, int count)
    {
        using var insert = Command(connection, "INSERT INTO meta (key, value) VALUES ($key, $value)", "$key", "$value");
        foreach (var (key, value) in new[] { ("format", SearchIndexSchema.FormatVersion), ("entries", count.ToString(CultureInfo.InvariantCulture)) })
        {
            insert.Parameters["$key"].Value = key;
            insert.Parameters["$value"].Value = value;
            insert.ExecuteNonQuery();
        }
    }

    private static void WriteEntries(SqliteConnection connection, List<IndexedEntry> indexed)
    {
        using var insert = Command(connection,
            "INSERT INTO entries (rowid, id, territory, title, summary, body) VALUES ($rowid, $id, $territory, $title, $summary, $body)",
            "$rowid", "$id", "$territory", "$title", "$summary", "$body");
        for (var i = 0; i < indexed.Count; i++)
        {
            var entry = indexed[i].Entry;
            Bind(insert, i + 1, entry.Id, entry.Territory, entry.Title, entry.Summary, entry.Body);
            insert.ExecuteNonQuery();
        }
    }

    private static void WriteTerritory(SqliteConnection connection, string territory, List<(long Rowid, IndexedEntry Item)> rows)
    {
        var items = rows.Select(row => row.Item).ToList();
        var table = SearchIndexSchema.FtsTableFor(territory);
        Execute(connection, SearchIndexSchema.CreateFtsTable(table));
        Execute(connection, SearchIndexSchema.CreateHeadlineTable(table));
        using (var insertHeadline = Command(connection,
                   $"INSERT INTO {SearchIndexSchema.HeadlineTableFor(table)} (rowid, title, keywords, summary) VALUES ($rowid, $title, $keywords, $summary)",
                   "$rowid", "$title", "$keywords", "$summary"))
        {
            foreach (var (rowid, item) in rows)
            {
                Bind(insertHeadline, rowid, item.Title, item.Keywords, item.Summary);
                insertHeadline.ExecuteNonQuery();
            }
        }
        using (var insert = Command(connection,
                   $"INSERT INTO {table} (rowid, entry_id, kind, publics, themes, title, keywords, summary, body) " +
                   "VALUES ($rowid, $id, $kind, $publics, $themes, $title, $keywords, $summary, $body)",
                   "$rowid", "$id", "$kind", "$publics", "$themes", "$title", "$keywords", "$summary", "$body"))
        {
            foreach (var (rowid, item) in rows)
            {
                Bind(insert, rowid, item.Entry.Id, item.Entry.Kind.ToString().ToLowerInvariant(), string.Join(' ', item.Entry.Publics), string.Join(' ', item.Entry.Themes),
                    item.Title, item.Keywords, item.Summary, item.Body);
                insert.ExecuteNonQuery();
            }
        }

        double Average(Func<IndexedEntry, string> field) => items.Count == 0 ? 0 : items.Average(item => TermText.Length(field(item)));
        using (var stats = Command(connection,
                   "INSERT INTO territories VALUES ($territory, $table, $documents, $t, $k, $s, $b)",
                   "$territory", "$table", "$documents", "$t", "$k", "$s", "$b"))
        {
            Bind(stats, territory, table, items.Count,
                Average(item => item.Title), Average(item => item.Keywords), Average(item => item.Summary), Average(item => item.Body));
            stats.ExecuteNonQuery();
        }

        var documents = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var distinct = (item.Title + item.Keywords + item.Summary + item.Body)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            foreach (var term in distinct) documents[term] = documents.GetValueOrDefault(term) + 1;
        }
        using var insertTerm = Command(connection, "INSERT INTO terms VALUES ($territory, $term, $documents)", "$territory", "$term", "$documents");
        foreach (var (term, count) in documents)
        {
            Bind(insertTerm, territory, term, count);
            insertTerm.ExecuteNonQuery();
        }
    }

    private static void WriteWords(SqliteConnection connection, List<IndexedEntry> indexed)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in indexed.SelectMany(item => item.Words)) counts[word] = counts.GetValueOrDefault(word) + 1;
        using var insert = Command(connection, "INSERT INTO words VALUES ($word, $entries)", "$word", "$entries");
        foreach (var (word, count) in counts)
        {
            Bind(insert, word, count);
            insert.ExecuteNonQuery();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
