using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace InfoSociale.Core.Handoff;

// A reference a resident can read out on the phone: the territory's two letters, a dash, four characters from an
// alphabet without 0/O and 1/I ("GE-7K3F", "PA-X4QM"); 32^4 ≈ one million per territory, a collision is drawn again.
public static partial class TicketReference
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const int Length = 4;

    public static string Prefix(string territory) => territory[..Math.Min(2, territory.Length)].ToUpperInvariant();

    public static string New(string territory) =>
        $"{Prefix(territory)}-{new string(Enumerable.Range(0, Length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray())}";

    // The first reference written in a message ("Où en est ma demande ge-7k3f ?" -> "GE-7K3F"), in any case, with a
    // dash or, when the code holds a digit, a space ("pa x4qm" is one, "pa vous" is not).
    public static string? Find(string text, IEnumerable<string> territories)
    {
        var prefixes = territories.Select(Prefix).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in Pattern().Matches(text))
        {
            var (prefix, code) = (m.Groups[1].Value.ToUpperInvariant(), m.Groups[3].Value.ToUpperInvariant());
            if (prefixes.Contains(prefix) && (m.Groups[2].Value == "-" || code.Any(char.IsAsciiDigit))) return $"{prefix}-{code}";
        }
        return null;
    }

    [GeneratedRegex(@"\b([A-Za-z]{2})(-|\s)([2-9A-HJ-NP-Za-hj-np-z]{4})\b")]
    private static partial Regex Pattern();
}
