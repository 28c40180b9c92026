namespace InfoSociale.Tests.Search;

public sealed class SmokeTests(FixtureKnowledgeBase kb) : IClassFixture<FixtureKnowledgeBase>
{
    [Theory]
    [InlineData("aide pour payer l'appartement")]
    [InlineData("pas de toit cette nuit")]
    [InlineData("jai pa de kwa manger")]
    [InlineData("ma régie veut me mettre dehors")]
    [InlineData("alocation logment")]
    [InlineData("quelle est la météo demain")]
    [InlineData("resultats du loto")]
    public void Prints(string query)
    {
        var plan = kb.Search.Plan(query);
        var hits = kb.Ask(query);
        Console.WriteLine(query + " => " + string.Join(" | ", plan.Groups.Select(g => g.Written + ":" + string.Join(",", g.Terms.Select(t => t.Text + "@" + t.Weight)))));
        foreach (var hit in hits) Console.WriteLine($"   {hit.Id} {hit.Score} [{string.Join(",", hit.MatchedTerms)}] {hit.Snippet}");
    }
}
