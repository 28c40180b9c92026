using InfoSociale.Core.PlainLanguage;
using InfoSociale.Core.PlainLanguage.Rules;

namespace InfoSociale.Tests.PlainLanguage;

public class PlainLanguageRulesTests
{
    private static readonly Glossary Glossary = Glossary.Parse(["AVS = assurance-vieillesse et survivants"], "glossaire.txt");

    private static IReadOnlyList<LintFinding> Check(IPlainLanguageRule rule, string text) => rule.Check(AnalyzedText.Of(text)).ToList();

    [Theory]
    [InlineData("Vous pouvez demander une aide.", null)]
    [InlineData("Vous pouvez demander une aide pour payer votre loyer chaque mois si vous avez peu d'argent.", LintSeverity.Warning)]
    [InlineData("Vous pouvez demander une aide pour payer votre loyer chaque mois si vous avez peu d'argent et si vous habitez à Genève depuis plus de deux ans.", LintSeverity.Error)]
    public void Counts_words_per_sentence(string text, LintSeverity? expected)
    {
        Check(new SentenceLengthRule(12, 20), text).Select(f => (LintSeverity?)f.Severity).FirstOrDefault().Should().Be(expected);
    }

    [Theory]
    [InlineData("La rente AVS (assurance-vieillesse et survivants) vous aide.", 0)]
    [InlineData("L'assurance-vieillesse et survivants (AVS) vous aide.", 0)]
    [InlineData("Vous avez droit à la rente AVS.", 0)]
    [InlineData("Demandez la CAF.", 1)]
    [InlineData("Demandez la CAF (caisse d'allocations familiales). La CAF répond.", 0)]
    [InlineData("Demandez la CAF. La CAF (caisse d'allocations familiales) répond.", 1)]
    [InlineData("Votre rente AVS. La rente AVS (assurance-vieillesse et survivants) arrive.", 1)]
    [InlineData("Allez à l'AP-HP (Assistance publique - Hôpitaux de Paris).", 0)]
    [InlineData("Le RSA et la CSS.", 2)]
    [InlineData("Le SBPE accorde des bourses.", 1)]
    public void Requires_each_abbreviation_explained_at_first_use_or_in_the_glossary(string text, int errors)
    {
        Check(new AbbreviationRule(Glossary), text).Where(f => f.Severity == LintSeverity.Error).Should().HaveCount(errors);
    }

    [Fact]
    public void An_abbreviation_of_the_glossary_spelled_out_only_at_a_later_use_is_used_before_it_is_explained()
    {
        Check(new AbbreviationRule(Glossary), "Le Centre AVS vous répond. AVS (assurance-vieillesse et survivants) est une assurance.")
            .Should().ContainSingle().Which.Message.Should().Contain("used before it is explained");
    }

    [Theory]
    [InlineData("Chèque annuel de formation (CAF)", "Le CAF paie vos cours.", 1)]
    [InlineData("", "La CAF (caisse d'allocations familiales) vous verse l'aide.", 0)]
    [InlineData("", "La caisse d'allocations familiales (CAF) vous verse l'aide.", 0)]
    [InlineData("", "Vous recevez une rente de vieillesse (CAF).", 0)]
    [InlineData("", "La CAF (chèque annuel de formation) paie vos cours.", 1)]
    [InlineData("", "Le SBPE (service des bourses et prêts d'études) vous aide.", 0)]
    public void An_abbreviation_spelled_out_with_other_words_than_the_glossary_has_two_meanings(string title, string text, int errors)
    {
        var glossary = Glossary.Parse(["CAF = caisse d'allocations familiales, elle verse les aides aux familles"], "glossaire.txt");

        new AbbreviationMeaningRule(glossary).Check(AnalyzedText.Of(text, title)).Should().HaveCount(errors);
    }

    [Fact]
    public void Accepts_an_abbreviation_spelled_out_in_the_title_above()
    {
        new AbbreviationRule(Glossary).Check(AnalyzedText.Of("Le SBPE accorde des bourses.", "Service des bourses et prêts d'études (SBPE)"))
            .Should().BeEmpty();
    }

    [Theory]
    [InlineData("Venez avec votre pièce d'identité.", 0)]
    [InlineData("Venez le matin; appelez avant.", 1)]
    [InlineData("Apportez : votre pièce d'identité.", 1)]
    [InlineData("Ouvert à 8:30.", 0)]
    [InlineData("Venez (si possible) le matin.", 1)]
    [InlineData("La rente AVS (assurance-vieillesse et survivants) vous aide.", 0)]
    public void Reports_semicolons_colons_and_parentheses(string text, int warnings)
    {
        Check(new PunctuationRule(), text).Should().HaveCount(warnings);
    }

    [Theory]
    [InlineData("Vous attendez trois mois.", 1)]
    [InlineData("Vous attendez 3 mois.", 0)]
    [InlineData("Un conseiller vous reçoit une fois.", 0)]
    [InlineData("Vingt-deux francs.", 2)]
    public void Asks_for_numbers_in_digits(string text, int warnings)
    {
        Check(new NumberWordRule(), text).Should().HaveCount(warnings);
    }

    [Theory]
    [InlineData("Le dossier est envoyé par la poste.", 1)]
    [InlineData("Les demandes sont traitées en 3 semaines.", 1)]
    [InlineData("Vous envoyez le dossier.", 0)]
    public void Flags_passive_turns(string text, int warnings)
    {
        Check(new PassiveVoiceRule(), text).Should().HaveCount(warnings);
    }

    [Theory]
    [InlineData("Vous pouvez venir.", null)]
    [InlineData("Vous n'avez pas besoin de rendez-vous.", LintSeverity.Warning)]
    [InlineData("Vous ne payez rien.", LintSeverity.Warning)]
    [InlineData("Vous ne pouvez pas ne pas répondre.", LintSeverity.Error)]
    [InlineData("Si vous n'avez pas de papiers, vous ne perdez jamais ce droit.", LintSeverity.Error)]
    public void Warns_on_negation_and_fails_on_double_negation(string text, LintSeverity? expected)
    {
        Check(new NegationRule(), text).Select(f => (LintSeverity?)f.Severity).SingleOrDefault().Should().Be(expected);
    }

    [Theory]
    [InlineData("Les démarches administratives sont compliquées.", new[] { "administratives" })]
    [InlineData("L'assurance-maladie paie.", new string[0])]
    public void Flags_long_words_part_by_part(string text, string[] flagged)
    {
        Check(new LongWordRule(12), text).Select(f => f.Message.Split('"')[1]).Should().Equal(flagged);
    }

    [Theory]
    [InlineData("Vous avez une aide pour le loyer. Venez le matin avec votre bail.", null)]
    [InlineData("Les prestations complémentaires cantonales constituent une allocation supplémentaire individualisée destinée aux bénéficiaires.", LintSeverity.Error)]
    [InlineData("Prestations complémentaires individualisées.", null)]
    public void Scores_readability_with_kandel_and_moles(string text, LintSeverity? expected)
    {
        Check(new ReadabilityRule(70, 50), text).Select(f => (LintSeverity?)f.Severity).SingleOrDefault().Should().Be(expected);
    }

    [Theory]
    [InlineData("rue", 1)]
    [InlineData("aide", 1)]
    [InlineData("famille", 2)]
    [InlineData("allocation", 4)]
    [InlineData("logement", 3)]
    [InlineData("2026", 1)]
    public void Counts_written_syllables(string word, int syllables)
    {
        FrenchSyllables.Count(word).Should().Be(syllables);
    }
}
