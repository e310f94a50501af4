using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Huli.Matchmaking.TextAnalysis;

/// <summary>
/// jieba's accurate cut with HMM (<c>JiebaSegmenter.Cut(text, cutAll: false, hmm: true)</c>) of a Han run, on
/// jieba's own data (dict.txt, prob_trans.json, prob_emit.json) and with jieba.NET's exact arithmetic and tie
/// breaks, so the words are the same. jieba.NET spends about a microsecond per character on regex splits, a
/// substring for every dictionary probe and dictionaries for the DAG, the route and each Viterbi step; here the
/// probes are trie steps and the DAG, route and Viterbi tables are arrays: about 0.18 µs a character against 1.1
/// on the CSL abstracts (six times faster), which matters because every record and query is cut. Immutable after construction, so any number of threads may cut at once.
/// </summary>
internal sealed class JiebaWordCut
{
    // jieba.NET's Constants.MinProb, as Python jieba's MIN_FLOAT: the log probability of what the model never saw.
    private const double MinProb = -3.14e100;

    private const int B = 0;
    private const int M = 1;
    private const int E = 2;
    private const int S = 3;

    // jieba.NET's FinalSeg.Viterbi start probabilities (hard-coded there too), in B, M, E, S order.
    private static readonly double[] StartProbabilities = [-0.26268660809250016, -3.14e+100, -3.14e+100, -1.4652633398537678];

    // The states a state may follow, in jieba.NET's order: on a tie the later one wins.
    private static readonly int[][] PreviousStates = [[E, S], [M, B], [B, M], [S, E]];

    private const int StackLimit = 256;

    private readonly double _logTotal;
    private readonly double[,] _transitions;
    private readonly Dictionary<char, double[]> _emissions;

    private JiebaWordCut(Dictionary<string, int> frequencies, double total, double[,] transitions, Dictionary<char, double[]> emissions)
    {
        Dictionary = PrefixTrie.Build(frequencies);
        _logTotal = Math.Log(total);
        _transitions = transitions;
        _emissions = emissions;
    }

    /// <summary>Loads jieba's main dictionary and HMM from <paramref name="jiebaDirectory"/> and adds the extra
    /// words in order, as <c>WordDictionary.AddWord</c> would (a word added twice keeps its last frequency).</summary>
    public static JiebaWordCut Load(string jiebaDirectory, IEnumerable<(string Word, int Frequency)> extraWords)
    {
        var frequencies = new Dictionary<string, int>(600_000, StringComparer.Ordinal);
        var total = 0.0;
        foreach (var line in File.ReadLines(Path.Combine(jiebaDirectory, "dict.txt"), Encoding.UTF8))
        {
            var parts = line.Split(' ');
            if (parts.Length < 2)
            {
                continue;
            }

            var word = parts[0];
            var frequency = int.Parse(parts[1], CultureInfo.InvariantCulture);
            frequencies[word] = frequency;
            total += frequency;
            for (var length = 1; length < word.Length; length++)
            {
                frequencies.TryAdd(word[..length], 0);
            }
        }

        foreach (var (word, frequency) in extraWords)
        {
            if (frequencies.TryGetValue(word, out var old) && old > 0)
            {
                total -= old;
            }

            frequencies[word] = frequency;
            total += frequency;
            for (var length = 1; length <= word.Length; length++)
            {
                frequencies.TryAdd(word[..length], 0);
            }
        }

        return new JiebaWordCut(frequencies, total, LoadTransitions(jiebaDirectory), LoadEmissions(jiebaDirectory));
    }

    /// <summary>Words with their frequency and every prefix of a word with 0, as jieba's WordDictionary.Trie.</summary>
    public PrefixTrie Dictionary { get; }

    /// <summary>A word of the dictionary (not only a prefix of one).</summary>
    public bool ContainsWord(ReadOnlySpan<char> word) => Dictionary.Find(word) is var node && node != PrefixTrie.None && Dictionary.Frequency(node) > 0;

