using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace InfoSociale.Core.Places;

// Parses the subset of OpenStreetMap opening_hours that public services use (https://wiki.openstreetmap.org/wiki/Key:opening_hours):
//   24/7 · rules separated by ';' (a later rule overrides earlier ones on the days it names) · month ranges "Nov-Mar" ·
//   weekday ranges and lists "Mo-Fr", "Mo,We,Fr", "Sa" · time spans "08:30-12:00,13:30-17:00", past midnight
//   "19:15-08:15" · "off"/"closed", "open" · a trailing "comment".
// Public and school holidays (PH, SH) are out of scope: a rule naming only PH/SH is accepted and ignored, and PH/SH
// are dropped from a weekday list ("Su,PH off" closes Sundays).
// Anything else (week numbers, "Mo[1]", "sunrise", "18:00+", "||") is rejected with a precise FormatException.
internal static partial class OpeningHoursParser
{
    private static readonly string[] WeekdayNames = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static OpeningHours Parse(string text)
    {
        if (text.Split(';').All(string.IsNullOrWhiteSpace)) throw new FormatException("opening hours are empty");
        var rules = new List<OpeningRule>();
        var offset = 0;
        foreach (var part in text.Split(';'))
        {
            if (part.Trim().Length > 0 && new RuleReader(text, part, offset).Read() is { } rule) rules.Add(rule);
            offset += part.Length + 1;
        }
        return new OpeningHours(text.Trim(), rules);
    }

    // Reads one rule: [months] [weekdays] [24/7 | times | off | closed | open] ["comment"].
    private sealed class RuleReader(string whole, string part, int offset)
    {
        private int _at;

        public OpeningRule? Read()
        {
            SkipSpaces();
            var months = Peek(MonthToken()) ? ReadList(MonthNames, "month") : null;
            var holidaysOnly = false;
            HashSet<DayOfWeek>? days = null;
            if (Peek(DayToken()))
            {
                var (weekdays, namedHolidays) = ReadDays();
                days = weekdays.Count > 0 ? weekdays : null;
                holidaysOnly = weekdays.Count == 0 && namedHolidays;
            }
            var spans = ReadState(selected: months is not null || days is not null || holidaysOnly);
            if (Peek(CommentToken())) Take(CommentToken());
            if (_at < part.Length) Fail($"unexpected '{Rest()}' (separate rules with ';')");
            return holidaysOnly ? null : new OpeningRule(months?.Select(m => m + 1).ToHashSet(), days, spans);
        }

        private IReadOnlyList<MinuteSpan> ReadState(bool selected)
        {
            if (TryWord("24/7") || TryWord("open")) return [OpeningHours.WholeDay];
            if (TryWord("off") || TryWord("closed")) return [];
            if (Peek(TimeToken())) return ReadTimes();
            if (!selected) Fail($"expected weekdays, times, 'off' or '24/7' but found '{Rest()}'");
            if (_at < part.Length && !Peek(CommentToken())) Fail($"expected times such as 08:30-12:00, 'off' or 'open' but found '{Rest()}'");
            return [OpeningHours.WholeDay];
        }

        private List<MinuteSpan> ReadTimes()
        {
            var spans = new List<MinuteSpan>();
            do
            {
                var at = _at;
                var start = ReadTime();
                if (Peek(PlusToken())) Fail("open-ended times ('18:00+') are not supported; give an end time");
                Expect('-', "a time span needs an end, e.g. 08:30-12:00");
                var end = ReadTime();
                if (start >= 24 * 60) FailAt(at, "a time span starts at 24:00 at the latest");
                if (end == start) FailAt(at, "a time span cannot start and end at the same time");
                spans.Add(new MinuteSpan(start, end < start ? end + 24 * 60 : end));
            }
            while (TryComma(TimeToken()));
            return spans;
        }

