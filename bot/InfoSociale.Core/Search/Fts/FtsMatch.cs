namespace InfoSociale.Core.Search.Fts;

// FTS5 MATCH expressions built only from analysed terms, each one quoted, so nothing a resident types
// can act as FTS5 syntax: "or", "near", "*", "(" are words or nothing at all.
internal static class FtsMatch
{
    public static string Quote(string term) => "\"" + term.Replace("\"", "\"\"") + "\"";

    // "a" OR "b" OR "c"
    public static string AnyOf(IEnumerable<string> terms) => string.Join(" OR ", terms.Select(Quote));

    // ("a" OR "a2") AND ("b")
    public static string AllOf(IEnumerable<IEnumerable<string>> groups) =>
        string.Join(" AND ", groups.Select(group => "(" + AnyOf(group) + ")"));
}
