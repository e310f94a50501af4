namespace Huli.Matchmaking.Matcher.Ranking.Features;

/// <summary>BM25 as the search index computes it (k1 1.2, b 0.75, Lucene's never-negative IDF), for the
/// re-ranking features that score words and Han character pairs in memory.</summary>
internal static class Bm25Formula
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public static double Idf(int documents, int documentFrequency) =>
        Math.Log(1 + ((documents - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>The length part of the denominator, once per field of a result.</summary>
    public static double LengthNorm(int length, double averageLength) => K1 * (1 - B + (B * length / averageLength));

    /// <summary>A term's saturated frequency, to be weighed by its IDF and its count in the query.</summary>
    public static double Saturated(int termFrequency, double lengthNorm) => termFrequency * (K1 + 1) / (termFrequency + lengthNorm);
}
