using InfoSociale.Core.KnowledgeBase.Validation;

namespace InfoSociale.Tests.KnowledgeBase;

// One broken fixture per rule (Fixtures/Broken/<case>), each laid over the valid fixture: exactly these lines come out.
public class ValidationRuleTests
{
    [Fact]
    public void The_valid_fixture_has_no_problem_at_all()
    {
        using var kb = new FixtureKnowledgeBase();

        var validated = KnowledgeBaseValidator.LoadAndValidate(kb.Folder, FixtureKnowledgeBase.Today);

        validated.Diagnostics.Should().BeEmpty();
        validated.Catalog.Entries.Should().HaveCount(5);
    }

    [Theory]
    [InlineData("after-cycle", "knowledge-base/ge/droit/ge-droit-bail.yaml:10: error: after: subsidiarity comes back to this entry: ge-droit-bail -> ge-aide -> ge-droit-bail", "knowledge-base/ge/prestation/ge-aide.yaml:28: error: after: subsidiarity comes back to this entry: ge-aide -> ge-droit-bail -> ge-aide")]
    [InlineData("after-unknown-entry", "knowledge-base/ge/prestation/ge-aide.yaml:28: error: after[0]: no entry 'ge-pc-inconnue'")]
    [InlineData("centrality-not-a-theme", "knowledge-base/ge/prestation/ge-aide.yaml:29: error: centrality.benefit[0]: 'logement' is not one of the entry's themes (argent)")]
    [InlineData("implications-unknown-value", "knowledge-base/parcours/implications.txt:3: error: \"retraitee\" is not a value of work (salarie, independant, chomage, sans-emploi, retraite, formation)")]
    [InlineData("available-hours-unreadable", "knowledge-base/ge/urgence/ge-urgence-117.yaml:12: error: available_hours: expected weekdays, times, 'off' or '24/7' but found '24h/24' (at character 1 of '24h/24')")]
    [InlineData("controlled-accessibility", "knowledge-base/ge/structure/ge-str-accueil.yaml:25: error: accessibility[0]: 'fauteuil' is not an allowed value; allowed: wheelchair, hearing-loop, step-free, accessible-toilets, sign-language, easy-read")]
    [InlineData("controlled-fact", "knowledge-base/ge/prestation/ge-aide.yaml:15: error: eligibility[0].fact: 'ages' is not an allowed value (did you mean 'age'?); allowed: age, lives_in_territory, residence_years, household, children, work, income, pension, legal_status, health_insured, disability")]
    [InlineData("controlled-language", "knowledge-base/ge/structure/ge-str-accueil.yaml:26: error: languages[1]: 'english' is not an allowed value; allowed: see knowledge-base/README.md")]
    [InlineData("controlled-public", "knowledge-base/ge/prestation/ge-aide.yaml:11: error: publics[1]: 'famille' is not an allowed value (did you mean 'familles'?); allowed: tous, aines, familles, parents-isoles, jeunes, enfants, petite-enfance, etudiants, nouveaux-habitants, migrants, personnes-handicapees, personnes-precaires, sans-abri, locataires, demandeurs-emploi, travailleurs, proches-aidants, victimes, femmes")]
    [InlineData("controlled-theme", "knowledge-base/ge/prestation/ge-aide.yaml:12: error: themes[1]: 'finances' is not an allowed value; allowed: logement, argent, emploi, sante, famille, education, alimentation, droits-papiers, violence-urgence, vie-de-quartier, formation-langue, handicap, seniors, justice, transport, energie, numerique")]
    [InlineData("date-before-2015", "knowledge-base/ge/prestation/ge-aide.yaml:31: error: last_verified: 2012-03-01 is before 2015; check the sources again")]
    [InlineData("date-in-future", "knowledge-base/ge/prestation/ge-aide.yaml:31: error: last_verified: 2027-01-15 is in the future")]
    [InlineData("date-malformed", "knowledge-base/ge/prestation/ge-aide.yaml:31: error: last_verified: '2026-13-01' is not a date written YYYY-MM-DD")]
    [InlineData("duplicate-id", "knowledge-base/ge/prestation/ge-aide.yaml:1: error: id: 'ge-aide' is already the id of knowledge-base/ge/droit/ge-aide.yaml")]
    [InlineData("duplicate-key", "knowledge-base/ge/prestation/ge-aide.yaml:13: error: the key 'themes' appears twice; keep one of the two lines (merge their values)")]
    [InlineData("eligibility-min-above-max", "knowledge-base/ge/prestation/ge-aide.yaml:15: error: eligibility[0]: min 65 is above max 18")]
    [InlineData("eligibility-unknown-value", "knowledge-base/ge/prestation/ge-aide.yaml:19: error: eligibility[1].in[1]: 'pauvre' is not a value of 'income' (allowed: tres-bas, bas, moyen, eleve)")]
    [InlineData("eligibility-wrong-test", "knowledge-base/ge/prestation/ge-aide.yaml:15: error: eligibility[0]: 'age' is a number fact: test it with min and/or max only")]
    [InlineData("email-malformed", "knowledge-base/ge/structure/ge-str-accueil.yaml:14: error: contact.email: 'accueil(at)example.ch' is not an e-mail address")]
    [InlineData("empty-file", "knowledge-base/ge/prestation/ge-aide.yaml:1: error: the file is empty")]
    [InlineData("entry-outside-kind-folder", "knowledge-base/ge/ge-autre.yaml: error: entries go in a kind folder: ge/<kind>/<id>.yaml")]
    [InlineData("field-not-for-kind", "knowledge-base/ge/prestation/ge-aide.yaml:29: error: opening_hours: only structure entries have this field, not prestation")]
    [InlineData("folder-without-territory-file", "knowledge-base/lyon: error: a territory folder needs a territory.yaml file")]
    [InlineData("geo-out-of-range", "knowledge-base/ge/structure/ge-str-accueil.yaml:22: error: geo.lat: 146.2 is above the maximum 90")]
    [InlineData("id-not-file-name", "knowledge-base/ge/prestation/ge-aide.yaml:1: error: id: 'ge-aide-financiere' differs from the file name 'ge-aide.yaml'")]
    [InlineData("id-without-territory-prefix", "knowledge-base/ge/prestation/paris-aide.yaml:1: error: id: 'paris-aide' must start with 'ge-' (the territory)")]
    [InlineData("kind-not-folder", "knowledge-base/ge/prestation/ge-aide.yaml:2: error: kind: 'droit' but the file is in the 'prestation' folder")]
    [InlineData("kiosk-duplicate-id", "knowledge-base/kiosques.yaml:7: error: kiosques[1].id: 'ge-accueil' is used by another kiosk", "knowledge-base/kiosques.yaml:11: error: kiosques[1].languages: French comes first: the content is in French", "knowledge-base/kiosques.yaml:12: error: kiosques[1].idle_seconds: 5 is below the minimum 30")]
    [InlineData("kiosk-hours-unreadable", "knowledge-base/kiosques.yaml:7: error: kiosques[0].reception_hours: expected weekdays, times, 'off' or '24/7' but found 'lundi 9h-12h' (at character 1 of 'lundi 9h-12h')")]
    [InlineData("kiosk-language-not-offered", "knowledge-base/kiosques.yaml:6: error: kiosques[0].languages[1]: 'de' is not an allowed value; allowed: fr, en, pt, es, ar")]
    [InlineData("kiosk-structure-not-in-territory", "knowledge-base/kiosques.yaml:5: error: kiosques[0].structure: 'paris-str-accueil' is not a structure entry of ge")]
    [InlineData("kiosk-territory-unknown", "knowledge-base/kiosques.yaml:4: error: kiosques[0].territory: 'lyon' is not a territory folder of knowledge-base/")]
    [InlineData("missing-field", "knowledge-base/ge/prestation/ge-aide.yaml:1: error: missing required field 'summary'")]
    [InlineData("not-a-mapping", "knowledge-base/ge/prestation/ge-aide.yaml:1: error: expected 'key: value' lines at the top level of the file")]
    [InlineData("number-not-quoted-for-a-list", "knowledge-base/ge/prestation/ge-aide.yaml:13: error: keywords: expected a list, found text")]
    [InlineData("opening-hours-unreadable", "knowledge-base/ge/structure/ge-str-accueil.yaml:24: error: opening_hours: expected weekdays, times, 'off' or '24/7' but found 'lundi-vendredi 8h-12…' (at character 1 of 'lundi-vendredi 8h-12h')")]
    [InlineData("parcours-unknown-entry", "knowledge-base/parcours/petit.yaml:1: error: question besoin, choice \"Un logement\": no entry \"ge-logement\"")]
    [InlineData("parcours-unreadable", "knowledge-base/parcours/petit.yaml:8: error: a value is missing, or starts with a sign YAML keeps for itself (@ ` % | > * & ! [ {): write the value, or put it in quotes")]
    [InlineData("phone-french-length", "knowledge-base/paris/structure/paris-str-accueil.yaml:11: error: contact.phone: a French number has 9 digits after +33 (found 8); drop the leading 0")]
    [InlineData("phone-not-e164", "knowledge-base/ge/structure/ge-str-accueil.yaml:13: error: contact.phone: '022 418 47 00' is not in the expected form (E.164: + then country code and number, no spaces, e.g. +41224184700)")]
    [InlineData("phone-swiss-length", "knowledge-base/ge/structure/ge-str-accueil.yaml:13: error: contact.phone: a Swiss number has 9 digits after +41 (found 10); drop the leading 0")]
    [InlineData("prestation-without-structure", "knowledge-base/ge/prestation/ge-aide.yaml:1: error: structures: a prestation needs at least one structure (where to go)")]
    [InlineData("source-not-https", "knowledge-base/ge/prestation/ge-aide.yaml:30: error: sources[0]: 'http://www.example.ch/aide' is not in the expected form (an https:// address)")]
    [InlineData("source-not-official", "knowledge-base/ge/prestation/ge-aide.yaml:30: error: sources[0]: www.tdg.ch is not an official domain of ge (accepted domains: analysis/sources.txt); a verified entry cites official pages only (replace it, or set verified: false)")]
    [InlineData("source-other-territory", "knowledge-base/paris/structure/paris-str-accueil.yaml:18: warning: sources[0]: www.example.ch is not an official domain of paris (accepted domains: analysis/sources.txt); cite the page of the body that runs the service", "knowledge-base/paris/structure/paris-str-accueil.yaml:20: warning: verified: false: some facts are still to be confirmed on an official page")]
    [InlineData("source-staging-unverified", "knowledge-base/ge/prestation/ge-aide.yaml:30: warning: sources[0]: staging.example.ch is a staging copy, not the public site; cite the page of the body that runs the service", "knowledge-base/ge/prestation/ge-aide.yaml:32: warning: verified: false: some facts are still to be confirmed on an official page")]
    [InlineData("sources-list-unreadable", "knowledge-base/analysis/sources.txt:5: error: \"https://www.example.fr/eps\" is not a domain: write it as \"ge.ch\", without https:// or a path")]
    [InlineData("structure-missing", "knowledge-base/ge/prestation/ge-aide.yaml:28: error: structures[0]: no entry 'ge-str-acceuil' (did you mean 'ge-str-accueil'?)")]
    [InlineData("structure-not-a-structure", "knowledge-base/ge/prestation/ge-aide.yaml:28: error: structures[1]: 'ge-droit-bail' is a droit, not a structure")]
    [InlineData("structure-other-territory", "knowledge-base/ge/prestation/ge-aide.yaml:28: error: structures[0]: 'paris-str-accueil' belongs to the territory 'paris', not 'ge'")]
    [InlineData("structure-verified-without-hours", "knowledge-base/ge/structure/ge-str-accueil.yaml:1: warning: opening_hours: missing: add the hours from the official page when they are published", "knowledge-base/ge/structure/ge-str-accueil.yaml:29: error: verified: true, but the structure has no opening_hours: add them from the official page or set verified: false")]
    [InlineData("summary-three-sentences", "knowledge-base/ge/prestation/ge-aide.yaml:5: error: summary: 3 sentences; write at most 2 short sentences")]
    [InlineData("summary-too-long", "knowledge-base/ge/prestation/ge-aide.yaml:5: error: summary: too long (250 characters, at most 240)")]
    [InlineData("summary-without-vous", "knowledge-base/ge/droit/ge-droit-bail.yaml:5: warning: summary: does not speak to the resident: write it with \"vous\" (\"Vous pouvez demander…\")")]
    [InlineData("territory-default-structure-missing", "knowledge-base/ge/territory.yaml:9: error: default_structure: no entry 'ge-str-service-social'")]
    [InlineData("territory-default-structure-not-a-structure", "knowledge-base/ge/territory.yaml:9: error: default_structure: 'ge-aide' is a prestation, not a structure")]
    [InlineData("territory-id-duplicate", "knowledge-base/paris/territory.yaml:1: error: id: 'ge' differs from the folder name 'paris'")]
    [InlineData("territory-id-not-folder", "knowledge-base/ge/territory.yaml:1: error: id: 'geneve' differs from the folder name 'ge'")]
    [InlineData("territory-not-folder", "knowledge-base/ge/prestation/ge-aide.yaml:3: error: territory: 'paris' but the file is in the 'ge' folder", "knowledge-base/ge/prestation/ge-aide.yaml:28: error: structures[0]: 'ge-str-accueil' belongs to the territory 'ge', not 'paris'")]
    [InlineData("territory-time-zone-unknown", "knowledge-base/ge/territory.yaml:4: error: time_zone: 'Europe/Geneve' is not a known IANA time zone")]
    [InlineData("unknown-field", "knowledge-base/ge/structure/ge-str-accueil.yaml:1: warning: address: missing: add the address from the official page", "knowledge-base/ge/structure/ge-str-accueil.yaml:16: error: unknown field 'adress' (did you mean 'address'?)", "knowledge-base/ge/structure/ge-str-accueil.yaml:30: error: verified: true, but the structure has no address: add them from the official page or set verified: false")]
    [InlineData("unknown-kind-folder", "knowledge-base/ge/prestations: error: unknown kind folder 'prestations' (kinds: prestation, droit, structure, urgence)")]
    [InlineData("unknown-nested-field", "knowledge-base/ge/structure/ge-str-accueil.yaml:14: error: contact: unknown field 'mail' (did you mean 'email'?)")]
    [InlineData("urgence-missing-fields", "knowledge-base/ge/urgence/ge-urgence-117.yaml:1: error: missing required field 'number' (an urgence needs number, when_to_call, available_hours)", "knowledge-base/ge/urgence/ge-urgence-117.yaml:1: error: missing required field 'available_hours' (an urgence needs number, when_to_call, available_hours)")]
    [InlineData("urgence-number-not-digits", "knowledge-base/ge/urgence/ge-urgence-117.yaml:10: error: number: '1-1-7' is not in the expected form (digits only, as dialled, e.g. \"117\" or \"0800222210\")")]
    [InlineData("warning-empty-optional-value", "knowledge-base/ge/structure/ge-str-accueil.yaml:14: warning: contact.email: empty value; fill it in or remove the line")]
    [InlineData("warning-stale", "knowledge-base/ge/prestation/ge-aide.yaml:31: warning: last_verified: 2025-06-30 is more than 12 months ago; check the sources again")]
    [InlineData("warning-structure-incomplete", "knowledge-base/ge/structure/ge-str-accueil.yaml:1: warning: contact: no phone, e-mail or website: how do residents reach this structure?", "knowledge-base/ge/structure/ge-str-accueil.yaml:1: warning: opening_hours: missing: add the hours from the official page when they are published", "knowledge-base/ge/structure/ge-str-accueil.yaml:1: warning: address: missing: add the address from the official page", "knowledge-base/ge/structure/ge-str-accueil.yaml:20: error: verified: true, but the structure has no address and no opening_hours: add them from the official page or set verified: false")]
    [InlineData("warning-unverified", "knowledge-base/ge/prestation/ge-aide.yaml:32: warning: verified: false: some facts are still to be confirmed on an official page")]
    [InlineData("website-not-french", "knowledge-base/ge/structure/ge-str-accueil.yaml:15: error: contact.website: 'https://www.example.ch/en/welcome' is the 'en' version of the page; link the French page")]
    [InlineData("website-not-a-url", "knowledge-base/ge/structure/ge-str-accueil.yaml:15: error: contact.website: 'https://' is not a full web address (https://…)")]
    [InlineData("wrong-type", "knowledge-base/ge/prestation/ge-aide.yaml:32: error: verified: expected true or false, found text")]
    [InlineData("yaml-syntax", "knowledge-base/ge/prestation/ge-aide.yaml:12: error: a '[ ]' or '{ }' list opened on this line is not closed: close it with ']' or '}' on the same line")]
    [InlineData("yml-extension", "knowledge-base/ge/prestation/ge-autre.yml: error: rename the file with the .yaml extension")]
    public void Each_broken_fixture_reports_exactly_its_problem(string brokenCase, params string[] expected)
    {
        using var kb = new FixtureKnowledgeBase(brokenCase);

        var validated = KnowledgeBaseValidator.LoadAndValidate(kb.Folder, FixtureKnowledgeBase.Today);

        validated.Diagnostics.Select(d => d.ToString()).Should().Equal(expected);
    }

    [Fact]
    public void Every_broken_fixture_has_its_row_in_the_table()
    {
        var tested = typeof(ValidationRuleTests).GetMethod(nameof(Each_broken_fixture_reports_exactly_its_problem))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(row => (string)row.GetData(null!).Single()[0]);

        FixtureKnowledgeBase.BrokenCases().Should().BeEquivalentTo(tested);
    }
}
