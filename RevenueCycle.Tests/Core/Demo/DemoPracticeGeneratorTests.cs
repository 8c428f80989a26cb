using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Providers;
using RevenueCycle.Core.Remittance;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Demo;

[Collection(DemoDatabaseCollection.Name)]
public sealed class DemoPracticeGeneratorTests(DemoDatabaseFixture fixture)
{
    [Fact]
    public async Task Generate_Default_CreatesThePracticeTheIssueDescribes()
    {
        await using var db = fixture.Database.CreateContext();

        Assert.Equal(1, await db.Practices.CountAsync());
        var providers = await db.Providers.Where(p => p.Kind == ProviderKind.Rendering).Select(p => p.Specialty).ToListAsync();
        Assert.Equal(Enum.GetValues<Specialty>().Order(), providers.Order());
        Assert.Equal(8, await db.Payers.CountAsync());
        Assert.Equal(1, await db.Payers.CountAsync(p => p.ClaimFilingIndicator == "MB"));
        Assert.Equal(1, await db.Payers.CountAsync(p => p.ClaimFilingIndicator == "MC"));
        Assert.Equal(1, await db.Payers.CountAsync(p => p.PayerIdCode == "SELFPAY"));
        Assert.Equal(500, await db.Patients.CountAsync());
        Assert.Equal(2_000, await db.Encounters.CountAsync());
        Assert.True(await db.InsurancePolicies.CountAsync(p => p.Priority == CoveragePriority.Secondary) > 10, "some patients have secondary coverage");
        Assert.All(await db.Providers.Select(p => p.Npi).ToListAsync(), npi => Assert.True(Npi.IsValid(npi), $"{npi} fails the NPI check digit"));
    }

    [Fact]
    public async Task Generate_Default_SpreadsEncountersOverTheLast120Days()
    {
        await using var db = fixture.Database.CreateContext();
        var today = DateOnly.FromDateTime(TestDatabase.DefaultNow);

        var first = await db.Encounters.MinAsync(e => e.DateOfService);
        var last = await db.Encounters.MaxAsync(e => e.DateOfService);

        Assert.InRange(today.DayNumber - first.DayNumber, 100, 119);
        Assert.InRange(today.DayNumber - last.DayNumber, 0, 5);
    }

    [Fact]
    public async Task Generate_Default_PutsWorkInEveryStageOfTheCycle()
    {
        await using var db = fixture.Database.CreateContext();

        var encounterStatuses = await db.Encounters.Select(e => e.Status).Distinct().ToListAsync();
        var claimStatuses = await db.Claims.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);

        Assert.Equal(Enum.GetValues<EncounterStatus>().Order(), encounterStatuses.Order());
        foreach (var status in new[] { ClaimStatus.Ready, ClaimStatus.Held, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Rejected, ClaimStatus.Denied, ClaimStatus.Paid, ClaimStatus.PartiallyPaid, ClaimStatus.PatientBalance, ClaimStatus.Closed })
        {
            Assert.True(claimStatuses.GetValueOrDefault(status) > 0, $"no claim is {status}");
        }

        Assert.True(await db.Denials.CountAsync() > 20);
        Assert.True(await db.ProviderQueries.CountAsync(q => q.Status == ProviderQueryStatus.Open) > 0);
        Assert.True(await db.Remittances.CountAsync(r => r.Status == RemittanceStatus.Imported) > 0, "some remittances wait to be posted");
        Assert.True(await db.Payments.CountAsync(p => p.Source == PaymentSource.Patient) > 0, "some patients paid");
    }

    [Fact]
    public async Task Generate_Default_KeepsTheLedgerOfEveryClaimLine()
    {
        await using var db = fixture.Database.CreateContext();
        var lines = await db.ClaimLines.AsNoTracking().ToListAsync();
        var payments = await db.Payments.GroupBy(p => p.ClaimLineId).Select(g => new { g.Key, Sum = g.Sum(p => p.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Sum);
        var adjustments = await db.Adjustments.Where(a => a.Kind == AdjustmentKind.Contractual || a.Kind == AdjustmentKind.WriteOff)
            .GroupBy(a => a.ClaimLineId).Select(g => new { g.Key, Sum = g.Sum(a => a.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Sum);

        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            // charge = payments + adjustments + open balance, the balance never negative.
            Assert.Equal(line.InsurancePaid + line.PatientPaid, payments.GetValueOrDefault(line.Id));
            Assert.Equal(line.Adjusted, adjustments.GetValueOrDefault(line.Id));
            Assert.Equal(line.Charge, line.InsurancePaid + line.PatientPaid + line.Adjusted + line.Balance);
            Assert.True(line.Balance >= 0);
            Assert.True(line.PatientBalance >= 0 && line.PatientBalance <= line.Balance);
        });
    }

    [Fact]
    public async Task Generate_Default_ClaimTotalsEqualTheirLines()
    {
        await using var db = fixture.Database.CreateContext();
        var mismatched = await db.Claims
            .Where(c => c.TotalCharge != db.ClaimLines.Where(l => l.ClaimId == c.Id).Sum(l => l.Charge)
                || c.InsurancePaid != db.ClaimLines.Where(l => l.ClaimId == c.Id).Sum(l => l.InsurancePaid))
            .Select(c => c.ControlNumber)
            .ToListAsync();

        Assert.Empty(mismatched);
    }

    [Fact]
    public async Task Generate_Default_CreatesDemoUsersForEveryRole()
    {
        await using var db = fixture.Database.CreateContext();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select r.Name).Distinct().ToListAsync();

        Assert.Equal(Roles.All.Order(), roles.Order());
        Assert.Equal(6, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Generate_SameSeed_MakesTheSamePractice()
    {
        await using var other = await TestDatabase.CreateAsync();
        var result = await other.InScopeAsync(sp => sp.GetRequiredService<DatabaseMaintenance>().SeedDemoAsync(new DemoOptions()));
        Assert.True(result.Succeeded, result.Error);

        await using var first = fixture.Database.CreateContext();
        await using var second = other.CreateContext();
        Assert.Equal(await first.Claims.SumAsync(c => c.TotalCharge), await second.Claims.SumAsync(c => c.TotalCharge));
        Assert.Equal(await first.Claims.SumAsync(c => c.InsurancePaid), await second.Claims.SumAsync(c => c.InsurancePaid));
        Assert.Equal(
            await first.Encounters.OrderBy(e => e.Id).Select(e => e.NoteText).Take(50).ToListAsync(),
            await second.Encounters.OrderBy(e => e.Id).Select(e => e.NoteText).Take(50).ToListAsync());
    }

    [Fact]
    public async Task Generate_IntoAPopulatedDatabase_IsRefused()
    {
        var result = await fixture.Database.InScopeAsync(sp => sp.GetRequiredService<DatabaseMaintenance>().SeedDemoAsync(new DemoOptions()));

        Assert.False(result.Succeeded);
        Assert.Contains("already holds a practice", result.Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_001)]
    public async Task Generate_EncounterCountOutOfRange_IsRefused(int encounters)
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await database.InScopeAsync(sp => sp.GetRequiredService<DemoPracticeGenerator>().GenerateAsync(new DemoOptions(encounters), new DemoStaff(["c"], "b")));

        Assert.False(result.Succeeded);
        Assert.Contains("between 1 and 1,000,000", result.Error);
    }
}
