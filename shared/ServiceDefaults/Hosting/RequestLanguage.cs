using System.Globalization;
using Huli.Matchmaking.Localisation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Huli.Matchmaking.ServiceDefaults.Hosting;

/// <summary>Answers each request in Chinese or English: <c>?lang=zh|en</c> first, then Accept-Language, and
/// Chinese when neither says. Problem details and import reports read the choice from the current UI culture.</summary>
public static class RequestLanguage
{
    public const string QueryKey = "lang";

    public static IServiceCollection AddRequestLanguage(this IServiceCollection services) =>
        services.AddRequestLocalization(o =>
        {
            o.SupportedCultures = o.SupportedUICultures = [.. Languages.Supported.Select(CultureInfo.GetCultureInfo)];
            o.DefaultRequestCulture = new RequestCulture(Languages.Chinese);
            o.RequestCultureProviders = [new ProductLanguageProvider()];
        });

    /// <summary>The built-in Accept-Language provider matches tags against the list exactly and falls back only
    /// from child to parent, so "zh" or "zh-Hans" would miss zh-CN, and "zh, en;q=0.8" would end in English.
    /// Here any Chinese tag means zh-CN, any English one en, taken in the caller's order of preference.</summary>
    private sealed class ProductLanguageProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var request = httpContext.Request;
            var language = Pick(request.Query[QueryKey].ToString())
                ?? (StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var tags)
                    ? tags.Where(t => (t.Quality ?? 1) > 0)
                        .OrderByDescending(t => t.Quality ?? 1)
                        .Select(t => Pick(t.Value.ToString()))
                        .FirstOrDefault(l => l is not null)
                    : null);
            return Task.FromResult(language is null ? null : new ProviderCultureResult(language));
        }

        private static string? Pick(string tag) =>
            tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Languages.Chinese
            : tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Languages.English
            : null;
    }
}
