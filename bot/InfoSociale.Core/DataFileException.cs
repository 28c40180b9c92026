namespace InfoSociale.Core;

// A data file an editor wrote (lexicon, quartiers, glossary, parcours) has a line we cannot read.
public sealed class DataFileException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
