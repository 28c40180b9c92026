using InfoSociale.Core.Handoff;

namespace InfoSociale.Tests.Handoff;

public class ContactCheckTests
{
    [Theory]
    [InlineData("079 123 45 67", ContactProblem.None)]
    [InlineData("+41 79 123 45 67", ContactProblem.None)]
    [InlineData("06.12.34.56.78", ContactProblem.None)]
    [InlineData("(022) 420-52-00", ContactProblem.None)]
    [InlineData("zéro sept neuf", ContactProblem.PhoneHasLetters)]
    [InlineData("079 12 34 x", ContactProblem.PhoneHasLetters)]
    [InlineData("079+123", ContactProblem.PhoneHasLetters)]
    [InlineData("", ContactProblem.PhoneHasLetters)]
    [InlineData("079 12", ContactProblem.PhoneTooShort)]
    [InlineData("+41 79 123 45 67 89 01 23", ContactProblem.PhoneTooLong)]
    public void A_phone_number_is_checked_for_what_a_resident_can_fix(string text, ContactProblem expected)
    {
        ContactCheck.Phone(text).Should().Be(expected);
    }

    [Fact]
    public void A_phone_number_is_kept_as_digits_and_plus()
    {
        ContactCheck.NormalizePhone(" +41 (79) 123-45.67 ").Should().Be("+41791234567");
    }

    [Theory]
    [InlineData("marie@exemple.fr", ContactProblem.None)]
    [InlineData("jean.dupont+aide@mail.exemple.ch", ContactProblem.None)]
    [InlineData("marie.exemple.fr", ContactProblem.EmailWithoutAt)]
    [InlineData("marie@exemple", ContactProblem.EmailIncomplete)]
    [InlineData("@exemple.fr", ContactProblem.EmailIncomplete)]
    [InlineData("marie @exemple.fr", ContactProblem.EmailIncomplete)]
    [InlineData("Marie <marie@exemple.fr>", ContactProblem.EmailIncomplete)]
    [InlineData("marie@exemple.fr.", ContactProblem.EmailIncomplete)]
    public void An_email_address_is_checked_for_what_a_resident_can_fix(string text, ContactProblem expected)
    {
        ContactCheck.Email(text).Should().Be(expected);
    }
}
