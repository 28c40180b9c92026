namespace InfoSociale.Core.PlainLanguage.Rules;

// FALC: easy words. Long words are a cheap sign of hard ones ("administratives", "complémentaires").
// Compound words are judged part by part: "assurance-maladie" is two easy words.
public sealed class LongWordRule(int longerThan) : IPlainLanguageRule
{
    public IEnumerable<LintFinding> Check(AnalyzedText text) =>
        text.Words
            .SelectMany(w => w.Split('-', '\'', '’'))
            .Where(part => part.Length > longerThan && part.All(char.IsLetter))
            .Distinct()
            .Select(part => new LintFinding("long-word", LintSeverity.Warning, $"\"{part}\" is long: is there a shorter word?"));
}
