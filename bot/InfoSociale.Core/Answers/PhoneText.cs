namespace InfoSociale.Core.Answers;

// A knowledge-base phone number (E.164) as residents read it: "+41224184700" -> "+41 22 418 47 00",
// "+41800123456" -> "+41 800 123 456" (Swiss free and service numbers), "+33142764040" -> "+33 1 42 76 40 40".
// Short numbers ("117", "3919") and other countries stay as written.
public static class PhoneText
{
    public static string Format(string e164) => e164 switch
    {
        ['+', '4', '1', .. var rest] when IsDigits(rest, 9) && rest[0] is '8' or '9' => $"+41 {rest[..3]} {rest[3..6]} {rest[6..]}",
        ['+', '4', '1', .. var rest] when IsDigits(rest, 9) => $"+41 {rest[..2]} {rest[2..5]} {rest[5..7]} {rest[7..]}",
        ['+', '3', '3', .. var rest] when IsDigits(rest, 9) => $"+33 {rest[..1]} {rest[1..3]} {rest[3..5]} {rest[5..7]} {rest[7..]}",
        _ => e164,
    };

    private static bool IsDigits(string text, int length) => text.Length == length && text.All(char.IsAsciiDigit);
}
