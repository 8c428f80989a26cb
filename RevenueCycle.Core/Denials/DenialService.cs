using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Notes;

namespace RevenueCycle.Core.Denials;

/// <summary>Denial settings (configuration section <c>Denials</c>).</summary>
public sealed class DenialOptions
{
    public const string Section = "Denials";

    /// <summary>Write-offs above this amount wait for a manager's approval.</summary>
    public decimal WriteOffApprovalThreshold { get; set; } = 100m;
}

public sealed record DenialFilter(bool OpenOnly = true, int? PayerId = null, DenialCategory? Category = null, string? ReasonCode = null, int? ProviderId = null, int? MinAgeDays = null, int? MaxAgeDays = null, string? AssignedTo = null, string? Search = null);

public sealed record DenialRow(int DenialId, int ClaimId, string ControlNumber, string PatientName, string PayerName, string GroupCode, string ReasonCode, string Reason, string? RemarkCodes, DenialCategory Category, decimal AmountAtStake, DateOnly DeniedOn, DateOnly AppealDeadline, int DaysLeft, DenialStatus Status, string? AssignedToUserId, DateOnly? FollowUpOn);

public sealed record DenialPattern(DenialCategory Category, string ReasonCode, string Reason, int PayerId, string PayerName, string ProcedureCode, int Count, decimal Amount, IReadOnlyList<PreventionCheck> Checks);

public sealed record WriteOffRequestRow(int Id, int DenialId, string ControlNumber, decimal Amount, string Reason, string RequestedBy, DateTime RequestedAtUtc);