        private int ReadTime()
        {
            var at = _at;
            if (!Peek(TimeToken())) Fail($"expected a time HH:MM but found '{Rest()}'");
            var match = Take(TimeToken());
            var (hours, minutes) = (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
            if (minutes > 59 || hours > 48 || (hours * 60 + minutes) > 48 * 60) FailAt(at, $"'{match.Value}' is not a valid time");
            return hours * 60 + minutes;
        }

        private (HashSet<DayOfWeek> Days, bool NamedHolidays) ReadDays()
        {
            var days = new HashSet<DayOfWeek>();
            var holidays = false;
            do
            {
                var at = _at;
                var name = Take(DayToken()).Value;
                if (name is "PH" or "SH") { holidays = true; continue; }
                if (Peek(NthToken())) FailAt(_at, "nth weekday selectors such as 'Mo[1]' are not supported");
                var first = Index(WeekdayNames, name, at, "weekday");
                var last = first;
                if (TryDash()) { at = _at; last = Index(WeekdayNames, Take(DayToken()).Value, at, "weekday"); }
                for (var i = first; ; i = (i + 1) % 7)
                {
                    days.Add((DayOfWeek)((i + 1) % 7)); // Mo is index 0, DayOfWeek.Monday is 1
                    if (i == last) break;
                }
            }
            while (TryComma(DayToken()));
            return (days, holidays);
        }

        private List<int> ReadList(string[] names, string what)
        {
            var values = new List<int>();
            do
            {
                var at = _at;
                var first = Index(names, Take(MonthToken()).Value, at, what);
                var last = first;
                if (TryDash()) { at = _at; last = Index(names, Take(MonthToken()).Value, at, what); }
                for (var i = first; ; i = (i + 1) % names.Length)
                {
                    values.Add(i);
                    if (i == last) break;
                }
            }
            while (TryComma(MonthToken()));
            return values;
        }

        private int Index(string[] names, string name, int at, string what)
        {
            var index = Array.IndexOf(names, name);
            if (index < 0 && what == "month" && WeekdayNames.Contains(name[..2]))
                FailAt(at, $"unknown month '{name}' (weekdays are written with two letters: {string.Join(" ", WeekdayNames)})");
            if (index < 0) FailAt(at, $"unknown {what} '{name}' (use {string.Join(" ", names)})");
            return index;
        }

        private bool TryWord(string word)
        {
            var token = new Regex(@"\G" + Regex.Escape(word) + @"(?![A-Za-z0-9/])");
            if (!Peek(token)) return false;
            Take(token);
            return true;
        }

        private bool TryDash()
        {
            if (_at >= part.Length || part[_at] != '-') return false;
            _at++;
            SkipSpaces();
            return true;
        }

        // A comma continues a list only when the next item is of the same sort ("Mo,We" or "08:00-12:00, 14:00-18:00").
        private bool TryComma(Regex next)
        {
            var save = _at;
            if (_at < part.Length && part[_at] == ',')
            {
                _at++;
                SkipSpaces();
                if (Peek(next)) return true;
            }
            _at = save;
            return false;
        }

        private void Expect(char c, string message)
        {
            if (_at >= part.Length || part[_at] != c) Fail(message);
            _at++;
            SkipSpaces();
        }

        private bool Peek(Regex token) => token.Match(part, _at) is { Success: true } m && m.Index == _at;

        private Match Take(Regex token)
        {
            var match = token.Match(part, _at);
            if (!match.Success || match.Index != _at) Fail($"unexpected '{Rest()}'");
            _at += match.Length;
            SkipSpaces();
            return match;
        }

        private void SkipSpaces()
        {
            while (_at < part.Length && part[_at] == ' ') _at++;
        }

        private string Rest()
        {
            var rest = part[_at..].Trim();
            return rest.Length > 20 ? rest[..20] + "…" : rest;
        }

        [DoesNotReturn]
        private void Fail(string message) => FailAt(_at, message);

        [DoesNotReturn]
        private void FailAt(int at, string message) =>
            throw new FormatException($"{message} (at character {offset + at + 1} of '{whole.Trim()}')");
    }

    [GeneratedRegex(@"\G[A-Z][a-z]{2}\b")]
    private static partial Regex MonthToken();

    [GeneratedRegex(@"\G(?:[A-Z][a-z]|PH|SH)\b")]
    private static partial Regex DayToken();

    [GeneratedRegex(@"\G([0-9]{1,2}):([0-9]{2})")]
    private static partial Regex TimeToken();

    [GeneratedRegex(@"\G""[^""]*""")]
    private static partial Regex CommentToken();

    [GeneratedRegex(@"\G\+")]
    private static partial Regex PlusToken();

    [GeneratedRegex(@"\G\[")]
    private static partial Regex NthToken();
}
