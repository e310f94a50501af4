using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Huli.Matchmaking.ServiceDefaults.Hosting;

public static class HuliOptionsExtensions
{
    /// <summary>Reads the options straight from configuration: registration code needs them before the
    /// container exists.</summary>
    public static HuliOptions GetHuliOptions(this IHostApplicationBuilder builder)
    {
        var options = new HuliOptions();
        builder.Configuration.GetSection(HuliOptions.SectionName).Bind(options);
        if (!options.IsDistributed && !string.Equals(options.Profile, Profiles.Embedded, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Huli:Profile is '{options.Profile}'; use '{Profiles.Embedded}' or '{Profiles.Distributed}'.");
        }

        return options;
    }

    /// <summary>A relative data path is taken from the working directory, like any command-line path: `make run`
    /// keeps its data in ./data of the checkout.</summary>
    public static string ResolveDataPath(this HuliOptions options) => Path.GetFullPath(options.DataPath);
}
