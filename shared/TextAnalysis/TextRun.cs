namespace Huli.Matchmaking.TextAnalysis;

internal enum TextRunKind
{
    /// <summary>Han characters of the Basic Multilingual Plane, which jieba segments.</summary>
    Han,

    /// <summary>A run of letters and digits of any other script, analysed as one word.</summary>
    Word,
}

internal readonly record struct TextRun(TextRunKind Kind, string Text);
