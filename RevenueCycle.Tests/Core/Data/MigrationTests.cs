using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Tests.Core.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_OnEmptyDatabase_CreatesEveryTableOfTheModel()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new RevenueCycleDbContext(new DbContextOptionsBuilder<RevenueCycleDbContext>().UseSqlite(connection).Options);

        await db.Database.MigrateAsync();

        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
        var expected = db.Model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t is not null).Distinct();
        Assert.All(expected, table => Assert.Contains(table, tables));
        Assert.Contains("Claims", tables);
        Assert.Contains("AuditEntries", tables);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await using var db = new RevenueCycleDbContext(new DbContextOptionsBuilder<RevenueCycleDbContext>().UseSqlite(connection).Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add.");
    }

    [Fact]
    public async Task Money_IsStoredAsIntegerCents()
    {
        await using var database = await Support.TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var payer = new RevenueCycle.Core.Payers.Payer("Test payer", "TP001", "CI", 90, 60, RevenueCycle.Core.Payers.SubmissionMethod.Edi, RevenueCycle.Core.Common.Address.Empty);
        db.Payers.Add(payer);
        var schedule = new RevenueCycle.Core.Payers.FeeSchedule("Test", null, new DateOnly(2026, 1, 1));
        schedule.SetFee("99213", null, 150.255m, 92.10m);
        db.FeeSchedules.Add(schedule);
        await db.SaveChangesAsync();

        var stored = await db.Database.SqlQueryRaw<long>("SELECT Charge AS Value FROM FeeScheduleEntries").SingleAsync();

        // Half a cent rounds away from zero, as billing does.
        Assert.Equal(15026L, stored);
    }
}