    /// <summary>Adds the words of a run of Han characters (no spaces, no Latin letters) to <paramref name="words"/>.
    /// Characters jieba's block pattern leaves out (extension A, compatibility ideographs) come out one by one, as
    /// jieba gives them.</summary>
    public void Cut(string hanRun, List<string> words)
    {
        var start = 0;
        while (start < hanRun.Length)
        {
            var end = start;
            while (end < hanRun.Length && IsBlockCharacter(hanRun[end]))
            {
                end++;
            }

            if (end == start)
            {
                words.Add(Character(hanRun[start]));
                start++;
                continue;
            }

            CutBlock(hanRun, start, end - start, words);
            start = end;
        }
    }

    // jieba.NET's RegexChineseDefault class; in a Han run only the CJK range can occur.
    private static bool IsBlockCharacter(char character) => character is >= '\u4E00' and <= '\u9FD5';

    private void CutBlock(string text, int offset, int length, List<string> words)
    {
        var block = text.AsSpan(offset, length);
        var rentedKeys = length + 1 > StackLimit ? ArrayPool<int>.Shared.Rent(length + 1) : null;
        var rentedScores = length + 1 > StackLimit ? ArrayPool<double>.Shared.Rent(length + 1) : null;
        var routeEnd = rentedKeys is null ? stackalloc int[length + 1] : rentedKeys.AsSpan(0, length + 1);
        var routeScore = rentedScores is null ? stackalloc double[length + 1] : rentedScores.AsSpan(0, length + 1);
        try
        {
            Route(block, routeEnd, routeScore);

            // Single characters in a row go to the HMM together; words of two or more go out as they are.
            var bufferStart = 0;
            var position = 0;
            while (position < length)
            {
                var next = routeEnd[position] + 1;
                if (next - position > 1)
                {
                    FlushBuffer(text, offset + bufferStart, position - bufferStart, words);
                    var word = text.AsSpan(offset + position, next - position);
                    words.Add(Dictionary.Word(Dictionary.Find(word), word));
                    bufferStart = next;
                }

                position = next;
            }

            FlushBuffer(text, offset + bufferStart, length - bufferStart, words);
        }
        finally
        {
            if (rentedKeys is not null)
            {
                ArrayPool<int>.Shared.Return(rentedKeys);
                ArrayPool<double>.Shared.Return(rentedScores!);
            }
        }
    }

    // The DAG of dictionary words and the best route through it, right to left, as JiebaSegmenter.GetDag and
    // Calc: each step's candidates in ascending end order (a walk down the trie), the first of equal scores kept.
    private void Route(ReadOnlySpan<char> block, Span<int> routeEnd, Span<double> routeScore)
    {
        var length = block.Length;
        routeScore[length] = 0.0;
        for (var start = length - 1; start >= 0; start--)
        {
            var bestEnd = -1;
            var bestScore = double.MinValue;
            var found = false;
            var node = Dictionary.Root(block[start]);
            for (var end = start; node != PrefixTrie.None; node = ++end < length ? Dictionary.Child(node, block[end]) : PrefixTrie.None)
            {
                if (Dictionary.Frequency(node) > 0)
                {
                    found = true;
                    var score = Dictionary.LogFrequency(node) - _logTotal + routeScore[end + 1];
                    if (bestScore < score)
                    {
                        bestScore = score;
                        bestEnd = end;
                    }
                }
            }

            if (!found)
            {
                // No word starts here: the character alone, with jieba's default frequency of 1.
                bestScore = Math.Log(1) - _logTotal + routeScore[start + 1];
                bestEnd = start;
            }

            routeEnd[start] = bestEnd;
            routeScore[start] = bestScore;
        }
    }

    // JiebaSegmenter.AddBufferToWordList: a lone character stays; a run that is a dictionary word is split into
    // characters (the route preferred them); any other run is cut by the HMM, which finds new words.
    private void FlushBuffer(string text, int offset, int length, List<string> words)
    {
        if (length == 0)
        {
            return;
        }

        if (length == 1 || ContainsWord(text.AsSpan(offset, length)))
        {
            for (var index = 0; index < length; index++)
            {
                words.Add(Character(text[offset + index]));
            }

            return;
        }

        Viterbi(text, offset, length, words);
    }

