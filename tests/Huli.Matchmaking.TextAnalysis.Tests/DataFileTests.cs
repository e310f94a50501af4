using System.Text.RegularExpressions;

namespace Huli.Matchmaking.TextAnalysis.Tests;

public partial class DataFileTests
{
    [Theory]
    [InlineData("Resources/dict.txt")]
    [InlineData("Resources/prob_emit.json")]
    [InlineData("Resources/prob_trans.json")]
    [InlineData("Dictionaries/domain-terms.txt")]
    public void Data_files_reach_the_output_folder_of_a_referencing_project(string relativePath)
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, relativePath)), relativePath);
    }

    [Fact]
    public void Domain_dictionary_holds_hundreds_of_distinct_well_formed_terms()
    {
        var entries = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Dictionaries", "domain-terms.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

        Assert.All(entries, entry => Assert.Matches(EntryPattern(), entry));
        var words = entries.Select(entry => entry.Split(' ')[0]).ToList();
        Assert.Equal(words.Count, words.Distinct().Count());
        Assert.True(words.Count >= 300, $"only {words.Count} terms");
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}+ [1-9][0-9]* [a-z]+$")]
    private static partial Regex EntryPattern();
}
