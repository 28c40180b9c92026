using System.Globalization;
using System.Text.RegularExpressions;
using InfoSociale.Core.Places;

namespace InfoSociale.Core.KnowledgeBase.Validation;

// Each condition tests its fact the way the fact's type allows (see EligibilityFacts), with known values only.
internal sealed class EligibilityRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        foreach (var (entry, source, _, _, _) in knowledgeBase.LoadedEntries)
            for (var i = 0; i < entry.Eligibility.Count; i++)
                foreach (var (path, problem) in Problems(entry.Eligibility[i], $"eligibility[{i}]"))
                    yield return source.Error(path, problem);
    }

    private static IEnumerable<(string Path, string Problem)> Problems(EligibilityCondition condition, string path)
    {
        if (!EligibilityFacts.Types.TryGetValue(condition.Fact, out var type)) yield break; // the schema reported it
        var tests = new[] { condition.Min is not null || condition.Max is not null, condition.In.Count > 0, condition.EqualsValue is not null };
        var expected = type switch
        {
            FactType.Number => (Index: 0, Words: "min and/or max"),
            FactType.Value => (Index: 1, Words: "in: [values]"),
            _ => (Index: 2, Words: "equals: true or false"),
        };
        if (tests.Count(t => t) != 1 || !tests[expected.Index])
        {
            yield return (path, $"'{condition.Fact}' is a {type.ToString().ToLowerInvariant()} fact: test it with {expected.Words} only");
            yield break;
        }
        if (condition is { Min: { } min, Max: { } max } && min > max)
            yield return (path, $"min {min.ToString(CultureInfo.InvariantCulture)} is above max {max.ToString(CultureInfo.InvariantCulture)}");
        if (type != FactType.Value) yield break;
        var allowed = EligibilityFacts.Values[condition.Fact];
        for (var v = 0; v < condition.In.Count; v++)
            if (!allowed.Contains(condition.In[v]))
                yield return ($"{path}.in[{v}]", $"'{condition.In[v]}' is not a value of '{condition.Fact}' (allowed: {string.Join(", ", allowed)})");
    }
}

// A summary is at most two short sentences (the 240-character limit is in the schema).
internal sealed partial class SummaryRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        foreach (var (entry, source, _, _, _) in knowledgeBase.LoadedEntries)
        {
            var sentences = SentenceEnd().Count(entry.Summary);
            if (sentences > 2)
                yield return source.Error("summary", $"{sentences} sentences; write at most 2 short sentences");
        }
    }

    // A sentence ends with . ! ? or … followed by the end of the text or by a capital letter.
    [GeneratedRegex(@"[.!?…]+(?=\s+\p{Lu}|\s*$)")]
    private static partial Regex SentenceEnd();
}

// E.164 is checked by the schema; here the national number length of the two countries we serve.
internal sealed class PhoneNumberRule : IKnowledgeBaseRule
{
    private static readonly (string Prefix, string Country, int Digits)[] NationalLengths =
    [
        ("+41", "Swiss", 9),
        ("+33", "French", 9),
    ];

    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        foreach (var (entry, source, _, _, _) in knowledgeBase.LoadedEntries)
        {
            if (entry.Contact?.Phone is not { } phone || !phone.StartsWith('+') || !phone[1..].All(char.IsAsciiDigit)) continue;
            foreach (var (prefix, country, digits) in NationalLengths.Where(n => phone.StartsWith(n.Prefix, StringComparison.Ordinal)))
            {
                var national = phone.Length - prefix.Length;
                if (national != digits)
                    yield return source.Error("contact.phone", $"a {country} number has {digits} digits after {prefix} (found {national}); drop the leading 0");
            }
        }
    }
}

// The website a card links to is the French page: residents read French, and official sites put their
// translations under a language folder ("https://www.geneve.ch/en/themes/social").
internal sealed class FrenchWebsiteRule : IKnowledgeBaseRule
{
    private static readonly string[] OtherLanguages = ["en", "de", "it", "es", "pt"];

    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        foreach (var (entry, source, _, _, _) in knowledgeBase.LoadedEntries)
        {
            if (entry.Contact?.Website is not { } website || !Uri.TryCreate(website, UriKind.Absolute, out var uri)) continue;
            var folder = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (folder is not null && OtherLanguages.Contains(folder.ToLowerInvariant()))
                yield return source.Error("contact.website", $"'{website}' is the '{folder}' version of the page; link the French page");
        }
    }
}

// Structure opening_hours and urgence available_hours are OpenStreetMap opening_hours that OpeningHours can read.
internal sealed class OpeningHoursRule : IKnowledgeBaseRule
{
    public IEnumerable<KbDiagnostic> Check(LoadedKnowledgeBase knowledgeBase)
    {
        foreach (var (entry, source, _, _, _) in knowledgeBase.LoadedEntries)
            foreach (var (path, value) in new[] { ("opening_hours", entry.OpeningHours), ("available_hours", entry.AvailableHours) })
                if (value is not null && !OpeningHours.TryParse(value, out _, out var error))
                    yield return source.Error(path, error!);
    }
}
