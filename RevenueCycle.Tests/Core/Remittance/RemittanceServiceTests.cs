using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Denials;
using RevenueCycle.Core.Payers;
using RevenueCycle.Core.Remittance;
using RevenueCycle.Core.Remittance.X12;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Remittance;

/// <summary>835 posting against a real database: payments, adjustments, denials, suspense, balancing, reversals, re-imports.</summary>
public sealed class RemittanceServiceTests : IAsyncLifetime
{
    private static readonly DateOnly PaidOn = new(2026, 11, 19);
    private TestDatabase _database = null!;
    private AuditActor _biller = null!;
    private AuditActor _manager = null!;
    private int _check;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var seeded = await _database.InScopeAsync(sp => sp.GetRequiredService<DatabaseMaintenance>().SeedDemoAsync(new DemoOptions(Encounters: 400)));
        Assert.True(seeded.Succeeded, seeded.Error);
        _biller = await _database.UserAsync("biller@demo.test", Roles.Biller);
        _manager = await _database.UserAsync("manager@demo.test", Roles.Manager);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<T> As<T>(AuditActor actor, Func<RemittanceService, Task<T>> work) =>
        _database.InScopeAsync(actor, sp => work(sp.GetRequiredService<RemittanceService>()));

    /// <summary>Claims waiting for this payer's adjudication (submitted or accepted), with their lines.</summary>
    private async Task<(Payer Payer, List<Claim> Claims)> AwaitingAsync(int count)
    {
        await using var db = _database.CreateContext();
        var payer = await db.Payers.SingleAsync(p => p.ClaimFilingIndicator == "MB");
        var claims = await db.Claims.Include(c => c.Lines).AsNoTracking()
            .Where(c => c.PayerId == payer.Id && (c.Status == ClaimStatus.Submitted || c.Status == ClaimStatus.Accepted))
            .OrderBy(c => c.Id).Take(count).ToListAsync();
        Assert.Equal(count, claims.Count);
        return (payer, claims);
    }

    // A payer's decision on a claim: each line paid at 60 %, 25 % contractual (CO-45), the rest coinsurance (PR-2).
    private static Era835Claim Paid(Claim claim, string payerClaimNumber, bool dropModifiers = false) =>
        new(0, claim.ControlNumber, "1", claim.TotalCharge, claim.Lines.Sum(l => Pay(l)), claim.Lines.Sum(l => l.Charge - Pay(l) - Contract(l)), "MB", payerClaimNumber, "11", "1",
            [], [new Era835Person("QC", "PATIENT", "TEST", null, "MI", "M1")], [], [], [],
            claim.Lines.Select(l => new Era835ServiceLine(0, new Era835Procedure("HC", l.Code, dropModifiers ? [] : l.Modifiers), l.Charge, Pay(l), l.Units, null,
                [new Era835Date("472", l.DateOfService)],
                [new Era835Adjustment("CO", "45", Contract(l), null), new Era835Adjustment("PR", "2", l.Charge - Pay(l) - Contract(l), null)],
                dropModifiers ? [] : [new Era835Reference("6R", l.Id.ToString())], [], [])).ToList());

    private static decimal Pay(ClaimLine l) => Math.Round(l.Charge * 0.6m, 2);

    private static decimal Contract(ClaimLine l) => Math.Round(l.Charge * 0.25m, 2);

    private static Era835Claim Denied(Claim claim, string payerClaimNumber, string carc) =>
        new(0, claim.ControlNumber, "4", claim.TotalCharge, 0m, 0m, "MB", payerClaimNumber, "11", "1", [], [], [], [], [],
            claim.Lines.Select(l => new Era835ServiceLine(0, new Era835Procedure("HC", l.Code, l.Modifiers), l.Charge, 0m, l.Units, null,
                [new Era835Date("472", l.DateOfService)], [new Era835Adjustment("CO", carc, l.Charge, null)], [], [], ["N115"])).ToList());

    private string File835(Payer payer, params Era835Claim[] claims) => File835(payer, null, claims);

    private string File835(Payer payer, IReadOnlyList<Era835ProviderAdjustment>? plb, params Era835Claim[] claims) =>
        Era835Writer.Write([new Era835Writer.Remit(payer.Name, payer.PayerIdCode, "RIVERSIDE FAMILY HEALTH", "1234567893", $"EFT-TEST-{++_check}", PaidOn, claims, plb)], "PAYER", "RCPRACTICE", 7000 + _check, new DateTime(2026, 11, 19, 8, 0, 0));

