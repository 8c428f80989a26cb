using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;

namespace RevenueCycle.Tests.Support;

/// <summary>One standard demo practice (2,000 encounters, fixed seed and clock) shared by the tests of a class.</summary>
public sealed class DemoDatabaseFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public DemoSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        var result = await Database.InScopeAsync(sp => sp.GetRequiredService<DatabaseMaintenance>().SeedDemoAsync(new DemoOptions()));
        Assert.True(result.Succeeded, result.Error);
        Summary = result.Value!;
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

/// <summary>
/// The test classes that read the standard demo share one seeded database (seeding is the costly
/// part, and the browser tests share the same two cores).
/// </summary>
[CollectionDefinition(Name)]
public sealed class DemoDatabaseCollection : ICollectionFixture<DemoDatabaseFixture>
{
    public const string Name = "Demo database";
}
