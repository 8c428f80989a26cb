using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Denials;
using RevenueCycle.Core.Remittance;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Denials;

/// <summary>The denial worklist and its actions on the demo practice's denials.</summary>
public sealed class DenialServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private AuditActor _biller = null!;
    private AuditActor _manager = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var seeded = await _database.InScopeAsync(sp => sp.GetRequiredService<DatabaseMaintenance>().SeedDemoAsync(new DemoOptions(Encounters: 600)));
        Assert.True(seeded.Succeeded, seeded.Error);
        _biller = await _database.UserAsync("biller@demo.test", Roles.Biller);
        _manager = await _database.UserAsync("manager@demo.test", Roles.Manager);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<T> As<T>(AuditActor actor, Func<DenialService, Task<T>> work) =>
        _database.InScopeAsync(actor, sp => work(sp.GetRequiredService<DenialService>()));

    private async Task<Denial> OpenDenialAsync(Func<Denial, bool>? where = null)
    {
        await using var db = _database.CreateContext();
        var open = await db.Denials.Where(d => d.Status == DenialStatus.Open).OrderByDescending(d => d.AmountAtStake).ToListAsync();
        var claims = await db.Claims.Where(c => c.Status == ClaimStatus.Denied || c.Status == ClaimStatus.PartiallyPaid).Select(c => c.Id).ToListAsync();
        return open.First(d => claims.Contains(d.ClaimId) && (where is null || where(d)));
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
    public async Task Worklist_SortsByDollarsThenDeadline_AndFiltersByCategoryAndPayer()
    {
        var all = await As(_biller, s => s.GetPageAsync(new DenialFilter(), new PageRequest(0, 100, null, false)));
        Assert.NotEmpty(all.Items);
        Assert.Equal(all.Items.OrderByDescending(i => i.AmountAtStake).Select(i => i.AmountAtStake), all.Items.Select(i => i.AmountAtStake));
        Assert.All(all.Items, i => Assert.False(string.IsNullOrEmpty(i.Reason)));

        var first = all.Items[0];
        await using var db = _database.CreateContext();
        var payerId = await db.Claims.Where(c => c.Id == first.ClaimId).Select(c => c.PayerId).SingleAsync();
        var filtered = await As(_biller, s => s.GetPageAsync(new DenialFilter(PayerId: payerId, Category: first.Category), new PageRequest(0, 500, "AppealDeadline", false)));

        var expected = await (from d in db.Denials
                              join c in db.Claims on d.ClaimId equals c.Id
                              where c.PayerId == payerId && d.Category == first.Category
                                    && (d.Status == DenialStatus.Open || d.Status == DenialStatus.InProgress || d.Status == DenialStatus.Appealed || d.Status == DenialStatus.Resubmitted || d.Status == DenialStatus.WriteOffPending)
                              select d.Id).ToListAsync();
        Assert.Equal(expected.Order(), filtered.Items.Select(i => i.DenialId).Order());
        Assert.Equal(filtered.Items.OrderBy(i => i.AppealDeadline).Select(i => i.AppealDeadline), filtered.Items.Select(i => i.AppealDeadline));

        var lastName = first.PatientName.Split(',')[0];
        var byName = await As(_biller, s => s.GetPageAsync(new DenialFilter(Search: lastName[..3].ToLowerInvariant()), new PageRequest(0, 500, null, false)));
        var byNumber = await As(_biller, s => s.GetPageAsync(new DenialFilter(Search: first.ControlNumber), new PageRequest(0, 500, null, false)));
        Assert.Contains(byName.Items, i => i.DenialId == first.DenialId);
        Assert.All(byName.Items, i => Assert.StartsWith(lastName[..3], i.PatientName));
        Assert.All(byNumber.Items, i => Assert.Equal(first.ControlNumber, i.ControlNumber));
        Assert.Contains(byNumber.Items, i => i.DenialId == first.DenialId);
    }

    [Fact]
    public async Task Resubmit_CreatesTheCorrectedClaim_AndTheDenialIsResubmitted()
    {
        var denial = await OpenDenialAsync(d => d.ClaimLineId == null);

        var result = await As(_biller, s => s.ResubmitAsync(denial.Id));

        Assert.True(result.Succeeded, result.Error);
        await using var db = _database.CreateContext();
        var corrected = await db.Claims.SingleAsync(c => c.Id == result.Value);
        Assert.Equal(("7", denial.ClaimId), (corrected.FrequencyCode, corrected.OriginalClaimId!.Value));
        Assert.Equal(DenialStatus.Resubmitted, (await db.Denials.SingleAsync(d => d.Id == denial.Id)).Status);
        Assert.Equal(ClaimStatus.Replaced, (await db.Claims.SingleAsync(c => c.Id == denial.ClaimId)).Status);
    }

    [Fact]
    public async Task Appeal_GeneratesTheLetterWithTheClaimFactsAndTheArgument_AndTracksTheOutcome()
    {
        var denial = await OpenDenialAsync();
        const string argument = "The operative note documents a separate, significant procedure; the records are enclosed.";

        var appealed = await As(_biller, s => s.AppealAsync(denial.Id, argument));

        Assert.True(appealed.Succeeded, appealed.Error);
        var pdf = await As(_biller, s => s.GetAppealLetterAsync(appealed.Value));
        var text = string.Join(" ", PdfText.Extract(pdf.Value!).Select(r => r.Text));
        await using var db = _database.CreateContext();
        var claim = await db.Claims.SingleAsync(c => c.Id == denial.ClaimId);
        Assert.Contains(claim.ControlNumber, text);
        Assert.Contains("records are enclosed", text);
        Assert.Contains(denial.ReasonCode, text);
        Assert.Equal(DenialStatus.Appealed, (await db.Denials.SingleAsync(d => d.Id == denial.Id)).Status);

        var decided = await As(_biller, s => s.RecordAppealOutcomeAsync(appealed.Value, AppealOutcome.Overturned, "Paid on reconsideration"));
        var twice = await As(_biller, s => s.RecordAppealOutcomeAsync(appealed.Value, AppealOutcome.Upheld, null));

        Assert.True(decided.Succeeded, decided.Error);
        Assert.False(twice.Succeeded);
        await using var check = _database.CreateContext();
        Assert.Equal(DenialStatus.Overturned, (await check.Denials.SingleAsync(d => d.Id == denial.Id)).Status);
    }

    [Fact]
    public async Task WriteOff_AboveTheThreshold_WaitsForAManager_WhoseApprovalPostsIt()
    {
        var options = _database.Services.GetRequiredService<IOptions<DenialOptions>>().Value;
        options.WriteOffApprovalThreshold = 1m;
        var denial = await OpenDenialAsync();

        var requested = await As(_biller, s => s.WriteOffAsync(denial.Id, "Not worth appealing"));

        Assert.True(requested.Succeeded, requested.Error);
        Assert.False(requested.Value);
        await using (var db = _database.CreateContext())
        {
            Assert.Equal(DenialStatus.WriteOffPending, (await db.Denials.SingleAsync(d => d.Id == denial.Id)).Status);
            Assert.Empty(await db.Adjustments.Where(a => a.ClaimId == denial.ClaimId && a.Kind == AdjustmentKind.WriteOff).ToListAsync());
        }

        var pending = Assert.Single(await As(_manager, s => s.GetPendingWriteOffsAsync()), r => r.DenialId == denial.Id);
        var byBiller = await As(_biller, s => s.DecideWriteOffAsync(pending.Id, approve: true));
        var byManager = await As(_manager, s => s.DecideWriteOffAsync(pending.Id, approve: true));

        Assert.False(byBiller.Succeeded);
        Assert.True(byManager.Succeeded, byManager.Error);
        await using var check = _database.CreateContext();
        var writeOffs = await check.Adjustments.Where(a => a.ClaimId == denial.ClaimId && a.Kind == AdjustmentKind.WriteOff).ToListAsync();
        Assert.NotEmpty(writeOffs);
        Assert.All(writeOffs, a => Assert.Equal(_manager.UserId, a.ApprovedByUserId));
        Assert.All(writeOffs, a => Assert.Equal(_biller.UserId, a.PostedByUserId));
        Assert.Equal(DenialStatus.WrittenOff, (await check.Denials.SingleAsync(d => d.Id == denial.Id)).Status);
        AssertLedgerHolds(await check.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == denial.ClaimId));
        options.WriteOffApprovalThreshold = 100m;
    }

    [Fact]
    public async Task WriteOff_UnderTheThreshold_PostsAtOnce()
    {
        var options = _database.Services.GetRequiredService<IOptions<DenialOptions>>().Value;
        options.WriteOffApprovalThreshold = 1_000_000m;
        var denial = await OpenDenialAsync();

        var result = await As(_biller, s => s.WriteOffAsync(denial.Id, "Small balance"));

        Assert.True(result.Value);
        await using var db = _database.CreateContext();
        var claim = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == denial.ClaimId);
        Assert.True(await db.Adjustments.AnyAsync(a => a.ClaimId == claim.Id && a.Kind == AdjustmentKind.WriteOff && a.ApprovedByUserId == null));
        AssertLedgerHolds(claim);
        options.WriteOffApprovalThreshold = 100m;
    }

    [Fact]
    public async Task TransferToPatient_MovesTheDeniedAmountToThePatient()
    {
        var denial = await OpenDenialAsync(d => d.ClaimLineId == null);
        await using (var before = _database.CreateContext())
        {
            Assert.Equal(ClaimStatus.Denied, (await before.Claims.SingleAsync(c => c.Id == denial.ClaimId)).Status);
        }

        var result = await As(_biller, s => s.TransferToPatientAsync(denial.Id));

        Assert.True(result.Succeeded, result.Error);
        await using var db = _database.CreateContext();
        var claim = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == denial.ClaimId);
        Assert.Equal(ClaimStatus.PatientBalance, claim.Status);
        Assert.Equal(0m, claim.InsuranceBalance);
        AssertLedgerHolds(claim);
    }

    [Fact]
    public async Task Patterns_GroupDenialsByCause_AndNameTheCheckThatWouldHaveCaughtThem()
    {
        var patterns = await As(_manager, s => s.GetPatternsAsync(10_000));

        Assert.NotEmpty(patterns);
        Assert.Equal(patterns.OrderByDescending(p => p.Amount).Select(p => p.Amount), patterns.Select(p => p.Amount));
        Assert.All(patterns, p => Assert.NotEmpty(p.Checks));
        await using var db = _database.CreateContext();
        Assert.Equal((await db.Denials.Select(d => d.AmountAtStake).ToListAsync()).Sum(), patterns.Sum(p => p.Amount));
        Assert.Equal(await db.Denials.CountAsync(), patterns.Sum(p => p.Count));

        var pattern = patterns.First(p => p.ProcedureCode.Length > 0 && CarcCatalog.IsDenial(p.ReasonCode));
        var rule = await _database.InScopeAsync(_manager, sp => sp.GetRequiredService<PayerRuleService>().CreateFromDenialPatternAsync(pattern.ReasonCode, pattern.ProcedureCode, pattern.PayerId, pattern.PayerName));
        Assert.True(rule.Succeeded, rule.Error);
        Assert.True(await db.PayerRules.AnyAsync(r => r.Name == rule.Value && r.PayerId == pattern.PayerId && r.IsActive));
    }

    [Fact]
    public async Task Actions_AsACoder_AreRefused()
    {
        var coder = new AuditActor("coder", "coder", null, new HashSet<string> { Roles.Coder });
        var denial = await OpenDenialAsync();

        var writeOff = await As(coder, s => s.WriteOffAsync(denial.Id, "x"));
        var appeal = await As(coder, s => s.AppealAsync(denial.Id, "x"));

        Assert.False(writeOff.Succeeded);
        Assert.False(appeal.Succeeded);
    }
}
