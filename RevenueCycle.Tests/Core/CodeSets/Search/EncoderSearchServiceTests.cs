using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.CodeSets.Search;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.CodeSets.Search;

/// <summary>The singleton service loads the index from CodeSetEntries and reloads it after an import.</summary>
public sealed class EncoderSearchServiceTests : IAsyncLifetime
{
    private static readonly DateOnly Fy2021 = new(2020, 10, 1);
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(starterCodeSets: false);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SearchAsync_LoadsCodesFromTheDatabase()
    {
        await AddCodesAsync(CodeSystem.Icd10Cm, ("I10", "Essential (primary) hypertension", true), ("E11.65", "Type 2 diabetes mellitus with hyperglycemia", true));
        await AddCodesAsync(CodeSystem.PlaceOfService, ("11", "Office", true));
        var service = _database.Services.GetRequiredService<EncoderSearchService>();

        var byAbbreviation = await service.SearchAsync(new EncoderQuery("htn"));
        var byCode = await service.SearchAsync(new EncoderQuery("e1165"));
        var placeOfService = await service.SearchAsync(new EncoderQuery("office"));

        Assert.Equal("I10", Assert.Single(byAbbreviation).Code);
        Assert.Equal("E11.65", byCode[0].Code);
        Assert.Empty(placeOfService);
    }

    [Fact]
    public async Task RebuildAsync_AfterImport_FindsTheNewCodes()
    {
        await AddCodesAsync(CodeSystem.Icd10Cm, ("I10", "Essential (primary) hypertension", true));
        var service = _database.Services.GetRequiredService<EncoderSearchService>();
        Assert.Empty(await service.SearchAsync(new EncoderQuery("J1885")));

        await AddCodesAsync(CodeSystem.Hcpcs, ("J1885", "Injection, ketorolac tromethamine, per 15 mg", true));
        var beforeRebuild = await service.SearchAsync(new EncoderQuery("J1885"));
        await service.RebuildAsync();
        var afterRebuild = await service.SearchAsync(new EncoderQuery("ketorolac"));

        Assert.Empty(beforeRebuild);
        var found = Assert.Single(afterRebuild);
        Assert.Equal(("J1885", CodeSystem.Hcpcs), (found.Code, found.System));
    }

    [Fact]
    public void Service_IsOneInstanceForTheWholeApp()
    {
        using var first = _database.Services.CreateScope();
        using var second = _database.Services.CreateScope();

        Assert.Same(first.ServiceProvider.GetRequiredService<EncoderSearchService>(), second.ServiceProvider.GetRequiredService<EncoderSearchService>());
    }

    private async Task AddCodesAsync(CodeSystem system, params (string Code, string Description, bool Billable)[] codes)
    {
        await using var db = _database.CreateContext();
        var release = new CodeSetRelease(system, "test", Fy2021, "test", TestDatabase.DefaultNow, null);
        db.CodeSetReleases.Add(release);
        await db.SaveChangesAsync();
        foreach (var (code, description, billable) in codes)
        {
            db.CodeSetEntries.Add(new CodeSetEntry(system, code, description, description, billable, Fy2021, null, release.Id));
        }

        await db.SaveChangesAsync();
    }
}
