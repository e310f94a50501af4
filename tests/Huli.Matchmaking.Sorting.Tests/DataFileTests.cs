namespace Huli.Matchmaking.Sorting.Tests;

public class DataFileTests
{
    [Theory]
    [InlineData("Sorting/industry-fields.json")]
    [InlineData("Sorting/generic-words.txt")]
    [InlineData("Resources/idf.txt")]
    [InlineData("Dictionaries/domain-terms.txt")]
    public void Data_files_reach_the_output_folder_of_a_referencing_project(string relativePath)
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, relativePath)), relativePath);
    }
}
