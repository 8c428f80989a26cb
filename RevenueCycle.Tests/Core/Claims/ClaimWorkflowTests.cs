using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Claims.Scrubbing;
using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;
using RevenueCycle.Core.Payers;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.Claims;

/// <summary>The biller's claims work against a real database: build, scrub, fix, submit, acknowledge.</summary>
public sealed class ClaimWorkflowTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private AuditActor _biller = null!;
    private AuditActor _biller2 = null!;
    private AuditActor _manager = null!;
    private AuditActor _coder = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var seeded = await _database.InScopeAsync(sp => sp.GetRequiredService<DatabaseMaintenance>().SeedDemoAsync(new DemoOptions(Encounters: 400)));
        Assert.True(seeded.Succeeded, seeded.Error);
        _biller = await _database.UserAsync("biller@demo.test", Roles.Biller);
        _biller2 = await _database.UserAsync("manager@demo.test", Roles.Biller);
        _manager = await _database.UserAsync("manager@demo.test", Roles.Manager);
        _coder = await _database.UserAsync("coder@demo.test", Roles.Coder);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<T> As<T, TService>(AuditActor actor, Func<TService, Task<T>> work)
        where TService : notnull =>
        _database.InScopeAsync(actor, sp => work(sp.GetRequiredService<TService>()));

    private async Task<List<int>> ReadyInsuranceClaimsAsync(int take)
    {
        await using var db = _database.CreateContext();
        var payers = await db.Payers.Where(p => p.SubmissionMethod == SubmissionMethod.Edi).Select(p => p.Id).ToListAsync();
        return await db.Claims.Where(c => c.Status == ClaimStatus.Ready && payers.Contains(c.PayerId)).OrderBy(c => c.Id).Select(c => c.Id).Take(take).ToListAsync();
    }

    // Ready claims that pass the scrubber as they are: the demo leaves some with a deliberate NCCI
    // pair, a duplicate line or a payer's timely-filing window passed, which the scrubber rightly holds.
    private async Task<List<int>> CleanClaimsAsync(int take)
    {
        await ClearPriorAuthorizationRulesAsync();
        var pool = await ReadyInsuranceClaimsAsync(take * 4);
        await As<Result<ScrubSummary>, ClaimScrubService>(_biller, s => s.ScrubAsync(pool));
        await using var db = _database.CreateContext();
        var clean = await db.Claims.Where(c => pool.Contains(c.Id) && c.Status == ClaimStatus.Ready).OrderBy(c => c.Id).Select(c => c.Id).Take(take).ToListAsync();
        Assert.Equal(take, clean.Count);
        return clean;
    }

    [Fact]
    public async Task Build_TurnsEveryCodedChartIntoAClaim_WithNewUniqueControlNumbers()
    {
        await using (var before = _database.CreateContext())
        {
            Assert.NotEmpty(await before.Encounters.Where(e => e.Status == EncounterStatus.Coded).ToListAsync());
        }

        int claimsBefore;
        await using (var db = _database.CreateContext())
        {
            claimsBefore = await db.Claims.CountAsync();
        }

        var built = await As<Result<ClaimBuildResult>, ClaimBuildingService>(_biller, s => s.BuildAsync());

        Assert.True(built.Succeeded, built.Error);
        await using var check = _database.CreateContext();
        Assert.Empty(await check.Encounters.Where(e => e.Status == EncounterStatus.Coded).ToListAsync());
        var claims = await check.Claims.Where(c => built.Value!.ClaimIds.Contains(c.Id)).ToListAsync();
        Assert.Equal(built.Value!.ClaimIds.Count, claims.Count);
        Assert.All(claims, c => Assert.Equal($"RC{int.Parse(c.ControlNumber[2..]):D8}", c.ControlNumber));
        Assert.All(claims, c => Assert.True(int.Parse(c.ControlNumber[2..]) > claimsBefore, c.ControlNumber));
        Assert.Equal(await check.Claims.CountAsync(), await check.Claims.Select(c => c.ControlNumber).Distinct().CountAsync());
        var selfPay = await check.Payers.SingleAsync(p => p.SubmissionMethod == SubmissionMethod.None);
        Assert.All(claims.Where(c => c.PayerId == selfPay.Id), c => Assert.Equal(ClaimStatus.PatientBalance, c.Status));
        Assert.All(claims.Where(c => c.PayerId != selfPay.Id), c => Assert.Equal(ClaimStatus.Ready, c.Status));
    }

    [Fact]
    public async Task Build_AsACoder_IsRefused()
    {
        var built = await As<Result<ClaimBuildResult>, ClaimBuildingService>(_coder, s => s.BuildAsync());

        Assert.False(built.Succeeded);
        Assert.Contains("billers", built.Error);
    }

    [Fact]
    public async Task Scrub_MissingPriorAuthorization_HoldsTheClaimWithAStoredFinding_AndTheFixReleasesIt()
    {
        var claimId = await ClaimNeedingPriorAuthorizationAsync();

        var first = await As<Result<ScrubSummary>, ClaimScrubService>(_biller, s => s.ScrubAsync([claimId]));

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(1, first.Value!.Held);
        var detail = (await As<Result<ClaimDetail>, ClaimService>(_biller, s => s.GetAsync(claimId))).Value!;
        Assert.Equal(ClaimStatus.Held, detail.Status);
        var finding = Assert.Single(detail.LastScrub!.Findings, f => f.RuleId == ScrubRules.PriorAuthorizationMissing.Id);
        Assert.Equal("claim.priorAuth", finding.Field);
        Assert.Contains("Scrubber", detail.StatusReason);

        var change = new ClaimDetailsChange(detail.PlaceOfService, "AUTH-55012", detail.ReferringProviderId, detail.ServiceFacilityId, false, false, null, false, null, null, null);
        var saved = await As<Result<ClaimChangeResult>, ClaimService>(_biller, s => s.ChangeDetailsAsync(claimId, detail.Version, change));
        Assert.True(saved.Succeeded, saved.Error);
        var second = await As<Result<ScrubSummary>, ClaimScrubService>(_biller, s => s.ScrubAsync([claimId]));

        Assert.Equal(1, second.Value!.Passed);
        await using var db = _database.CreateContext();
        var claim = await db.Claims.SingleAsync(c => c.Id == claimId);
        Assert.Equal(ClaimStatus.Ready, claim.Status);
        Assert.False(claim.CleanOnFirstScrub);
        Assert.Equal(2, await db.ScrubRuns.CountAsync(r => r.ClaimId == claimId));
        Assert.True(await db.ScrubRuns.Where(r => r.ClaimId == claimId && r.IsFirst).Select(r => r.Errors).SingleAsync() > 0);
    }

    [Fact]
    public async Task Scrub_ACleanClaim_CountsAsCleanOnItsFirstScrubOnly_AndEachRunIsStoredAndSummarizedInTheAuditTrail()
    {
        var id = (await CleanClaimsAsync(1))[0];
        await using (var first = _database.CreateContext())
        {
            var claim = await first.Claims.AsNoTracking().SingleAsync(c => c.Id == id);
            Assert.True(claim.CleanOnFirstScrub);
            Assert.Equal(_database.Time.UtcNow, claim.FirstScrubbedAtUtc);
        }

        int versionBefore;
        await using (var db = _database.CreateContext())
        {
            versionBefore = (await db.Claims.SingleAsync(c => c.Id == id)).Version;
        }

        _database.Time.UtcNow = _database.Time.UtcNow.AddHours(1);
        try
        {
            var again = await As<Result<ScrubSummary>, ClaimScrubService>(_biller, s => s.ScrubAsync([id]));

            Assert.Equal(1, again.Value!.Passed);
            await using var check = _database.CreateContext();
            var claim = await check.Claims.AsNoTracking().SingleAsync(c => c.Id == id);
            Assert.Equal(ClaimStatus.Ready, claim.Status);
            Assert.True(claim.CleanOnFirstScrub);
            Assert.Equal(_database.Time.UtcNow.AddHours(-1), claim.FirstScrubbedAtUtc);
            Assert.Equal(_database.Time.UtcNow, claim.LastScrubbedAtUtc);
            Assert.Equal(versionBefore + 1, claim.Version);
            Assert.Equal([true, false], await check.ScrubRuns.Where(r => r.ClaimId == id).OrderBy(r => r.RunAtUtc).Select(r => r.IsFirst).ToListAsync());
            Assert.True(await check.AuditEntries.AnyAsync(a => a.EntityType == nameof(ScrubRun) && a.UserId == _biller.UserId && a.After!.Contains(id.ToString())));
        }
        finally
        {
            _database.Time.UtcNow = _database.Time.UtcNow.AddHours(-1);
        }
    }

    [Fact]
    public async Task Scrub_APayerRuleMadeOnTheRulesPage_IsApplied()
    {
        var ids = await ReadyInsuranceClaimsAsync(1);
        await using (var db = _database.CreateContext())
        {
            var claim = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == ids[0]);
            var definition = new PayerRuleDefinition
            {
                Name = "Test payer wants modifier on " + claim.Lines[0].Code,
                Scope = RuleScope.ForPayer(claim.PayerId),
                Combinator = RuleCombinator.All,
                Conditions = [new RuleCondition("line.code", RuleOperator.Equals, claim.Lines[0].Code), new RuleCondition("line.modifier", RuleOperator.IsEmpty)],
                Action = ScrubSeverity.Hold,
                Message = "This payer wants a modifier on the line.",
            };
            var trial = await As<Result<PayerRuleTrial>, PayerRuleService>(_manager, s => s.TryAsync(definition));
            Assert.True(trial.Succeeded, trial.Error);
            Assert.Contains(trial.Value!.Hits, h => h.ClaimId == claim.Id);
            var saved = await As<Result<int>, PayerRuleService>(_manager, s => s.SaveAsync(null, 0, definition, true));
            Assert.True(saved.Succeeded, saved.Error);
        }

        var scrub = await As<Result<ScrubSummary>, ClaimScrubService>(_biller, s => s.ScrubAsync(ids));

        var detail = (await As<Result<ClaimDetail>, ClaimService>(_biller, s => s.GetAsync(ids[0]))).Value!;
        Assert.Equal(ClaimStatus.Held, detail.Status);
        Assert.Contains(detail.LastScrub!.Findings, f => f.RuleId.StartsWith("PAYER:") && f.Severity == "Hold" && f.Message.EndsWith("This payer wants a modifier on the line.") && f.Field == "line[1].code");
        Assert.Equal(1, scrub.Value!.Held);
    }

    [Fact]
    public async Task PayerRule_Invalid_IsRefusedInWords_AndOnlyManagersAndAdminsMayWriteOne()
    {
        var bad = new PayerRuleDefinition { Name = "Bad", Conditions = [new RuleCondition("line.units", RuleOperator.GreaterThan, "many")], Message = "x" };

        var refused = await As<Result<int>, PayerRuleService>(_manager, s => s.SaveAsync(null, 0, bad, true));
        var byBiller = await As<Result<int>, PayerRuleService>(_biller, s => s.SaveAsync(null, 0, bad with { Conditions = [new RuleCondition("line.units", RuleOperator.GreaterThan, "4")] }, true));

        Assert.False(refused.Succeeded);
        Assert.Contains("many", refused.Error);
        Assert.False(byBiller.Succeeded);
        Assert.Contains("managers and admins", byBiller.Error);
    }

    [Fact]
    public async Task Submit_WritesOne837PerReceiver_ThatTheReaderReadsBackFieldByField_AndMovesTheClaims()
    {
        var ids = await CleanClaimsAsync(6);

        var result = await As<Result<SubmissionResult>, ClaimSubmissionService>(_biller, s => s.SubmitAsync(ids));

        Assert.True(result.Succeeded, result.Error);
        var batch = Assert.Single(result.Value!.Batches);
        Assert.Equal(SubmissionFormat.X12837P, batch.Format);
        var file = await As<Result<BatchFile>, ClaimSubmissionService>(_biller, s => s.GetFileAsync(batch.BatchId));
        var parsed = Claim837Reader.Read(Encoding.ASCII.GetString(file.Value!.Content));
        Assert.True(parsed.Succeeded, parsed.Error);
        Assert.Equal(batch.InterchangeControlNumber, parsed.Value!.Envelope.InterchangeControlNumber);
        await using var db = _database.CreateContext();
        var submitted = await db.Claims.Include(c => c.Lines).Include(c => c.Diagnoses).Where(c => ids.Contains(c.Id)).ToListAsync();
        Assert.All(submitted, c => Assert.Equal(ClaimStatus.Submitted, c.Status));
        Assert.Equal(ids.Count, parsed.Value.Claims.Count);
        foreach (var written in parsed.Value.Claims)
        {
            var claim = submitted.Single(c => c.ControlNumber == written.PatientControlNumber);
            Assert.Equal(claim.TotalCharge, written.TotalCharge);
            Assert.Equal(claim.PlaceOfService, written.PlaceOfService);
            Assert.Equal(claim.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code.Replace(".", "")), written.Diagnoses.Select(d => d.Replace(".", "")));
            Assert.Equal(claim.Lines.OrderBy(l => l.LineNumber).Select(l => (l.Code, l.Charge, (decimal)l.Units, l.DateOfService)), written.Lines.Select(l => (l.ProcedureCode, l.Charge, l.Units, l.ServiceDate)));
            Assert.Equal(claim.Lines.OrderBy(l => l.LineNumber).Select(l => l.Id.ToString()), written.Lines.Select(l => l.LineControlNumber));
            Assert.Equal(batch.BatchId, (await db.ClaimSubmissions.SingleAsync(s => s.ClaimId == claim.Id)).SubmissionBatchId);
        }

        var more = await CleanClaimsAsync(2);
        var second = await As<Result<SubmissionResult>, ClaimSubmissionService>(_biller, s => s.SubmitAsync(more));
        Assert.True(second.Value!.Batches.Single().InterchangeControlNumber > batch.InterchangeControlNumber);
    }

    [Fact]
    public async Task Submit_PayersOfASecondClearinghouse_GoInTheirOwnFile_WithThatClearinghousesIdsAndDelimiters()
    {
        var ids = await CleanClaimsAsync(8);
        await using var db = _database.CreateContext();
        var payerIds = await db.Claims.Where(c => ids.Contains(c.Id)).Select(c => c.PayerId).Distinct().ToListAsync();
        Assert.True(payerIds.Count > 1, "the sample needs claims of two payers");
        var moved = await db.Payers.SingleAsync(p => p.Id == payerIds[0]);
        var options = _database.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClaimSubmissionOptions>>().Value;
        options.Clearinghouses.Add(new ClearinghouseOptions
        {
            PayerIds = [moved.PayerIdCode], ReceiverId = "OTHERCH", ReceiverName = "OTHER CLEARINGHOUSE", SenderId = "PRACTICE2",
            ElementSeparator = '|', ComponentSeparator = '>', SegmentTerminator = '~', LineBreakAfterSegment = false,
        });
        try
        {
            var result = await As<Result<SubmissionResult>, ClaimSubmissionService>(_biller, s => s.SubmitAsync(ids));

            Assert.Equal(["OTHERCH", "RCCLEARHOUSE"], result.Value!.Batches.Select(b => b.ReceiverId).Order());
            var other = result.Value.Batches.Single(b => b.ReceiverId == "OTHERCH");
            var text = Encoding.ASCII.GetString((await As<Result<BatchFile>, ClaimSubmissionService>(_biller, s => s.GetFileAsync(other.BatchId))).Value!.Content);
            Assert.StartsWith("ISA|00|", text);
            Assert.DoesNotContain("\n", text);
            var parsed = Claim837Reader.Read(text);
            Assert.True(parsed.Succeeded, parsed.Error);
            Assert.Equal("OTHERCH", parsed.Value!.Envelope.ReceiverId.Trim());
            Assert.All(parsed.Value.Claims, c => Assert.Equal(moved.PayerIdCode, c.Payer.PayerId));
            Assert.Equal(await db.Claims.CountAsync(c => ids.Contains(c.Id) && c.PayerId == moved.Id), parsed.Value.Claims.Count);
        }
        finally
        {
            options.Clearinghouses.Clear();
        }
    }

    [Fact]
    public async Task Submit_PaperPayer_WritesACms1500Pdf()
    {
        int encounterId;
        Payer paper;
        await using (var db = _database.CreateContext())
        {
            paper = await db.Payers.SingleAsync(p => p.SubmissionMethod == SubmissionMethod.Paper);
            var policy = await db.InsurancePolicies.FirstAsync(p => p.PayerId == paper.Id && p.TerminationDate == null);
            var provider = await db.Providers.FirstAsync(p => p.Kind == RevenueCycle.Core.Providers.ProviderKind.Rendering);
            var encounter = new Encounter(policy.PatientId, provider.Id, null, policy.Id, DateOnly.FromDateTime(_database.Time.UtcNow).AddDays(-3), "11", "Office visit.", EncounterPriority.Normal, _database.Time.UtcNow);
            encounter.AddDiagnosis("I10");
            encounter.AddServiceLine("99213", [], 1, [1], 120m);
            encounter.CompleteCoding(_coder.UserId, _database.Time.UtcNow, 200);
            db.Encounters.Add(encounter);
            await db.SaveChangesAsync();
            encounterId = encounter.Id;
        }

        var built = await As<Result<ClaimBuildResult>, ClaimBuildingService>(_biller, s => s.BuildAsync([encounterId]));
        var claimId = Assert.Single(built.Value!.ClaimIds);

        var result = await As<Result<SubmissionResult>, ClaimSubmissionService>(_biller, s => s.SubmitAsync([claimId]));

        var batch = Assert.Single(result.Value!.Batches);
        Assert.Equal(SubmissionFormat.Cms1500, batch.Format);
        Assert.Equal(paper.PayerIdCode, batch.ReceiverId);
        var file = await As<Result<BatchFile>, ClaimSubmissionService>(_biller, s => s.GetFileAsync(batch.BatchId));
        Assert.Equal("%PDF", Encoding.ASCII.GetString(file.Value!.Content, 0, 4));
        await using var check = _database.CreateContext();
        var claim = await check.Claims.SingleAsync(c => c.Id == claimId);
        Assert.Equal(ClaimStatus.Submitted, claim.Status);
        var box26 = RevenueCycle.Core.Claims.Paper.Cms1500Layout.Box("26");
        Assert.Contains(PdfText.Extract(file.Value.Content), r => r.Text.Contains(claim.ControlNumber) && box26.Contains(r.X, r.Y));
    }

    [Fact]
    public async Task Acknowledgements_999RejectsTheBatch_277CaAcceptsAndRejectsClaims_AndASecondImportChangesNothing()
    {
        var ids = await CleanClaimsAsync(3);
        var submitted = await As<Result<SubmissionResult>, ClaimSubmissionService>(_biller, s => s.SubmitAsync(ids));
        var batch = submitted.Value!.Batches.Single();
        await using var db = _database.CreateContext();
        var numbers = await db.Claims.Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.ControlNumber).ToListAsync();

        var ack277 = Ack277Ca((numbers[0], "A1:20"), (numbers[1], "A7:562:85"));
        var imported = await As<Result<AcknowledgementImportResult>, AcknowledgementImportService>(_biller, s => s.ImportAsync(AcknowledgementKind.Ack277CA, "277ca.txt", ack277));
        var again = await As<Result<AcknowledgementImportResult>, AcknowledgementImportService>(_biller, s => s.ImportAsync(AcknowledgementKind.Ack277CA, "277ca-copy.txt", ack277));

        Assert.True(imported.Succeeded, imported.Error);
        Assert.Equal((1, 1), (imported.Value!.Accepted, imported.Value.Rejected));
        Assert.False(again.Succeeded);
        Assert.Contains("already imported", again.Error);
        var statuses = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).Select(c => new { c.Status, c.StatusReason }).ToListAsync();
        Assert.Equal(ClaimStatus.Accepted, statuses[0].Status);
        Assert.Equal(ClaimStatus.Rejected, statuses[1].Status);
        Assert.Contains("National Provider Identifier", statuses[1].StatusReason);
        Assert.Equal(ClaimStatus.Submitted, statuses[2].Status);

        var rejected999 = Ack999(batch.InterchangeControlNumber, "R");
        var result999 = await As<Result<AcknowledgementImportResult>, AcknowledgementImportService>(_biller, s => s.ImportAsync(AcknowledgementKind.Ack999, "999.txt", rejected999));

        Assert.True(result999.Succeeded, result999.Error);
        var after = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.Status).ToListAsync();
        Assert.Equal([ClaimStatus.Rejected, ClaimStatus.Rejected, ClaimStatus.Rejected], after);
        Assert.Equal(AcknowledgementStatus.Rejected, (await db.SubmissionBatches.SingleAsync(b => b.Id == batch.BatchId)).AcknowledgementStatus);
        var detail = (await As<Result<ClaimDetail>, ClaimService>(_biller, s => s.GetAsync(ids[1]))).Value!;
        Assert.Contains(detail.Acknowledgements, a => a.Kind == "277CA" && !a.Accepted);
    }

    [Fact]
    public async Task Acknowledgement_Malformed_IsRefusedNamingTheSegment_AndNothingIsSaved()
    {
        var result = await As<Result<AcknowledgementImportResult>, AcknowledgementImportService>(_biller, s => s.ImportAsync(AcknowledgementKind.Ack999, "bad.txt", "ISA*00*garbage~GS*FA~"));

        Assert.False(result.Succeeded);
        Assert.Contains("Segment", result.Error);
        await using var db = _database.CreateContext();
        Assert.Empty(await db.AcknowledgementFiles.ToListAsync());
    }

    [Fact]
    public async Task TwoBillersEditingTheSameClaim_TheSecondSaveReportsTheConflict_AndLosesNothing()
    {
        var id = (await ReadyInsuranceClaimsAsync(1))[0];
        var mine = (await As<Result<ClaimDetail>, ClaimService>(_biller, s => s.GetAsync(id))).Value!;
        var theirs = (await As<Result<ClaimDetail>, ClaimService>(_biller2, s => s.GetAsync(id))).Value!;

        var first = await As<Result<ClaimChangeResult>, ClaimService>(_biller, s => s.ChangeDetailsAsync(id, mine.Version, new ClaimDetailsChange(mine.PlaceOfService, "AUTH-1", null, null, false, false, null, false, null, null, null)));
        var second = await As<Result<ClaimChangeResult>, ClaimService>(_biller2, s => s.ChangeDetailsAsync(id, theirs.Version, new ClaimDetailsChange(theirs.PlaceOfService, "AUTH-2", null, null, false, false, null, false, null, null, null)));

        Assert.True(first.Succeeded, first.Error);
        Assert.False(second.Succeeded);
        Assert.Contains("was changed by", second.Error);
        var now = (await As<Result<ClaimDetail>, ClaimService>(_biller, s => s.GetAsync(id))).Value!;
        Assert.Equal("AUTH-1", now.PriorAuthorizationNumber);
        Assert.Contains(now.Timeline, t => t.Kind == ClaimEventKind.Edit && t.Note!.Contains("prior authorization (none) → AUTH-1"));
    }

    [Fact]
    public async Task OpeningAClaim_IsAudited_AndCodersMayNotOpenClaims()
    {
        var id = (await ReadyInsuranceClaimsAsync(1))[0];

        var opened = await As<Result<ClaimDetail>, ClaimService>(_biller, s => s.GetAsync(id));
        var refused = await As<Result<ClaimDetail>, ClaimService>(_coder, s => s.GetAsync(id));

        Assert.True(opened.Succeeded);
        Assert.False(refused.Succeeded);
        await using var db = _database.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.View && a.EntityType == nameof(Claim) && a.EntityId == id.ToString() && a.UserId == _biller.UserId));
    }

    [Fact]
    public async Task Worklist_FiltersByProviderAgeBalanceAndAssignee_AndSavedViewsComeBack()
    {
        var ids = await ReadyInsuranceClaimsAsync(3);
        var assigned = await As<Result<int>, ClaimService>(_biller, s => s.AssignAsync(ids.Take(2).ToList(), _biller.UserId));
        Assert.Equal(2, assigned.Value);
        await using var db = _database.CreateContext();
        var sample = await db.Claims.SingleAsync(c => c.Id == ids[0]);
        var today = DateOnly.FromDateTime(_database.Time.UtcNow);
        var filter = new ClaimWorklistFilter(ClaimStatus.Ready, ProviderId: sample.RenderingProviderId, MinAgeDays: 0, MaxAgeDays: today.DayNumber - sample.ServiceFromDate.DayNumber, MinBalance: 0.01m, AssignedTo: _biller.UserId);

        var page = await As<Page<ClaimWorklistRow>, ClaimWorklistService>(_biller, s => s.GetPageAsync(filter, new PageRequest(0, 50, "Balance", true)));

        var expected = await db.Claims.Where(c => c.Status == ClaimStatus.Ready && c.RenderingProviderId == sample.RenderingProviderId && c.AssignedToUserId == _biller.UserId && c.ServiceFromDate >= sample.ServiceFromDate)
            .Select(c => c.Id).ToListAsync();
        Assert.Equal(expected.Order(), page.Items.Select(i => i.ClaimId).Order());
        Assert.Contains(page.Items, i => i.ClaimId == ids[0]);
        Assert.Equal(page.Items.OrderByDescending(i => i.Balance).Select(i => i.Balance), page.Items.Select(i => i.Balance));

        await As<Result<ClaimView>, ClaimWorklistService>(_biller, s => s.SaveViewAsync(_biller.UserId, "My ready claims", filter, "Balance", true));
        var views = await As<IReadOnlyList<ClaimView>, ClaimWorklistService>(_biller, s => s.GetViewsAsync(_biller.UserId));
        var otherViews = await As<IReadOnlyList<ClaimView>, ClaimWorklistService>(_biller, s => s.GetViewsAsync(_biller2.UserId));
        var view = Assert.Single(views);
        Assert.Equal(filter, view.Filter);
        Assert.Equal(("Balance", true), (view.SortBy, view.Descending));
        Assert.Empty(otherViews);
    }

    [Fact]
    public async Task CorrectedClaim_OfADeniedClaim_IsLinked_AndIts837CarriesFrequency7AndTheOriginalInRefF8()
    {
        await using var db = _database.CreateContext();
        var denied = await db.Claims.Where(c => c.Status == ClaimStatus.Denied && c.PayerClaimNumber != null).OrderBy(c => c.Id).FirstAsync();

        var corrected = await As<Result<ClaimChangeResult>, ClaimService>(_biller, s => s.CorrectAsync(denied.Id, denied.Version, voidIt: false));

        Assert.True(corrected.Succeeded, corrected.Error);
        var newId = corrected.Value!.OtherClaimId!.Value;
        var detail = (await As<Result<ClaimDetail>, ClaimService>(_biller, s => s.GetAsync(newId))).Value!;
        Assert.Equal("7", detail.FrequencyCode);
        Assert.Equal(denied.Id, detail.Original!.ClaimId);
        Assert.Equal(ClaimStatus.Replaced, detail.Original.Status);
        var doc = (await ClaimDocuments.LoadAsync(db, [newId], tracked: false, default)).Single();
        var envelope = new Envelope837("ZZ", "RCPRACTICE", "ZZ", "RCCLEARHOUSE", 5, 5, "RIVERSIDE", "BILLING", "5555550100", "CLEARINGHOUSE", 'T', _database.Time.UtcNow);
        var text = Claim837Writer.Write(envelope, [doc.ToClaim837()]);
        Assert.Contains($"REF*F8*{denied.PayerClaimNumber}~", text);
        Assert.Contains(":B:7*", text);
        var stale = await As<Result<ClaimChangeResult>, ClaimService>(_biller, s => s.CorrectAsync(denied.Id, denied.Version, voidIt: true));
        Assert.False(stale.Succeeded);
    }

    [Fact]
    public async Task Worklist_SortsByStoredOpenBalance_ThatFollowsPaymentsAndAdjustments()
    {
        await using var db = _database.CreateContext();
        var claims = await db.Claims.AsNoTracking().ToListAsync();

        var page = await As<Page<ClaimWorklistRow>, ClaimWorklistService>(_biller, s => s.GetPageAsync(new ClaimWorklistFilter(MinBalance: 0.01m), new PageRequest(0, 25, "Balance", true)));

        Assert.Contains(claims, c => c.InsurancePaid > 0 && c.Adjusted > 0);
        Assert.All(claims, c => Assert.Equal(c.TotalCharge - c.InsurancePaid - c.PatientPaid - c.Adjusted, c.OpenBalance));
        var expected = claims.Where(c => c.Balance >= 0.01m).OrderByDescending(c => c.Balance).ThenBy(c => c.Id).Take(25).Select(c => (c.Id, c.Balance));
        Assert.Equal(expected, page.Items.Select(i => (i.ClaimId, i.Balance)));
        Assert.Equal(claims.Count(c => c.Balance >= 0.01m), page.TotalCount);
    }

    private async Task ClearPriorAuthorizationRulesAsync()
    {
        await using var db = _database.CreateContext();
        db.PriorAuthorizationRequirements.RemoveRange(db.PriorAuthorizationRequirements);
        await db.SaveChangesAsync();
    }

    // A ready one-line claim (so no coding-edit pair can hold it too) whose payer now requires prior authorization for its code.
    private async Task<int> ClaimNeedingPriorAuthorizationAsync()
    {
        await using var db = _database.CreateContext();
        var claim = await db.Claims.Include(c => c.Lines).Where(c => c.Status == ClaimStatus.Ready && c.PolicyId != null && c.PriorAuthorizationNumber == null && c.Lines.Count == 1).OrderBy(c => c.Id).FirstAsync();
        db.PriorAuthorizationRequirements.Add(new PriorAuthorizationRequirement(claim.PayerId, claim.Lines[0].Code));
        await db.SaveChangesAsync();
        return claim.Id;
    }

    private static string Ack277Ca(params (string ControlNumber, string Status)[] claims)
    {
        var segments = new List<string>
        {
            "ISA*00*          *00*          *ZZ*RCCLEARHOUSE   *ZZ*RCPRACTICE     *261120*1200*^*00501*000000901*0*T*:",
            "GS*HN*RCCLEARHOUSE*RCPRACTICE*20261120*1200*901*X*005010X214",
        };
        var body = new List<string>
        {
            "ST*277*0001*005010X214",
            "BHT*0085*08*ACK901*20261120*1200*TH",
            "HL*1**20*1", "NM1*PR*2*CLEARINGHOUSE*****46*RCCLEARHOUSE", "TRN*1*ACK901", "DTP*050*D8*20261120", "DTP*009*D8*20261120",
            "HL*2*1*21*1", "NM1*41*2*RIVERSIDE*****46*RCPRACTICE", "TRN*2*BATCH1", $"STC*A1:19:PR*20261120*WQ*{claims.Length * 100}",
            "HL*3*2*19*1", "NM1*85*2*RIVERSIDE*****XX*1234567893",
        };
        var hl = 3;
        foreach (var (number, status) in claims)
        {
            body.Add($"HL*{++hl}*3*PT");
            body.Add("NM1*QC*1*DOE*JANE****MI*M1");
            body.Add($"TRN*2*{number}");
            body.Add($"STC*{status}*20261120*{(status.StartsWith("A1") ? "WQ" : "U")}*100");
            body.Add("DTP*472*RD8*20261101-20261101");
        }

        body.Add($"SE*{body.Count + 1}*0001");
        segments.AddRange(body);
        segments.Add("GE*1*901");
        segments.Add("IEA*1*000000901");
        return string.Join("~\n", segments) + "~\n";
    }

    private static string Ack999(int groupControlNumber, string code) => string.Join("~\n",
        "ISA*00*          *00*          *ZZ*RCCLEARHOUSE   *ZZ*RCPRACTICE     *261120*1200*^*00501*000000902*0*T*:",
        "GS*FA*RCCLEARHOUSE*RCPRACTICE*20261120*1200*902*X*005010X231A1",
        "ST*999*0001*005010X231A1",
        $"AK1*HC*{groupControlNumber}*005010X222A1",
        "AK2*837*0001*005010X222A1",
        "IK3*NM1*12*2010AA*8",
        "IK4*9*67*7*123",
        $"IK5*{code}*5",
        $"AK9*{code}*1*1*0",
        "SE*8*0001",
        "GE*1*902",
        "IEA*1*000000902") + "~\n";
}
