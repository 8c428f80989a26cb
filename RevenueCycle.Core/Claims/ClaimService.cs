using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Notes;

namespace RevenueCycle.Core.Claims;

public sealed record ClaimDetailLine(int LineNumber, DateOnly DateOfService, string Code, IReadOnlyList<string> Modifiers, int Units, IReadOnlyList<int> Pointers, decimal Charge, decimal InsurancePaid, decimal PatientPaid, decimal Adjusted, decimal Balance);

public sealed record ClaimTimelineEntry(DateTime AtUtc, string UserName, ClaimEventKind Kind, ClaimStatus? FromStatus, ClaimStatus ToStatus, string? Note);

public sealed record ClaimScrubFinding(string RuleId, string Severity, string Message, string? Field, int? LineNumber, string? FixHint);

public sealed record ClaimScrubView(DateTime RunAtUtc, bool Passed, IReadOnlyList<ClaimScrubFinding> Findings);

public sealed record ClaimNoteView(DateTime CreatedAtUtc, string Author, string Text, DateOnly? FollowUpOn);

public sealed record ClaimAcknowledgementView(DateTime ReceivedAtUtc, string Kind, bool Accepted, string Codes, string Message, string FileName);

public sealed record ClaimRemitView(int RemittanceId, string CheckNumber, DateOnly PaymentDate, string StatusCode, decimal Charge, decimal Paid, decimal PatientResponsibility, string? PayerClaimNumber, string FileName);

public sealed record ClaimSubmissionView(int BatchId, int InterchangeControlNumber, SubmissionFormat Format, DateTime SubmittedAtUtc);

public sealed record ClaimLink(int ClaimId, string ControlNumber, ClaimStatus Status, string FrequencyCode);

public sealed record ClaimDetail(
    int Id,
    string ControlNumber,
    ClaimStatus Status,
    string? StatusReason,
    int Version,
    bool IsEditable,
    string FrequencyCode,
    string? OriginalPayerClaimNumber,
    string? PayerClaimNumber,
    ClaimLink? Original,
    IReadOnlyList<ClaimLink> Corrections,
    string PatientName,
    string Mrn,
    DateOnly PatientBirthDate,
    Sex PatientSex,
    string PatientAddress,
    string PayerName,
    string? PayerIdCode,
    string? FilingIndicator,
    string? MemberId,
    string? GroupNumber,
    string SubscriberName,
    string Relationship,
    string PayerSequence,
    string BillingName,
    string BillingNpi,
    string BillingTin,
    string BillingTaxonomy,
    string BillingAddress,
    int RenderingProviderId,
    string RenderingName,
    string RenderingNpi,
    int? ReferringProviderId,
    string? ReferringName,
    int? ServiceFacilityId,
    string? ServiceFacilityName,
    string PlaceOfService,
    string? PriorAuthorizationNumber,
    bool RelatedToEmployment,
    bool AutoAccident,
    string? AutoAccidentState,
    bool OtherAccident,
    DateOnly? AccidentDate,
    DateOnly? OnsetDate,
    string? AdditionalInformation,
    DateOnly ServiceFromDate,
    DateOnly ServiceToDate,
    decimal TotalCharge,
    decimal InsurancePaid,
    decimal PatientPaid,
    decimal Adjusted,
    decimal PatientBalance,
    decimal Balance,
    string? AssignedToUserId,
    IReadOnlyList<string> Diagnoses,
    IReadOnlyList<ClaimDetailLine> Lines,
    ClaimScrubView? LastScrub,
    IReadOnlyList<ClaimTimelineEntry> Timeline,
    IReadOnlyList<ClaimNoteView> Notes,
    IReadOnlyList<ClaimAcknowledgementView> Acknowledgements,
    IReadOnlyList<ClaimRemitView> Remits,
    IReadOnlyList<ClaimSubmissionView> Submissions,
    int PatientId = 0,
    IReadOnlyList<ClaimLedgerEntry>? Ledger = null);

/// <summary>One payment or adjustment on a claim line: the claim's ledger, newest first.</summary>
public sealed record ClaimLedgerEntry(DateTime AtUtc, int LineNumber, string Code, string What, decimal Amount, string? Reference, string By);

