using System.Text.Json;
using InfoSociale.Core.Activities;
using InfoSociale.Core.Answers;
using InfoSociale.Core.Dialogs;
using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Tests.TestSupport;

namespace InfoSociale.Tests.Assistant;

public sealed class HumanContactCardTests
{
    private static readonly Territory Geneva = new()
    {
        Id = "ge", Name = "Genève", Country = "CH", TimeZone = "Europe/Zurich", DefaultStructure = "ge-str-accueil",
    };

    private static Entry Structure(bool verified, string? hours = null, Contact? contact = null, Address? address = null) => new()
    {
        Id = "ge-str-accueil", Kind = EntryKind.Structure, Territory = "ge", Title = "Accueil social de quartier",
        Summary = "Un lieu où une personne vous reçoit.", OpeningHours = hours, Contact = contact, Address = address, Verified = verified,
    };

    private static readonly Activity Incoming = new() { Id = "m1", Text = "parler à une personne", Conversation = new("c1") };

    // Monday 10:00 in Geneva.
    private static AnswerCards Cards(Entry structure) =>
        new(new EntryCatalog([structure], [Geneva]), Messages.Load(), new ManualClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Gives_phone_address_and_hours_in_words_and_says_it_cannot_transfer()
    {
        var structure = Structure(verified: true, "Mo-Fr 08:30-12:00",
            new Contact("+41220000000", null, "https://example.ch"), new Address("Rue du Test 1", "1200", "Genève", null));

        var reply = Cards(structure).HumanContact(Incoming, "ge");

        reply.Text.Should().ContainAll("Accueil social de quartier", "Téléphone : +41 22 000 00 00", "Adresse : Rue du Test 1, 1200 Genève",
            "Horaires : ", "12 h", "Je ne peux pas transmettre votre demande moi-même");
        reply.Text.Should().NotContain("Mo-Fr").And.NotContain("vérifiées");
        var card = reply.Attachments!.Single().Content!.Value.Deserialize<HeroCard>(ActivityJson.Options)!;
        card.Buttons.Select(b => (b.Type, b.Value!.Value.GetString())).Should().Equal(("call", "tel:+41220000000"), ("openUrl", "https://example.ch"));
    }

    [Fact]
    public void Says_when_the_details_are_not_verified_and_leaves_out_what_is_missing()
    {
        var reply = Cards(Structure(verified: false)).HumanContact(Incoming, "ge");

        reply.Text.Should().Contain("Ces coordonnées n'ont pas encore été vérifiées");
        reply.Text.Should().NotContainAny("Téléphone", "Adresse", "Horaires");
        reply.Attachments.Should().BeNull();
    }
}
