using System.Text;
using Huli.Matchmaking.TextAnalysis;

namespace Huli.Matchmaking.Sorting.Keywords;

/// <summary>
/// Cuts a text into chunks of content words: punctuation, stop words, generic words and measurements end a
/// chunk, so a keyword built from adjacent words never spans them. Han runs are cut by jieba (accurate mode,
/// with the domain dictionary); other letter runs are words, hyphenated compounds (Micro-LED, few-shot) kept
/// whole. Stop words are the analyser's own; the cut is the analyser's accurate cut of the same Han runs.
/// </summary>
internal static class PhraseChunker
{
    // A number followed by a unit is a measurement (1200V, 0.25μm, 6dB); these few name a generation or a
    // dimension and are terms.
    private static readonly HashSet<string> NumberedTerms = new(StringComparer.Ordinal)
    {
        "2d", "3d", "4d", "3g", "4g", "5g", "6g", "4k", "8k",
    };

    public static List<List<CandidateWord>> Chunk(string text, KeywordVocabulary vocabulary, HanRunCuts cuts)
    {
        var normalized = FoldWidth(text);
        var hanWords = new List<string>();
        var chunks = new List<List<CandidateWord>>();
        var chunk = new List<CandidateWord>();
        var run = new StringBuilder();
        var runIsHan = false;

        void EndChunk()
        {
            if (chunk.Count > 0)
            {
                chunks.Add(chunk);
                chunk = [];
            }
        }

        void EndRun()
        {
            if (run.Length == 0)
            {
                return;
            }

            if (runIsHan)
            {
                hanWords.Clear();
                cuts.Cut(run.ToString(), hanWords);
                foreach (var word in hanWords)
                {
                    if (!StopWords.IsChinese(word) && !vocabulary.IsGenericChinese(word))
                    {
                        chunk.Add(new CandidateWord(word, word, IsHan: true, vocabulary.ChineseIdf(word)));
                    }
                    else
                    {
                        EndChunk();
                    }
                }
            }
            else if (LatinWord(run.ToString(), vocabulary) is { } word)
            {
                chunk.Add(word);
            }
            else
            {
                EndChunk();
            }

            run.Clear();
        }

        for (var index = 0; index < normalized.Length; index++)
        {
            var character = normalized[index];
            var isHan = IsHan(character);
            var isWordPart = !isHan && (char.IsLetterOrDigit(character) || IsInnerJoiner(normalized, index, run));
            if (isHan || isWordPart)
            {
                if (run.Length > 0 && runIsHan != isHan)
                {
                    EndRun();
                }

                runIsHan = isHan;
                run.Append(character);
                continue;
            }

            EndRun();
            if (!char.IsWhiteSpace(character))
            {
                EndChunk();
            }
        }

        EndRun();
        EndChunk();
        return chunks;
    }

    private static CandidateWord? LatinWord(string word, KeywordVocabulary vocabulary)
    {
        var lower = word.ToLowerInvariant();
        var isMeasurementOrLetter = char.IsDigit(word[0]) || word.Count(char.IsLetter) < 2;
        if (isMeasurementOrLetter && !NumberedTerms.Contains(lower))
        {
            return null;
        }

        // A unit with an exponent or index (cm2, m3) is a measurement too.
        var letterPart = new string(lower.Where(char.IsLetter).ToArray());
        if (letterPart.Length < lower.Length && vocabulary.IsGenericEnglish([letterPart]))
        {
            return null;
        }

        var stems = vocabulary.Analyzer.Tokenize(lower);
        if (stems.Count == 0 || vocabulary.IsGenericEnglish(stems))
        {
            return null;
        }

        return new CandidateWord(Display(word), string.Join(' ', stems), IsHan: false, vocabulary.MedianIdf);
    }

    // Acronyms and mixed case (MOSFET, LoRa, GaN) are kept as written; a capital that only starts a sentence or
    // a title-case heading is not part of the term.
    private static string Display(string word)
    {
        return word.Skip(1).Any(char.IsUpper) ? word : word.ToLowerInvariant();
    }

    // Hyphens inside a word (Micro-LED, few-shot) and decimal points inside a number (0.25) keep the word whole.
    private static bool IsInnerJoiner(string text, int index, StringBuilder run)
    {
        var character = text[index];
        return character is '-' or '.'
            && run.Length > 0
            && char.IsLetterOrDigit(run[^1])
            && !IsHan(run[^1])
            && index + 1 < text.Length
            && char.IsLetterOrDigit(text[index + 1])
            && !IsHan(text[index + 1])
            && (character == '-' || char.IsDigit(run[^1]) && char.IsDigit(text[index + 1]));
    }

    private static bool IsHan(char character) => character is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    // NFKC folds full-width letters and digits (ＰＣＢ) as the analyser does, but keeps the case for display.
    private static string FoldWidth(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Malformed UTF-16 from pasted text: the analyser replaces lone surrogates; so does this.
            var builder = new StringBuilder(text.Length);
            for (var index = 0; index < text.Length; index++)
            {
                var character = text[index];
                if (char.IsSurrogatePair(text, index))
                {
                    builder.Append(character).Append(text[++index]);
                }
                else
                {
                    builder.Append(char.IsSurrogate(character) ? ' ' : character);
                }
            }

            return builder.ToString().Normalize(NormalizationForm.FormKC);
        }
    }
}
