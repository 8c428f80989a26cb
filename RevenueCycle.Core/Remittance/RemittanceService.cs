using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Denials;
using RevenueCycle.Core.Payers;
using RevenueCycle.Core.Remittance.X12;

namespace RevenueCycle.Core.Remittance;

/// <summary>A paper EOB as a biller enters it.</summary>
public sealed record PaperEob(int PayerId, string CheckNumber, DateOnly CheckDate, decimal CheckAmount, IReadOnlyList<PaperEobClaim> Claims);

/// <summary>One claim of a paper EOB: our claim number, whether the payer denied it, the payer's claim number, and its lines.</summary>
public sealed record PaperEobClaim(string ControlNumber, bool Denied, string? PayerClaimNumber, IReadOnlyList<PaperEobLine> Lines);

/// <summary>One line of a paper EOB: what the payer paid and its adjustments (group, CARC, amount), with remark codes.</summary>
public sealed record PaperEobLine(int LineNumber, decimal Paid, IReadOnlyList<PaperEobAdjustment> Adjustments, string? RemarkCodes = null);

public sealed record PaperEobAdjustment(string GroupCode, string ReasonCode, decimal Amount);

public sealed record EobLine(int LineNumber, string Code, DateOnly DateOfService, decimal Charge, decimal InsuranceBalance);

public sealed record EobClaimLines(string ControlNumber, int PayerId, IReadOnlyList<EobLine> Lines);

/// <summary>What importing one 835 file did.</summary>
public sealed record RemittanceImportResult(string FileName, int Transactions, int Posted, int Skipped, int Unbalanced, int ClaimsPosted, int ClaimsInSuspense, int Denials, decimal Paid, IReadOnlyList<string> Messages);

public sealed record RemittanceRow(int Id, string PayerName, string TraceNumber, DateOnly PaymentDate, decimal PaymentAmount, RemittanceStatus Status, int Claims, int InSuspense, string FileName, DateTime ImportedAtUtc, string? Imbalance);

public sealed record SuspenseRow(int RemittanceClaimId, int RemittanceId, string PayerName, string TraceNumber, DateOnly PaymentDate, string PatientControlNumber, string? PayerClaimNumber, string StatusCode, decimal Charge, decimal Paid, string? Reason, string? PatientName);

