using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Identity;

namespace RevenueCycle.Tests.Support;

/// <summary>
/// A real SQLite database in memory, migrated, with the Core services wired as the app wires them.
/// One connection stays open for the test's lifetime so the shared-cache database survives.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection _keepAlive;

    private TestDatabase(string connectionString, FixedTimeProvider time)
    {
        ConnectionString = connectionString;
        Time = time;
        _keepAlive = new SqliteConnection(connectionString);
        _keepAlive.Open();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddRevenueCycleCore(connectionString);
        services.AddSingleton<TimeProvider>(time);
        services.AddScoped<ICurrentActor>(sp => new TestActor(sp.GetRequiredService<ActorScope>()));
        services.AddRevenueCycleIdentity();
        Services = services.BuildServiceProvider(validateScopes: true);
    }

    public static DateTime DefaultNow { get; } = new(2026, 11, 20, 15, 0, 0, DateTimeKind.Utc);

    public string ConnectionString { get; }

    public FixedTimeProvider Time { get; }

    public ServiceProvider Services { get; }

    /// <summary>Who the next operations run as (system by default).</summary>
    public AuditActor Actor { get; set; } = AuditActor.System;

    /// <summary>A migrated database; with the starter code sets, as the app starts, unless a test needs none.</summary>
    public static async Task<TestDatabase> CreateAsync(DateTime? nowUtc = null, bool starterCodeSets = true)
    {
        var database = new TestDatabase($"Data Source=file:test-{Guid.NewGuid():N}?mode=memory&cache=shared", new FixedTimeProvider(nowUtc ?? DefaultNow));
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMaintenance>().MigrateAsync(starterCodeSets);
        return database;
    }

    public RevenueCycleDbContext CreateContext(AuditActor? actor = null) =>
        new(new DbContextOptionsBuilder<RevenueCycleDbContext>().UseSqlite(ConnectionString).Options, new StaticActor(actor ?? Actor));

    /// <summary>A demo user (by e-mail) acting in the given roles.</summary>
    public async Task<AuditActor> UserAsync(string email, params string[] roles)
    {
        await using var db = CreateContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        return new AuditActor(user.Id, email, null, new HashSet<string>(roles));
    }

    /// <summary>Runs work in a service scope acting as <see cref="Actor"/>.</summary>
    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => InScopeAsync(Actor, work);

    /// <summary>Runs work in a service scope acting as the given user.</summary>
    public async Task<T> InScopeAsync<T>(AuditActor actor, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = actor;
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _keepAlive.DisposeAsync();
    }

    private sealed class StaticActor(AuditActor actor) : ICurrentActor
    {
        public Task<AuditActor> GetAsync() => Task.FromResult(actor);
    }

    private sealed class TestActor(ActorScope scope) : ICurrentActor
    {
        public Task<AuditActor> GetAsync() => Task.FromResult(scope.Actor ?? AuditActor.System);
    }
}

/// <summary>A clock that stands still, so dates in tests are exact.</summary>
public sealed class FixedTimeProvider(DateTime utcNow) : TimeProvider
{
    public DateTime UtcNow { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => new(UtcNow, TimeSpan.Zero);
}
