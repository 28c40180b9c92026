using InfoSociale.Core.KnowledgeBase;
using InfoSociale.Core.KnowledgeBase.Loading;

namespace InfoSociale.Tests.KnowledgeBase;

public class SchemaRuleTests
{
    [Theory]
    [InlineData("entry.schema.json")]
    [InlineData("territory.schema.json")]
    public void The_shipped_schemas_use_only_supported_keywords(string file)
    {
        var compile = () => SchemaRule.Compile(KnowledgeBaseLoader.EmbeddedSchema(file));

        compile.Should().NotThrow();
    }

    [Fact]
    public void The_embedded_schema_is_the_file_in_the_repository()
    {
        var onDisk = File.ReadAllText(Path.Combine(Core.ProjectPaths.KnowledgeBase, "schema", "entry.schema.json"));

        KnowledgeBaseLoader.EmbeddedSchema("entry.schema.json").Should().Be(onDisk);
    }

    [Theory]
    [InlineData("""{ "type": "object", "oneOf": [] }""", "schema #: keyword 'oneOf' ([]) is not supported by SchemaRule")]
    [InlineData("""{ "properties": { "a": { "$ref": "#/$defs/missing" } } }""", "schema #/properties/a: cannot resolve $ref '#/$defs/missing'")]
    [InlineData("""{ "properties": { "a": { "type": "text" } } }""", "schema #/properties/a: type 'text' is not a JSON Schema type")]
    public void Refuses_a_schema_it_cannot_fully_apply(string schema, string message)
    {
        var compile = () => SchemaRule.Compile(schema);

        compile.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void The_controlled_lists_come_from_the_schema()
    {
        ControlledLists.Publics.Should().HaveCount(19).And.Contain(["tous", "aines", "femmes"]);
        ControlledLists.Themes.Should().HaveCount(17).And.Contain(["logement", "numerique"]);
    }
}
