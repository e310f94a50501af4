using System.Net.Http.Headers;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Testing;

/// <summary>The API answers in Chinese unless asked otherwise; tests that assert the English wording ask.</summary>
public static class ApiLanguage
{
    public static HttpClient AskingFor(this HttpClient client, string language)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    public static HttpClient AskingForEnglish(this HttpClient client) => client.AskingFor(Languages.English);

    /// <summary>As a caller that states no language, which gets the default, Chinese.</summary>
    public static HttpClient AskingForNoLanguage(this HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        return client;
    }
}
