using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace InfoSociale.Core.Analysis;

// The French analysis chain, the same for the entries and the residents' questions:
//   Unicode normalisation -> words (codes kept whole) -> elision -> code marking -> lower case
//   -> accent folding -> spoken spellings -> stop words -> light stemmer -> [query: thesaurus].
// "J'ai pa de toit pour cette nuit" -> toit (+ loge, heberg), nuit.
// A question also gets typo guesses, from the same chain cut before the stemmer plus TypoFilter, stemmed and
// stacked on the word they stand for (Read): SynonymFilter matches stacked tokens too, and a guess must not be
// expanded ("mieux" -> guess "vieux" must not bring "senior").
// One class, several depths of the same list (Depth): the word lists are compiled with the shallower ones.
public sealed class FrenchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly WordLists lists;
    private readonly Depth depth;
    private readonly TypoVocabulary vocabulary;
    private readonly FrenchAnalyzer? guesser;

    private FrenchAnalyzer(WordLists lists, Depth depth, TypoVocabulary vocabulary)
    {
        this.lists = lists;
        this.depth = depth;
        this.vocabulary = vocabulary;
        if (depth == Depth.Query) guesser = new FrenchAnalyzer(lists, Depth.Guesses, vocabulary);
    }

    public static FrenchAnalyzer Create(AnalysisData data) => new(WordLists.Compile(data), Depth.Terms, TypoVocabulary.Empty);

    public static FrenchAnalyzer Load(string analysisFolder) => Create(AnalysisData.Load(analysisFolder));

    // Index words before stemming, for the typo vocabulary: "logements" -> "logements".
    public FrenchAnalyzer Words() => new(lists, Depth.Words, vocabulary);

    // A resident's question: the index chain plus typo guesses against the index vocabulary and the
    // thesaurus expansions, stacked on the word they stand for.
    public FrenchAnalyzer ForQueries(TypoVocabulary indexWords) => new(lists, Depth.Query, indexWords);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new ElisionFilter(source, lists.Elisions);
        result = new CodeMarkerFilter(result, lists.Codes);
        result = new LowerCaseFilter(Version, result);
        result = new ASCIIFoldingFilter(result);
        if (depth == Depth.Normalized) return new TokenStreamComponents(source, result);
        result = new SpokenSpellingFilter(result, lists.SpokenSpellings);
        result = new StopWordFilter(result, lists.StopWords);
        if (depth == Depth.Guesses) result = new TypoFilter(result, vocabulary);
        if (depth is Depth.Words or Depth.Guesses) return new TokenStreamComponents(source, result);
        result = new FrenchLightStemFilter(result);
        if (depth == Depth.Query && lists.Thesaurus is not null) result = new SynonymFilter(result, lists.Thesaurus, ignoreCase: false);
        return new TokenStreamComponents(source, result);
    }

    // Lucene has no NFKC step outside the ICU package (not served), so the text is normalised before the tokenizer.
    // The tokenizer keeps "title:loyer" or "loyer.cher" whole (Unicode word rules), so those marks become spaces.
    // Lucene's reader of an empty string reads null.
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new MappingCharFilter(WordBreaks, new StringReader(UnicodeNormalizer.Normalize(reader.ReadToEnd() ?? "")));

    private static readonly NormalizeCharMap WordBreaks = BuildWordBreaks();

    private static NormalizeCharMap BuildWordBreaks()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var mark in new[] { ":", ".", "_", "·" }) builder.Add(mark, " ");
        return builder.Build();
    }

    // The analysed terms of a text, in order: "Les allocations familiales" -> "aloc", "familial".
    public IReadOnlyList<string> Terms(string text) => Read(text).Select(token => token.Text).ToList();

    // Every token of the chain with its flags, for the index builder, the query plan and tests. For a question,
    // each written word is followed by its stemmed typo guesses.
    public IReadOnlyList<AnalyzedToken> Read(string text)
    {
        var tokens = ReadChain(text);
        if (guesser is null) return tokens;
        var guesses = guesser.ReadChain(text).Where(token => token.IsGuess).ToLookup(token => token.Position);
        if (guesses.Count == 0) return tokens;
        var merged = new List<AnalyzedToken>(tokens.Count + 4);
        var lastWritten = -1;
        foreach (var token in tokens)
        {
            merged.Add(token);
            if (token.IsSynonym || token.Position == lastWritten) continue;
            lastWritten = token.Position;
            merged.AddRange(guesses[token.Position].Select(guess => guess with { Text = FrenchLightStemmer.Stem(guess.Text) }));
        }
        return merged;
    }

    private List<AnalyzedToken> ReadChain(string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        var type = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ITypeAttribute>();
        var keyword = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IKeywordAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), type.Type, keyword.IsKeyword, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }

    // Analysed words that ask for an organisation's address or contact (lookup.txt): "adresse" -> "adres".
    public IReadOnlySet<string> LookupTerms => lists.LookupTerms;

    // "l'aide" -> "aide", as ElisionFilter does, for showing the word a resident wrote.
    public string WithoutElision(string word)
    {
        var apostrophe = word.IndexOf('\'');
        return apostrophe > 0 && lists.Elisions.Contains(word[..apostrophe]) ? word[(apostrophe + 1)..] : word;
    }

    private enum Depth { Normalized, Words, Guesses, Terms, Query }

    // The staff word lists made ready for the filters. Spoken spellings and the thesaurus go through the
    // chain themselves (as far as the step that uses them sees text), so they compare with what that step sees.
    private sealed record WordLists(
        CharArraySet Elisions, CodeList Codes, IReadOnlyDictionary<string, string[]> SpokenSpellings, CharArraySet StopWords, SynonymMap? Thesaurus)
    {
        public IReadOnlySet<string> LookupTerms { get; init; } = new HashSet<string>();

        public static WordLists Compile(AnalysisData data)
        {
            var errors = new List<string>();
            var elisions = new CharArraySet(Version, data.Elisions.ToList(), ignoreCase: true);
            var normalized = new FrenchAnalyzer(
                new WordLists(elisions, data.Codes, new Dictionary<string, string[]>(), CharArraySet.Empty, null), Depth.Normalized, TypoVocabulary.Empty);
            var stopWords = new CharArraySet(Version, data.StopWords.SelectMany(normalized.Terms).ToList(), ignoreCase: false);
            var spoken = CompileSpokenSpellings(data.SpokenSpellings, normalized, errors);
            var terms = new FrenchAnalyzer(new WordLists(elisions, data.Codes, spoken, stopWords, null), Depth.Terms, TypoVocabulary.Empty);
            var thesaurus = CompileThesaurus(data.Thesaurus, terms, errors);
            var lookup = data.LookupWords.SelectMany(terms.Terms).ToHashSet(StringComparer.Ordinal);
            if (errors.Count > 0) throw new AnalysisDataException(errors);
            return new WordLists(elisions, data.Codes, spoken, stopWords, thesaurus) { LookupTerms = lookup };
        }

        // Staff write spoken forms and their written words as they come ("jai => j'ai").
        private static Dictionary<string, string[]> CompileSpokenSpellings(IReadOnlyList<WordRule> rules, FrenchAnalyzer normalized, List<string> errors)
        {
            var compiled = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                var written = rule.Right.SelectMany(normalized.Terms).ToArray();
                foreach (var phrase in rule.Left)
                {
                    var spokenWords = normalized.Terms(phrase);
                    if (spokenWords.Count != 1) errors.Add($"{rule.Where}: \"{phrase}\" must be one word");
                    else if (written.Length == 0) errors.Add($"{rule.Where}: the written side has no word");
                    else compiled[spokenWords[0]] = written;
                }
            }
            return compiled;
        }

        // Both sides of a thesaurus line go through the index chain: "caisse maladie" -> "cais malad".
        private static SynonymMap? CompileThesaurus(IReadOnlyList<WordRule> rules, FrenchAnalyzer terms, List<string> errors)
        {
            var builder = new SynonymMap.Builder(dedup: true);
            var added = 0;
            foreach (var rule in rules)
            {
                var right = rule.Right.Select(phrase => (Phrase: phrase, Terms: terms.Terms(phrase))).ToList();
                foreach (var empty in right.Where(side => side.Terms.Count == 0))
                    errors.Add($"{rule.Where}: \"{empty.Phrase}\" holds only stop words");
                foreach (var phrase in rule.Left)
                {
                    var left = terms.Terms(phrase);
                    if (left.Count == 0)
                    {
                        if (!ReferenceEquals(rule.Left, rule.Right)) errors.Add($"{rule.Where}: \"{phrase}\" holds only stop words");
                        continue;
                    }
                    foreach (var side in right.Where(side => side.Terms.Count > 0 && !side.Terms.SequenceEqual(left)))
                    {
                        builder.Add(SynonymMap.Builder.Join(left.ToArray(), new CharsRef()), SynonymMap.Builder.Join(side.Terms.ToArray(), new CharsRef()), includeOrig: true);
                        added++;
                    }
                }
            }
            return added == 0 ? null : builder.Build();
        }
    }
}

// One token as the chain left it. Type is the tokenizer's, or SynonymFilter.TYPE_SYNONYM for a thesaurus
// expansion, or TypoFilter's for a guess; Position counts the words, stacked alternatives share one.
public sealed record AnalyzedToken(string Text, int Position, string Type, bool IsKeyword, int Start, int End)
{
    public bool IsSynonym => Type == SynonymFilter.TYPE_SYNONYM;

    public bool IsGuess => TypoFilter.IsGuess(Type);
}
