using System.Reflection;
using System.Security.Cryptography;
using Huli.Matchmaking.ServiceDefaults.Security;
using Huli.Matchmaking.ServiceDefaults.Taxonomy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Huli.Matchmaking.WebConsole;

public static class WebConsoleExtensions
{
    /// <summary>Where the console's own files live; the page itself is at <c>/</c>.</summary>
    public const string AssetPath = "/console";

    /// <summary>The console at <c>/</c>, its files under <see cref="AssetPath"/>, its settings and the sign-in it
    /// needs. The files are public; everything they show comes from the APIs, which check the caller.</summary>
    public static IEndpointRouteBuilder MapWebConsole(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSessionEndpoints();

        var assembly = typeof(WebConsoleExtensions).Assembly;
        var types = new FileExtensionContentTypeProvider();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var asset = ConsoleAsset.Load(assembly, name, types);
            endpoints.MapGet($"{AssetPath}/{name}", asset.Serve).AllowAnonymous().ExcludeFromDescription();
            if (name == "index.html")
            {
                endpoints.MapGet("/", asset.Serve).AllowAnonymous().ExcludeFromDescription();
            }
        }

        var apis = endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetSection(WebConsoleOptions.SectionName).Get<WebConsoleOptions>()
            ?? new WebConsoleOptions();
        var fields = IndustryFields.District.Select(f => new { code = f.Code, zh = f.ChineseName, en = f.EnglishName }).ToList();
        endpoints.MapGet($"{AssetPath}/settings.json", () => TypedResults.Ok(new { apis, fields })).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>One embedded file, read once, served with an ETag so a browser revalidates instead of refetching.</summary>
    private sealed record ConsoleAsset(byte[] Content, string ContentType, string ETag)
    {
        public static ConsoleAsset Load(Assembly assembly, string name, FileExtensionContentTypeProvider types)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            var type = types.TryGetContentType(name, out var known) ? known : "application/octet-stream";
            if (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal))
            {
                type += "; charset=utf-8";
            }

            return new(content, type, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");
        }

        public IResult Serve(HttpContext http)
        {
            http.Response.Headers.CacheControl = "no-cache";
            if (http.Request.Headers.IfNoneMatch.Contains(ETag))
            {
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }

            http.Response.Headers.ETag = ETag;
            http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            return TypedResults.Bytes(Content, ContentType);
        }
    }
}
