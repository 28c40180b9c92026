using InfoSociale.Core.Search.Evaluation;

namespace InfoSociale.Tests.Search;

public sealed class SyntheticKnowledgeBaseTests
{
    [Fact]
    public void Generates_the_same_entries_every_time()
    {
        var first = SyntheticKnowledgeBase.Generate(FixtureKnowledgeBase.Entries, 500);
        var second = SyntheticKnowledgeBase.Generate(FixtureKnowledgeBase.Entries.Reverse().ToList(), 500);

        first.Should().HaveCount(500);
        first.Select(entry => entry.Id).Should().OnlyHaveUniqueItems();
        second.Select(entry => (entry.Id, entry.Body)).Should().Equal(first.Select(entry => (entry.Id, entry.Body)));
    }

    [Fact]
    public void Keeps_each_entry_in_the_territory_of_its_model() =>
        SyntheticKnowledgeBase.Generate(FixtureKnowledgeBase.Entries, 100)
            .Should().OnlyContain(entry => entry.Id.StartsWith(entry.Territory + "-"));
}
