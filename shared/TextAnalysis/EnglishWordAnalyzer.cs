using System.Buffers;
using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Huli.Matchmaking.TextAnalysis;

/// <summary>Turns one lowercased word run into its index form: stop words dropped, English words stemmed with
/// Snowball's English (Porter2) stemmer so that "inspecting" and "inspection" meet.</summary>
internal static class EnglishWordAnalyzer
{
    // Stemming costs about a microsecond a word and abstracts repeat their vocabulary, so stems are kept; the
    // cap bounds the memory (a few MB) if a process meets an endless stream of new words; past it they are
    // stemmed each time.
    private const int MaxCachedStems = 50_000;

    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock; a counter of our own does not.
    private static int s_cachedStems;

    private static readonly SearchValues<char> LowercaseLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    // The Snowball stemmer keeps its word in instance fields, so each thread gets its own.
    [ThreadStatic]
    private static EnglishStemmer? t_stemmer;

    public static string? Analyze(string word)
    {
        if (StopWords.IsEnglish(word))
        {
            return null;
        }

        // Model numbers and units ("yolov8", "5g", "0.1mm") and other scripts are kept verbatim: stemming
        // them would only damage them.
        if (word.AsSpan().ContainsAnyExcept(LowercaseLetters))
        {
            return word;
        }

        if (Stems.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stemmer = t_stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        var stem = stemmer.Current;
        if (Volatile.Read(ref s_cachedStems) < MaxCachedStems && Stems.TryAdd(word, stem))
        {
            Interlocked.Increment(ref s_cachedStems);
        }

        return stem;
    }
}
