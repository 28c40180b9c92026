using System.Net.Mail;

namespace InfoSociale.Core.Handoff;

public enum ContactProblem { None, PhoneHasLetters, PhoneTooShort, PhoneTooLong, EmailWithoutAt, EmailIncomplete }

// Checks what residents type as a phone number or an e-mail address, and says what is wrong in a way we can explain.
public static class ContactCheck
{
    // E.164 allows 15 digits; Swiss and French numbers have 10 written nationally ("022 420 52 00"), 11 or 12 with +41/+33.
    private const int FewestDigits = 9;
    private const int MostDigits = 15;
    private const int LongestEmail = 254;

    public static ContactProblem Phone(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '/' or '(' or ')' or '+'))
            || trimmed.LastIndexOf('+') > 0)
            return ContactProblem.PhoneHasLetters;
        var digits = trimmed.Count(char.IsAsciiDigit);
        return digits < FewestDigits ? ContactProblem.PhoneTooShort
            : digits > MostDigits ? ContactProblem.PhoneTooLong
            : ContactProblem.None;
    }

    // "+41 22 420 52 00" -> "+41224205200": how it is stored and shown to staff.
    public static string NormalizePhone(string text) =>
        new(text.Trim().Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());

    public static ContactProblem Email(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.Contains('@')) return ContactProblem.EmailWithoutAt;
        var at = trimmed.LastIndexOf('@');
        var domain = trimmed[(at + 1)..];
        // MailAddress accepts display names and "a@b"; a resident's address has no spaces and a dotted domain.
        var valid = trimmed.Length <= LongestEmail && !trimmed.Any(char.IsWhiteSpace) && at > 0
            && domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.')
            && MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed;
        return valid ? ContactProblem.None : ContactProblem.EmailIncomplete;
    }
}
