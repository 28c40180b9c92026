using InfoSociale.Core.Orientation.Matching;

namespace InfoSociale.Core.Orientation.Profile;

// What knowledge-base/analysis/publics.txt says: the statements residents make about themselves, spoken spellings,
// and the words that only frame a statement ("bonjour", "moi").
public sealed record ProfileLexicon(
    IReadOnlyList<ProfileStatement> Statements,
    IReadOnlyDictionary<string, IReadOnlyList<string>> SpokenForms,
    IReadOnlySet<string> FramingWords);

// One thing a resident may say about themselves ("je suis retraitée"), with the knowledge-base publics it means and
// the eligibility facts it sets, named and written as parcours files write them. A fact value "#" is the number the
// pattern found ("j'ai 72 ans" -> age 72). Line: where the statement first appears, for error messages.
public sealed record ProfileStatement(
    string Id,
    IReadOnlyList<WordPattern> Triggers,
    IReadOnlyList<WordPattern> FalseFriends,
    IReadOnlyList<string> Publics,
    IReadOnlyDictionary<string, string> Facts,
    int Line)
{
    public const string SaidNumber = "#";

    public bool TakesNumber => Facts.Values.Contains(SaidNumber);
}
