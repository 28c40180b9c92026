namespace InfoSociale.Core.Search.Fts;

// What BM25 needs about one territory's entries: how many there are, the average length of each field,
// and in how many entries each term occurs.
internal sealed record TerritoryStatistics(
    string Territory,
    string FtsTable,
    int Documents,
    double[] AverageFieldLengths,
    IReadOnlyDictionary<string, int> TermDocuments)
{
    public int DocumentsWith(string term) => TermDocuments.GetValueOrDefault(term);

    // BM25's inverse document frequency; a term no entry holds gets the highest value.
    public double Idf(string term)
    {
        var n = DocumentsWith(term);
        return Math.Log(1 + (Documents - n + 0.5) / (n + 0.5));
    }
}
