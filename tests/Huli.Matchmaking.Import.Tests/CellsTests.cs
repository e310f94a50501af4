namespace Huli.Matchmaking.Import.Tests;

public class CellsTests
{
    [Fact]
    public void A_list_splits_on_chinese_and_english_separators_and_line_breaks()
    {
        var values = Cells.SplitList("机器视觉；注塑件、色差检测,machine vision，AI|边缘计算\n工业互联网;IoT");

        Assert.Equal(["机器视觉", "注塑件", "色差检测", "machine vision", "AI", "边缘计算", "工业互联网", "IoT"], values);
    }

    [Fact]
    public void A_list_drops_blanks_and_repeats_keeping_the_first_order()
    {
        var values = Cells.SplitList(" 注塑件 ;; 机器视觉 、注塑件,  ,机器视觉 ");

        Assert.Equal(["注塑件", "机器视觉"], values);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ；、 ")]
    public void An_empty_cell_is_an_empty_list(string? cell)
    {
        Assert.Empty(Cells.SplitList(cell));
    }
}
