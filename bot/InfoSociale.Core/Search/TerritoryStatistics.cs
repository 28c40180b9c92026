using Lucene.Net.Index;

namespace InfoSociale.Core.Search;

// What BM25 needs about one territory's entries: how many there are, the average length of each field
// (written by the builder in the commit), and in how many entries each term occurs (the index's own
// document frequency of the territory's field).
internal sealed class TerritoryStatistics(string territory, int documents, double[] averageFieldLengths, IndexReader reader)
{
    private readonly string field = IndexFields.TermsIn(territory);

    public string Territory => territory;

    public int Documents => documents;

    public double[] AverageFieldLengths => averageFieldLengths;

    public int DocumentsWith(string term) => reader.DocFreq(new Term(field, term));

    // BM25's inverse document frequency; a term no entry holds gets the highest value.
    public double Idf(string term)
    {
        var n = DocumentsWith(term);
        return Math.Log(1 + (Documents - n + 0.5) / (n + 0.5));
    }
}
