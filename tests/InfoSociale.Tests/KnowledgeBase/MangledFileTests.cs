using InfoSociale.Core.KnowledgeBase.Validation;

namespace InfoSociale.Tests.KnowledgeBase;

// Whatever an editor's slip does to a file, kb validate answers with diagnostics, never with an exception.
public class MangledFileTests
{
    private const string Victim = "knowledge-base/ge/structure/ge-str-accueil.yaml";
    private static readonly string[] Debris = [":", "- ", "[", "]", "{", "}", "\"", "'", "\t", "\n", "  ", "#", "&a", "*a", "!!int ", "|", ">", "---\n", "~", "1e999"];

    [Fact]
    public void Mangled_copies_of_a_valid_entry_never_throw()
    {
        using var kb = new FixtureKnowledgeBase();
        var path = Path.Combine(kb.Root, Victim);
        var original = File.ReadAllText(path);
        var random = new Random(20261121);

        for (var round = 0; round < 300; round++)
        {
            var text = original;
            for (var edit = random.Next(1, 4); edit > 0; edit--)
            {
                var at = random.Next(text.Length);
                text = random.Next(3) switch
                {
                    0 => text.Remove(at, Math.Min(random.Next(1, 12), text.Length - at)),
                    1 => text.Insert(at, Debris[random.Next(Debris.Length)]),
                    _ => text[..at] + text[at..].ToUpperInvariant(),
                };
            }
            File.WriteAllText(path, text);

            var validate = () => KnowledgeBaseValidator.LoadAndValidate(kb.Folder, FixtureKnowledgeBase.Today);

            validate.Should().NotThrow($"round {round} wrote:\n{text}");
        }
    }
}
