namespace InfoSociale.Core.Search.Fts;

// One analysis step: takes the token stream and returns it changed (rewritten, fewer or more tokens).
public interface ITokenFilter
{
    IEnumerable<Token> Apply(IEnumerable<Token> tokens);
}
