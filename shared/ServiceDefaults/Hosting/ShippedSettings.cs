using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Huli.Matchmaking.ServiceDefaults.Hosting;

internal static class ShippedSettings
{
    /// <summary>Reads the appsettings.json that ships beside the binary, below every other source. The default
    /// lookup uses the content root, which is wherever the process was started, so without this a host started
    /// from another folder would lose its defaults.</summary>
    public static void AddShippedSettings(this IHostApplicationBuilder builder)
    {
        var folder = AppContext.BaseDirectory;
        if (!File.Exists(Path.Combine(folder, "appsettings.json")))
        {
            return;
        }

        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(folder),
            Path = "appsettings.json",
            Optional = true,
        });
    }
}
