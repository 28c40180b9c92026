using System.Diagnostics;
using System.Globalization;
using InfoSociale.Core.Analysis;
using InfoSociale.Core.KnowledgeBase;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace InfoSociale.Core.Search;

public sealed record IndexBuildReport(int Entries, int Territories, TimeSpan Duration, long Bytes);

// Writes the Lucene index folder from the entries: every document of the previous version is replaced
// in one commit, so a searcher (KnowledgeSearch) sees the old entries or the new ones, never a mix. Lucene's
// write lock lets one builder at a time write the folder; a second one gets a SearchIndexException.
public static class SearchIndexBuilder
{
    public static IndexBuildReport Build(IEnumerable<Entry> entries, FrenchAnalyzer analyzer, string folder)
    {
        var watch = Stopwatch.StartNew();
        var sorted = entries
            .OrderBy(entry => entry.Territory, StringComparer.Ordinal)
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)
            .ToList();
        // Analysis is the costly part; it runs on every core, the writing stays in entry order.
        var words = analyzer.Words();
        var indexed = sorted.AsParallel().AsOrdered().Select(entry => IndexedEntry.From(entry, words)).ToList();

        System.IO.Directory.CreateDirectory(folder);
        using (var directory = FSDirectory.Open(folder))
        using (var writer = OpenWriter(directory, folder))
        {
            writer.DeleteAll();
            var document = new EntryDocument();
            foreach (var item in indexed) writer.AddDocument(document.Fill(item));
            writer.ForceMerge(1);
            writer.SetCommitData(CommitData(indexed));
            writer.Commit();
        }
        return new IndexBuildReport(
            indexed.Count, indexed.Select(item => item.Entry.Territory).Distinct().Count(), watch.Elapsed, FolderBytes(folder));
    }

    private static IndexWriter OpenWriter(LuceneDirectory directory, string folder)
    {
        // The fields hold analysed terms separated by spaces (IndexedEntry); splitting on spaces indexes them as they are.
        var config = new IndexWriterConfig(FrenchAnalyzer.Version, new WhitespaceAnalyzer(FrenchAnalyzer.Version))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = IndexFields.Similarity,
            RAMBufferSizeMB = 64,
        };
        try
        {
            return new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException)
        {
            throw new SearchIndexException($"Another process is writing the search index {folder} (Lucene's write.lock is held); wait for the other `kb build` to finish, then run it again.");
        }
    }

    private static Dictionary<string, string> CommitData(List<IndexedEntry> indexed)
    {
        var data = new Dictionary<string, string> { [IndexFields.FormatKey] = IndexFields.FormatVersion };
        foreach (var territory in indexed.GroupBy(item => item.Entry.Territory))
        {
            var items = territory.ToList();
            data[IndexFields.DocumentsKey(territory.Key)] = items.Count.ToString(CultureInfo.InvariantCulture);
            data[IndexFields.AveragesKey(territory.Key)] = string.Join(' ', Enumerable.Range(0, IndexFields.Weighted.Length)
                .Select(field => items.Average(item => TermText.Length(item.Fields[field])).ToString("R", CultureInfo.InvariantCulture)));
        }
        return data;
    }

    private static long FolderBytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles().Sum(file => file.Length);

    // One set of Field objects refilled for every entry, as Lucene advises for bulk indexing.
    private sealed class EntryDocument
    {
        private static readonly FieldType TermsOnly = new()
        {
            IsIndexed = true, IsTokenized = true, OmitNorms = true, IndexOptions = IndexOptions.DOCS_ONLY,
        };

        private readonly Document document = new();
        private readonly Field id = new StringField(IndexFields.Id, "", Field.Store.YES);
        private readonly Field territory = new StringField(IndexFields.Territory, "", Field.Store.NO);
        private readonly Field kind = new StoredField(IndexFields.Kind, "");
        private readonly Field publics = new StoredField(IndexFields.Publics, "");
        private readonly Field themes = new StoredField(IndexFields.Themes, "");
        private readonly Field words = new Field(IndexFields.Words, "", TermsOnly);
        private readonly Field title = new StoredField(IndexFields.DisplayTitle, "");
        private readonly Field summary = new StoredField(IndexFields.DisplaySummary, "");
        private readonly Field body = new StoredField(IndexFields.DisplayBody, "");
        private readonly Field[] indexed = IndexFields.Weighted.Select(name => (Field)new TextField(name, "", Field.Store.NO)).ToArray();
        private Field? territoryTerms;
        private readonly Field[] stored = IndexFields.Weighted.Select((_, i) => (Field)new StoredField(IndexFields.StoredTerms(i), "")).ToArray();

        public EntryDocument()
        {
            foreach (var field in new[] { id, territory, kind, publics, themes, words, title, summary, body }.Concat(indexed).Concat(stored))
                document.Add(field);
        }

        public Document Fill(IndexedEntry item)
        {
            var entry = item.Entry;
            id.SetStringValue(entry.Id);
            territory.SetStringValue(entry.Territory);
            kind.SetStringValue(entry.Kind.ToString().ToLowerInvariant());
            publics.SetStringValue(string.Join(' ', entry.Publics));
            themes.SetStringValue(string.Join(' ', entry.Themes));
            words.SetStringValue(string.Join(' ', item.Words));
            title.SetStringValue(entry.Title);
            summary.SetStringValue(entry.Summary);
            body.SetStringValue(entry.Body);
            for (var f = 0; f < indexed.Length; f++)
            {
                indexed[f].SetStringValue(item.Fields[f]);
                stored[f].SetStringValue(item.Fields[f]);
            }
            // Every distinct term of the entry, once, under its territory's name: DocFreq then counts the territory's entries.
            if (territoryTerms?.Name != IndexFields.TermsIn(entry.Territory))
            {
                if (territoryTerms is not null) document.RemoveField(territoryTerms.Name);
                territoryTerms = new Field(IndexFields.TermsIn(entry.Territory), "", TermsOnly);
                document.Add(territoryTerms);
            }
            territoryTerms.SetStringValue(string.Join(' ', item.Fields.SelectMany(field => field.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct()));
            return document;
        }
    }
}