    private static void AssertLedgerHolds(Claim claim)
    {
        foreach (var line in claim.Lines)
        {
            Assert.Equal(line.Charge, line.InsurancePaid + line.PatientPaid + line.Adjusted + line.Balance);
            Assert.Equal(line.Balance, line.InsuranceBalance + line.PatientBalance);
            Assert.True(line.Balance >= 0 && line.PatientBalance >= 0 && line.PatientBalance <= line.Balance);
        }

        Assert.Equal(claim.Lines.Sum(l => l.InsurancePaid), claim.InsurancePaid);
        Assert.Equal(claim.Lines.Sum(l => l.Adjusted), claim.Adjusted);
        Assert.Equal(claim.Lines.Sum(l => l.PatientResponsibility), claim.PatientResponsibility);
    }

    [Fact]
    public async Task Import_PostsPaymentContractualAndCoinsurance_ToEachLine_AndTheClaimBecomesPatientBalance()
    {
        var (payer, claims) = await AwaitingAsync(2);
        var text = File835(payer, Paid(claims[0], "PCN-1"), Paid(claims[1], "PCN-2", dropModifiers: true));

        var result = await As(_biller, s => s.ImportAsync("remit.835", text));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((1, 2, 0), (result.Value!.Posted, result.Value.ClaimsPosted, result.Value.ClaimsInSuspense));
        await using var db = _database.CreateContext();
        foreach (var original in claims)
        {
            var claim = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == original.Id);
            Assert.Equal(ClaimStatus.PatientBalance, claim.Status);
            Assert.Equal(claim.Lines.Sum(Pay), claim.InsurancePaid);
            Assert.Equal(claim.Lines.Sum(Contract), claim.Adjusted);
            Assert.Equal(claim.TotalCharge - claim.InsurancePaid - claim.Adjusted, claim.PatientBalance);
            Assert.Equal(0m, claim.InsuranceBalance);
            AssertLedgerHolds(claim);
            Assert.Equal(claim.Lines.Count, await db.Payments.CountAsync(p => p.ClaimId == claim.Id));
            Assert.Contains(await db.Adjustments.Where(a => a.ClaimId == claim.Id).ToListAsync(), a => a.Group == AdjustmentGroup.PR && a.ReasonCode == "2" && a.Kind == AdjustmentKind.PatientResponsibility);
        }

