using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Patients;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Data;

public sealed class AuditVerifierTests
{
    private static async Task<TestDatabase> DatabaseWithHistoryAsync()
    {
        var database = await TestDatabase.CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await using var db = database.CreateContext();
            db.Patients.Add(new Patient($"MRN{i}", "Ann", "Lee", new DateOnly(1980, 5, 1), Sex.Female, Address.Empty, "", TestDatabase.DefaultNow));
            await db.SaveChangesAsync();
        }

        return database;
    }

    private static Task<AuditVerification> VerifyAsync(TestDatabase database) =>
        database.InScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());

    [Fact]
    public async Task Verify_UntouchedTrail_IsIntact()
    {
        await using var database = await DatabaseWithHistoryAsync();

        var result = await VerifyAsync(database);

        Assert.True(result.IsIntact, result.Problem);
        Assert.True(result.EntriesChecked >= 3);
    }

    [Fact]
    public async Task Verify_AfterARowIsEditedInTheDatabase_NamesThatEntry()
    {
        await using var database = await DatabaseWithHistoryAsync();
        await using var db = database.CreateContext();
        var target = await db.AuditEntries.Where(a => a.EntityType == nameof(Patient)).OrderBy(a => a.Id).Skip(1).Select(a => a.Id).FirstAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET UserName = 'someone-else' WHERE Id = {target}");

        var result = await VerifyAsync(database);

        Assert.False(result.IsIntact);
        Assert.Equal(target, result.FirstBrokenEntryId);
        Assert.Contains("edited", result.Problem);
    }

    [Fact]
    public async Task Verify_AfterARowIsDeleted_NamesTheEntryThatFollowedIt()
    {
        await using var database = await DatabaseWithHistoryAsync();
        await using var db = database.CreateContext();
        var ids = await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        await db.Database.ExecuteSqlAsync($"DELETE FROM AuditEntries WHERE Id = {ids[1]}");

        var result = await VerifyAsync(database);

        Assert.Equal(ids[2], result.FirstBrokenEntryId);
        Assert.Contains("deleted or inserted", result.Problem);
    }
}
