using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Coding.Edits;
using RevenueCycle.Core.Coding.Suggestions;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Payers;
using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Coding;

public sealed record ChartHeader(int EncounterId, string PatientName, string Mrn, int AgeYears, Sex Sex, DateOnly DateOfService, string ProviderName, Specialty Specialty, string PayerName, string PlaceOfService, EncounterStatus Status, EncounterPriority Priority, string? AssignedCoderId, int Version);

public sealed record ChartServiceLine(string Code, IReadOnlyList<string> Modifiers, int Units, IReadOnlyList<int> Pointers, decimal Charge);

public sealed record ChartQuery(int Id, string Question, DateTime AskedAtUtc, ProviderQueryStatus Status, string? Answer, DateTime? AnsweredAtUtc);

/// <summary>What a save returns: the chart's new version and its lines as priced.</summary>
public sealed record SavedCoding(int Version, IReadOnlyList<ChartServiceLine> Lines);

public sealed record SuggestionView(CodeSuggestion Suggestion, bool? Accepted);

public sealed record Chart(ChartHeader Header, string NoteText, IReadOnlyList<string> Diagnoses, IReadOnlyList<ChartServiceLine> Lines, IReadOnlyList<ChartQuery> Queries, IReadOnlyList<EditOverride> Overrides, IReadOnlyList<SuggestionView> Suggestions);

/// <summary>
/// The coder's work on one chart: take the next chart, read it, save codes as they go, ask the
/// provider, complete. Every call checks the caller's role, and every view of a chart is audited.
/// </summary>
public sealed class CodingWorkbenchService(IDbContextFactory<RevenueCycleDbContext> dbFactory, ICurrentActor currentActor, TimeProvider time, CodingReferenceCache references)
{
    private const int NextChartAttempts = 5;