        Assert.Equal("PCN-1", (await db.Claims.SingleAsync(c => c.Id == claims[0].Id)).PayerClaimNumber);
        var detail = (await _database.InScopeAsync(_biller, sp => sp.GetRequiredService<ClaimService>().GetAsync(claims[0].Id))).Value!;
        var posted = await db.Payments.CountAsync(p => p.ClaimId == claims[0].Id) + await db.Adjustments.CountAsync(a => a.ClaimId == claims[0].Id);
        Assert.Equal(posted, detail.Ledger!.Count);
        Assert.Contains(detail.Ledger, e => e.What.StartsWith("Contractual CO-45 ") && e.Reference!.StartsWith("EFT-TEST"));
    }

    [Fact]
    public async Task Import_TheSameCheckAgain_PostsNothing_AndSaysWhy()
    {
        var (payer, claims) = await AwaitingAsync(1);
        var text = File835(payer, Paid(claims[0], "PCN-9"));
        await As(_biller, s => s.ImportAsync("remit.835", text));

        var again = await As(_biller, s => s.ImportAsync("remit-copy.835", text));

        Assert.True(again.Succeeded, again.Error);
        Assert.Equal((0, 1), (again.Value!.Posted, again.Value.Skipped));
        Assert.Contains("already imported", again.Value.Messages.Single());
        await using var db = _database.CreateContext();
        Assert.Equal(claims[0].Lines.Count, await db.Payments.CountAsync(p => p.ClaimId == claims[0].Id));
    }

    [Fact]
    public async Task Import_DeniedClaim_CreatesADenialWorkItem_WithCategoryAmountAndAppealDeadline()
    {
        var (payer, claims) = await AwaitingAsync(1);

        var result = await As(_biller, s => s.ImportAsync("denied.835", File835(payer, Denied(claims[0], "PCN-D", "50"))));

        Assert.Equal(1, result.Value!.Denials);
        await using var db = _database.CreateContext();
        var claim = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == claims[0].Id);
        Assert.Equal(ClaimStatus.Denied, claim.Status);
        Assert.Equal(claim.TotalCharge, claim.InsuranceBalance);
        AssertLedgerHolds(claim);
        var denial = await db.Denials.SingleAsync(d => d.ClaimId == claim.Id);
        Assert.Equal(("CO", "50", DenialCategory.MedicalNecessity), (denial.GroupCode, denial.ReasonCode, denial.Category));
        Assert.Equal(claim.TotalCharge, denial.AmountAtStake);
        Assert.Equal(PaidOn.AddDays(payer.AppealDays), denial.AppealDeadline);
        Assert.Equal("N115", denial.RemarkCodes);
    }

    [Fact]
    public async Task Import_UnknownClaim_WaitsInSuspense_AndABillerMatchesItByHand()
    {
        var (payer, claims) = await AwaitingAsync(2);
        var stranger = Paid(claims[1], "PCN-S") with { PatientControlNumber = "ZZ-NOT-OURS" };

        var result = await As(_biller, s => s.ImportAsync("mixed.835", File835(payer, Paid(claims[0], "PCN-M"), stranger)));

        Assert.Equal((1, 1), (result.Value!.ClaimsPosted, result.Value.ClaimsInSuspense));
        var suspense = await As(_biller, s => s.GetSuspenseAsync(new PageRequest(0, 50, null, false)));
        var item = Assert.Single(suspense.Items);
        Assert.Equal("ZZ-NOT-OURS", item.PatientControlNumber);
        Assert.Contains("No claim ZZ-NOT-OURS", item.Reason);
        Assert.Equal("PATIENT, TEST", item.PatientName);

        var matched = await As(_biller, s => s.MatchAsync(item.RemittanceClaimId, claims[1].ControlNumber));

        Assert.True(matched.Succeeded, matched.Error);
        Assert.Empty((await As(_biller, s => s.GetSuspenseAsync(new PageRequest(0, 50, null, false)))).Items);
        await using var db = _database.CreateContext();
        var claim = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == claims[1].Id);
        Assert.Equal(ClaimStatus.PatientBalance, claim.Status);
        AssertLedgerHolds(claim);
    }

    [Fact]
    public async Task Import_ACheckThatDoesNotBalance_PostsNothing_UntilAManagerPostsItWithAReason()
    {
        var (payer, claims) = await AwaitingAsync(1);
        var clp = Paid(claims[0], "PCN-U");
        var text = File835(payer, clp with { PaidAmount = clp.PaidAmount + 5m });

        var result = await As(_biller, s => s.ImportAsync("short.835", text));

        Assert.Equal(1, result.Value!.Unbalanced);
        Assert.Contains("does not balance", result.Value.Messages.Single());
        await using (var db = _database.CreateContext())
        {
            Assert.Equal(0, await db.Payments.CountAsync(p => p.ClaimId == claims[0].Id));
        }

        var remittance = (await As(_biller, s => s.GetRemittancesAsync(RemittanceStatus.Unbalanced, new PageRequest(0, 10, null, false)))).Items.Single(r => r.TraceNumber.StartsWith("EFT-TEST"));
        var byBiller = await As(_biller, s => s.PostUnbalancedAsync(remittance.Id, "Payer confirmed by phone"));
        var withoutReason = await As(_manager, s => s.PostUnbalancedAsync(remittance.Id, " "));
        var byManager = await As(_manager, s => s.PostUnbalancedAsync(remittance.Id, "Payer confirmed the check amount by phone (ref 8812)"));

        Assert.False(byBiller.Succeeded);
        Assert.False(withoutReason.Succeeded);
        Assert.True(byManager.Succeeded, byManager.Error);
        await using var check = _database.CreateContext();
        Assert.True(await check.Payments.AnyAsync(p => p.ClaimId == claims[0].Id));
        var posted = await check.Remittances.SingleAsync(r => r.Id == remittance.Id);
        Assert.Equal(RemittanceStatus.Posted, posted.Status);
        Assert.Equal(_manager.UserId, posted.PostedByUserId);
        Assert.StartsWith("Payer confirmed", posted.OverrideReason);
    }

    [Fact]
    public async Task Reversal_TakesThePaymentBackWithNegativeEntries_AndTheLedgerStillHolds()
    {
        var (payer, claims) = await AwaitingAsync(1);
        var paid = Paid(claims[0], "PCN-R");
        await As(_biller, s => s.ImportAsync("paid.835", File835(payer, paid)));
        var reversal = paid with
        {
            StatusCode = "22",
            ChargeAmount = -paid.ChargeAmount,
            PaidAmount = -paid.PaidAmount,
            PatientResponsibility = -paid.PatientResponsibility,
            Lines = paid.Lines.Select(l => l with { ChargeAmount = -l.ChargeAmount, PaidAmount = -l.PaidAmount, Adjustments = l.Adjustments.Select(a => a with { Amount = -a.Amount }).ToList() }).ToList(),
        };

        var result = await As(_biller, s => s.ImportAsync("reversal.835", File835(payer, reversal)));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(1, result.Value!.ClaimsPosted);
        await using var db = _database.CreateContext();
        var claim = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == claims[0].Id);
        Assert.Equal((0m, 0m, 0m), (claim.InsurancePaid, claim.Adjusted, claim.PatientResponsibility));
        Assert.Equal(claim.TotalCharge, claim.Balance);
        Assert.Equal(ClaimStatus.PartiallyPaid, claim.Status);
        AssertLedgerHolds(claim);
        Assert.Equal(2 * claim.Lines.Count, await db.Payments.CountAsync(p => p.ClaimId == claim.Id));
        Assert.Contains(await db.Payments.Where(p => p.ClaimId == claim.Id).Select(p => p.Amount).ToListAsync(), a => a < 0);
        Assert.Empty(await db.Denials.Where(d => d.ClaimId == claim.Id && d.CreatedAtUtc >= _database.Time.UtcNow).ToListAsync());
    }

    [Fact]
    public async Task Import_PaymentBelowTheFeeSchedule_IsFlaggedAsUnderpaid_AndProviderAdjustmentsAreKept()
    {
        var (payer, claims) = await AwaitingAsync(1);
        var claim = claims[0];
        var line = claim.Lines[0];
        decimal expected;
        await using (var lookup = _database.CreateContext())
        {
            expected = await (from e in lookup.FeeScheduleEntries join f in lookup.FeeSchedules on e.FeeScheduleId equals f.Id where f.PayerId == payer.Id && e.Code == line.Code && e.Modifier == null select e.ExpectedAllowed).FirstAsync() * line.Units;
        }

        // The first line is allowed $5.00 less than the contract; the others as Paid() prices them.
        var allowed = expected - 5m;
        Assert.True(line.Charge >= allowed);
        var clp = Paid(claim, "PCN-P");
        var lines = clp.Lines.ToList();
        lines[0] = lines[0] with { PaidAmount = allowed, Adjustments = [new Era835Adjustment("CO", "45", line.Charge - allowed, null)] };
        clp = clp with { Lines = lines, PaidAmount = lines.Sum(l => l.PaidAmount), PatientResponsibility = lines.Skip(1).Sum(l => l.Adjustments.Where(a => a.GroupCode == "PR").Sum(a => a.Amount)) };
        var plb = new Era835ProviderAdjustment(0, "1234567893", new DateOnly(2026, 12, 31), [new Era835ProviderAdjustmentAmount("L6", null, -1.25m)]);

        var result = await As(_biller, s => s.ImportAsync("under.835", File835(payer, [plb], clp)));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(1, result.Value!.ClaimsPosted);
        await using var db = _database.CreateContext();
        var item = await db.RemittanceClaims.SingleAsync(c => c.ClaimId == claim.Id && c.PayerClaimNumber == "PCN-P");
        Assert.True(item.UnderpaidAmount >= 5m, $"underpaid {item.UnderpaidAmount}");
        Assert.Contains(await db.ClaimStatusChanges.Where(h => h.ClaimId == claim.Id).Select(h => h.Note).ToListAsync(), n => n!.StartsWith("Underpaid by $"));
        var remittance = await db.Remittances.SingleAsync(r => r.Id == item.RemittanceId);
        Assert.Equal(clp.PaidAmount + 1.25m, remittance.PaymentAmount);
        var kept = await db.ProviderLevelAdjustments.SingleAsync(a => a.RemittanceId == remittance.Id);
        Assert.Equal(("L6", -1.25m), (kept.ReasonCode, kept.Amount));
    }

    [Fact]
    public async Task SecondaryClaim_AfterThePrimaryPays_Carries2320And2430WithThePrimarysAmounts_AndTheReaderReadsThemBack()
    {
        Claim primary;
        Payer payer;
        await using (var db = _database.CreateContext())
        {
            payer = await db.Payers.SingleAsync(p => p.ClaimFilingIndicator == "MB");
            var withSecondary = db.InsurancePolicies.Where(p => p.Priority == RevenueCycle.Core.Patients.CoveragePriority.Secondary).Select(p => p.PatientId);
            primary = await db.Claims.Include(c => c.Lines).AsNoTracking()
                .Where(c => c.PayerId == payer.Id && (c.Status == ClaimStatus.Submitted || c.Status == ClaimStatus.Accepted) && withSecondary.Contains(c.PatientId))
                .OrderBy(c => c.Id).FirstAsync();
        }

        var paid = Paid(primary, "PCN-COB");
        await As(_biller, s => s.ImportAsync("primary.835", File835(payer, paid)));
        int version;
        await using (var db = _database.CreateContext())
        {
            version = (await db.Claims.SingleAsync(c => c.Id == primary.Id)).Version;
        }

        var billed = await _database.InScopeAsync(_biller, sp => sp.GetRequiredService<ClaimService>().BillNextPayerAsync(primary.Id, version));

        Assert.True(billed.Succeeded, billed.Error);
        await using var check = _database.CreateContext();
        var doc = (await ClaimDocuments.LoadAsync(check, [billed.Value!.OtherClaimId!.Value], tracked: false, default)).Single();
        Assert.Equal(RevenueCycle.Core.Patients.CoveragePriority.Secondary, doc.Claim.PayerSequence);
        var envelope = new RevenueCycle.Core.Claims.X12.Envelope837("ZZ", "RCPRACTICE", "ZZ", "RCCLEARHOUSE", 11, 11, "RIVERSIDE", "BILLING", "5555550100", "CLEARINGHOUSE", 'T', _database.Time.UtcNow);
        var text = RevenueCycle.Core.Claims.X12.Claim837Writer.Write(envelope, [doc.ToClaim837()]);
        var read = RevenueCycle.Core.Claims.X12.Claim837Reader.Read(text);

        Assert.True(read.Succeeded, read.Error);
        var written = read.Value!.Claims.Single();
        Assert.Equal('S', written.Subscriber.PayerSequence);
        var other = Assert.Single(written.OtherPayers!);
        Assert.Equal(payer.PayerIdCode, other.Payer.PayerId);
        Assert.Equal(paid.PaidAmount, other.PaidAmount);
        Assert.Equal(paid.PatientResponsibility, other.RemainingPatientLiability);
        Assert.Equal(PaidOn, other.AdjudicationDate);
        foreach (var (line, service) in written.Lines.Zip(paid.Lines))
        {
            var adjudication = Assert.Single(line.PriorAdjudications!);
            Assert.Equal(service.PaidAmount, adjudication.PaidAmount);
            Assert.Equal(service.Adjustments.Select(a => (a.GroupCode, a.ReasonCode, a.Amount)).Order(), adjudication.Adjustments.Select(a => (a.GroupCode, a.ReasonCode, a.Amount)).Order());
        }

        var again = await _database.InScopeAsync(_biller, sp => sp.GetRequiredService<ClaimService>().BillNextPayerAsync(primary.Id, version + 1));
        Assert.False(again.Succeeded);
    }

    [Fact]
    public async Task PaperEob_PostsLikeAnEra_OnlyWhenTheCheckTotalAndEveryLineBalance_AndNotTwice()
    {
        var (payer, claims) = await AwaitingAsync(1);
        var claim = claims[0];
        var lines = claim.Lines.Select(l => new PaperEobLine(l.LineNumber, Pay(l), [new PaperEobAdjustment("CO", "45", Contract(l)), new PaperEobAdjustment("PR", "2", l.Charge - Pay(l) - Contract(l))], "MA01")).ToList();
        var total = lines.Sum(l => l.Paid);
        PaperEob Eob(decimal amount, IReadOnlyList<PaperEobLine> eobLines) => new(payer.Id, "PAPER-5521", PaidOn, amount, [new PaperEobClaim(claim.ControlNumber, false, "PCN-PAPER", eobLines)]);

        var shortCheck = await As(_biller, s => s.PostPaperEobAsync(Eob(total + 1m, lines)));
        var badLine = await As(_biller, s => s.PostPaperEobAsync(Eob(total, [lines[0] with { Paid = lines[0].Paid - 1m }, .. lines.Skip(1)])));
        var posted = await As(_biller, s => s.PostPaperEobAsync(Eob(total, lines)));
        var again = await As(_biller, s => s.PostPaperEobAsync(Eob(total, lines)));

        Assert.False(shortCheck.Succeeded);
        Assert.Contains("difference", shortCheck.Error);
        Assert.False(badLine.Succeeded);
        Assert.Contains("does not balance", badLine.Error);
        Assert.True(posted.Succeeded, posted.Error);
        Assert.Equal(1, posted.Value!.ClaimsPosted);
        Assert.Equal(0, again.Value!.Posted);
        Assert.Contains("already imported", again.Value.Messages.Single());
        await using var db = _database.CreateContext();
        var after = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == claim.Id);
        Assert.Equal(ClaimStatus.PatientBalance, after.Status);
        AssertLedgerHolds(after);
        var batch = await db.PaymentBatches.SingleAsync(b => b.CheckNumber == "PAPER-5521");
        Assert.Equal((PaymentBatchSource.PaperEob, total), (batch.Source, batch.Amount));
        Assert.Contains(await db.Adjustments.Where(a => a.ClaimId == claim.Id).Select(a => a.RemarkCodes).ToListAsync(), r => r == "MA01");
    }

    [Fact]
    public async Task DemoRemittanceWaitingToBePosted_PostsFromItsStoredClaims()
    {
        await using var db = _database.CreateContext();
        var waiting = await db.Remittances.Include(r => r.Claims).Where(r => r.Status == RemittanceStatus.Imported).OrderBy(r => r.Id).FirstAsync();
        var claimIds = waiting.Claims.Select(c => c.ClaimId!.Value).ToList();
        Assert.Empty(await db.Payments.Where(p => claimIds.Contains(p.ClaimId)).ToListAsync());

        var posted = await As(_biller, s => s.PostAsync(waiting.Id));
        var again = await As(_biller, s => s.PostAsync(waiting.Id));

        Assert.True(posted.Succeeded, posted.Error);
        Assert.Equal((waiting.Claims.Count, 0), (posted.Value!.ClaimsPosted, posted.Value.ClaimsInSuspense));
        Assert.False(again.Succeeded);
        Assert.Contains("only a remittance waiting to be posted", again.Error);
        await using var check = _database.CreateContext();
        Assert.Equal(waiting.PaymentAmount, (await check.Payments.Where(p => p.PaymentBatchId == waiting.PaymentBatchId).Select(p => p.Amount).ToListAsync()).Sum());
        foreach (var claim in await check.Claims.Include(c => c.Lines).Where(c => claimIds.Contains(c.Id)).ToListAsync())
        {
            Assert.True(ClaimLifecycle.IsAdjudicated(claim.Status), $"{claim.ControlNumber} is {claim.Status}");
            AssertLedgerHolds(claim);
        }
    }

    [Fact]
    public async Task Import_UnknownPayer_PostsNothing_AndSaysWhichPayer()
    {
        var text = await File.ReadAllTextAsync(SharedData.PathOf("x12/835-5010-Example1.txt"));

        var result = await As(_biller, s => s.ImportAsync("835-5010-Example1.txt", text));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(0, result.Value!.Posted);
        Assert.All(result.Value.Messages, m => Assert.Contains("is not set up", m));
    }

    [Fact]
    public async Task Import_MalformedFile_IsRefusedNamingTheSegment()
    {
        var (payer, claims) = await AwaitingAsync(1);
        var text = File835(payer, Paid(claims[0], "PCN-X")).Replace("CLP*", "CLP*", StringComparison.Ordinal)[..300];

        var result = await As(_biller, s => s.ImportAsync("cut.835", text));

        Assert.False(result.Succeeded);
        Assert.Contains("Segment", result.Error);
        Assert.Contains("Nothing was posted", result.Error);
    }

    [Fact]
    public async Task Import_AsACoder_IsRefused()
    {
        var coder = new AuditActor("coder", "coder", null, new HashSet<string> { Roles.Coder });

        var result = await As(coder, s => s.ImportAsync("x.835", "ISA"));

        Assert.False(result.Succeeded);
        Assert.Contains("billers and managers", result.Error);
    }
}
