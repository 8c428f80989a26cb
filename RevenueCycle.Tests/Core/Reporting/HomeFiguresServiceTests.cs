using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Reporting;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Reporting;

[Collection(DemoDatabaseCollection.Name)]
public sealed class HomeFiguresServiceTests(DemoDatabaseFixture fixture)
{
    [Fact]
    public async Task CoderFigures_CountTheQueueAndTheCodersOwnWork()
    {
        await using var db = fixture.Database.CreateContext();
        var coder = await db.Users.SingleAsync(u => u.Email == "coder@demo.test");
        var encounters = await db.Encounters.AsNoTracking().ToListAsync();

        var figures = await fixture.Database.InScopeAsync(sp => sp.GetRequiredService<HomeFiguresService>().GetCoderFiguresAsync(coder.Id));

        Assert.Equal(encounters.Count(e => e.Status == EncounterStatus.AwaitingCoding), figures.AwaitingCoding);
        Assert.Equal(encounters.Count(e => e.Status == EncounterStatus.InProgress && e.AssignedCoderId == coder.Id), figures.MineInProgress);
        Assert.True(figures.MineInProgress > 0);
        Assert.Equal(encounters.Count(e => e.Status == EncounterStatus.OnHold), figures.OpenQueries);
    }

    [Fact]
    public async Task BillerFigures_CountClaimsByStatusAndUnpostedMoney()
    {
        await using var db = fixture.Database.CreateContext();
        var claims = await db.Claims.AsNoTracking().Select(c => c.Status).ToListAsync();
        var unposted = await db.Remittances.AsNoTracking().Where(r => r.Status != RevenueCycle.Core.Remittance.RemittanceStatus.Posted).ToListAsync();

        var figures = await fixture.Database.InScopeAsync(sp => sp.GetRequiredService<HomeFiguresService>().GetBillerFiguresAsync());

        Assert.Equal(claims.Count(s => s == ClaimStatus.Ready), figures.Ready);
        Assert.Equal(claims.Count(s => s == ClaimStatus.Held), figures.Held);
        Assert.Equal(claims.Count(s => s == ClaimStatus.Rejected), figures.Rejected);
        Assert.Equal(claims.Count(s => s == ClaimStatus.Denied), figures.Denied);
        Assert.Equal(unposted.Count, figures.UnpostedRemittances);
        Assert.Equal(unposted.Sum(r => r.PaymentAmount), figures.UnpostedDollars);
    }

    [Fact]
    public async Task ManagerFigures_OpenArIsTheSumOfClaimBalances()
    {
        await using var db = fixture.Database.CreateContext();
        var claims = await db.Claims.AsNoTracking().ToListAsync();

        var figures = await fixture.Database.InScopeAsync(sp => sp.GetRequiredService<HomeFiguresService>().GetManagerFiguresAsync());

        Assert.Equal(claims.Sum(c => c.Balance), figures.OpenAr);
        var adjudicated = claims.Where(c => c.FirstAdjudicatedAtUtc >= TestDatabase.DefaultNow.AddDays(-90)).ToList();
        Assert.Equal(Math.Round(adjudicated.Count(c => c.FirstAdjudicationDenied == true) * 100m / adjudicated.Count, 1), figures.InitialDenialRatePercent);
        Assert.InRange(figures.NetCollectionRatePercent, 50m, 100m);
        Assert.True(figures.DaysInAr > 0);
    }

    [Fact]
    public async Task AdminFigures_ListUsersPayersAndCodeSets()
    {
        var figures = await fixture.Database.InScopeAsync(sp => sp.GetRequiredService<HomeFiguresService>().GetAdminFiguresAsync());

        Assert.Equal(6, figures.Users);
        Assert.Equal(3, figures.UsersByRole["Coder"]);
        Assert.Equal(8, figures.ActivePayers);
        Assert.Equal(6, figures.RenderingProviders);
        Assert.Contains(figures.CodeSets, c => c.System == RevenueCycle.Core.CodeSets.CodeSystem.Icd10Cm && c.RowCount > 0);
    }
}
