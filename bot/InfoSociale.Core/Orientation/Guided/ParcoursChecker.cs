using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Eligibility;

namespace InfoSociale.Core.Orientation.Guided;

// What `kb validate` checks in a parcours: transitions resolve, facts and their values are known, publics and
// themes are in the controlled lists, entries exist, and no path asks more than MaxQuestions questions.
public static class ParcoursChecker
{
    // Who you are, what you need, then at most five short questions.
    public const int MaxQuestions = 7;

    public static IReadOnlyList<string> Check(
        Parcours parcours, Func<string, bool> entryExists, IReadOnlySet<string> publics, IReadOnlySet<string> themes)
    {
        var problems = new List<string>();
        void Problem(string where, string what) => problems.Add($"{parcours.SourceFile}: {where}: {what}");

        if (parcours.Question(parcours.Start) is null) Problem("start", $"no question \"{parcours.Start}\"");
        foreach (var duplicate in parcours.Questions.Concat(parcours.FollowUps).GroupBy(q => q.Id).Where(g => g.Count() > 1))
            Problem($"question {duplicate.Key}", "the id is used twice");
        foreach (var followUp in parcours.FollowUps)
        {
            var where = $"follow_up {followUp.Id}";
            if (followUp.Fact is null) Problem(where, "a follow-up question sets a fact (\"fact\"): it is asked when that fact is unknown");
            if (followUp.Choices.Any(c => c.Next != Parcours.Result)) Problem(where, $"a follow-up question leads to \"{Parcours.Result}\" only");
        }
        foreach (var duplicate in parcours.FollowUps.Where(q => q.Fact is not null).GroupBy(q => q.Fact).Where(g => g.Count() > 1))
            Problem($"follow_up {duplicate.Last().Id}", $"another follow-up question already sets \"{duplicate.Key}\"");

        foreach (var question in parcours.Questions.Concat(parcours.FollowUps))
        {
            var where = $"question {question.Id}";
            if (question.Choices.Count < 2) Problem(where, "offer at least 2 choices");
            if (question.Fact is { } fact && !EligibilityFacts.Types.ContainsKey(fact)) Problem(where, $"unknown fact \"{fact}\"");
            if (question.Fact is not null && question.Next is null)
                Problem(where, "a question that sets a fact needs its own \"next\" (taken when the fact is already known)");
            if (question.Next is { } next && !Resolves(parcours, next)) Problem(where, $"next \"{next}\" is no question");
            foreach (var choice in question.Choices)
            {
                var at = $"{where}, choice \"{choice.Label}\"";
                if (choice.Next != question.Next && !Resolves(parcours, choice.Next)) Problem(at, $"next \"{choice.Next}\" is no question");
                foreach (var (name, value) in choice.Facts)
                {
                    try { ResidentFacts.None.With(name, value); }
                    catch (FormatException e) { Problem(at, e.Message); }
                }
                if (question.Fact is { } set && !choice.Facts.ContainsKey(set)) Problem(at, $"does not set the fact \"{set}\"");
                foreach (var p in choice.Publics.Where(p => !publics.Contains(p))) Problem(at, $"unknown public \"{p}\"");
                foreach (var t in choice.Themes.Where(t => !themes.Contains(t))) Problem(at, $"unknown theme \"{t}\"");
                foreach (var id in choice.Entries.Where(id => !entryExists(id))) Problem(at, $"no entry \"{id}\"");
            }
        }
        if (problems.Count == 0) CheckPaths(parcours, Problem);
        return problems;
    }

    private static bool Resolves(Parcours parcours, string next) => next == Parcours.Result || parcours.Question(next) is not null;

    // Every path must reach the result without a loop and within MaxQuestions questions.
    private static void CheckPaths(Parcours parcours, Action<string, string> problem)
    {
        var longest = new Dictionary<string, int>();
        int Longest(string id, IReadOnlyList<string> path)
        {
            if (id == Parcours.Result) return 0;
            if (path.Contains(id)) { problem($"question {id}", "a path comes back to this question (loop)"); return 0; }
            if (longest.TryGetValue(id, out var known)) return known;
            var question = parcours.Question(id)!;
            var next = question.Choices.Select(c => c.Next).Append(question.Next).OfType<string>().Distinct();
            var length = 1 + next.Max(n => Longest(n, [.. path, id]));
            longest[id] = length;
            return length;
        }
        var max = Longest(parcours.Start, []);
        if (max > MaxQuestions) problem("paths", $"a path asks {max} questions; at most {MaxQuestions}");
    }
}
