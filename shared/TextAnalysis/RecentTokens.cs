using System.Collections.Concurrent;

namespace Huli.Matchmaking.TextAnalysis;

/// <summary>
/// The tokens of the texts analysed most recently, shared by the whole process. One record's text is analysed
/// several times within moments: sorting segments it for keywords, classification and its fingerprint, the
/// Results index and (in the embedded host) the Matcher's index each tokenise it again, and segmentation is the
/// largest cost of an import. Analysis is a pure function of the text, so a recent answer is as good as a new one.
/// </summary>
/// <remarks>Two generations bound the memory: when the newer one is full it becomes the older one and the
/// oldest is dropped, so a text stays while it is among the last 16,384 to 32,768 analysed (up to about 100 MB for
/// abstracts) and a hit in the older generation is carried into the newer one. An import sorts a batch of 2,000
/// records (6,000 texts) while it stores the one before, and the Matcher takes them in another batch behind:
/// a text has to outlive about three batches to be read back by both indexes. At 4,096 it mostly did not, and
/// both segmented it again.</remarks>
internal static class RecentTokens
{
    public const int GenerationSize = 16_384;

    // Short texts are cheap to segment again; keeping them would only crowd out the long ones.
    private const int MinimumLength = 16;

    private static readonly Lock Rotation = new();
    private static Generation newer = new();
    private static Generation older = new();

    public static IReadOnlyList<string> GetOrAdd(string text, Func<string, List<string>> analyse)
    {
        if (text.Length < MinimumLength)
        {
            return analyse(text);
        }

        var current = newer;
        if (current.Texts.TryGetValue(text, out var tokens))
        {
            return tokens;
        }

        if (!older.Texts.TryGetValue(text, out tokens))
        {
            tokens = [.. analyse(text)];
        }

        if (current.Texts.TryAdd(text, tokens) && Interlocked.Increment(ref current.Count) >= GenerationSize)
        {
            Rotate(current);
        }

        return tokens;
    }

    private static void Rotate(Generation full)
    {
        lock (Rotation)
        {
            // Another thread may have rotated already.
            if (ReferenceEquals(newer, full))
            {
                older = full;
                newer = new Generation();
            }
        }
    }

    /// <summary>Texts and their tokens, counted apart: ConcurrentDictionary.Count takes every lock of the table,
    /// and it was read after each text added.</summary>
    private sealed class Generation
    {
        public readonly ConcurrentDictionary<string, string[]> Texts = new(StringComparer.Ordinal);
        public int Count;
    }
}
