using System.Text;
using Huli.Matchmaking.Results.Features.Feeds;

namespace Huli.Matchmaking.Results.Tests;

public sealed class FeedPageTests
{
    [Fact]
    public void A_numeric_cursor_is_kept_as_written()
    {
        var page = FeedPage.Parse(Encoding.UTF8.GetBytes("""{"items":[{"externalId":"A"}],"next":1700000000123,"hasMore":true}"""), since: null);

        Assert.Equal("1700000000123", page.Next);
        Assert.True(page.HasMore);
        Assert.Single(page.Items);
    }

    [Fact]
    public void A_last_page_may_leave_out_the_cursor()
    {
        var page = FeedPage.Parse(Encoding.UTF8.GetBytes("""{"items":[]}"""), since: "2024-05-01T00:00:00Z");

        Assert.Null(page.Next);
        Assert.False(page.HasMore);
    }

    [Fact]
    public void The_page_url_carries_the_cursor_and_the_limit()
    {
        var feed = new FeedOptions { Name = "x", Url = "https://feed.example.cn/results?format=json", Institute = "所", PageSize = 50 };

        Assert.Equal("https://feed.example.cn/results?format=json&limit=50", FeedClient.PageUrl(feed, null));
        Assert.Equal("https://feed.example.cn/results?format=json&since=2024-05-01T00%3A00%3A00%2B08%3A00&limit=50", FeedClient.PageUrl(feed, "2024-05-01T00:00:00+08:00"));
    }
}
