using InfoSociale.Core;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.Orientation.Eligibility;
using InfoSociale.Core.Orientation.Guided;

namespace InfoSociale.Tests.Orientation.Guided;

public class ParcoursTests
{
    private static readonly HashSet<string> Publics = ["tous", "aines", "familles", "jeunes", "personnes-handicapees", "nouveaux-habitants", "migrants"];
    private static readonly HashSet<string> Themes = ["logement", "argent", "emploi", "sante", "famille", "droits-papiers"];

    private const string Small = """
        id: petit
        title: Petit parcours
        start: age
        questions:
          - id: age
            ask: Quel âge avez-vous ?
            fact: age
            next: besoin
            choices:
              - label: Moins de 25 ans
                facts: { age: "0-24" }
              - label: 25 ans ou plus
                facts: { age: "25+" }
          - id: besoin
            ask: De quoi avez-vous besoin ?
            next: resultat
            choices:
              - label: Un logement
                themes: [logement]
                entries: [ge-allocation-logement]
              - label: De l'argent
                themes: [argent]
        """;

    private static IReadOnlyList<string> Check(string yaml) =>
        ParcoursChecker.Check(ParcoursLoader.Parse(yaml, "petit.yaml"), id => id == "ge-allocation-logement", Publics, Themes);

    [Fact]
    public void The_shipped_parcours_pass_the_checks()
    {
        var all = ParcoursLoader.LoadFolder(ParcoursLoader.DefaultFolder);

        all.Should().NotBeEmpty();
        all.SelectMany(p => ParcoursChecker.Check(p, _ => true, ControlledLists.Publics, ControlledLists.Themes)).Should().BeEmpty();
    }

    [Fact]
    public void A_correct_parcours_has_no_problem()
    {
        Check(Small).Should().BeEmpty();
    }

    [Theory]
    [InlineData("next: resultat", "next: nulle-part", "next \"nulle-part\" is no question")]
    [InlineData("themes: [argent]", "themes: [loisirs]", "unknown theme \"loisirs\"")]
    [InlineData("entries: [ge-allocation-logement]", "entries: [ge-inconnue]", "no entry \"ge-inconnue\"")]
    [InlineData("facts: { age: \"25+\" }", "facts: { age: \"vieux\" }", "is not a number")]
    [InlineData("facts: { age: \"25+\" }", "facts: { household: seul }", "does not set the fact \"age\"")]
    [InlineData("fact: age\n    next: besoin", "fact: taille\n    next: besoin", "unknown fact \"taille\"")]
    [InlineData("start: age", "start: debut", "no question \"debut\"")]
    [InlineData("next: resultat", "next: age", "loop")]
    public void Reports_what_an_editor_got_wrong(string correct, string wrong, string problem)
    {
        Check(Small.Replace(correct, wrong)).Should().Contain(p => p.StartsWith("petit.yaml: ") && p.Contains(problem));
    }

    private const string FollowUp = """

        follow_up:
          - id: rente
            ask: Recevez-vous une rente ?
            fact: pension
            choices:
              - label: Oui, une rente AVS
                facts: { pension: avs }
              - label: Non
                facts: { pension: aucune }
        """;

    [Fact]
    public void A_follow_up_question_is_found_by_its_fact_and_leads_to_the_result()
    {
        var parcours = ParcoursLoader.Parse(Small + FollowUp, "petit.yaml");

        Check(Small + FollowUp).Should().BeEmpty();
        parcours.FollowUpFor("pension")!.Choices.Should().OnlyContain(c => c.Next == Parcours.Result);
        var asked = ParcoursRunner.AskFollowUp(new ParcoursProgress("petit", Parcours.Result), parcours.FollowUpFor("pension")!);
        ParcoursRunner.Current(parcours, asked)!.Ask.Should().Be("Recevez-vous une rente ?");
        asked.FollowUpsAsked.Should().Be(1);
    }

    [Theory]
    [InlineData("    fact: pension\n", "", "a follow-up question sets a fact")]
    [InlineData("facts: { pension: aucune }", "facts: { pension: aucune }\n        next: age", "leads to \"resultat\" only")]
    [InlineData("facts: { pension: aucune }", "facts: { pension: jamais }", "\"jamais\" is not a value of pension")]
    public void Reports_a_wrong_follow_up_question(string correct, string wrong, string problem)
    {
        Check(Small + FollowUp.Replace(correct, wrong)).Should().Contain(p => p.Contains(problem));
    }

    [Fact]
    public void Refuses_a_path_longer_than_seven_questions()
    {
        var questions = string.Join("\n", Enumerable.Range(1, 8).Select(i => $"""
              - id: q{i}
                ask: Question {i} ?
                next: {(i == 8 ? "resultat" : $"q{i + 1}")}
                choices:
                  - label: Oui
                  - label: Non
            """));
        var yaml = $"id: long\ntitle: Long\nstart: q1\nquestions:\n{questions}";

        Check(yaml).Should().Contain(p => p.Contains("asks 8 questions"));
    }

    [Fact]
    public void Names_the_line_of_a_yaml_error()
    {
        var act = () => ParcoursLoader.Parse("id: x\ntitle: X\nstart: a\nquestions:\n  - id: a\n    choices: oops: [", "x.yaml");

        act.Should().Throw<DataFileException>().Where(e => e.File == "x.yaml" && e.Line > 1);
    }

    [Fact]
    public void Walks_the_answers_and_collects_facts_themes_and_entries()
    {
        var parcours = ParcoursLoader.Parse(Small, "petit.yaml");
        var progress = ParcoursRunner.Start(parcours, ResidentFacts.None);
        progress.Position.Should().Be("age");

        var (afterAge, facts) = ParcoursRunner.Answer(parcours, progress, ResidentFacts.None, 1);
        var (done, _) = ParcoursRunner.Answer(parcours, afterAge, facts, 0);

        facts.Age.Should().Be(new NumberRange(25, double.PositiveInfinity));
        done.Finished.Should().BeTrue();
        done.Themes.Should().Equal("logement");
        done.Entries.Should().Equal("ge-allocation-logement");
        done.Asked.Should().Be(2);
    }

    [Fact]
    public void Skips_a_question_whose_fact_is_known()
    {
        var parcours = ParcoursLoader.Parse(Small, "petit.yaml");

        ParcoursRunner.Start(parcours, ResidentFacts.None.With("age", "40")).Position.Should().Be("besoin");
    }
}
