using Huli.Matchmaking.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huli.Matchmaking.ServiceDefaults.Persistence;

public static class ServiceDatabaseExtensions
{
    /// <summary>A list in a query (<c>ids.Contains(r.Id)</c>) goes to the database as one array-like parameter
    /// (json_each on SQLite, an array on PostgreSQL), not as one parameter per element, EF Core 10's default. A
    /// batch looks up to 2,000 ids at once, and SQLite finds a named parameter by walking its list of names: with
    /// one per id, preparing and binding such a query took 3.5 % of an import's CPU.</summary>
    private const ParameterTranslationMode CollectionsAsOneParameter = ParameterTranslationMode.Parameter;

    /// <summary>Gives a service its own database: a SQLite file under the data folder when embedded, a
    /// PostgreSQL database named after the service when distributed. The database is created at start.</summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string serviceName)
        where TContext : DbContext
    {
        var options = builder.GetHuliOptions();
        if (options.IsDistributed)
        {
            var server = builder.Configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("The distributed profile needs ConnectionStrings:Postgres.");
            var connectionString = $"{server.TrimEnd(';')};Database={options.DatabasePrefix}{serviceName}";
            builder.Services.AddDbContext<TContext>(db => db.UseNpgsql(connectionString, npgsql => npgsql.UseParameterizedCollectionMode(CollectionsAsOneParameter)));
        }
        else
        {
            var dataPath = options.ResolveDataPath();
            Directory.CreateDirectory(dataPath);
            var file = Path.Combine(dataPath, $"{serviceName}.db");
            builder.Services.AddDbContext<TContext>(db => db.UseSqlite($"Data Source={file}", sqlite => sqlite.UseParameterizedCollectionMode(CollectionsAsOneParameter)));
        }

        builder.Services.AddHostedService<DatabaseInitializer<TContext>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>($"{serviceName}-database");
        return builder;
    }
}
