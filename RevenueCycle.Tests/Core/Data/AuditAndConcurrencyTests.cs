using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Patients;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Data;

public sealed class AuditAndConcurrencyTests
{
    private static readonly AuditActor Biller = new("user-1", "biller@demo.test", "10.0.0.5", new HashSet<string> { Roles.Biller });

    [Fact]
    public async Task SaveChanges_RecordsWhoChangedWhatWithBeforeAndAfter()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext(Biller))
        {
            db.Patients.Add(new Patient("MRN1", "Ann", "Lee", new DateOnly(1980, 5, 1), Sex.Female, Address.Empty, "7175550100", TestDatabase.DefaultNow));
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext(Biller))
        {
            var patient = await db.Patients.SingleAsync();
            patient.RecordDeath(new DateOnly(2026, 10, 1));
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var entries = await check.AuditEntries.Where(a => a.EntityType == "Patient").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([AuditActions.Create, AuditActions.Update], entries.Select(e => e.Action));
        var update = entries[1];
        Assert.Equal("biller@demo.test", update.UserName);
        Assert.Equal("10.0.0.5", update.ClientAddress);
        Assert.NotNull(update.PatientId);
        Assert.Contains("\"DateOfDeath\":null", update.Before);
        Assert.Contains("2026-10-01", update.After);
        Assert.DoesNotContain("FirstName", update.After);
    }

    [Fact]
    public async Task AuditTrail_IsHashChained()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext(Biller))
        {
            db.Patients.Add(new Patient("MRN1", "Ann", "Lee", new DateOnly(1980, 5, 1), Sex.Female, Address.Empty, "", TestDatabase.DefaultNow));
            db.Patients.Add(new Patient("MRN2", "Bo", "Kim", new DateOnly(1990, 5, 1), Sex.Male, Address.Empty, "", TestDatabase.DefaultNow));
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var entries = await check.AuditEntries.OrderBy(a => a.Id).ToListAsync();
        var previous = "";
        foreach (var entry in entries)
        {
            Assert.True(entry.IsIntact(previous), $"audit entry {entry.Id} does not chain to the one before");
            previous = entry.Hash;
        }

        Assert.True(entries.Count >= 2);
    }

    [Fact]
    public async Task SaveChanges_TwoPeopleEditTheSameClaim_TheSecondGetsAConflict()
    {
        await using var database = await TestDatabase.CreateAsync();
        int batchId;
        await using (var db = database.CreateContext())
        {
            var batch = new RevenueCycle.Core.Remittance.PaymentBatch(RevenueCycle.Core.Remittance.PaymentBatchSource.Patient, null, "PT1", new DateOnly(2026, 11, 20), 10m, RevenueCycle.Core.Remittance.PaymentMethod.Cash, TestDatabase.DefaultNow, "biller");
            db.PaymentBatches.Add(batch);
            await db.SaveChangesAsync();
            batchId = batch.Id;
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.PaymentBatches.SingleAsync(b => b.Id == batchId);
        var theirs = await second.PaymentBatches.SingleAsync(b => b.Id == batchId);
        mine.MarkPosted(TestDatabase.DefaultNow, "biller-1");
        await first.SaveChangesAsync();
        theirs.MarkPosted(TestDatabase.DefaultNow, "biller-2");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = database.CreateContext();
        var saved = await check.PaymentBatches.SingleAsync(b => b.Id == batchId);
        Assert.Equal("biller-1", saved.PostedByUserId);
        Assert.Equal(1, saved.Version);
    }
}
