using System.Text.Json;
using InfoSociale.Core.Activities;

namespace InfoSociale.Core.Answers;

// The Bot Framework hero card, which Web Chat and the Azure channels render natively.
public sealed record HeroCard(string Title, string? Subtitle, string? Text, IReadOnlyList<CardAction> Buttons)
{
    public const string ContentType = "application/vnd.microsoft.card.hero";

    public Attachment ToAttachment() => new()
    {
        ContentType = ContentType,
        Content = JsonSerializer.SerializeToElement(this, ActivityJson.Options),
    };
}
