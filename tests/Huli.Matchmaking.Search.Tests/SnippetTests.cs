using Huli.Matchmaking.Search.Highlighting;

namespace Huli.Matchmaking.Search.Tests;

public sealed class SnippetTests
{
    [Fact]
    public void Chinese_terms_are_marked_where_they_stand()
    {
        var html = Snippet.Highlight("基于深度学习的注塑件表面划痕检测", ["注塑件", "划痕"]);

        Assert.Equal("基于深度学习的<em>注塑件</em>表面<em>划痕</em>检测", html);
    }

    [Fact]
    public void An_english_stem_marks_the_whole_word_it_begins_and_not_the_middle_of_another()
    {
        var html = Snippet.Highlight("Automated inspection of reinspected surfaces", ["inspect"]);

        Assert.Equal("Automated <em>inspection</em> of reinspected surfaces", html);
    }

    [Fact]
    public void A_long_text_is_cut_around_the_densest_passage()
    {
        var text = new string('甲', 300) + "机器视觉检测注塑件划痕" + new string('乙', 300);

        var html = Snippet.Highlight(text, ["机器视觉", "注塑件", "划痕"], maxLength: 60);

        Assert.StartsWith("…", html);
        Assert.EndsWith("…", html);
        Assert.Contains("<em>机器视觉</em>检测<em>注塑件</em><em>划痕</em>", html);
    }

    [Fact]
    public void The_text_is_html_encoded_so_a_record_cannot_inject_markup()
    {
        var html = Snippet.Highlight("<script>x</script> 划痕", ["划痕"]);

        Assert.Equal("&lt;script&gt;x&lt;/script&gt; <em>划痕</em>", html);
    }
}
