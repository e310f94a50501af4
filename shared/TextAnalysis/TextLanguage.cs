namespace Huli.Matchmaking.TextAnalysis;

/// <summary>The dominant script of a text, judged by Han characters against Latin letters.</summary>
public enum TextLanguage
{
    Unknown,
    Chinese,
    English,
    Mixed,
}
