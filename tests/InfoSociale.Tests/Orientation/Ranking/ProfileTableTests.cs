using InfoSociale.Core;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Eligibility;
using InfoSociale.Core.Orientation.Guided;
using InfoSociale.Core.Orientation.Ranking;
using Xunit.Abstractions;

namespace InfoSociale.Tests.Orientation.Ranking;

// The profile table (profiles.txt): each resident answers the real guided orientation on the real knowledge base,
// and the entries the official rules point to must come in the first three, the main one first as often as possible.
public class ProfileTableTests(ITestOutputHelper output)
{
    private const int FirstResults = 3;
    private const double FirstPlaceTarget = 0.8;

    private static readonly EntryCatalog Catalog = KnowledgeBaseLoader.Load(ProjectPaths.KnowledgeBase).Catalog;
    private static readonly string ParcoursFolder = Path.Combine(ProjectPaths.KnowledgeBase, "parcours");
    private static readonly Parcours Orientation = ParcoursLoader.LoadFolder(ParcoursFolder).Single(p => p.Id == "orientation");
    private static readonly OrientationResults Results = new(Catalog, ImpliedFactsLoader.LoadFolder(ParcoursFolder));
    private static readonly IReadOnlyList<Profile> Table = Profile.Load(Path.Combine(
        ProjectPaths.Root, "tests", "InfoSociale.Tests", "Orientation", "Ranking", "profiles.txt"));

    public static TheoryData<int> Lines() => [.. Table.Select(p => p.Line)];

    [Fact]
    public void Each_territory_has_at_least_25_profiles_each_citing_an_official_page()
    {
        foreach (var territory in Catalog.Territories.Keys)
            Table.Count(p => p.Territory == territory).Should().BeGreaterThanOrEqualTo(25, $"profiles of {territory}");
        Table.Should().OnlyContain(p => p.Source.StartsWith("https://", StringComparison.Ordinal));
        Table.SelectMany(p => p.Expected).Should().OnlyContain(id => Catalog.Find(id) != null);
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void The_expected_entries_come_in_the_first_three_and_nothing_of_another_need(int line)
    {
        var profile = Table.Single(p => p.Line == line);
        var (ranked, themes) = Walk(profile);
        var proposed = ranked.Where(v => v.Likelihood != Likelihood.NotForYou).Select(v => v.Entry.Id).ToList();

        proposed.Take(FirstResults).Should().Contain(profile.Expected, $"profiles.txt:{line} ({profile.Name}) got {string.Join(", ", proposed)}");
        ranked.Should().OnlyContain(v => NeedRanking.Fit(v.Entry, themes) <= NeedFit.Desk, "every result answers the need chosen");
        ranked.Count(v => v.Likelihood == Likelihood.NotForYou).Should().BeLessThanOrEqualTo(NeedRanking.NotForYouShown);
    }

    [Fact]
    public void The_main_expected_entry_comes_first_for_at_least_80_percent_of_the_profiles_of_each_territory()
    {
        foreach (var territory in Catalog.Territories.Keys.Order(StringComparer.Ordinal))
        {
            var profiles = Table.Where(p => p.Territory == territory).ToList();
            var proposed = profiles.Select(p => Walk(p).Ranked.Where(v => v.Likelihood != Likelihood.NotForYou).Select(v => v.Entry.Id).ToList()).ToList();
            var inFirstThree = profiles.Where((p, i) => proposed[i].Take(FirstResults).Contains(p.Expected[0])).Count();
            var first = profiles.Where((p, i) => proposed[i].FirstOrDefault() == p.Expected[0]).ToList();
            output.WriteLine($"{territory}: {profiles.Count} profiles, expected entry in the first three {inFirstThree}/{profiles.Count} " +
                $"({100.0 * inFirstThree / profiles.Count:0} %), first {first.Count}/{profiles.Count} ({100.0 * first.Count / profiles.Count:0} %)");
            foreach (var missed in profiles.Except(first))
                output.WriteLine($"  not first: {missed.Name}: {string.Join(", ", proposed[profiles.IndexOf(missed)].Take(FirstResults))}");

            inFirstThree.Should().Be(profiles.Count);
            ((double)first.Count / profiles.Count).Should().BeGreaterThanOrEqualTo(FirstPlaceTarget, territory);
        }
    }

    // Answers the parcours as the resident would (the next answer to each question asked, follow-up included), then
    // returns the results shown and the needs chosen. Every answer must be used.
    private static (IReadOnlyList<EligibilityVerdict> Ranked, IReadOnlyList<string> Themes) Walk(Profile profile)
    {
        var said = new Dictionary<string, string>();
        var answers = new Queue<string>(profile.Answers);
        var progress = ParcoursRunner.Start(Orientation, ResidentFacts.None);
        while (true)
        {
            if (ParcoursRunner.Current(Orientation, progress) is { } question)
            {
                answers.Should().NotBeEmpty($"profiles.txt:{profile.Line} has no answer to \"{question.Ask}\"");
                var label = answers.Dequeue();
                var index = question.Choices.ToList().FindIndex(c => c.Label == label);
                index.Should().BeGreaterThanOrEqualTo(0, $"profiles.txt:{profile.Line}: \"{label}\" is not a choice of \"{question.Ask}\"");
                (progress, _) = ParcoursRunner.Answer(Orientation, progress, Results.Facts(said), index);
                foreach (var (fact, value) in question.Choices[index].Facts) said[fact] = value;
                progress = ParcoursRunner.SkipKnown(Orientation, progress, Results.Facts(said));
                continue;
            }
            var ranked = Results.For(progress, profile.Territory, Results.Facts(said));
            if (Results.FollowUp(Orientation, progress, ranked) is { } followUp)
            {
                progress = ParcoursRunner.AskFollowUp(progress, followUp);
                continue;
            }
            answers.Should().BeEmpty($"profiles.txt:{profile.Line}: the bot asked no question for these answers");
            return (ranked, progress.Themes);
        }
    }

    private sealed record Profile(int Line, string Territory, string Name, IReadOnlyList<string> Answers, IReadOnlyList<string> Expected, string Source)
    {
        public static IReadOnlyList<Profile> Load(string path) =>
            File.ReadAllLines(path)
                .Select((text, index) => (Text: text.Trim(), Line: index + 1))
                .Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#'))
                .Select(l =>
                {
                    var fields = l.Text.Split(" | ");
                    if (fields.Length != 5) throw new DataFileException("profiles.txt", l.Line, "expected 5 fields separated by \" | \"");
                    return new Profile(l.Line, fields[0], fields[1], fields[2].Split(" / "), fields[3].Split(", "), fields[4]);
                })
                .ToList();
    }
}
