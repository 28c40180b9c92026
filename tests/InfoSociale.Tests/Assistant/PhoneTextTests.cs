using InfoSociale.Core.Answers;

namespace InfoSociale.Tests.Assistant;

public sealed class PhoneTextTests
{
    [Theory]
    [InlineData("+41224184700", "+41 22 418 47 00")]
    [InlineData("+41800123456", "+41 800 123 456")]
    [InlineData("+41848000123", "+41 848 000 123")]
    [InlineData("+33142764040", "+33 1 42 76 40 40")]
    [InlineData("+33800235236", "+33 8 00 23 52 36")]
    [InlineData("117", "117")]
    [InlineData("3919", "3919")]
    [InlineData("+4122418470", "+4122418470")]
    [InlineData("+32123456789", "+32123456789")]
    public void Groups_the_digits_as_they_are_read_aloud(string e164, string expected) =>
        PhoneText.Format(e164).Should().Be(expected);

    [Theory]
    [InlineData("+41800222210", "CH", "0800 22 22 10", "+41800222210")]
    [InlineData("0800222210", "CH", "0800 22 22 10", "+41800222210")]
    [InlineData("0840110110", "CH", "0840 110 110", "+41840110110")]
    [InlineData("+41224184700", "CH", "022 418 47 00", "+41224184700")]
    [InlineData("+33142764040", "FR", "01 42 76 40 40", "+33142764040")]
    [InlineData("0142764040", "FR", "01 42 76 40 40", "+33142764040")]
    [InlineData("117", "CH", "117", "117")]
    [InlineData("3919", "FR", "3919", "3919")]
    public void Shows_the_local_form_and_dials_the_international_one(string number, string country, string shown, string dialled)
    {
        PhoneText.Local(number, country).Should().Be(shown);
        PhoneText.Dial(number, country).Should().Be(dialled);
    }

    [Fact]
    public void Shows_the_number_as_the_card_writes_it()
    {
        PhoneText.Local("+41800222210", "CH", "Appelez la Hotline au 0800 222 210, gratuit.").Should().Be("0800 222 210");
    }
}
