namespace InfoSociale.Core.Search.Fts;

// Marks codes and abbreviations as protected so later steps leave them alone: any word with a digit
// ("C2S", "3919", "0800"), and the listed codes. A code listed in lower case ("avs") is protected
// however it is written; one listed in capitals ("AI") only when written in capitals, since "ai"
// is also a verb ("j'ai").
public sealed class CodeMarker(CodeList codes) : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens) =>
        tokens.Select(token => IsCode(token.Text) ? token with { IsProtected = true } : token);

    private readonly HashSet<string> anyCase = new(codes.AnyCase, StringComparer.OrdinalIgnoreCase);

    private bool IsCode(string word) => HasDigit(word) || anyCase.Contains(word) || codes.CapitalsOnly.Contains(word);

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
            if (char.IsDigit(c)) return true;
        return false;
    }
}

public sealed record CodeList(IReadOnlySet<string> AnyCase, IReadOnlySet<string> CapitalsOnly);
