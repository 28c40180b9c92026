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
}