/// <summary>What a change returns: the claim's new version (for the next save) and, for combine, split or correct, the other claim.</summary>
public sealed record ClaimChangeResult(int Version, int? OtherClaimId = null, string? Message = null);

/// <summary>
/// One claim as a biller works it: the whole claim with its scrub results, timeline, notes,
/// acknowledgements and remits (each opening audited), and every correction, saved against the
/// version the biller loaded so a concurrent change is reported instead of overwritten.
/// </summary>
public sealed class ClaimService(IDbContextFactory<RevenueCycleDbContext> dbFactory, ICurrentActor currentActor, TimeProvider time)
{
    public async Task<Result<ClaimDetail>> GetAsync(int claimId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<ClaimDetail>("Only billers and managers open claims.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var docs = await ClaimDocuments.LoadAsync(db, [claimId], tracked: false, cancellationToken);
        if (docs.Count == 0)
        {
            return Result.Failure<ClaimDetail>($"There is no claim {claimId}.");
        }

        var doc = docs[0];
        var c = doc.Claim;
        var history = await db.ClaimStatusChanges.AsNoTracking().Where(h => h.ClaimId == claimId).OrderBy(h => h.AtUtc).ThenBy(h => h.Id).ToListAsync(cancellationToken);
        var notes = await db.Notes.AsNoTracking().Where(n => n.Subject == NoteSubject.Claim && n.SubjectId == claimId).OrderBy(n => n.CreatedAtUtc).ToListAsync(cancellationToken);
        var runs = await db.ScrubRuns.AsNoTracking().Where(r => r.ClaimId == claimId).OrderBy(r => r.RunAtUtc).ToListAsync(cancellationToken);
        IEnumerable<string> userIds = history.Select(h => h.UserId).Concat(notes.Select(n => n.AuthorUserId)).Concat(runs.Select(r => r.UserId)).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string Name(string id) => users.GetValueOrDefault(id) ?? (id == AuditActor.System.UserId ? "System" : id);

        var lastRun = await db.ScrubRuns.AsNoTracking().Include(r => r.Findings).Where(r => r.ClaimId == claimId).OrderByDescending(r => r.RunAtUtc).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var acknowledgements = await (from a in db.ClaimAcknowledgements.AsNoTracking()
                                      join f in db.AcknowledgementFiles on a.AcknowledgementFileId equals f.Id
                                      where a.ClaimId == claimId
                                      orderby a.ReceivedAtUtc
                                      select new ClaimAcknowledgementView(a.ReceivedAtUtc, f.Kind == AcknowledgementKind.Ack999 ? "999" : "277CA", a.Accepted, a.Codes, a.Message, f.FileName))
            .ToListAsync(cancellationToken);
        var remits = await (from rc in db.RemittanceClaims.AsNoTracking()
                            join r in db.Remittances on rc.RemittanceId equals r.Id
                            where rc.ClaimId == claimId
                            orderby r.PaymentDate
                            select new ClaimRemitView(r.Id, r.TraceNumber, r.PaymentDate, rc.StatusCode, rc.ChargeAmount, rc.PaidAmount, rc.PatientResponsibility, rc.PayerClaimNumber, r.FileName))
            .ToListAsync(cancellationToken);
        var submissions = await db.ClaimSubmissions.AsNoTracking().Where(s => s.ClaimId == claimId).OrderBy(s => s.SubmittedAtUtc)
            .Select(s => new ClaimSubmissionView(s.SubmissionBatchId, s.SubmissionBatch!.InterchangeControlNumber, s.SubmissionBatch.Format, s.SubmittedAtUtc))
            .ToListAsync(cancellationToken);
        var lineNumbers = c.Lines.ToDictionary(l => l.Id, l => (l.LineNumber, l.Code));
        var payments = await db.Payments.AsNoTracking().Where(p => p.ClaimId == claimId)
            .Select(p => new { p.PostedAtUtc, p.ClaimLineId, p.Source, p.Amount, p.PaymentBatch!.CheckNumber, p.PostedByUserId }).ToListAsync(cancellationToken);
        var adjustments = await db.Adjustments.AsNoTracking().Where(a => a.ClaimId == claimId)
            .Select(a => new { a.PostedAtUtc, a.ClaimLineId, a.Kind, a.Group, a.ReasonCode, a.RemarkCodes, a.Amount, CheckNumber = a.PaymentBatch == null ? null : a.PaymentBatch.CheckNumber, a.PostedByUserId, a.ApprovedByUserId }).ToListAsync(cancellationToken);
        userIds = userIds.Concat(payments.Select(p => p.PostedByUserId)).Concat(adjustments.Select(a => a.PostedByUserId)).Distinct().ToList();
        users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var ledger = payments.Select(p => new ClaimLedgerEntry(p.PostedAtUtc, lineNumbers[p.ClaimLineId].LineNumber, lineNumbers[p.ClaimLineId].Code, p.Source == Remittance.PaymentSource.Patient ? "Patient payment" : "Insurance payment", p.Amount, p.CheckNumber, Name(p.PostedByUserId)))
            .Concat(adjustments.Select(a => new ClaimLedgerEntry(a.PostedAtUtc, lineNumbers[a.ClaimLineId].LineNumber, lineNumbers[a.ClaimLineId].Code,
                $"{Remittance.Adjustment.Words(a.Kind)} {a.Group}-{a.ReasonCode} {Denials.CarcCatalog.Describe(a.ReasonCode)}{(a.RemarkCodes is null ? "" : $" ({a.RemarkCodes})")}{(a.ApprovedByUserId is null ? "" : $", approved by {Name(a.ApprovedByUserId)}")}", a.Amount, a.CheckNumber, Name(a.PostedByUserId))))
            .OrderByDescending(e => e.AtUtc).ThenBy(e => e.LineNumber).ToList();
        var original = c.OriginalClaimId is { } originalId
            ? await db.Claims.AsNoTracking().Where(o => o.Id == originalId).Select(o => new ClaimLink(o.Id, o.ControlNumber, o.Status, o.FrequencyCode)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var corrections = await db.Claims.AsNoTracking().Where(o => o.OriginalClaimId == claimId).Select(o => new ClaimLink(o.Id, o.ControlNumber, o.Status, o.FrequencyCode)).ToListAsync(cancellationToken);

        var policy = doc.Policy;
        var subscriber = policy?.Subscriber is { } s && policy.Relationship != Patients.SubscriberRelationship.Self ? $"{s.LastName}, {s.FirstName}" : doc.Patient.FullName;
        var detail = new ClaimDetail(
            c.Id, c.ControlNumber, c.Status, c.StatusReason, c.Version, c.IsEditable, c.FrequencyCode, c.OriginalPayerClaimNumber, c.PayerClaimNumber, original, corrections,
            doc.Patient.FullName, doc.Patient.Mrn, doc.Patient.DateOfBirth, doc.Patient.Sex, doc.Patient.Address.ToString(),
            doc.Payer.Name, doc.Payer.PayerIdCode, doc.Payer.ClaimFilingIndicator, policy?.MemberId, policy?.GroupNumber, subscriber,
            policy?.Relationship.ToString() ?? "Self", c.PayerSequence.ToString(),
            doc.Practice.Name, doc.Practice.Npi, doc.Practice.TaxId, doc.Practice.TaxonomyCode, doc.Practice.Address.ToString(),
            c.RenderingProviderId, doc.Rendering.DisplayName, doc.Rendering.Npi, c.ReferringProviderId, doc.Referring?.DisplayName, c.ServiceFacilityId, doc.Facility?.Name,
            c.PlaceOfService, c.PriorAuthorizationNumber, c.RelatedToEmployment, c.AutoAccident, c.AutoAccidentState, c.OtherAccident, c.AccidentDate, c.OnsetDate, c.AdditionalInformation,
            c.ServiceFromDate, c.ServiceToDate, c.TotalCharge, c.InsurancePaid, c.PatientPaid, c.Adjusted, c.PatientBalance, c.Balance, c.AssignedToUserId,
            c.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code).ToList(),
            c.Lines.OrderBy(l => l.LineNumber).Select(l => new ClaimDetailLine(l.LineNumber, l.DateOfService, l.Code, l.Modifiers, l.Units, l.Pointers, l.Charge, l.InsurancePaid, l.PatientPaid, l.Adjusted, l.Balance)).ToList(),
            lastRun is null ? null : new ClaimScrubView(lastRun.RunAtUtc, lastRun.Passed, lastRun.Findings.Select(f => new ClaimScrubFinding(f.RuleId, f.Severity, f.Message, f.Field, f.LineNumber, f.FixHint)).ToList()),
            history.Select(h => new ClaimTimelineEntry(h.AtUtc, Name(h.UserId), h.Kind, h.FromStatus, h.ToStatus, h.Note))
                .Concat(runs.Select(r => new ClaimTimelineEntry(r.RunAtUtc, Name(r.UserId), ClaimEventKind.Scrub, c.Status, c.Status,
                    r.Errors + r.Holds + r.Warnings == 0 ? "Scrubber: passed with no findings." : $"Scrubber: {r.Errors} error(s), {r.Holds} hold(s), {r.Warnings} warning(s).")))
                .OrderBy(t => t.AtUtc).ThenBy(t => t.Kind == ClaimEventKind.Scrub ? 0 : 1)
                .ToList(),
            notes.Select(n => new ClaimNoteView(n.CreatedAtUtc, Name(n.AuthorUserId), n.Text, n.FollowUpOn)).ToList(),
            acknowledgements, remits, submissions, c.PatientId, ledger);

        await db.AppendAuditAsync([new AuditEntry(time.GetUtcNow().UtcDateTime, actor, AuditActions.View, nameof(Claim), c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.PatientId, null, null)], cancellationToken);
        db.AuditChanges = false;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(detail);
    }

    /// <summary>The referring providers and service facilities a claim may name.</summary>
    public async Task<(IReadOnlyList<(int Id, string Name)> Referring, IReadOnlyList<(int Id, string Name)> Facilities)> GetChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var providers = await db.Providers.AsNoTracking().OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync(cancellationToken);
        var facilities = await db.ServiceFacilities.AsNoTracking().OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken);
        return (providers.Select(p => (p.Id, $"{p.LastName}, {p.FirstName} {p.Credential} (NPI {p.Npi})")).ToList(), facilities.Select(f => (f.Id, f.Name)).ToList());
    }

    public Task<Result<ClaimChangeResult>> ChangeDetailsAsync(int claimId, int version, ClaimDetailsChange change, CancellationToken cancellationToken = default) =>
        EditAsync(claimId, version, (claim, _, now, user) =>
            Task.FromResult(new ClaimChangeResult(0, Message: claim.ChangeDetails(change, now, user) ? null : "Nothing changed.")), cancellationToken);

    public Task<Result<ClaimChangeResult>> ChangeLineAsync(int claimId, int version, int lineNumber, ClaimLineChange change, CancellationToken cancellationToken = default) =>
        EditAsync(claimId, version, (claim, _, now, user) =>
            Task.FromResult(new ClaimChangeResult(0, Message: claim.ChangeLine(lineNumber, change, now, user) ? null : "Nothing changed.")), cancellationToken);

    public Task<Result<ClaimChangeResult>> ChangeDiagnosesAsync(int claimId, int version, IReadOnlyList<string> codes, CancellationToken cancellationToken = default) =>
        EditAsync(claimId, version, (claim, _, now, user) =>
            Task.FromResult(new ClaimChangeResult(0, Message: claim.ChangeDiagnoses(codes, now, user) ? null : "Nothing changed.")), cancellationToken);

    /// <summary>Moves another claim of the same patient, provider and payer onto this one; the other is voided.</summary>
    public Task<Result<ClaimChangeResult>> CombineAsync(int claimId, int version, string otherControlNumber, CancellationToken cancellationToken = default) =>
        EditAsync(claimId, version, async (claim, db, now, user) =>
        {
            var other = await db.Claims.Include(c => c.Lines).Include(c => c.Diagnoses).AsSplitQuery()
                .SingleOrDefaultAsync(c => c.ControlNumber == otherControlNumber.Trim(), cancellationToken)
                ?? throw new DomainException($"There is no claim {otherControlNumber}.");
            claim.Combine(other, now, user);
            return new ClaimChangeResult(0, other.Id);
        }, cancellationToken);

    public Task<Result<ClaimChangeResult>> SplitAsync(int claimId, int version, IReadOnlyCollection<int> lineNumbers, CancellationToken cancellationToken = default) =>
        EditAsync(claimId, version, async (claim, db, now, user) =>
        {
            var number = await ControlNumbers.ClaimNumbersAsync(db, 1, cancellationToken);
            var split = claim.SplitOff(lineNumbers, number(), now, user);
            db.Claims.Add(split);
            return new ClaimChangeResult(0, Message: split.ControlNumber);
        }, cancellationToken, afterSave: (result, db) => db.Claims.Where(c => c.ControlNumber == result.Message).Select(c => (int?)c.Id).FirstAsync(cancellationToken));

    /// <summary>Creates the replacement (frequency 7) or void (frequency 8) of an adjudicated claim.</summary>
    public Task<Result<ClaimChangeResult>> CorrectAsync(int claimId, int version, bool voidIt, CancellationToken cancellationToken = default) =>
        EditAsync(claimId, version, async (claim, db, now, user) =>
        {
            var number = await ControlNumbers.ClaimNumbersAsync(db, 1, cancellationToken);
            var correction = claim.CreateCorrection(voidIt, number(), now, user);
            db.Claims.Add(correction);
            return new ClaimChangeResult(0, Message: correction.ControlNumber);
        }, cancellationToken, afterSave: (result, db) => db.Claims.Where(c => c.ControlNumber == result.Message).Select(c => (int?)c.Id).FirstAsync(cancellationToken));

    /// <summary>
    /// Bills the patient's next payer (secondary after primary) for what is left once this claim's
    /// payer has adjudicated; the new claim carries this one's adjudication in its 837P.
    /// </summary>
    public Task<Result<ClaimChangeResult>> BillNextPayerAsync(int claimId, int version, CancellationToken cancellationToken = default) =>
        EditAsync(claimId, version, async (claim, db, now, user) =>
        {
            if (await db.Claims.AnyAsync(c => c.PrimaryClaimId == claim.Id && c.Status != ClaimStatus.Voided, cancellationToken))
            {
                throw new DomainException($"The next payer was already billed for claim {claim.ControlNumber}.");
            }

            var policies = await db.InsurancePolicies.AsNoTracking().Where(p => p.PatientId == claim.PatientId && p.Priority > claim.PayerSequence).OrderBy(p => p.Priority).ToListAsync(cancellationToken);
            var next = policies.FirstOrDefault(p => p.IsActiveOn(claim.ServiceFromDate))
                ?? throw new DomainException($"The patient has no {(claim.PayerSequence == Patients.CoveragePriority.Primary ? "secondary" : "further")} coverage active on {claim.ServiceFromDate:MM/dd/yyyy}; bill the balance to the patient.");
            var number = await ControlNumbers.ClaimNumbersAsync(db, 1, cancellationToken);
            var secondary = claim.CreateNextPayerClaim(number(), next.Id, next.PayerId, next.Priority, now, user);
            db.Claims.Add(secondary);
            return new ClaimChangeResult(0, Message: secondary.ControlNumber);
        }, cancellationToken, afterSave: (result, db) => db.Claims.Where(c => c.ControlNumber == result.Message).Select(c => (int?)c.Id).FirstAsync(cancellationToken));

    public Task<Result<ClaimChangeResult>> VoidAsync(int claimId, int version, string reason, CancellationToken cancellationToken = default) =>
        EditAsync(claimId, version, (claim, _, now, user) =>
        {
            claim.Void(reason, now, user);
            return Task.FromResult(new ClaimChangeResult(0));
        }, cancellationToken);

    public Task<Result<ClaimChangeResult>> HoldAsync(int claimId, int version, string reason, CancellationToken cancellationToken = default) =>
        EditAsync(claimId, version, (claim, _, now, user) =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new DomainException("Say why the claim is held.");
            }

            claim.Hold(reason.Trim(), now, user);
            return Task.FromResult(new ClaimChangeResult(0));
        }, cancellationToken);

    public Task<Result<ClaimChangeResult>> ReleaseAsync(int claimId, int version, CancellationToken cancellationToken = default) =>
        EditAsync(claimId, version, (claim, _, now, user) =>
        {
            if (claim.Status == ClaimStatus.Rejected)
            {
                claim.Reopen(now, user);
            }
            else
            {
                claim.ReleaseHold(now, user);
            }

            return Task.FromResult(new ClaimChangeResult(0));
        }, cancellationToken);

    public async Task<Result> AddNoteAsync(int claimId, string text, DateOnly? followUpOn, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure("Only billers and managers add notes to claims.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Claims.AnyAsync(c => c.Id == claimId, cancellationToken))
        {
            return Result.Failure($"There is no claim {claimId}.");
        }

        try
        {
            db.Notes.Add(new Note(NoteSubject.Claim, claimId, text.Trim(), actor.UserId, time.GetUtcNow().UtcDateTime, followUpOn));
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DomainException e)
        {
            return Result.Failure(e.Message);
        }
    }

    /// <summary>Assigns claims to a biller (or unassigns with null): a bulk action of the worklist.</summary>
    public async Task<Result<int>> AssignAsync(IReadOnlyCollection<int> claimIds, string? userId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<int>("Only billers and managers assign claims.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (userId is not null && !await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return Result.Failure<int>("That user does not exist.");
        }

        var claims = await db.Claims.Where(c => claimIds.Contains(c.Id)).ToListAsync(cancellationToken);
        foreach (var claim in claims)
        {
            claim.AssignTo(userId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(claims.Count);
    }

    private async Task<Result<ClaimChangeResult>> EditAsync(
        int claimId,
        int version,
        Func<Claim, RevenueCycleDbContext, DateTime, string, Task<ClaimChangeResult>> change,
        CancellationToken cancellationToken,
        Func<ClaimChangeResult, RevenueCycleDbContext, Task<int?>>? afterSave = null)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<ClaimChangeResult>("Only billers and managers change claims.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claim = await db.Claims.Include(c => c.Lines).Include(c => c.Diagnoses).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim is null)
        {
            return Result.Failure<ClaimChangeResult>($"There is no claim {claimId}.");
        }

        if (claim.Version != version)
        {
            return Result.Failure<ClaimChangeResult>(await ConflictMessageAsync(db, claim, cancellationToken));
        }

        try
        {
            var result = await change(claim, db, time.GetUtcNow().UtcDateTime, actor.UserId);
            if (result.Message == "Nothing changed.")
            {
                return Result.Success(result with { Version = claim.Version });
            }

            await db.SaveChangesAsync(cancellationToken);
            var other = afterSave is null ? result.OtherClaimId : await afterSave(result, db);
            return Result.Success(result with { Version = claim.Version, OtherClaimId = other });
        }
        catch (DomainException e)
        {
            return Result.Failure<ClaimChangeResult>(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == claimId, cancellationToken);
            return Result.Failure<ClaimChangeResult>(await ConflictMessageAsync(db, current, cancellationToken));
        }
    }

    private static async Task<string> ConflictMessageAsync(RevenueCycleDbContext db, Claim claim, CancellationToken cancellationToken)
    {
        var last = await db.ClaimStatusChanges.AsNoTracking().Where(h => h.ClaimId == claim.Id).OrderByDescending(h => h.AtUtc).ThenByDescending(h => h.Id).FirstOrDefaultAsync(cancellationToken);
        var who = last is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == last.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return $"Claim {claim.ControlNumber} was changed by {who ?? "someone else"} after you opened it{(last is null ? "" : $" ({last.Note})")}. Your change was not saved; reload the claim and make it again.";
    }
}
