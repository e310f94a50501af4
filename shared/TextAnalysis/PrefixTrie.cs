namespace Huli.Matchmaking.TextAnalysis;

/// <summary>
/// jieba's prefix dictionary (every word with its frequency, every prefix of a word with 0) as a trie in flat
/// arrays. The cut probes the dictionary several times per character, always extending the string of the probe
/// before; walking one trie node per character replaces hashing and comparing the whole string each time, and
/// the arrays (about 20 MB) replace a dictionary of 600,000 strings (about 50 MB). Read-only once built, but for
/// the shared copies of its words (<see cref="Word"/>).
/// </summary>
internal sealed class PrefixTrie
{
    /// <summary>No node: the string is not a word or a prefix of one.</summary>
    public const int None = -1;

    // Children of the root, by their character: most probes start here, among thousands of characters.
    private readonly int[] _rootChildren;

    // A node and its children's edges each sit in one place, so a step down costs two memory reads, not five.
    private readonly Node[] _nodes;
    private readonly Edge[] _edges;

    // One string per node, made the first time a cut returns that word and shared by every text after.
    private readonly string?[] _words;

    private PrefixTrie(int[] rootChildren, Node[] nodes, Edge[] edges)
    {
        _rootChildren = rootChildren;
        _nodes = nodes;
        _edges = edges;
        _words = new string?[nodes.Length];
    }

    /// <summary>Builds the trie of the given strings; a string's node gets its frequency. Every prefix of a
    /// string must be among the strings (as in jieba's dictionary), so that a node exists exactly for them.</summary>
    public static PrefixTrie Build(IReadOnlyDictionary<string, int> frequencies)
    {
        // Node 0 is the root. The edges go through a temporary map, then into sorted runs per node.
        var edges = new Dictionary<long, int>(frequencies.Count);
        var nodeFrequencies = new List<int>(frequencies.Count + 1) { 0 };
        foreach (var (text, frequency) in frequencies)
        {
            var node = 0;
            foreach (var character in text)
            {
                var edge = (long)node << 16 | character;
                if (!edges.TryGetValue(edge, out var child))
                {
                    child = nodeFrequencies.Count;
                    nodeFrequencies.Add(0);
                    edges.Add(edge, child);
                }

                node = child;
            }

            nodeFrequencies[node] = frequency;
        }

        var nodeCount = nodeFrequencies.Count;
        var rootChildren = new int[char.MaxValue + 1];
        Array.Fill(rootChildren, None);
        var childStart = new int[nodeCount + 1];
        foreach (var edge in edges.Keys)
        {
            childStart[(int)(edge >> 16) + 1]++;
        }

        for (var node = 0; node < nodeCount; node++)
        {
            childStart[node + 1] += childStart[node];
        }

        var childCharacters = new char[edges.Count];
        var childNodes = new int[edges.Count];
        var filled = new int[nodeCount];
        foreach (var (edge, child) in edges)
        {
            var parent = (int)(edge >> 16);
            var character = (char)(edge & 0xFFFF);
            if (parent == 0)
            {
                rootChildren[character] = child;
            }

            var slot = childStart[parent] + filled[parent]++;
            childCharacters[slot] = character;
            childNodes[slot] = child;
        }

        var nodes = new Node[nodeCount];
        for (var node = 0; node < nodeCount; node++)
        {
            Array.Sort(childCharacters, childNodes, childStart[node], childStart[node + 1] - childStart[node]);
            nodes[node] = new Node(childStart[node], childStart[node + 1], nodeFrequencies[node], Math.Log(nodeFrequencies[node]));
        }

        var flatEdges = new Edge[edges.Count];
        for (var slot = 0; slot < flatEdges.Length; slot++)
        {
            flatEdges[slot] = new Edge(childCharacters[slot], childNodes[slot]);
        }

        return new PrefixTrie(rootChildren, nodes, flatEdges);
    }

    /// <summary>The node of a one-character string, or <see cref="None"/>.</summary>
    public int Root(char character) => _rootChildren[character];

    /// <summary>The node of the node's string extended by one character, or <see cref="None"/>.</summary>
    public int Child(int node, char character)
    {
        ref readonly var parent = ref _nodes[node];
        var low = parent.ChildStart;
        var high = parent.ChildEnd - 1;
        while (high - low >= 8)
        {
            var middle = low + ((high - low) >> 1);
            var found = _edges[middle].Character;
            if (found == character)
            {
                return _edges[middle].Node;
            }

            if (found < character)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        // The last few, and most nodes' whole list, are in one cache line: scanning beats halving.
        for (var slot = low; slot <= high; slot++)
        {
            if (_edges[slot].Character == character)
            {
                return _edges[slot].Node;
            }
        }

        return None;
    }

    /// <summary>The frequency of the node's string: above 0 for a word, 0 for a prefix only.</summary>
    public int Frequency(int node) => _nodes[node].Frequency;

    /// <summary>Math.Log of <see cref="Frequency"/>, taken once here rather than on every route through it.</summary>
    public double LogFrequency(int node) => _nodes[node].LogFrequency;

    /// <summary>
    /// The string of <paramref name="node"/>, which is <paramref name="text"/>: one shared copy per word rather
    /// than a new one at every occurrence. An import keeps the tokens of its recent texts for a few seconds, long
    /// enough that the collector promotes them before they die; as copies, the words of those texts were most of
    /// what it had to move. Two threads may both make the first copy; either is as good.
    /// </summary>
    public string Word(int node, ReadOnlySpan<char> text) => _words[node] ??= new string(text);

    /// <summary>The node of a string, or <see cref="None"/>.</summary>
    public int Find(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return None;
        }

        var node = Root(text[0]);
        for (var index = 1; index < text.Length && node != None; index++)
        {
            node = Child(node, text[index]);
        }

        return node;
    }

    private readonly record struct Node(int ChildStart, int ChildEnd, int Frequency, double LogFrequency);

    private readonly record struct Edge(char Character, int Node);
}