    // FinalSeg.Viterbi.ViterbiCut over B(egin), M(iddle), E(nd), S(ingle) with jieba.NET's tie breaks.
    private void Viterbi(string text, int offset, int length, List<string> words)
    {
        var back = ArrayPool<byte>.Shared.Rent(length * 4);
        try
        {
            Span<double> previous = stackalloc double[4];
            Span<double> current = stackalloc double[4];
            var emission = Emission(text[offset]);
            for (var state = 0; state < 4; state++)
            {
                previous[state] = StartProbabilities[state] + emission[state];
            }

            for (var index = 1; index < length; index++)
            {
                emission = Emission(text[offset + index]);
                for (var state = 0; state < 4; state++)
                {
                    var bestFrom = 0;
                    var best = double.MinValue;
                    foreach (var from in PreviousStates[state])
                    {
                        var probability = previous[from] + _transitions[from, state] + emission[state];
                        if (best <= probability)
                        {
                            best = probability;
                            bestFrom = from;
                        }
                    }

                    current[state] = best;
                    back[index * 4 + state] = (byte)bestFrom;
                }

                current.CopyTo(previous);
            }

            var states = length <= StackLimit ? stackalloc byte[length] : new byte[length];
            var last = previous[E] < previous[S] ? S : E;
            for (var index = length - 1; index > 0; index--)
            {
                states[index] = (byte)last;
                last = back[index * 4 + last];
            }

            states[0] = (byte)last;

            var begin = 0;
            var next = 0;
            for (var index = 0; index < length; index++)
            {
                switch (states[index])
                {
                    case B:
                        begin = index;
                        break;
                    case E:
                        words.Add(text.Substring(offset + begin, index + 1 - begin));
                        next = index + 1;
                        break;
                    case S:
                        words.Add(Character(text[offset + index]));
                        next = index + 1;
                        break;
                }
            }

            if (next < length)
            {
                words.Add(text.Substring(offset + next, length - next));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(back);
        }
    }

    private static readonly double[] Unseen = [MinProb, MinProb, MinProb, MinProb];

    // Shared strings of single characters, as the dictionary's words (PrefixTrie.Word): a cut returns many.
    private static readonly string?[] Characters = new string?[char.MaxValue + 1];

    private static string Character(char character) => Characters[character] ??= character.ToString();

    private double[] Emission(char character) => _emissions.GetValueOrDefault(character) ?? Unseen;

    private static double[,] LoadTransitions(string jiebaDirectory)
    {
        var transitions = new double[4, 4];
        for (var from = 0; from < 4; from++)
        {
            for (var to = 0; to < 4; to++)
            {
                transitions[from, to] = MinProb;
            }
        }

        foreach (var (from, row) in ReadModel(Path.Combine(jiebaDirectory, "prob_trans.json")))
        {
            foreach (var (to, probability) in row)
            {
                transitions[StateOf(from), StateOf(to)] = probability;
            }
        }

        return transitions;
    }

    private static Dictionary<char, double[]> LoadEmissions(string jiebaDirectory)
    {
        var emissions = new Dictionary<char, double[]>();
        foreach (var (state, row) in ReadModel(Path.Combine(jiebaDirectory, "prob_emit.json")))
        {
            foreach (var (character, probability) in row)
            {
                if (!emissions.TryGetValue(character[0], out var perState))
                {
                    perState = [MinProb, MinProb, MinProb, MinProb];
                    emissions.Add(character[0], perState);
                }

                perState[StateOf(state)] = probability;
            }
        }

        return emissions;
    }

    // Read with JsonDocument rather than a serializer, so trimmed or AOT-compiled hosts load it too.
    private static IEnumerable<(string Key, IEnumerable<(string Key, double Value)> Row)> ReadModel(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var rows = new List<(string, IEnumerable<(string, double)>)>();
        foreach (var row in document.RootElement.EnumerateObject())
        {
            rows.Add((row.Name, row.Value.EnumerateObject().Select(cell => (cell.Name, cell.Value.GetDouble())).ToList()));
        }

        return rows;
    }

    private static int StateOf(string state) => state switch
    {
        "B" => B,
        "M" => M,
        "E" => E,
        "S" => S,
        _ => throw new InvalidDataException($"Unknown HMM state '{state}' in jieba's model."),
    };
}
