using InfoSociale.Core;
using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

// Shared helpers: the analyzer over the shipped word lists, at its three depths, and token texts.
internal static class Tokens
{
    public static string[] Texts(this IEnumerable<AnalyzedToken> tokens) => tokens.Select(token => token.Text).ToArray();

    public static string AnalysisFolder => Path.Combine(ProjectPaths.KnowledgeBase, "analysis");

    public static AnalysisData Data { get; } = AnalysisData.Load(AnalysisFolder);

    public static FrenchAnalyzer Analyzer { get; } = FrenchAnalyzer.Create(Data);

    public static FrenchAnalyzer Words { get; } = Analyzer.Words();

    public static IReadOnlyList<AnalyzedToken> Query(string text, TypoVocabulary? vocabulary = null) =>
        Analyzer.ForQueries(vocabulary ?? TypoVocabulary.Empty).Read(text);
}
