namespace InfoSociale.Core.Analysis;

// Marks codes and abbreviations as protected so later steps leave them alone: any word with a digit
// ("C2S", "3919", "0800"), and the listed codes. A code listed in lower case ("avs") is protected
// however it is written; one listed in capitals ("AI") only when written in capitals, since "ai"
// is also a verb ("j'ai").
public sealed class CodeMarker(CodeList codes) : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens) =>
        tokens.Select(token => IsCode(token.Text) ? token with { IsProtected = true } : token);

    private bool IsCode(string word) =>
        word.Any(char.IsDigit)
        || codes.AnyCase.Contains(word.ToLowerInvariant())
        || codes.CapitalsOnly.Contains(word);
}

public sealed record CodeList(IReadOnlySet<string> AnyCase, IReadOnlySet<string> CapitalsOnly);
