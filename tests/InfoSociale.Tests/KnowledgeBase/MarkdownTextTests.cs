using InfoSociale.Core.KnowledgeBase;

namespace InfoSociale.Tests.KnowledgeBase;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("## Pour qui ?", "Pour qui ?")]
    [InlineData("**Gratuit** et *anonyme*", "Gratuit et anonyme")]
    [InlineData("Voir [la page du canton](https://www.ge.ch/x).", "Voir la page du canton.")]
    [InlineData("- Pièce d'identité\n- Bail à loyer", "Pièce d'identité\nBail à loyer")]
    [InlineData("1. Appelez\n2. Venez", "Appelez\nVenez")]
    [InlineData("> Important : `117`", "Important : 117")]
    [InlineData("Un.\n\n\nDeux.", "Un.\nDeux.")]
    [InlineData("| Revenu | Aide |\n|---|---|\n| bas | oui |", "Revenu Aide\nbas oui")]
    [InlineData("l'aide_sociale reste intacte", "l'aide_sociale reste intacte")]
    public void Turns_markdown_into_plain_text(string markdown, string plain)
    {
        MarkdownText.ToPlain(markdown).Should().Be(plain);
    }
}
