using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Remittance;
using RevenueCycle.Core.Statements;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Statements;

/// <summary>Patient payments, credits, refunds, the ledger and statements on the demo practice.</summary>
public sealed class PatientAccountServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private AuditActor _biller = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var seeded = await _database.InScopeAsync(sp => sp.GetRequiredService<DatabaseMaintenance>().SeedDemoAsync(new DemoOptions(Encounters: 400)));
        Assert.True(seeded.Succeeded, seeded.Error);
        _biller = await _database.UserAsync("biller@demo.test", Roles.Biller);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<T> As<T>(Func<PatientAccountService, Task<T>> work) =>
        _database.InScopeAsync(_biller, sp => work(sp.GetRequiredService<PatientAccountService>()));

    private async Task<(int PatientId, decimal Owes)> PatientWhoOwesAsync()
    {
        await using var db = _database.CreateContext();
        var owing = await db.Claims.Where(c => c.PatientResponsibility - c.PatientPaid > 0 && c.Status != ClaimStatus.Voided)
            .GroupBy(c => c.PatientId).Select(g => new { g.Key, Owes = g.Sum(c => c.PatientResponsibility - c.PatientPaid) })
            .OrderByDescending(x => x.Owes).FirstAsync();
        return (owing.Key, owing.Owes);
    }

    private static void AssertLedgerHolds(Claim claim)
    {
        foreach (var line in claim.Lines)
        {
            Assert.Equal(line.Charge, line.InsurancePaid + line.PatientPaid + line.Adjusted + line.Balance);
            Assert.True(line.PatientBalance >= 0 && line.PatientBalance <= line.Balance);
        }
    }

    [Fact]
    public async Task PatientPayment_PaysTheOldestBalancesFirst_KeepsTheRestAsCredit_AndARefundUsesTheCredit()
    {
        var (patientId, owes) = await PatientWhoOwesAsync();

        var paid = await As(s => s.PostPatientPaymentAsync(patientId, owes + 25m, PaymentMethod.Check, "4411"));

        Assert.True(paid.Succeeded, paid.Error);
        Assert.Equal((owes, 25m), (paid.Value!.Applied, paid.Value.ToCredit));
        Assert.StartsWith("RCPT-", paid.Value.ReceiptNumber);
        var ledger = (await As(s => s.GetLedgerAsync(patientId))).Value!;
        Assert.Equal(0m, ledger.PatientBalance);
        Assert.Equal(25m, ledger.Credit);
        Assert.Contains(ledger.Entries, e => e.What.StartsWith("Patient payment") && e.Reference == paid.Value.ReceiptNumber);
        await using (var db = _database.CreateContext())
        {
            foreach (var claim in await db.Claims.Include(c => c.Lines).Where(c => c.PatientId == patientId).ToListAsync())
            {
                AssertLedgerHolds(claim);
            }

            var batch = await db.PaymentBatches.SingleAsync(b => b.Id == paid.Value.PaymentBatchId);
            Assert.Equal((PaymentBatchSource.Patient, owes + 25m, PaymentBatchStatus.Posted), (batch.Source, batch.Amount, batch.Status));
        }

        var tooMuch = await As(s => s.RefundCreditAsync(patientId, 30m, "refund check 100"));
        var refund = await As(s => s.RefundCreditAsync(patientId, 25m, "Refund check 10452: overpaid"));

        Assert.False(tooMuch.Succeeded);
        Assert.True(refund.Succeeded, refund.Error);
        Assert.Equal(0m, (await As(s => s.GetLedgerAsync(patientId))).Value!.Credit);

        var receipt = await As(s => s.GetReceiptAsync(paid.Value.PaymentBatchId));
        var text = string.Join(" ", PdfText.Extract(receipt.Value!).Select(r => r.Text));
        Assert.Contains(paid.Value.ReceiptNumber, text);
        Assert.Contains("credit", text);
    }

    [Fact]
    public async Task PatientPayment_WithoutACheckNumberOrInBadAmounts_IsRefusedInWords()
    {
        var (patientId, _) = await PatientWhoOwesAsync();

        var noCheck = await As(s => s.PostPatientPaymentAsync(patientId, 10m, PaymentMethod.Check, null));
        var zero = await As(s => s.PostPatientPaymentAsync(patientId, 0m, PaymentMethod.Cash, null));
        var fractions = await As(s => s.PostPatientPaymentAsync(patientId, 10.005m, PaymentMethod.Cash, null));

        Assert.Contains("check number", noCheck.Error);
        Assert.Contains("more than zero", zero.Error);
        Assert.Contains("dollars and cents", fractions.Error);
    }

    [Fact]
    public async Task StatementRun_BillsEveryPatientOverTheThreshold_SkipsSuppressed_AndFlagsCollectionsAfterThreeUnpaid()
    {
        var (suppressedId, _) = await PatientWhoOwesAsync();
        await As(s => s.SetStatementSuppressionAsync(suppressedId, true));
        await using var db = _database.CreateContext();
        var owing = await db.Claims.Where(c => c.PatientResponsibility - c.PatientPaid > 0 && c.Status != ClaimStatus.Voided)
            .GroupBy(c => c.PatientId).Select(g => new { g.Key, Owes = g.Sum(c => c.PatientResponsibility - c.PatientPaid) })
            .Where(x => x.Owes >= 5m).Select(x => x.Key).ToListAsync();

        var first = await As(s => s.RunStatementsAsync(5m));

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(owing.Count - 1, first.Value!.Patients);
        Assert.DoesNotContain(suppressedId, await db.StatementRecords.Where(r => r.StatementRunId == first.Value.RunId).Select(r => r.PatientId).ToListAsync());
        var pdf = await As(s => s.GetStatementRunAsync(first.Value.RunId));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf.Value!, 0, 4));
        Assert.Equal(0, first.Value.FlaggedForCollections);

        await As(s => s.RunStatementsAsync(5m));
        var third = await As(s => s.RunStatementsAsync(5m));

        Assert.Equal(third.Value!.Patients, third.Value.FlaggedForCollections);
        await using var check = _database.CreateContext();
        Assert.Equal(third.Value.Patients, await check.Patients.CountAsync(p => p.CollectionsFlaggedAtUtc != null));
    }

    [Fact]
    public async Task Statement_ForOnePatient_ShowsWhatTheyOwe()
    {
        var (patientId, owes) = await PatientWhoOwesAsync();

        var statement = await As(s => s.GetStatementAsync(patientId));

        var text = string.Join(" ", PdfText.Extract(statement.Value!).Select(r => r.Text));
        Assert.Contains(RevenueCycle.Core.Common.Pdf.UsMoney.Format(owes), text);
        await using var db = _database.CreateContext();
        var mrn = await db.Patients.Where(p => p.Id == patientId).Select(p => p.Mrn).SingleAsync();
        Assert.Contains(mrn, text);
    }
}