/// <summary>
/// The denial worklist and its actions: correct and resubmit (a replacement claim), appeal with a
/// generated letter, write off (a manager approves above the threshold), transfer to the patient,
/// notes with follow-up; and the prevention view that groups denials by cause.
/// </summary>
public sealed class DenialService(IDbContextFactory<RevenueCycleDbContext> dbFactory, ICurrentActor currentActor, TimeProvider time, ClaimService claims, IOptions<DenialOptions> options)
{
    public async Task<Page<DenialRow>> GetPageAsync(DenialFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var denials = db.Denials.AsNoTracking();
        if (filter.OpenOnly)
        {
            denials = denials.Where(d => Denial.OpenStatuses.Contains(d.Status));
        }

        if (filter.Category is { } category)
        {
            denials = denials.Where(d => d.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(filter.ReasonCode))
        {
            denials = denials.Where(d => d.ReasonCode == filter.ReasonCode.Trim());
        }

        if (filter.MaxAgeDays is { } maxAge)
        {
            var since = today.AddDays(-maxAge);
            denials = denials.Where(d => d.DeniedOn >= since);
        }

        if (filter.MinAgeDays is { } minAge)
        {
            var before = today.AddDays(-minAge);
            denials = denials.Where(d => d.DeniedOn <= before);
        }

        if (filter.AssignedTo == ClaimWorklistFilter.Unassigned)
        {
            denials = denials.Where(d => d.AssignedToUserId == null);
        }
        else if (!string.IsNullOrEmpty(filter.AssignedTo))
        {
            denials = denials.Where(d => d.AssignedToUserId == filter.AssignedTo);
        }

        if (filter.PayerId is { } payerId)
        {
            denials = denials.Where(d => d.PayerId == payerId);
        }

        if (filter.ProviderId is { } providerId)
        {
            denials = denials.Where(d => d.ProviderId == providerId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // The matching claims are found once (claim number, or the patients by name prefix or MRN), then their denials.
            var term = filter.Search.Trim();
            var claimIds = await db.Claims.AsNoTracking().Where(c => c.ControlNumber == term).Select(c => c.Id).ToListAsync(cancellationToken);
            if (claimIds.Count == 0)
            {
                // Names are stored capitalised: a prefix is a range on the name index, as typed and capitalised.
                var capitalised = term.Length > 0 ? char.ToUpperInvariant(term[0]) + term[1..].ToLowerInvariant() : term;
                string upper = term + "\uffff", upperCapitalised = capitalised + "\uffff";
                var patientIds = await db.Patients.AsNoTracking()
                    .Where(p => p.Mrn == term
                        || (string.Compare(p.LastName, term) >= 0 && string.Compare(p.LastName, upper) < 0)
                        || (string.Compare(p.LastName, capitalised) >= 0 && string.Compare(p.LastName, upperCapitalised) < 0))
                    .Select(p => p.Id).Take(5_000).ToListAsync(cancellationToken);
                claimIds = await db.Claims.AsNoTracking().Where(c => EF.Parameter(patientIds).Contains(c.PatientId)).Select(c => c.Id).Take(50_000).ToListAsync(cancellationToken);
            }

            // Their denials by the claim index first (a few), then the other filters on those rows only.
            var denialIds = await db.Denials.AsNoTracking().Where(d => EF.Parameter(claimIds).Contains(d.ClaimId)).Select(d => d.Id).ToListAsync(cancellationToken);
            denials = denials.Where(d => EF.Parameter(denialIds).Contains(d.Id));
        }

        var total = await denials.CountAsync(cancellationToken);
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("AppealDeadline", true) => denials.OrderByDescending(d => d.AppealDeadline).ThenBy(d => d.Id),
            ("AppealDeadline", _) or ("DaysLeft", _) => denials.OrderBy(d => d.AppealDeadline).ThenByDescending(d => d.AmountAtStake),
            ("DeniedOn", true) => denials.OrderByDescending(d => d.DeniedOn).ThenBy(d => d.Id),
            ("DeniedOn", _) => denials.OrderBy(d => d.DeniedOn).ThenBy(d => d.Id),
            ("AmountAtStake", false) => denials.OrderBy(d => d.AmountAtStake).ThenBy(d => d.Id),

            // Dollars first: the biggest denials are worked first.
            _ => denials.OrderByDescending(d => d.AmountAtStake).ThenBy(d => d.AppealDeadline),
        };
        var rows = await (from d in sorted.Skip(page.Skip).Take(page.Take)
                          join c in db.Claims on d.ClaimId equals c.Id
                          join p in db.Patients on c.PatientId equals p.Id
                          join payer in db.Payers on c.PayerId equals payer.Id
                          select new { d, c.ControlNumber, PatientName = p.LastName + ", " + p.FirstName, PayerName = payer.Name })
            .ToListAsync(cancellationToken);
        return new Page<DenialRow>(rows.Select(r => new DenialRow(r.d.Id, r.d.ClaimId, r.ControlNumber, r.PatientName, r.PayerName, r.d.GroupCode, r.d.ReasonCode, CarcCatalog.Describe(r.d.ReasonCode),
            r.d.RemarkCodes, r.d.Category, r.d.AmountAtStake, r.d.DeniedOn, r.d.AppealDeadline, r.d.AppealDeadline.DayNumber - today.DayNumber, r.d.Status, r.d.AssignedToUserId, r.d.FollowUpOn)).ToList(), total);
    }

    public async Task<Result<int>> AssignAsync(IReadOnlyCollection<int> denialIds, string? userId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<int>("Only billers and managers assign denials.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var denials = await db.Denials.Where(d => denialIds.Contains(d.Id)).ToListAsync(cancellationToken);
        foreach (var denial in denials)
        {
            denial.AssignTo(string.IsNullOrEmpty(userId) ? null : userId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(denials.Count);
    }

    /// <summary>Correct and resubmit: creates the replacement claim (frequency 7) for the biller to correct and submit.</summary>
    public async Task<Result<int>> ResubmitAsync(int denialId, CancellationToken cancellationToken = default)
    {
        var (denial, error) = await OpenDenialAsync(denialId, cancellationToken);
        if (denial is null)
        {
            return Result.Failure<int>(error!);
        }

        int version;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            version = await db.Claims.Where(c => c.Id == denial.ClaimId).Select(c => c.Version).SingleAsync(cancellationToken);
        }

        var corrected = await claims.CorrectAsync(denial.ClaimId, version, voidIt: false, cancellationToken);
        if (!corrected.Succeeded)
        {
            return Result.Failure<int>(corrected.Error!);
        }

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var related = await db.Denials.Where(d => d.ClaimId == denial.ClaimId).ToListAsync(cancellationToken);
            foreach (var open in related.Where(d => d.IsOpen && d.Status != DenialStatus.Resubmitted))
            {
                open.Resolve(DenialStatus.Resubmitted, time.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success(corrected.Value!.OtherClaimId!.Value);
    }

    /// <summary>The appeal letter's facts for a denial (the biller adds the argument).</summary>
    public async Task<Result<AppealFacts>> GetAppealFactsAsync(int denialId, string argument, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<AppealFacts>("Only billers and managers appeal denials.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var denial = await db.Denials.AsNoTracking().SingleOrDefaultAsync(d => d.Id == denialId, cancellationToken);
        if (denial is null)
        {
            return Result.Failure<AppealFacts>($"There is no denial {denialId}.");
        }

        var doc = (await ClaimDocuments.LoadAsync(db, [denial.ClaimId], tracked: false, cancellationToken)).Single();
        var signer = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? actor.UserName;
        return Result.Success(new AppealFacts(
            doc.Payer.Name, doc.Payer.Address, $"{doc.Patient.FirstName} {doc.Patient.LastName}", doc.Policy?.MemberId ?? "", doc.Claim.ControlNumber, doc.Claim.PayerClaimNumber,
            doc.Claim.ServiceFromDate, doc.Rendering.DisplayName, doc.Rendering.Npi, $"{denial.GroupCode}-{denial.ReasonCode}", CarcCatalog.Describe(denial.ReasonCode),
            RarcCatalog.Split(denial.RemarkCodes).ToList(), denial.AmountAtStake, argument, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            doc.Practice.Name, doc.Practice.Address, signer) { PracticePhone = doc.Practice.Phone });
    }

    /// <summary>Appeals a denial: fills the template with the claim's facts and the argument, keeps the letter (PDF) and marks the denial appealed.</summary>
    public async Task<Result<int>> AppealAsync(int denialId, string argument, AppealTemplate? template = null, CancellationToken cancellationToken = default)
    {
        var (denial, error) = await OpenDenialAsync(denialId, cancellationToken);
        if (denial is null)
        {
            return Result.Failure<int>(error!);
        }

        var facts = await GetAppealFactsAsync(denialId, argument, cancellationToken);
        if (!facts.Succeeded)
        {
            return Result.Failure<int>(facts.Error!);
        }

        var filled = AppealTemplate.Fill(template ?? AppealTemplate.Default, facts.Value!);
        if (!filled.Succeeded)
        {
            return Result.Failure<int>(string.Join(" ", filled.Errors));
        }

        var letter = filled.Letter!;
        var pdf = AppealLetterWriter.Write(letter);
        var text = string.Join("\n", letter.Letterhead.Append("").Append(letter.Date).Append("").Concat(letter.Recipient).Append("")
            .Concat(letter.Reference.Select(r => $"{r.Label}: {r.Value}")).Append("").Concat(letter.Paragraphs).Append("").Concat(letter.Signature));
        var actor = await currentActor.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tracked = await db.Denials.SingleAsync(d => d.Id == denialId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var appeal = new DenialAppeal(denialId, text.Length > 20_000 ? text[..20_000] : text, pdf, now, actor.UserId);
        db.DenialAppeals.Add(appeal);
        tracked.Resolve(DenialStatus.Appealed, now);
        db.Notes.Add(new Note(NoteSubject.Claim, tracked.ClaimId, $"Appealed {tracked.GroupCode}-{tracked.ReasonCode} ({tracked.AmountAtStake.ToString("C2", CultureInfo.GetCultureInfo("en-US"))}).", actor.UserId, now, null));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(appeal.Id);
    }

    public async Task<Result<byte[]>> GetAppealLetterAsync(int appealId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<byte[]>("Only billers and managers read appeal letters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var appeal = await db.DenialAppeals.AsNoTracking().SingleOrDefaultAsync(a => a.Id == appealId, cancellationToken);
        if (appeal is null)
        {
            return Result.Failure<byte[]>($"There is no appeal {appealId}.");
        }

        var patientId = await (from d in db.Denials join c in db.Claims on d.ClaimId equals c.Id where d.Id == appeal.DenialId select c.PatientId).FirstAsync(cancellationToken);
        await db.AppendAuditAsync([new AuditEntry(time.GetUtcNow().UtcDateTime, actor, AuditActions.View, nameof(DenialAppeal), appealId.ToString(CultureInfo.InvariantCulture), patientId, null, null)], cancellationToken);
        db.AuditChanges = false;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(appeal.LetterPdf);
    }

    /// <summary>Records the payer's decision on an appeal; the denial closes as overturned or upheld.</summary>
    public async Task<Result> RecordAppealOutcomeAsync(int appealId, AppealOutcome outcome, string? note, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure("Only billers and managers record appeal outcomes.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var appeal = await db.DenialAppeals.SingleOrDefaultAsync(a => a.Id == appealId, cancellationToken);
        if (appeal is null)
        {
            return Result.Failure($"There is no appeal {appealId}.");
        }

        var denial = await db.Denials.SingleAsync(d => d.Id == appeal.DenialId, cancellationToken);
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            appeal.Decide(outcome, note, now);
            denial.Resolve(outcome == AppealOutcome.Upheld ? DenialStatus.Upheld : DenialStatus.Overturned, now);
        }
        catch (DomainException e)
        {
            return Result.Failure(e.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>
    /// Writes off the denied balance. Up to the threshold it posts at once; above it a manager must
    /// approve (the denial waits as write-off pending). Returns whether it posted.
    /// </summary>
    public async Task<Result<bool>> WriteOffAsync(int denialId, string reason, CancellationToken cancellationToken = default)
    {
        var (denial, error) = await OpenDenialAsync(denialId, cancellationToken);
        if (denial is null)
        {
            return Result.Failure<bool>(error!);
        }

        var actor = await currentActor.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tracked = await db.Denials.SingleAsync(d => d.Id == denialId, cancellationToken);
        var claim = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == tracked.ClaimId, cancellationToken);
        var amount = Math.Min(tracked.AmountAtStake, WriteOffLines(claim, tracked).Sum(l => l.InsuranceBalance));
        if (amount <= 0)
        {
            return Result.Failure<bool>("Nothing is left to write off on this denial.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            if (amount > options.Value.WriteOffApprovalThreshold && !actor.IsInRole(Roles.Manager))
            {
                db.WriteOffRequests.Add(new WriteOffRequest(tracked.Id, claim.Id, amount, tracked.ReasonCode, reason, now, actor.UserId));
                tracked.Resolve(DenialStatus.WriteOffPending, now);
                await db.SaveChangesAsync(cancellationToken);
                return Result.Success(false);
            }

            PostWriteOff(db, claim, tracked, amount, reason, now, actor.UserId, actor.IsInRole(Roles.Manager) && amount > options.Value.WriteOffApprovalThreshold ? actor.UserId : null);
            tracked.Resolve(DenialStatus.WrittenOff, now);
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success(true);
        }
        catch (DomainException e)
        {
            return Result.Failure<bool>(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure<bool>($"Claim {claim.ControlNumber} changed while you were working; reload and try again.");
        }
    }

    public async Task<IReadOnlyList<WriteOffRequestRow>> GetPendingWriteOffsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (from r in db.WriteOffRequests.AsNoTracking()
                      join c in db.Claims on r.ClaimId equals c.Id
                      join u in db.Users on r.RequestedByUserId equals u.Id
                      where r.Status == WriteOffRequestStatus.Pending
                      orderby r.RequestedAtUtc
                      select new WriteOffRequestRow(r.Id, r.DenialId, c.ControlNumber, r.Amount, r.Reason, u.DisplayName, r.RequestedAtUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A manager approves or refuses a write-off above the threshold; approval posts it with the manager's name on it.</summary>
    public async Task<Result> DecideWriteOffAsync(int requestId, bool approve, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInRole(Roles.Manager))
        {
            return Result.Failure("Only a manager approves write-offs above the threshold.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.WriteOffRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return Result.Failure($"There is no write-off request {requestId}.");
        }

        var denial = await db.Denials.SingleAsync(d => d.Id == request.DenialId, cancellationToken);
        var claim = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == request.ClaimId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            request.Decide(approve, actor.UserId, now);
            if (approve)
            {
                PostWriteOff(db, claim, denial, Math.Min(request.Amount, WriteOffLines(claim, denial).Sum(l => l.InsuranceBalance)), request.Reason, now, request.RequestedByUserId, actor.UserId);
                denial.Resolve(DenialStatus.WrittenOff, now);
            }
            else
            {
                denial.ReopenAfterRefusedWriteOff();
            }

            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DomainException e)
        {
            return Result.Failure(e.Message);
        }
    }

    /// <summary>The patient owes the denied amount (a non-covered service the patient agreed to pay): moves it to patient responsibility.</summary>
    public async Task<Result> TransferToPatientAsync(int denialId, CancellationToken cancellationToken = default)
    {
        var (denial, error) = await OpenDenialAsync(denialId, cancellationToken);
        if (denial is null)
        {
            return Result.Failure(error!);
        }

        var actor = await currentActor.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tracked = await db.Denials.SingleAsync(d => d.Id == denialId, cancellationToken);
        var claim = await db.Claims.Include(c => c.Lines).SingleAsync(c => c.Id == tracked.ClaimId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            var left = tracked.AmountAtStake;
            foreach (var line in WriteOffLines(claim, tracked))
            {
                var amount = Math.Min(left, line.InsuranceBalance);
                if (amount > 0)
                {
                    db.Adjustments.Add(claim.TransferToPatient(line, tracked.ReasonCode, amount, now, actor.UserId));
                    left -= amount;
                }
            }

            claim.SettleAfterPosting(now, actor.UserId, "Denied amount transferred to the patient");
            tracked.Resolve(DenialStatus.TransferredToPatient, now);
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DomainException e)
        {
            return Result.Failure(e.Message);
        }
    }

    public async Task<Result> AddNoteAsync(int denialId, string text, DateOnly? followUpOn, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure("Only billers and managers add notes to denials.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var denial = await db.Denials.SingleOrDefaultAsync(d => d.Id == denialId, cancellationToken);
        if (denial is null)
        {
            return Result.Failure($"There is no denial {denialId}.");
        }

        try
        {
            db.Notes.Add(new Note(NoteSubject.Denial, denialId, text.Trim(), actor.UserId, time.GetUtcNow().UtcDateTime, followUpOn));
            if (followUpOn is { } date)
            {
                denial.ScheduleFollowUp(date);
            }

            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DomainException e)
        {
            return Result.Failure(e.Message);
        }
    }

    /// <summary>Open denials grouped by cause, payer and code, with the check that would have caught each pattern.</summary>
    public async Task<IReadOnlyList<DenialPattern>> GetPatternsAsync(int take = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (from d in db.Denials.AsNoTracking()
                          join c in db.Claims on d.ClaimId equals c.Id
                          join p in db.Payers on c.PayerId equals p.Id
                          join l in db.ClaimLines on d.ClaimLineId equals l.Id into lines
                          from l in lines.DefaultIfEmpty()
                          group d by new { d.Category, d.ReasonCode, c.PayerId, PayerName = p.Name, Code = l == null ? "" : l.Code } into g
                          orderby g.Sum(x => x.AmountAtStake) descending
                          select new { g.Key, Count = g.Count(), Amount = g.Sum(x => x.AmountAtStake) })
            .Take(take).ToListAsync(cancellationToken);
        return rows.Select(r => new DenialPattern(r.Key.Category, r.Key.ReasonCode, CarcCatalog.Describe(r.Key.ReasonCode), r.Key.PayerId, r.Key.PayerName, r.Key.Code, r.Count, r.Amount,
            DenialPrevention.ForDenial(r.Key.ReasonCode))).ToList();
    }

    private async Task<(Denial? Denial, string? Error)> OpenDenialAsync(int denialId, CancellationToken cancellationToken)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return (null, "Only billers and managers work denials.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var denial = await db.Denials.AsNoTracking().SingleOrDefaultAsync(d => d.Id == denialId, cancellationToken);
        return denial is null ? (null, $"There is no denial {denialId}.")
            : !denial.IsOpen || denial.Status is DenialStatus.WriteOffPending ? (null, $"This denial is {denial.Status}; it is no longer open to work.")
            : (denial, null);
    }

    private static IEnumerable<ClaimLine> WriteOffLines(Claim claim, Denial denial) =>
        denial.ClaimLineId is { } lineId ? claim.Lines.Where(l => l.Id == lineId) : claim.Lines.OrderBy(l => l.LineNumber);

    private static void PostWriteOff(RevenueCycleDbContext db, Claim claim, Denial denial, decimal amount, string reason, DateTime now, string userId, string? approvedBy)
    {
        var left = amount;
        foreach (var line in WriteOffLines(claim, denial))
        {
            var share = Math.Min(left, line.InsuranceBalance);
            if (share > 0)
            {
                db.Adjustments.Add(claim.WriteOff(line, denial.ReasonCode, share, now, userId, approvedBy));
                left -= share;
            }
        }

        claim.AddTimelineNote($"Wrote off {amount.ToString("C2", CultureInfo.GetCultureInfo("en-US"))} ({denial.GroupCode}-{denial.ReasonCode}): {reason}{(approvedBy is null ? "" : " (approved by a manager)")}", now, userId);
        claim.SettleAfterPosting(now, userId, "Denied balance written off");
    }
}
