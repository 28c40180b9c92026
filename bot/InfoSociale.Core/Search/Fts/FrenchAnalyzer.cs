namespace InfoSociale.Core.Search.Fts;

// The French analysis chain, the same for the entries and the residents' questions:
//   Unicode normalisation -> words (codes kept whole) -> elision -> code marking -> lower case
//   -> accent folding -> spoken spellings -> stop words -> [query: typo tolerance] -> light stemmer
//   -> [query: thesaurus expansions].
// "J'ai pa de toit pour cette nuit" -> toit (+ logement, hebergement), nuit.
public sealed class FrenchAnalyzer
{
    private readonly ElisionRemover elision;
    private readonly CodeMarker codes;
    private readonly SpokenSpellingRewriter spoken;
    private readonly StopWordRemover stopWords;
    private readonly SynonymExpander synonyms;
    private readonly LowerCaser lowerCaser = new();
    private readonly AccentFolder accentFolder = new();
    private readonly FrenchLightStemFilter stemmer = new();

    private FrenchAnalyzer(AnalysisData data)
    {
        elision = new ElisionRemover(data.Elisions);
        codes = new CodeMarker(data.Codes);
        var errors = new List<string>();
        spoken = new SpokenSpellingRewriter(CompileSpokenSpellings(data.SpokenSpellings, errors));
        stopWords = new StopWordRemover(data.StopWords.Select(word => AccentFolder.Fold(word.ToLowerInvariant()).Replace("'", "")).ToHashSet());
        synonyms = new SynonymExpander(CompileThesaurus(data.Thesaurus, errors));
        if (errors.Count > 0) throw new AnalysisDataException(errors);
    }

    public static FrenchAnalyzer Create(AnalysisData data) => new(data);

    public static FrenchAnalyzer Load(string analysisFolder) => Create(AnalysisData.Load(analysisFolder));

    // Index terms of an entry's text: stems and codes, in order.
    public IReadOnlyList<Token> Analyze(string text) => Run(text, Steps(query: null, stem: true));

    // Index words before stemming, for the typo vocabulary: "logements" -> "logements".
    public IReadOnlyList<Token> Words(string text) => Run(text, Steps(query: null, stem: false));

    // A resident's question: the index chain plus typo tolerance against the index vocabulary and the
    // thesaurus expansions.
    public IReadOnlyList<Token> AnalyzeQuery(string text, TypoVocabulary vocabulary) => Run(text, Steps(vocabulary, stem: true));

    private IEnumerable<ITokenFilter> Steps(TypoVocabulary? query, bool stem)
    {
        yield return elision;
        yield return codes;
        yield return lowerCaser;
        yield return accentFolder;
        yield return spoken;
        yield return stopWords;
        if (query is not null) yield return new TypoCorrector(query);
        if (!stem) yield break;
        yield return stemmer;
        if (query is not null) yield return synonyms;
    }

    private static IReadOnlyList<Token> Run(string text, IEnumerable<ITokenFilter> steps)
    {
        var tokens = FrenchTokenizer.Tokenize(UnicodeNormalizer.Normalize(text));
        foreach (var step in steps) tokens = step.Apply(tokens);
        return tokens.ToList();
    }

    // Staff write spoken forms and their written words as they come ("jai => j'ai"); both sides go
    // through the steps before the rewriter, so they compare with what the rewriter sees.
    private Dictionary<string, IReadOnlyList<string>> CompileSpokenSpellings(IReadOnlyList<WordRule> rules, List<string> errors)
    {
        var before = new ITokenFilter[] { elision, codes, lowerCaser, accentFolder };
        var compiled = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var written = rule.Right.SelectMany(phrase => Run(phrase, before)).Select(token => token.Text).ToList();
            foreach (var phrase in rule.Left)
            {
                var spokenWords = Run(phrase, before);
                if (spokenWords.Count != 1) errors.Add($"{rule.Where}: \"{phrase}\" must be one word");
                else if (written.Count == 0) errors.Add($"{rule.Where}: the written side has no word");
                else compiled[spokenWords[0].Text] = written;
            }
        }
        return compiled;
    }

    // Both sides of a thesaurus line go through the index chain: "caisse maladie" -> "caiss malad".
    private Thesaurus CompileThesaurus(IReadOnlyList<WordRule> rules, List<string> errors)
    {
        var thesaurus = new Thesaurus();
        foreach (var rule in rules)
        {
            var right = rule.Right.Select(phrase => (Phrase: phrase, Terms: Analyze(phrase).Select(token => token.Text).ToList())).ToList();
            foreach (var empty in right.Where(side => side.Terms.Count == 0))
                errors.Add($"{rule.Where}: \"{empty.Phrase}\" holds only stop words");
            foreach (var phrase in rule.Left)
            {
                var terms = Analyze(phrase).Select(token => token.Text).ToList();
                if (terms.Count == 0)
                {
                    if (!ReferenceEquals(rule.Left, rule.Right)) errors.Add($"{rule.Where}: \"{phrase}\" holds only stop words");
                    continue;
                }
                var expansions = right
                    .Where(side => side.Terms.Count > 0 && !side.Terms.SequenceEqual(terms))
                    .Select(side => (IReadOnlyList<string>)side.Terms)
                    .ToList();
                if (expansions.Count > 0) thesaurus.Add(terms, expansions);
            }
        }
        return thesaurus;
    }
}
