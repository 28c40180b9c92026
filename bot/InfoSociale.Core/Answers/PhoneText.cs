namespace InfoSociale.Core.Answers;

// A knowledge-base phone number (E.164) as residents read it: "+41224184700" -> "+41 22 418 47 00",
// "+41800123456" -> "+41 800 123 456" (Swiss free and service numbers), "+33142764040" -> "+33 1 42 76 40 40".
// Short numbers ("117", "3919") and other countries stay as written.
public static partial class PhoneText
{
    public static string Format(string e164) => e164 switch
    {
        ['+', '4', '1', .. var rest] when IsDigits(rest, 9) && rest[0] is '8' or '9' => $"+41 {rest[..3]} {rest[3..6]} {rest[6..]}",
        ['+', '4', '1', .. var rest] when IsDigits(rest, 9) => $"+41 {rest[..2]} {rest[2..5]} {rest[5..7]} {rest[7..]}",
        ['+', '3', '3', .. var rest] when IsDigits(rest, 9) => $"+33 {rest[..1]} {rest[1..3]} {rest[3..5]} {rest[5..7]} {rest[7..]}",
        _ => e164,
    };

    // As residents of the territory write it: "+41800222210" or "0800222210" -> "0800 22 22 10" (CH),
    // "+41224184700" -> "022 418 47 00", "+33142764040" -> "01 42 76 40 40" (FR). Short numbers stay as they are.
    // With `writtenIn` (the text of the card that shows the number), the number as that text writes it, so the
    // button and the card read the same ("0840 110 110").
    public static string Local(string number, string country, string? writtenIn = null)
    {
        var national = National(number, country);
        if (writtenIn is not null)
            foreach (var written in WrittenNumber().Matches(writtenIn).Select(m => m.Value))
                if (written.Replace(" ", "") == national) return written;
        return (country, national) switch
        {
            ("CH", ['0', '8', '4', ..]) when IsDigits(national, 10) => $"{national[..4]} {national[4..7]} {national[7..]}",
            ("CH", ['0', '8' or '9', ..]) when IsDigits(national, 10) => $"{national[..4]} {national[4..6]} {national[6..8]} {national[8..]}",
            ("CH", ['0', ..]) when IsDigits(national, 10) => $"{national[..3]} {national[3..6]} {national[6..8]} {national[8..]}",
            ("FR", ['0', ..]) when IsDigits(national, 10) => string.Join(' ', Enumerable.Range(0, 5).Select(i => national.Substring(2 * i, 2))),
            _ => number,
        };
    }

    // What a call button dials: the international form of a national number, so it works from any phone
    // ("0800222210" -> "+41800222210"); short numbers ("117", "3919") only work as they are.
    public static string Dial(string number, string country) =>
        number is ['0', .. var rest] && IsDigits(number, 10) && CountryCode(country) is { } code ? $"+{code}{rest}" : number;

    private static string National(string number, string country) =>
        CountryCode(country) is { } code && number.StartsWith($"+{code}", StringComparison.Ordinal) ? "0" + number[(code.Length + 1)..] : number;

    private static string? CountryCode(string country) => country switch { "CH" => "41", "FR" => "33", _ => null };

    [System.Text.RegularExpressions.GeneratedRegex(@"\d[\d ]{1,14}\d")]
    private static partial System.Text.RegularExpressions.Regex WrittenNumber();

    private static bool IsDigits(string text, int length) => text.Length == length && text.All(char.IsAsciiDigit);
}
