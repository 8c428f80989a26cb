using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Identity;

namespace RevenueCycle.Benchmarks;

/// <summary>What the timed console modes (claims-db, remit-db) share: the Core services on a SQLite file, the demo seed, and removing the file.</summary>
internal static class BenchmarkDatabase
{
    public static ServiceProvider Services(string path, bool slowSql)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddRevenueCycleCore($"Data Source={path}");
        if (slowSql)
        {
            // --slow-sql: every command over 20 ms, to see where the time goes.
            services.ConfigureDbContext<RevenueCycleDbContext>(o => o.LogTo(
                (id, _) => id == RelationalEventId.CommandExecuted,
                data => { if (data is CommandExecutedEventData { Duration.TotalMilliseconds: > 20 } e) { Console.WriteLine($"{e.Duration.TotalMilliseconds:N0} ms: {e.Command.CommandText[..Math.Min(600, e.Command.CommandText.Length)]}"); } }));
        }

        services.AddSingleton<ICurrentActor, SystemActor>();
        services.AddRevenueCycleIdentity();
        return services.BuildServiceProvider();
    }

    public static async Task SeedAsync(ServiceProvider services, int encounters)
    {
        await using var scope = services.CreateAsyncScope();
        var maintenance = scope.ServiceProvider.GetRequiredService<DatabaseMaintenance>();
        var watch = Stopwatch.StartNew();
        await maintenance.MigrateAsync();
        var seeded = await maintenance.SeedDemoAsync(new DemoOptions(encounters));
        if (!seeded.Succeeded)
        {
            throw new InvalidOperationException(seeded.Error);
        }

        Console.WriteLine($"Seeded {seeded.Value!.Encounters:N0} encounters, {seeded.Value.Claims:N0} claims in {watch.Elapsed.TotalSeconds:N0} s.");
    }

    /// <summary>Closes pooled connections and deletes the database file with its journal files.</summary>
    public static void Delete(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