/// <summary>
/// Posts 835 remittances: reads the file, refuses what was posted before (same payer and check
/// number), checks that each check balances (an unbalanced one waits for a manager), matches each
/// claim and its lines, and posts payments, adjustments and patient responsibility to the claim
/// lines in one transaction per remittance. What cannot be matched waits in the suspense list.
/// Denials become work items; payments below the fee schedule are flagged as underpaid.
/// </summary>
public sealed class RemittanceService(IDbContextFactory<RevenueCycleDbContext> dbFactory, ICurrentActor currentActor, TimeProvider time)
{
    /// <summary>The largest 835 accepted (a remittance of 10,000 claims is about 6 MB).</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    public async Task<Result<RemittanceImportResult>> ImportAsync(string fileName, string text, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<RemittanceImportResult>("Only billers and managers post remittances.");
        }

        var read = Era835Reader.Read(text);
        if (!read.Succeeded)
        {
            return Result.Failure<RemittanceImportResult>($"{fileName} was not imported: {read.Error} Nothing was posted.");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return await ImportEraAsync(fileName, sha, read.Value!, PaymentBatchSource.Era835, actor, cancellationToken);
    }

    /// <summary>
    /// Posts a paper EOB entered by hand: the payer, check number, date and total, and per claim
    /// each line's payment and adjustments (group, CARC, RARC). The check total must equal what
    /// the lines pay, and each line must balance, before anything posts; it then posts exactly as
    /// an 835 does (matching, denials, the same duplicate-check rule).
    /// </summary>
    public async Task<Result<RemittanceImportResult>> PostPaperEobAsync(PaperEob eob, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<RemittanceImportResult>("Only billers and managers post remittances.");
        }

        if (string.IsNullOrWhiteSpace(eob.CheckNumber))
        {
            return Result.Failure<RemittanceImportResult>("Enter the check number from the EOB.");
        }

        if (eob.Claims.Count == 0)
        {
            return Result.Failure<RemittanceImportResult>("Enter at least one claim from the EOB.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var payer = await db.Payers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == eob.PayerId, cancellationToken);
        if (payer is null)
        {
            return Result.Failure<RemittanceImportResult>("Choose the payer of the EOB.");
        }

        var numbers = eob.Claims.Select(c => c.ControlNumber.Trim()).ToList();
        var claims = await db.Claims.AsNoTracking().Include(c => c.Lines).Where(c => numbers.Contains(c.ControlNumber)).ToDictionaryAsync(c => c.ControlNumber, cancellationToken);
        var clps = new List<Era835Claim>();
        foreach (var entry in eob.Claims)
        {
            if (!claims.TryGetValue(entry.ControlNumber.Trim(), out var claim))
            {
                return Result.Failure<RemittanceImportResult>($"There is no claim {entry.ControlNumber}.");
            }

            var lines = new List<Era835ServiceLine>();
            foreach (var line in entry.Lines)
            {
                var ours = claim.Lines.SingleOrDefault(l => l.LineNumber == line.LineNumber);
                if (ours is null)
                {
                    return Result.Failure<RemittanceImportResult>($"Claim {claim.ControlNumber} has no line {line.LineNumber}.");
                }

                var adjustments = line.Adjustments.Select(a => new Era835Adjustment(a.GroupCode.Trim().ToUpperInvariant(), a.ReasonCode.Trim().ToUpperInvariant(), a.Amount, null)).ToList();
                var difference = ours.Charge - line.Paid - adjustments.Sum(a => a.Amount);
                if (difference != 0)
                {
                    return Result.Failure<RemittanceImportResult>($"Claim {claim.ControlNumber} line {line.LineNumber} ({ours.Code}) does not balance: the charge {ours.Charge:C2} less the payment and adjustments leaves {difference:C2}.");
                }

                lines.Add(new Era835ServiceLine(0, new Era835Procedure("HC", ours.Code, ours.Modifiers), ours.Charge, line.Paid, ours.Units, null,
                    [new Era835Date("472", ours.DateOfService)], adjustments, [new Era835Reference("6R", ours.Id.ToString(CultureInfo.InvariantCulture))], [],
                    RemittanceRemarks(line.RemarkCodes)));
            }

            var paidTotal = lines.Sum(l => l.PaidAmount);
            var patientPart = lines.Sum(l => l.Adjustments.Where(a => a.GroupCode == "PR").Sum(a => a.Amount));
            clps.Add(new Era835Claim(0, claim.ControlNumber, entry.Denied ? "4" : "1", lines.Sum(l => l.ChargeAmount), paidTotal, patientPart, payer.ClaimFilingIndicator, entry.PayerClaimNumber, null, null, [], [], [], [], [], lines));
        }

        var paidOnLines = clps.Sum(c => c.PaidAmount);
        if (paidOnLines != eob.CheckAmount)
        {
            return Result.Failure<RemittanceImportResult>($"The check is {eob.CheckAmount:C2} but the lines entered pay {paidOnLines:C2}; the batch posts when they are equal (difference {eob.CheckAmount - paidOnLines:C2}).");
        }

        var era = new Era835("PAPER", new Era835Payment(0, "I", eob.CheckAmount, "C", eob.CheckAmount == 0 ? "NON" : "CHK", eob.CheckDate), eob.CheckNumber.Trim(), payer.PayerIdCode, eob.CheckDate,
            new Era835Party(payer.Name, "PI", payer.PayerIdCode, []), Era835Party.Missing, clps, [], []);
        return await ImportEraAsync($"Paper EOB {eob.CheckNumber.Trim()}", "", [era], PaymentBatchSource.PaperEob, actor, cancellationToken);
    }

    /// <summary>A claim's lines for entering its EOB.</summary>
    public async Task<Result<EobClaimLines>> GetClaimForEobAsync(string controlNumber, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<EobClaimLines>("Only billers and managers post remittances.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claim = await db.Claims.AsNoTracking().Include(c => c.Lines).SingleOrDefaultAsync(c => c.ControlNumber == controlNumber.Trim(), cancellationToken);
        return claim is null
            ? Result.Failure<EobClaimLines>($"There is no claim {controlNumber}.")
            : Result.Success(new EobClaimLines(claim.ControlNumber, claim.PayerId, claim.Lines.OrderBy(l => l.LineNumber).Select(l => new EobLine(l.LineNumber, l.Code, l.DateOfService, l.Charge, l.InsuranceBalance)).ToList()));
    }

    private static List<string> RemittanceRemarks(string? remarks) =>
        string.IsNullOrWhiteSpace(remarks) ? [] : remarks.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(r => r.ToUpperInvariant()).ToList();

    private async Task<Result<RemittanceImportResult>> ImportEraAsync(string fileName, string sha, IReadOnlyList<Era835> eras, PaymentBatchSource source, AuditActor actor, CancellationToken cancellationToken)
    {
        var messages = new List<string>();
        var (posted, skipped, unbalanced, claimsPosted, suspense, denials, paid) = (0, 0, 0, 0, 0, 0, 0m);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var payers = await db.Payers.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var era in eras)
        {
            var payer = FindPayer(payers, era);
            var check = $"Check {era.CheckOrEftNumber} from {era.Payer.Name}";
            if (payer is null)
            {
                messages.Add($"{check}: the payer (ID {era.Payer.Id ?? era.PayerIdentifier ?? "none"}) is not set up; add it under payers and import the file again. Nothing from this check was posted.");
                skipped++;
                continue;
            }

            var earlier = await db.Remittances.AsNoTracking().Where(r => r.PayerId == payer.Id && r.TraceNumber == era.CheckOrEftNumber)
                .Select(r => new { r.FileName, r.ImportedAtUtc }).FirstOrDefaultAsync(cancellationToken);
            if (earlier is not null)
            {
                messages.Add($"{check} was already imported on {earlier.ImportedAtUtc:MM/dd/yyyy} ({earlier.FileName}); nothing was posted again.");
                skipped++;
                continue;
            }

            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            var paymentDate = era.Payment.PaymentDate ?? era.ProductionDate ?? DateOnly.FromDateTime(now);
            var batch = new PaymentBatch(source, payer.Id, era.CheckOrEftNumber, paymentDate, era.Payment.Amount,
                era.Payment.Method switch { "CHK" => PaymentMethod.Check, "NON" => PaymentMethod.NonPayment, _ => PaymentMethod.Ach }, now, actor.UserId);
            var remittance = new Remittance(batch, payer.Id, era.CheckOrEftNumber, era.Payment.Amount, paymentDate, fileName, sha, now, actor.UserId);
            foreach (var clp in era.Claims)
            {
                remittance.AddClaim(clp.PatientControlNumber, clp.StatusCode, clp.ChargeAmount, clp.PaidAmount, clp.PatientResponsibility ?? 0m, clp.PayerClaimNumber, null)
                    .Keep(RemittancePosting.ToJson(clp), RemittanceClaimState.Matched, null);
            }

            db.PaymentBatches.Add(batch);
            db.Remittances.Add(remittance);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var plb in era.ProviderAdjustments)
            {
                foreach (var amount in plb.Amounts)
                {
                    db.Add(new ProviderLevelAdjustment(remittance.Id, plb.ProviderId, plb.FiscalPeriodDate, amount.ReasonCode, amount.Reference, amount.Amount));
                }
            }

            var imbalances = Era835Balancing.FindImbalances(era);
            if (imbalances.Count > 0)
            {
                remittance.MarkUnbalanced(string.Join("; ", imbalances.Select(i => i.Describe())));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                messages.Add($"{check} does not balance ({remittance.Imbalance}); it waits for a manager to post it with a reason.");
                unbalanced++;
                continue;
            }

            var outcome = await PostMatchedAsync(db, remittance, batch, payer, now, actor.UserId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            posted++;
            claimsPosted += outcome.Posted;
            suspense += outcome.Suspense;
            denials += outcome.Denials;
            paid += era.Payment.Amount;
            messages.AddRange(outcome.Messages);
        }

        return Result.Success(new RemittanceImportResult(fileName, eras.Count, posted, skipped, unbalanced, claimsPosted, suspense, denials, paid, messages));
    }

    /// <summary>Posts a remittance that was read but not posted yet (one that balances).</summary>
    public async Task<Result<RemittanceImportResult>> PostAsync(int remittanceId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<RemittanceImportResult>("Only billers and managers post remittances.");
        }

        return await PostStoredAsync(remittanceId, actor, remittance => remittance.Status == RemittanceStatus.Imported
            ? null
            : $"Remittance {remittance.TraceNumber} is {remittance.Status}; only a remittance waiting to be posted can be posted.", cancellationToken);
    }

    /// <summary>A manager posts a remittance that does not balance, saying why.</summary>
    public async Task<Result<RemittanceImportResult>> PostUnbalancedAsync(int remittanceId, string reason, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInRole(Roles.Manager))
        {
            return Result.Failure<RemittanceImportResult>("Only a manager posts a remittance that does not balance.");
        }

        return await PostStoredAsync(remittanceId, actor, remittance =>
        {
            try
            {
                remittance.Override(reason);
                return null;
            }
            catch (DomainException e)
            {
                return e.Message;
            }
        }, cancellationToken);
    }

    // Loads a stored remittance, lets the caller check (or override) it, and posts its matched claims in one transaction.
    private async Task<Result<RemittanceImportResult>> PostStoredAsync(int remittanceId, AuditActor actor, Func<Remittance, string?> refuse, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var remittance = await db.Remittances.Include(r => r.Claims).Include(r => r.PaymentBatch).SingleOrDefaultAsync(r => r.Id == remittanceId, cancellationToken);
        if (remittance is null)
        {
            return Result.Failure<RemittanceImportResult>($"There is no remittance {remittanceId}.");
        }

        if (refuse(remittance) is { } error)
        {
            return Result.Failure<RemittanceImportResult>(error);
        }

        var payer = await db.Payers.AsNoTracking().SingleAsync(p => p.Id == remittance.PayerId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await PostMatchedAsync(db, remittance, remittance.PaymentBatch!, payer, time.GetUtcNow().UtcDateTime, actor.UserId, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure<RemittanceImportResult>("Someone else posted or changed this remittance at the same moment; reload it.");
        }

        await transaction.CommitAsync(cancellationToken);
        return Result.Success(new RemittanceImportResult(remittance.FileName, 1, 1, 0, 0, outcome.Posted, outcome.Suspense, outcome.Denials, remittance.PaymentAmount, outcome.Messages));
    }

    /// <summary>Matches a suspense item to our claim by hand and posts it.</summary>
    public async Task<Result<string>> MatchAsync(int remittanceClaimId, string controlNumber, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<string>("Only billers and managers post remittances.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.RemittanceClaims.SingleOrDefaultAsync(c => c.Id == remittanceClaimId, cancellationToken);
        if (item is null || item.State != RemittanceClaimState.Suspense)
        {
            return Result.Failure<string>("That item is not in the suspense list any more.");
        }

        var remittance = await db.Remittances.Include(r => r.PaymentBatch).SingleAsync(r => r.Id == item.RemittanceId, cancellationToken);
        var claim = await db.Claims.Include(c => c.Lines).SingleOrDefaultAsync(c => c.ControlNumber == controlNumber.Trim(), cancellationToken);
        if (claim is null)
        {
            return Result.Failure<string>($"There is no claim {controlNumber}.");
        }

        var payer = await db.Payers.AsNoTracking().SingleAsync(p => p.Id == remittance.PayerId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fees = await FeesAsync(db, payer, claim.Lines.Select(l => l.Code).Distinct().ToList(), cancellationToken);
        var outcome = PostClaim(db, item, RemittancePosting.FromJson(item.DetailJson!), claim, remittance, remittance.PaymentBatch!, payer, fees, now, actor.UserId);
        if (outcome.Error is not null)
        {
            return Result.Failure<string>(outcome.Error);
        }

        item.Resolve(actor.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success($"Posted to claim {claim.ControlNumber}{(outcome.Denials > 0 ? $"; {outcome.Denials} denial(s) to work" : "")}.");
    }

    /// <summary>Takes a suspense item off the list as not the practice's claim (nothing is posted).</summary>
    public async Task<Result> MarkNotOursAsync(int remittanceClaimId, string reason, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure("Only billers and managers work the suspense list.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure("Say why the item is not ours (for example: another practice's patient, returned to the payer).");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.RemittanceClaims.SingleOrDefaultAsync(c => c.Id == remittanceClaimId, cancellationToken);
        if (item is null)
        {
            return Result.Failure("There is no such item.");
        }

        try
        {
            item.MarkNotOurs(actor.UserId, time.GetUtcNow().UtcDateTime, reason.Trim());
        }
        catch (DomainException e)
        {
            return Result.Failure(e.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Page<RemittanceRow>> GetRemittancesAsync(RemittanceStatus? status, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var remittances = db.Remittances.AsNoTracking();
        if (status is { } s)
        {
            remittances = remittances.Where(r => r.Status == s);
        }

        var total = await remittances.CountAsync(cancellationToken);
        var rows = await (from r in remittances
                          join p in db.Payers on r.PayerId equals p.Id
                          orderby r.ImportedAtUtc descending, r.Id descending
                          select new RemittanceRow(r.Id, p.Name, r.TraceNumber, r.PaymentDate, r.PaymentAmount, r.Status,
                              db.RemittanceClaims.Count(c => c.RemittanceId == r.Id),
                              db.RemittanceClaims.Count(c => c.RemittanceId == r.Id && c.State == RemittanceClaimState.Suspense),
                              r.FileName, r.ImportedAtUtc, r.Imbalance))
            .Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new Page<RemittanceRow>(rows, total);
    }

    public async Task<Page<SuspenseRow>> GetSuspenseAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var items = db.RemittanceClaims.AsNoTracking().Where(c => c.State == RemittanceClaimState.Suspense);
        var total = await items.CountAsync(cancellationToken);
        var rows = await (from c in items
                          join r in db.Remittances on c.RemittanceId equals r.Id
                          join p in db.Payers on r.PayerId equals p.Id
                          orderby r.PaymentDate, c.Id
                          select new { c, r.TraceNumber, r.PaymentDate, PayerName = p.Name })
            .Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new Page<SuspenseRow>(rows.Select(x =>
        {
            var patient = x.c.DetailJson is null ? null : RemittancePosting.FromJson(x.c.DetailJson).Person("QC");
            return new SuspenseRow(x.c.Id, x.c.RemittanceId, x.PayerName, x.TraceNumber, x.PaymentDate, x.c.PatientControlNumber, x.c.PayerClaimNumber, x.c.StatusCode, x.c.ChargeAmount, x.c.PaidAmount, x.c.SuspenseReason,
                patient is null ? null : $"{patient.LastOrOrganizationName}, {patient.FirstName}");
        }).ToList(), total);
    }

    private sealed record PostOutcome(int Posted, int Suspense, int Denials, List<string> Messages);

    private sealed record ClaimOutcome(int Denials, string? Error);

    private static Payer? FindPayer(IReadOnlyList<Payer> payers, Era835 era)
    {
        var ids = new[] { era.Payer.Id, era.Payer.Reference("2U"), era.PayerIdentifier?.TrimStart('1') is { Length: > 0 } trn03 ? trn03 : null, era.PayerIdentifier }
            .Where(id => !string.IsNullOrWhiteSpace(id)).ToList();
        return payers.FirstOrDefault(p => ids.Contains(p.PayerIdCode, StringComparer.OrdinalIgnoreCase))
            ?? payers.FirstOrDefault(p => string.Equals(p.Name, era.Payer.Name, StringComparison.OrdinalIgnoreCase));
    }

    // Posts every matched, unposted claim of the remittance; what cannot be matched goes to suspense.
    private static async Task<PostOutcome> PostMatchedAsync(RevenueCycleDbContext db, Remittance remittance, PaymentBatch batch, Payer payer, DateTime now, string userId, CancellationToken cancellationToken)
    {
        var items = remittance.Claims.Where(c => c.State == RemittanceClaimState.Matched).ToList();
        var numbers = items.Select(i => i.PatientControlNumber).Distinct().ToList();
        var payerNumbers = items.Where(i => i.PayerClaimNumber is not null).Select(i => i.PayerClaimNumber!).Distinct().ToList();
        var claims = new List<Claim>();
        // The number lists go to SQLite as one JSON parameter each (EF.Parameter, read with
        // json_each) instead of one parameter per number.
        foreach (var chunk in numbers.Chunk(5_000))
        {
            claims.AddRange(await db.Claims.Include(c => c.Lines).Where(c => EF.Parameter(chunk).Contains(c.ControlNumber)).AsSplitQuery().ToListAsync(cancellationToken));
        }

        foreach (var chunk in payerNumbers.Chunk(5_000))
        {
            var known = claims.Select(c => c.Id).ToHashSet();
            claims.AddRange((await db.Claims.Include(c => c.Lines).Where(c => c.PayerClaimNumber != null && EF.Parameter(chunk).Contains(c.PayerClaimNumber) && c.PayerId == payer.Id).AsSplitQuery().ToListAsync(cancellationToken))
                .Where(c => !known.Contains(c.Id)));
        }

        var fees = await FeesAsync(db, payer, claims.SelectMany(c => c.Lines).Select(l => l.Code).Distinct().ToList(), cancellationToken);

        var byNumber = claims.GroupBy(c => c.ControlNumber).ToDictionary(g => g.Key, g => g.First());
        var byPayerNumber = claims.Where(c => c.PayerClaimNumber is not null && c.PayerId == payer.Id).GroupBy(c => c.PayerClaimNumber!).ToDictionary(g => g.Key, g => g.First());
        var (posted, suspense, denials) = (0, 0, 0);
        var messages = new List<string>();
        foreach (var item in items)
        {
            var clp = RemittancePosting.FromJson(item.DetailJson!);
            var claim = RemittancePosting.IsReversal(clp) && clp.PayerClaimNumber is { } reversed && byPayerNumber.TryGetValue(reversed, out var original)
                ? original
                : byNumber.GetValueOrDefault(clp.PatientControlNumber) ?? (clp.PayerClaimNumber is { } number ? byPayerNumber.GetValueOrDefault(number) : null);
            if (claim is null)
            {
                item.Suspend($"No claim {clp.PatientControlNumber} (payer claim {clp.PayerClaimNumber ?? "none"}) was found.");
                suspense++;
                continue;
            }

            var outcome = PostClaim(db, item, clp, claim, remittance, batch, payer, fees, now, userId);
            if (outcome.Error is not null)
            {
                item.Suspend(outcome.Error);
                suspense++;
                continue;
            }

            posted++;
            denials += outcome.Denials;
        }

        if (suspense > 0)
        {
            messages.Add($"Check {remittance.TraceNumber}: {suspense} claim(s) could not be matched and wait in the suspense list.");
        }

        remittance.MarkPosted(now, userId);
        if (batch.Status == PaymentBatchStatus.Open)
        {
            batch.MarkPosted(now, userId);
        }

        return new PostOutcome(posted, suspense, denials, messages);
    }

    // One CLP onto one claim: checks first, so a claim is either posted whole or left untouched with the reason.
    private static ClaimOutcome PostClaim(RevenueCycleDbContext db, RemittanceClaim item, Era835Claim clp, Claim claim, Remittance remittance, PaymentBatch batch, Payer payer, IReadOnlyDictionary<string, decimal> fees, DateTime now, string userId)
    {
        if (claim.PayerId != payer.Id)
        {
            return new ClaimOutcome(0, $"Claim {claim.ControlNumber} was billed to another payer, not {payer.Name}.");
        }

        if (claim.Status is not (ClaimStatus.Submitted or ClaimStatus.Accepted) && !ClaimLifecycle.IsAdjudicated(claim.Status))
        {
            return new ClaimOutcome(0, $"Claim {claim.ControlNumber} is {claim.Status}; a remittance posts only to a submitted claim.");
        }

        var reversal = RemittancePosting.IsReversal(clp);
        var lines = claim.Lines.OrderBy(l => l.LineNumber).ToList();
        var postings = new List<(ClaimLine Line, decimal Paid, IReadOnlyList<Era835Adjustment> Adjustments, string? Remarks, Era835ServiceLine? Service)>();
        if (clp.Lines.Count > 0)
        {
            var matches = RemittancePosting.MatchLines(clp.Lines, lines);
            for (var i = 0; i < clp.Lines.Count; i++)
            {
                var service = clp.Lines[i];
                if (matches[i] is not { } line)
                {
                    return new ClaimOutcome(0, $"Service line {service.Procedure.Code}{(service.ServiceDate is { } d ? $" on {d:MM/dd/yyyy}" : "")} matches no line of claim {claim.ControlNumber}.");
                }

                postings.Add((line, service.PaidAmount, service.Adjustments, service.RemarkCodes.Count == 0 ? null : string.Join(",", service.RemarkCodes), service));
            }
        }
        else
        {
            // No service lines: the payment goes to the lines in order up to their open balance.
            var left = clp.PaidAmount;
            foreach (var line in lines)
            {
                var share = reversal ? (line == lines[0] ? left : 0m) : Math.Min(left, line.InsuranceBalance);
                postings.Add((line, share, [], null, null));
                left -= share;
            }

            if (left != 0)
            {
                postings[0] = postings[0] with { Paid = postings[0].Paid + left };
            }
        }

        // Claim-level CAS goes to the line with the largest open balance.
        var claimLevelLine = lines.OrderByDescending(l => l.InsuranceBalance).First();
        var remarks = clp.Lines.SelectMany(l => l.RemarkCodes).Distinct().ToList();

        // Check the ledger first: nothing may credit a line beyond its charge.
        foreach (var line in lines)
        {
            var reduce = postings.Where(p => p.Line == line).Sum(p => p.Paid + p.Adjustments.Where(a => ReducesBalance(a)).Sum(a => a.Amount))
                + (line == claimLevelLine ? clp.Adjustments.Where(ReducesBalance).Sum(a => a.Amount) : 0m);
            if (line.Balance - reduce < 0)
            {
                return new ClaimOutcome(0, $"Posting would credit line {line.LineNumber} ({line.Code}) of claim {claim.ControlNumber} ${reduce - line.Balance:0.00} beyond its charge (an overpayment); post it by hand.");
            }
        }

        var denied = new List<(ClaimLine Line, Era835Adjustment Cas, string? Remarks)>();
        foreach (var (line, paidAmount, adjustments, lineRemarks, _) in postings)
        {
            if (paidAmount != 0)
            {
                db.Payments.Add(claim.PostPayment(line, PaymentSource.Payer, paidAmount, batch, item, now, userId));
            }

            foreach (var cas in adjustments)
            {
                db.Adjustments.Add(claim.PostAdjustment(line, RemittancePosting.Group(cas.GroupCode), cas.ReasonCode, lineRemarks, cas.Amount, batch, item, now, userId));
                if (!reversal && cas.Amount > 0 && Adjustment.KindOf(RemittancePosting.Group(cas.GroupCode), cas.ReasonCode) == AdjustmentKind.Denial)
                {
                    denied.Add((line, cas, lineRemarks));
                }
            }
        }

        foreach (var cas in clp.Adjustments)
        {
            var joined = remarks.Count == 0 ? null : string.Join(",", remarks);
            db.Adjustments.Add(claim.PostAdjustment(claimLevelLine, RemittancePosting.Group(cas.GroupCode), cas.ReasonCode, joined, cas.Amount, batch, item, now, userId));
            if (!reversal && cas.Amount > 0 && Adjustment.KindOf(RemittancePosting.Group(cas.GroupCode), cas.ReasonCode) == AdjustmentKind.Denial)
            {
                denied.Add((claimLevelLine, cas, joined));
            }
        }

        var underpaid = reversal ? 0m : Underpaid(fees, postings);
        if (reversal)
        {
            claim.RecordReversal(clp.PayerClaimNumber, now, userId);
        }
        else
        {
            claim.RecordAdjudication(RemittancePosting.IsDenied(clp), clp.PayerClaimNumber, now, userId);
        }

        if (RemittancePosting.IsCrossover(clp))
        {
            claim.AddTimelineNote($"{payer.Name} forwarded the claim to the next payer (crossover, CLP02 {clp.StatusCode}); wait for that payer's remittance before billing it.", now, userId);
        }

        if (underpaid > 0)
        {
            claim.AddTimelineNote($"Underpaid by ${underpaid.ToString("0.00", CultureInfo.InvariantCulture)} against {payer.Name}'s fee schedule (check {remittance.TraceNumber}).", now, userId);
        }

        // A denied claim with no denial reason on its lines is still a denial to work.
        if (!reversal && RemittancePosting.IsDenied(clp) && denied.Count == 0)
        {
            var cas = clp.Adjustments.Concat(clp.Lines.SelectMany(l => l.Adjustments)).FirstOrDefault(a => a.GroupCode != "PR") ?? new Era835Adjustment("CO", "16", claim.Balance, null);
            denied.Add((claimLevelLine, cas with { Amount = claim.InsuranceBalance }, remarks.Count == 0 ? null : string.Join(",", remarks)));
        }

        var deniedOn = remittance.PaymentDate;
        var wholeClaim = claim.Status == ClaimStatus.Denied;
        foreach (var group in denied.GroupBy(d => wholeClaim ? 0 : d.Line.Id))
        {
            var first = group.First();
            db.Denials.Add(new Denial(claim.Id, wholeClaim ? null : first.Line.Id, item.Id, first.Cas.GroupCode, first.Cas.ReasonCode, first.Remarks,
                CarcCatalog.CategoryOf(first.Cas.ReasonCode), group.Sum(d => d.Cas.Amount), deniedOn, deniedOn.AddDays(Math.Max(1, payer.AppealDays)), now, claim.PayerId, claim.RenderingProviderId));
        }

        item.MarkPosted(claim.Id, underpaid);
        return new ClaimOutcome(denied.GroupBy(d => wholeClaim ? 0 : d.Line.Id).Count(), null);
    }

    private static bool ReducesBalance(Era835Adjustment cas) =>
        Adjustment.ReducesBalance(Adjustment.KindOf(RemittancePosting.Group(cas.GroupCode), cas.ReasonCode));

    // The payer's expected allowed amount per unit for these codes (no modifier), read once per
    // remittance rather than once per claim.
    private static async Task<IReadOnlyDictionary<string, decimal>> FeesAsync(RevenueCycleDbContext db, Payer payer, List<string> codes, CancellationToken cancellationToken)
    {
        var expected = await (from entry in db.FeeScheduleEntries
                              join schedule in db.FeeSchedules on entry.FeeScheduleId equals schedule.Id
                              where schedule.PayerId == payer.Id && entry.Modifier == null && EF.Parameter(codes).Contains(entry.Code)
                              select new { entry.Code, entry.ExpectedAllowed })
            .ToListAsync(cancellationToken);
        return expected.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.First().ExpectedAllowed);
    }

    // Allowed (paid + patient responsibility, or AMT*B6) below the payer's expected allowed amount.
    private static decimal Underpaid(IReadOnlyDictionary<string, decimal> table, IEnumerable<(ClaimLine Line, decimal Paid, IReadOnlyList<Era835Adjustment> Adjustments, string? Remarks, Era835ServiceLine? Service)> postings)
    {
        var underpaid = 0m;
        foreach (var (line, paidAmount, adjustments, _, service) in postings)
        {
            if (adjustments.Any(a => Adjustment.KindOf(RemittancePosting.Group(a.GroupCode), a.ReasonCode) == AdjustmentKind.Denial) || !table.TryGetValue(line.Code, out var perUnit) || perUnit <= 0)
            {
                continue;
            }

            var allowed = service?.AllowedAmount ?? paidAmount + adjustments.Where(a => a.GroupCode == "PR").Sum(a => a.Amount);
            var shortfall = perUnit * line.Units - allowed;
            if (shortfall >= 0.01m && allowed > 0)
            {
                underpaid += shortfall;
            }
        }

        return underpaid;
    }
}