    /// <summary>
    /// Assigns the highest-priority, oldest unassigned chart (or one whose assignment lapsed) to the
    /// caller, or returns the chart they already hold. Two coders pressing at once never get the
    /// same chart: the assignment saves against the chart's version, and the loser takes the next.
    /// </summary>
    public async Task<Result<int>> NextChartAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInRole(Roles.Coder))
        {
            return Result.Failure<int>("Only coders take charts from the queue.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var held = await db.Encounters.AsNoTracking()
            .Where(e => e.Status == EncounterStatus.InProgress && e.AssignedCoderId == actor.UserId && e.LockExpiresAtUtc > now)
            .OrderBy(e => e.AssignedAtUtc)
            .Select(e => (int?)e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (held is { } heldId)
        {
            return Result.Success(heldId);
        }

        for (var attempt = 0; attempt < NextChartAttempts; attempt++)
        {
            db.ChangeTracker.Clear();
            var candidate = await db.Encounters
                .Where(e => e.Status == EncounterStatus.AwaitingCoding || (e.Status == EncounterStatus.InProgress && e.LockExpiresAtUtc <= now))
                .OrderByDescending(e => e.Priority).ThenBy(e => e.DateOfService).ThenBy(e => e.Id)
                .Skip(attempt)
                .FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                return Result.Failure<int>("The queue is empty: every chart is coded, assigned or waiting for a provider.");
            }

            try
            {
                candidate.AssignTo(actor.UserId, now, Encounter.AssignmentTimeout);
                await db.SaveChangesAsync(cancellationToken);
                return Result.Success(candidate.Id);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another coder took it a moment ago: try the next one.
            }
        }

        return Result.Failure<int>("Other coders are taking charts at the same moment; press Next chart again.");
    }

    /// <summary>The chart with its note and codes. Opening it is recorded in the audit trail.</summary>
    public async Task<Result<Chart>> GetChartAsync(int encounterId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Coder, Roles.Manager))
        {
            return Result.Failure<Chart>("Only coders and managers open charts.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await (from enc in db.Encounters.AsNoTracking().Include(x => x.Diagnoses).Include(x => x.ServiceLines)
                         join p in db.Patients on enc.PatientId equals p.Id
                         join pr in db.Providers on enc.ProviderId equals pr.Id
                         join policy in db.InsurancePolicies on enc.PrimaryPolicyId equals policy.Id into policies
                         from policy in policies.DefaultIfEmpty()
                         join payer in db.Payers on policy.PayerId equals payer.Id into payers
                         from payer in payers.DefaultIfEmpty()
                         where enc.Id == encounterId
                         select new { e = enc, p, pr, PayerName = payer == null ? "Self-pay" : payer.Name })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return Result.Failure<Chart>($"There is no chart {encounterId}.");
        }

        var queries = await db.ProviderQueries.AsNoTracking()
            .Where(q => q.EncounterId == encounterId)
            .OrderBy(q => q.AskedAtUtc)
            .Select(q => new ChartQuery(q.Id, q.Question, q.AskedAtUtc, q.Status, q.Answer, q.AnsweredAtUtc))
            .ToListAsync(cancellationToken);
        var overrides = await db.CodingEditOverrides.AsNoTracking().Where(o => o.EncounterId == encounterId).ToListAsync(cancellationToken);
        var decisions = await db.CodeSuggestionDecisions.AsNoTracking().Where(d => d.EncounterId == encounterId)
            .ToDictionaryAsync(d => d.Code, d => d.Accepted, cancellationToken);
        var suggester = await references.GetSuggesterAsync(cancellationToken);
        var e = row.e;
        var header = new ChartHeader(e.Id, row.p.FullName, row.p.Mrn, row.p.AgeOn(e.DateOfService), row.p.Sex, e.DateOfService, row.pr.DisplayName, row.pr.Specialty, row.PayerName, e.PlaceOfService, e.Status, e.Priority, e.AssignedCoderId, e.Version);
        var chart = new Chart(
            header,
            e.NoteText,
            e.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code).ToList(),
            e.ServiceLines.OrderBy(l => l.Sequence).Select(l => new ChartServiceLine(l.Code, l.Modifiers, l.Units, l.Pointers, l.Charge)).ToList(),
            queries,
            overrides.Select(o => o.ToEditOverride()).ToList(),
            suggester.Suggest(e.NoteText).Select(s => new SuggestionView(s, decisions.TryGetValue(s.Code, out var accepted) ? accepted : null)).ToList());

        await db.AppendAuditAsync([new AuditEntry(time.GetUtcNow().UtcDateTime, actor, AuditActions.View, nameof(Encounter), e.Id.ToString(), e.PatientId, null, null)], cancellationToken);
        db.AuditChanges = false;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(chart);
    }

    /// <summary>Saves the coder's work in progress; lines are priced from the payer's fee schedule, else the practice's.</summary>
    public async Task<Result<SavedCoding>> SaveCodingAsync(int encounterId, int version, IReadOnlyList<string> diagnoses, IReadOnlyList<ChartServiceLine> lines, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInRole(Roles.Coder))
        {
            return Result.Failure<SavedCoding>("Only coders change a chart's codes.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var encounter = await db.Encounters.Include(e => e.Diagnoses).Include(e => e.ServiceLines).AsSplitQuery().SingleOrDefaultAsync(e => e.Id == encounterId, cancellationToken);
        if (encounter is null)
        {
            return Result.Failure<SavedCoding>($"There is no chart {encounterId}.");
        }

        if (encounter.Version != version)
        {
            return Result.Failure<SavedCoding>("Someone else changed this chart since you opened it; reload it to see their changes.");
        }

        var payerId = await PayerOfAsync(db, encounter, cancellationToken);
        var priced = new List<(string, IReadOnlyList<string>, int, IReadOnlyList<int>, decimal)>();
        foreach (var line in lines)
        {
            var fee = await FeeAsync(db, payerId, line.Code, cancellationToken);
            priced.Add((line.Code.Trim().ToUpperInvariant(), line.Modifiers.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim().ToUpperInvariant()).ToList(), line.Units, line.Pointers, fee * line.Units));
        }

        try
        {
            encounter.ReplaceCoding(actor.UserId, time.GetUtcNow().UtcDateTime, diagnoses.Select(d => d.Trim().ToUpperInvariant()).ToList(), priced);
            await db.SaveChangesAsync(cancellationToken);
            var saved = encounter.ServiceLines.OrderBy(l => l.Sequence).Select(l => new ChartServiceLine(l.Code, l.Modifiers, l.Units, l.Pointers, l.Charge)).ToList();
            return Result.Success(new SavedCoding(encounter.Version, saved));
        }
        catch (DomainException e)
        {
            return Result.Failure<SavedCoding>(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure<SavedCoding>("Someone else changed this chart since you opened it; reload it to see their changes.");
        }
    }

    /// <summary>Runs every coding edit on the chart as it stands on the screen (called on each change).</summary>
    public async Task<IReadOnlyList<EditFinding>> CheckEditsAsync(ChartHeader header, IReadOnlyList<string> diagnoses, IReadOnlyList<ChartServiceLine> lines, IReadOnlyList<EditOverride> overrides, CancellationToken cancellationToken = default)
    {
        var engine = new CodingEditsEngine(await references.GetReferenceAsync(cancellationToken));
        return engine.Check(Snapshot(header.DateOfService, header.AgeYears, header.Sex, header.PlaceOfService, diagnoses, lines, overrides));
    }

    /// <summary>Stores why a warning does not apply to this chart; errors cannot be overridden.</summary>
    public async Task<Result> OverrideAsync(int encounterId, string ruleId, EditTarget target, string reason, CancellationToken cancellationToken = default) =>
        await ChangeAsync(encounterId, Roles.Coder, async (db, encounter, actor, now) =>
        {
            if (!encounter.IsHeldBy(actor.UserId, now))
            {
                throw new DomainException("This chart is not assigned to you any more; take it again from the queue.");
            }

            var existing = await db.CodingEditOverrides.Where(o => o.EncounterId == encounterId && o.RuleId == ruleId && o.TargetKind == target.Kind && o.TargetNumber == target.Number).ToListAsync(cancellationToken);
            db.CodingEditOverrides.RemoveRange(existing);
            db.CodingEditOverrides.Add(new CodingEditOverride(encounterId, ruleId, target, reason, actor.UserId, now));
        }, cancellationToken);

    /// <summary>Records the coder's acceptance or rejection of a suggested code (the acceptance-rate KPI reads these).</summary>
    public async Task<Result> DecideSuggestionAsync(int encounterId, CodeSuggestion suggestion, bool accepted, CancellationToken cancellationToken = default) =>
        await ChangeAsync(encounterId, Roles.Coder, async (db, _, actor, now) =>
        {
            var existing = await db.CodeSuggestionDecisions.Where(d => d.EncounterId == encounterId && d.Code == suggestion.Code).ToListAsync(cancellationToken);
            db.CodeSuggestionDecisions.RemoveRange(existing);
            db.CodeSuggestionDecisions.Add(new CodeSuggestionDecision(encounterId, suggestion.Code, suggestion.System, suggestion.Confidence, accepted, actor.UserId, now));
        }, cancellationToken);

    /// <summary>The coder asks the provider a question; the chart waits on the query list.</summary>
    public async Task<Result> AskProviderAsync(int encounterId, string question, CancellationToken cancellationToken = default) =>
        await ChangeAsync(encounterId, Roles.Coder, (db, encounter, actor, now) =>
        {
            db.ProviderQueries.Add(encounter.PutOnHold(question, actor.UserId, now));
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Records the provider's answer (by a coder or a manager); the chart returns to the queue with it.</summary>
    public async Task<Result> AnswerQueryAsync(int queryId, string answer, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var encounterId = await db.ProviderQueries.Where(q => q.Id == queryId).Select(q => (int?)q.EncounterId).SingleOrDefaultAsync(cancellationToken);
        if (encounterId is null)
        {
            return Result.Failure($"There is no query {queryId}.");
        }

        return await ChangeAsync(encounterId.Value, Roles.Coder + "," + Roles.Manager, async (ctx, encounter, actor, now) =>
        {
            var query = await ctx.ProviderQueries.SingleAsync(q => q.Id == queryId, cancellationToken);
            query.RecordAnswer(answer, actor.UserId, now);
            encounter.ResumeAfterQuery();
        }, cancellationToken);
    }

    /// <summary>A manager hands a chart to another coder (an absent coder's work, a specialty chart).</summary>
    public async Task<Result> ReassignAsync(int encounterId, string coderId, CancellationToken cancellationToken = default) =>
        await ChangeAsync(encounterId, Roles.Manager, (_, encounter, _, now) =>
        {
            if (encounter.Status == EncounterStatus.InProgress)
            {
                encounter.ReleaseAssignment();
            }

            encounter.AssignTo(coderId, now, Encounter.AssignmentTimeout);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Gives the chart back to the queue unfinished.</summary>
    public async Task<Result> ReleaseAsync(int encounterId, CancellationToken cancellationToken = default) =>
        await ChangeAsync(encounterId, Roles.Coder + "," + Roles.Manager, (_, encounter, _, _) =>
        {
            encounter.ReleaseAssignment();
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Completes coding: the chart becomes ready for billing.</summary>
    public async Task<Result> CompleteAsync(int encounterId, int version, int secondsSpent, CancellationToken cancellationToken = default) =>
        await ChangeAsync(encounterId, Roles.Coder, async (db, encounter, actor, now) =>
        {
            if (encounter.Version != version)
            {
                throw new DomainException("Someone else changed this chart since you opened it; reload it before completing.");
            }

            if (!encounter.IsHeldBy(actor.UserId, now))
            {
                throw new DomainException("This chart is not assigned to you any more; take it again from the queue.");
            }

            // The edits run again here, whatever the screen showed: errors block, warnings need a reason.
            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == encounter.PatientId, cancellationToken);
            var overrides = await db.CodingEditOverrides.AsNoTracking().Where(o => o.EncounterId == encounterId).ToListAsync(cancellationToken);
            var lines = encounter.ServiceLines.OrderBy(l => l.Sequence).Select(l => new ChartServiceLine(l.Code, l.Modifiers, l.Units, l.Pointers, l.Charge)).ToList();
            var snapshot = Snapshot(encounter.DateOfService, patient.AgeOn(encounter.DateOfService), patient.Sex, encounter.PlaceOfService, encounter.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code).ToList(), lines, overrides.Select(o => o.ToEditOverride()).ToList());
            var findings = new CodingEditsEngine(await references.GetReferenceAsync(cancellationToken)).Check(snapshot);
            if (!CodingEditsEngine.CanComplete(findings))
            {
                var open = findings.Where(f => f.IsOpen).Select(f => f.Message);
                throw new DomainException($"The chart cannot be completed yet: {string.Join(" ", open)}");
            }

            encounter.CompleteCoding(actor.UserId, now, secondsSpent);
        }, cancellationToken);

    private static ChartSnapshot Snapshot(DateOnly dateOfService, int ageYears, Sex sex, string placeOfService, IReadOnlyList<string> diagnoses, IReadOnlyList<ChartServiceLine> lines, IReadOnlyList<EditOverride> overrides) =>
        new(dateOfService, ageYears, sex, placeOfService, diagnoses, lines.Select((l, i) => new Edits.ChartLine(i + 1, l.Code, l.Modifiers, l.Units, l.Pointers)).ToList(), overrides);

    private async Task<Result> ChangeAsync(int encounterId, string roles, Func<RevenueCycleDbContext, Encounter, AuditActor, DateTime, Task> change, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(roles.Split(',')))
        {
            return Result.Failure("Your role cannot do this.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var encounter = await db.Encounters.Include(e => e.Diagnoses).Include(e => e.ServiceLines).AsSplitQuery().SingleOrDefaultAsync(e => e.Id == encounterId, cancellationToken);
        if (encounter is null)
        {
            return Result.Failure($"There is no chart {encounterId}.");
        }

        try
        {
            await change(db, encounter, actor, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DomainException e)
        {
            return Result.Failure(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure("Someone else changed this chart at the same moment; reload it and try again.");
        }
    }

    private static async Task<int?> PayerOfAsync(RevenueCycleDbContext db, Encounter encounter, CancellationToken cancellationToken) =>
        encounter.PrimaryPolicyId is { } policyId
            ? await db.InsurancePolicies.Where(p => p.Id == policyId).Select(p => (int?)p.PayerId).SingleOrDefaultAsync(cancellationToken)
            : null;

    // The charge comes from the payer's fee schedule when it lists the code, else the practice's default schedule.
    private static async Task<decimal> FeeAsync(RevenueCycleDbContext db, int? payerId, string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var fees = await (from entry in db.FeeScheduleEntries
                          join schedule in db.FeeSchedules on entry.FeeScheduleId equals schedule.Id
                          where entry.Code == normalized && entry.Modifier == null && (schedule.PayerId == payerId || schedule.PayerId == null)
                          select new { schedule.PayerId, entry.Charge })
            .ToListAsync(cancellationToken);
        return fees.FirstOrDefault(f => f.PayerId == payerId && payerId != null)?.Charge ?? fees.FirstOrDefault(f => f.PayerId == null)?.Charge ?? 0m;
    }
}
