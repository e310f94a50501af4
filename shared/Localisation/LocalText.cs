using System.Globalization;

namespace Huli.Matchmaking.Localisation;

/// <summary>A message in both languages the product speaks, made where the message is made so each reads
/// whole in one place. It picks its language only when written out, by the current UI culture: the request's
/// language in a service, the process's in a command-line tool.</summary>
public sealed record LocalText(string Chinese, string English)
{
    public override string ToString() => Languages.IsChinese(CultureInfo.CurrentUICulture) ? Chinese : English;

    /// <summary>Several messages as one, each language joined on its own; Chinese sentences need no space between them.</summary>
    public static LocalText Join(IEnumerable<LocalText> texts)
    {
        var all = texts.ToList();
        return new LocalText(string.Concat(all.Select(t => t.Chinese)), string.Join(" ", all.Select(t => t.English)));
    }
}
