using InfoSociale.Core;
using InfoSociale.Core.Analysis;

namespace InfoSociale.Tests.Analysis;

// Shared helpers: tokens from words, and the analyzer over the shipped word lists.
internal static class Tokens
{
    public static IEnumerable<Token> Of(params string[] words) => words.Select((word, i) => new Token(word, i));

    public static string[] Texts(this IEnumerable<Token> tokens) => tokens.Select(token => token.Text).ToArray();

    public static string AnalysisFolder => Path.Combine(ProjectPaths.KnowledgeBase, "analysis");

    public static AnalysisData Data { get; } = AnalysisData.Load(AnalysisFolder);

    public static FrenchAnalyzer Analyzer { get; } = FrenchAnalyzer.Create(Data);
}
