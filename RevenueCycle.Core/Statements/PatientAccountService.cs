using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Common.Pdf;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Remittance;
using SkiaSharp;

namespace RevenueCycle.Core.Statements;

/// <summary>Statement settings (configuration section <c>Statements</c>).</summary>
public sealed class StatementOptions
{
    public const string Section = "Statements";

    /// <summary>Patients who owe at least this much get a statement in a run.</summary>
    public decimal Threshold { get; set; } = 5m;

    /// <summary>After this many statements with no payment the account is flagged for collections.</summary>
    public int CollectionsAfterStatements { get; set; } = 3;

    /// <summary>Days from the statement date to the due date.</summary>
    public int DueInDays { get; set; } = 21;

    /// <summary>How patients pay, printed on the statement.</summary>
    public string PayBy { get; set; } = "Pay by check to the address below, or call the billing office to pay by card.";
}

public sealed record LedgerClaim(int ClaimId, string ControlNumber, DateOnly ServiceFromDate, string PayerName, ClaimStatus Status, decimal Charge, decimal InsurancePaid, decimal PatientPaid, decimal Adjusted, decimal InsuranceBalance, decimal PatientBalance);

public sealed record LedgerEntry(DateTime AtUtc, string ControlNumber, int LineNumber, string Code, string What, decimal Amount, string? Reference, string By);

public sealed record PatientLedger(
    int PatientId,
    string PatientName,
    string Mrn,
    DateOnly DateOfBirth,
    string Address,
    bool SuppressStatements,
    DateTime? CollectionsFlaggedAtUtc,
    IReadOnlyList<LedgerClaim> Claims,
    IReadOnlyList<LedgerEntry> Entries,
    decimal Credit,
    IReadOnlyList<PatientCreditEntry> CreditEntries,
    IReadOnlyList<StatementRecord> Statements)
{
    public decimal PatientBalance => Claims.Sum(c => c.PatientBalance);

    public decimal InsuranceBalance => Claims.Sum(c => c.InsuranceBalance);
}

/// <summary>What a patient payment did: the receipt, how much paid balances and how much became a credit.</summary>
public sealed record PatientPaymentResult(int PaymentBatchId, string ReceiptNumber, decimal Applied, decimal ToCredit);

public sealed record StatementRunRow(int Id, DateTime RunAtUtc, decimal Threshold, int Patients, decimal TotalDue);

public sealed record StatementRunResult(int RunId, int Patients, decimal TotalDue, int FlaggedForCollections);

/// <summary>
/// A patient's account: the ledger of every claim (charges, payments, adjustments and balances),
/// patient payments with receipts (applied to the oldest balances first, the rest kept as a credit),
/// refunds of credit, and statements (on demand or as a run, with the collections rule).
/// </summary>
public sealed class PatientAccountService(IDbContextFactory<RevenueCycleDbContext> dbFactory, ICurrentActor currentActor, TimeProvider time, IOptions<StatementOptions> options)
{
    public async Task<Result<PatientLedger>> GetLedgerAsync(int patientId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<PatientLedger>("Only billers and managers open patient accounts.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        if (patient is null)
        {
            return Result.Failure<PatientLedger>($"There is no patient {patientId}.");
        }

        var claims = await (from c in db.Claims.AsNoTracking()
                            join p in db.Payers on c.PayerId equals p.Id
                            where c.PatientId == patientId && c.Status != ClaimStatus.Voided
                            orderby c.ServiceFromDate descending, c.Id descending
                            select new { c, PayerName = p.Name })
            .ToListAsync(cancellationToken);
        var claimIds = claims.Select(x => x.c.Id).ToList();
        var numbers = claims.ToDictionary(x => x.c.Id, x => x.c.ControlNumber);
        var lines = await db.ClaimLines.AsNoTracking().Where(l => claimIds.Contains(l.ClaimId)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var payments = await db.Payments.AsNoTracking().Include(p => p.PaymentBatch).Where(p => claimIds.Contains(p.ClaimId)).ToListAsync(cancellationToken);
        var adjustments = await db.Adjustments.AsNoTracking().Include(a => a.PaymentBatch).Where(a => claimIds.Contains(a.ClaimId)).ToListAsync(cancellationToken);
        var userIds = payments.Select(p => p.PostedByUserId).Concat(adjustments.Select(a => a.PostedByUserId)).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var entries = payments.Select(p => new LedgerEntry(p.PostedAtUtc, numbers[p.ClaimId], lines[p.ClaimLineId].LineNumber, lines[p.ClaimLineId].Code,
                p.Source == PaymentSource.Patient ? $"Patient payment ({p.PaymentBatch?.Method})" : "Insurance payment", p.Amount, p.PaymentBatch?.CheckNumber, users.GetValueOrDefault(p.PostedByUserId) ?? p.PostedByUserId))
            .Concat(adjustments.Select(a => new LedgerEntry(a.PostedAtUtc, numbers[a.ClaimId], lines[a.ClaimLineId].LineNumber, lines[a.ClaimLineId].Code,
                $"{Adjustment.Words(a.Kind)} {a.Group}-{a.ReasonCode} {Denials.CarcCatalog.Describe(a.ReasonCode)}{(a.ApprovedByUserId is null ? "" : " (approved)")}", a.Amount, a.PaymentBatch?.CheckNumber, users.GetValueOrDefault(a.PostedByUserId) ?? a.PostedByUserId)))
            .OrderByDescending(e => e.AtUtc).ThenBy(e => e.ControlNumber).ThenBy(e => e.LineNumber)
            .ToList();
        var credits = await db.PatientCreditEntries.AsNoTracking().Where(e => e.PatientId == patientId).OrderBy(e => e.AtUtc).ToListAsync(cancellationToken);
        var statements = await db.StatementRecords.AsNoTracking().Where(r => r.PatientId == patientId).OrderByDescending(r => r.StatementDate).ToListAsync(cancellationToken);
        var ledger = new PatientLedger(patient.Id, patient.FullName, patient.Mrn, patient.DateOfBirth, patient.Address.ToString(), patient.SuppressStatements, patient.CollectionsFlaggedAtUtc,
            claims.Select(x => new LedgerClaim(x.c.Id, x.c.ControlNumber, x.c.ServiceFromDate, x.PayerName, x.c.Status, x.c.TotalCharge, x.c.InsurancePaid, x.c.PatientPaid, x.c.Adjusted, x.c.InsuranceBalance, x.c.PatientBalance)).ToList(),
            entries, credits.Sum(e => e.Amount), credits, statements);

        await db.AppendAuditAsync([new AuditEntry(time.GetUtcNow().UtcDateTime, actor, AuditActions.View, nameof(Patient), patientId.ToString(CultureInfo.InvariantCulture), patientId, null, """{"ledger":true}""")], cancellationToken);
        db.AuditChanges = false;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(ledger);
    }

    /// <summary>
    /// Records a patient's payment (cash, card or check) with a receipt number: it pays the
    /// patient's balances oldest date of service first; what is left is kept as a credit.
    /// </summary>
    public async Task<Result<PatientPaymentResult>> PostPatientPaymentAsync(int patientId, decimal amount, PaymentMethod method, string? reference, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<PatientPaymentResult>("Only billers and managers take patient payments.");
        }

        if (amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            return Result.Failure<PatientPaymentResult>("Enter the amount received in dollars and cents, more than zero.");
        }

        if (method is not (PaymentMethod.Cash or PaymentMethod.Card or PaymentMethod.Check))
        {
            return Result.Failure<PatientPaymentResult>("A patient pays by cash, card or check.");
        }

        if (method == PaymentMethod.Check && string.IsNullOrWhiteSpace(reference))
        {
            return Result.Failure<PatientPaymentResult>("Enter the check number.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Patients.AnyAsync(p => p.Id == patientId, cancellationToken))
        {
            return Result.Failure<PatientPaymentResult>($"There is no patient {patientId}.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var receipt = $"RCPT-{await ControlNumbers.ReserveAsync(db, ControlNumberSequence.Receipt, 1, cancellationToken):D8}";
        var batch = new PaymentBatch(PaymentBatchSource.Patient, null, receipt, DateOnly.FromDateTime(now), amount, method, now, actor.UserId);
        db.PaymentBatches.Add(batch);
        var applied = await ApplyAsync(db, patientId, amount, batch, now, actor.UserId, cancellationToken);
        var toCredit = amount - applied;
        batch.MarkPosted(now, actor.UserId);
        await db.SaveChangesAsync(cancellationToken);
        if (toCredit > 0)
        {
            db.PatientCreditEntries.Add(new PatientCreditEntry(patientId, CreditEntryKind.Unapplied, toCredit, batch.Id,
                $"Payment {receipt}{(string.IsNullOrWhiteSpace(reference) ? "" : $" ({method} {reference.Trim()})")} beyond the balance due", now, actor.UserId));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result.Success(new PatientPaymentResult(batch.Id, receipt, applied, toCredit));
    }

    /// <summary>Uses the patient's credit to pay balances that came up since (oldest first).</summary>
    public async Task<Result<decimal>> ApplyCreditAsync(int patientId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<decimal>("Only billers and managers apply credits.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await db.PatientCreditEntries.Where(e => e.PatientId == patientId).ToListAsync(cancellationToken);
        var credit = entries.Sum(e => e.Amount);
        if (credit <= 0)
        {
            return Result.Failure<decimal>("The patient has no credit.");
        }

        var batchId = entries.Where(e => e.Kind == CreditEntryKind.Unapplied).OrderByDescending(e => e.AtUtc).First().PaymentBatchId!.Value;
        var batch = await db.PaymentBatches.SingleAsync(b => b.Id == batchId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var applied = await ApplyAsync(db, patientId, credit, batch, now, actor.UserId, cancellationToken);
        if (applied == 0)
        {
            return Result.Failure<decimal>("The patient owes nothing to apply the credit to.");
        }

        db.PatientCreditEntries.Add(new PatientCreditEntry(patientId, CreditEntryKind.Applied, -applied, batch.Id, "Credit applied to open balances", now, actor.UserId));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(applied);
    }

    /// <summary>Pays credit back to the patient (a refund check or card reversal), with the reason.</summary>
    public async Task<Result> RefundCreditAsync(int patientId, decimal amount, string reason, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure("Only billers and managers refund credits.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure("Say how and why the money is refunded (e.g. refund check 10452, overpayment).");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var credit = await db.PatientCreditEntries.Where(e => e.PatientId == patientId).Select(e => e.Amount).ToListAsync(cancellationToken);
        if (amount <= 0 || amount > credit.Sum())
        {
            return Result.Failure($"The patient's credit is {credit.Sum().ToString("C2", CultureInfo.GetCultureInfo("en-US"))}; refund more than zero and no more than that.");
        }

        db.PatientCreditEntries.Add(new PatientCreditEntry(patientId, CreditEntryKind.Refunded, -amount, null, reason.Trim(), time.GetUtcNow().UtcDateTime, actor.UserId));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result> SetStatementSuppressionAsync(int patientId, bool suppress, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure("Only billers and managers change statement settings.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var patient = await db.Patients.SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        if (patient is null)
        {
            return Result.Failure($"There is no patient {patientId}.");
        }

        patient.SetStatementSuppression(suppress);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>A receipt for a patient payment, as a PDF.</summary>
    public async Task<Result<byte[]>> GetReceiptAsync(int paymentBatchId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<byte[]>("Only billers and managers print receipts.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var batch = await db.PaymentBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == paymentBatchId && b.Source == PaymentBatchSource.Patient, cancellationToken);
        if (batch is null)
        {
            return Result.Failure<byte[]>("There is no such patient payment.");
        }

        var applied = await (from p in db.Payments.AsNoTracking()
                             join c in db.Claims on p.ClaimId equals c.Id
                             where p.PaymentBatchId == paymentBatchId
                             select new { c.ControlNumber, c.ServiceFromDate, c.PatientId, p.Amount }).ToListAsync(cancellationToken);
        var credit = await db.PatientCreditEntries.AsNoTracking().Where(e => e.PaymentBatchId == paymentBatchId && e.Kind == CreditEntryKind.Unapplied).ToListAsync(cancellationToken);
        var patientId = applied.Select(a => (int?)a.PatientId).FirstOrDefault() ?? credit.Select(c => (int?)c.PatientId).FirstOrDefault();
        var patient = patientId is null ? null : await db.Patients.AsNoTracking().SingleAsync(p => p.Id == patientId, cancellationToken);
        var practice = await db.Practices.AsNoTracking().FirstAsync(cancellationToken);
        var lines = new List<string>
        {
            practice.Name,
            practice.Address.ToString(),
            $"Phone {practice.Phone}",
            "",
            $"RECEIPT {batch.CheckNumber}",
            $"Date: {batch.CheckDate:MM/dd/yyyy}",
            $"Received from: {patient?.FullName ?? "(patient)"}  Account: {patient?.Mrn}",
            $"Amount: {UsMoney.Format(batch.Amount)} by {batch.Method}",
            "",
        };
        lines.AddRange(applied.GroupBy(a => (a.ControlNumber, a.ServiceFromDate)).Select(g => $"Applied to the visit of {g.Key.ServiceFromDate:MM/dd/yyyy} (claim {g.Key.ControlNumber}): {UsMoney.Format(g.Sum(a => a.Amount))}"));
        if (credit.Sum(c => c.Amount) > 0)
        {
            lines.Add($"Kept as a credit on the account: {UsMoney.Format(credit.Sum(c => c.Amount))}");
        }

        lines.Add("");
        lines.Add("Thank you.");
        var pdf = PdfDocuments.Write($"Receipt {batch.CheckNumber}", 1, (canvas, _) =>
        {
            using var font = new SKFont(PdfFonts.Sans, 11);
            using var bold = new SKFont(PdfFonts.SansBold, 14);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            var y = 72f;
            foreach (var (line, index) in lines.Select((l, i) => (l, i)))
            {
                canvas.DrawText(line, 72, y, line.StartsWith("RECEIPT", StringComparison.Ordinal) ? bold : font, paint);
                y += index == 4 ? 22 : 16;
            }
        });
        await db.AppendAuditAsync([new AuditEntry(time.GetUtcNow().UtcDateTime, actor, AuditActions.View, nameof(PaymentBatch), paymentBatchId.ToString(CultureInfo.InvariantCulture), patientId, null, """{"receipt":true}""")], cancellationToken);
        db.AuditChanges = false;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(pdf);
    }

    /// <summary>One patient's statement now, as a PDF (not counted as a mailed statement).</summary>
    public async Task<Result<byte[]>> GetStatementAsync(int patientId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<byte[]>("Only billers and managers print statements.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var statements = await BuildAsync(db, [patientId], today, "PREVIEW", cancellationToken);
        if (statements.Count == 0)
        {
            return Result.Failure<byte[]>("The patient owes nothing; there is no statement to print.");
        }

        await db.AppendAuditAsync([new AuditEntry(time.GetUtcNow().UtcDateTime, actor, AuditActions.View, nameof(Patient), patientId.ToString(CultureInfo.InvariantCulture), patientId, null, """{"statement":true}""")], cancellationToken);
        db.AuditChanges = false;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(PatientStatementWriter.Write(statements.Select(s => s.Statement).ToList()));
    }

    /// <summary>
    /// A statement run: every patient who owes at least the threshold (statements not
    /// suppressed) gets a statement in one PDF; accounts with the configured number of
    /// statements and no payment since are flagged for collections.
    /// </summary>
    public async Task<Result<StatementRunResult>> RunStatementsAsync(decimal? threshold = null, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<StatementRunResult>("Only billers and managers run statements.");
        }

        var minimum = threshold ?? options.Value.Threshold;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owing = await (from c in db.Claims.AsNoTracking()
                           join p in db.Patients on c.PatientId equals p.Id
                           where !p.SuppressStatements && c.Status != ClaimStatus.Voided
                           group c by c.PatientId into g
                           select new { PatientId = g.Key, Due = g.Sum(c => c.PatientResponsibility - c.PatientPaid) })
            .Where(x => x.Due >= minimum && x.Due > 0)
            .Select(x => x.PatientId)
            .ToListAsync(cancellationToken);
        if (owing.Count == 0)
        {
            return Result.Failure<StatementRunResult>($"No patient owes {minimum.ToString("C2", CultureInfo.GetCultureInfo("en-US"))} or more.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var first = await ControlNumbers.ReserveAsync(db, ControlNumberSequence.Statement, owing.Count, cancellationToken);
        var built = await BuildAsync(db, owing, today, null, cancellationToken, first);
        var pdf = PatientStatementWriter.Write(built.Select(b => b.Statement).ToList());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = new StatementRun(now, actor.UserId, minimum, built.Count, built.Sum(b => b.Statement.AmountDue), pdf);
        db.StatementRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (patientId, statement) in built)
        {
            db.StatementRecords.Add(new StatementRecord(run.Id, patientId, statement.StatementNumber, statement.AmountDue, today));
        }

        await db.SaveChangesAsync(cancellationToken);
        var flagged = await FlagCollectionsAsync(db, built.Select(b => b.PatientId).ToList(), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(new StatementRunResult(run.Id, built.Count, run.TotalDue, flagged));
    }

    public async Task<Result<byte[]>> GetStatementRunAsync(int runId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<byte[]>("Only billers and managers print statements.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.StatementRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return Result.Failure<byte[]>($"There is no statement run {runId}.");
        }

        await db.AppendAuditAsync([new AuditEntry(time.GetUtcNow().UtcDateTime, actor, AuditActions.View, nameof(StatementRun), runId.ToString(CultureInfo.InvariantCulture), null, null, $$"""{"patients":{{run.Patients}}}""")], cancellationToken);
        db.AuditChanges = false;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(run.Pdf);
    }

    public async Task<IReadOnlyList<StatementRunRow>> GetStatementRunsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.StatementRuns.AsNoTracking().OrderByDescending(r => r.RunAtUtc).Take(50)
            .Select(r => new StatementRunRow(r.Id, r.RunAtUtc, r.Threshold, r.Patients, r.TotalDue)).ToListAsync(cancellationToken);
    }

    // Oldest date of service first: the patient's part of each line, up to the amount.
    private static async Task<decimal> ApplyAsync(RevenueCycleDbContext db, int patientId, decimal amount, PaymentBatch batch, DateTime now, string userId, CancellationToken cancellationToken)
    {
        var claims = await db.Claims.Include(c => c.Lines)
            .Where(c => c.PatientId == patientId && c.PatientResponsibility - c.PatientPaid > 0 && c.Status != ClaimStatus.Voided)
            .OrderBy(c => c.ServiceFromDate).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var left = amount;
        foreach (var claim in claims)
        {
            foreach (var line in claim.Lines.OrderBy(l => l.LineNumber))
            {
                var share = Math.Min(left, line.PatientBalance);
                if (share <= 0)
                {
                    continue;
                }

                db.Payments.Add(claim.PostPayment(line, PaymentSource.Patient, share, batch, null, now, userId));
                left -= share;
            }

            claim.SettleAfterPosting(now, userId, $"Patient payment {batch.CheckNumber}");
            if (left == 0)
            {
                break;
            }
        }

        return amount - left;
    }

    private async Task<List<(int PatientId, PatientStatement Statement)>> BuildAsync(RevenueCycleDbContext db, IReadOnlyList<int> patientIds, DateOnly today, string? fixedNumber, CancellationToken cancellationToken, long firstNumber = 0)
    {
        var practice = await db.Practices.AsNoTracking().FirstAsync(cancellationToken);
        var providers = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        var result = new List<(int, PatientStatement)>();
        var number = firstNumber;
        foreach (var chunk in patientIds.Chunk(1_000))
        {
            var patients = await db.Patients.AsNoTracking().Where(p => chunk.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            var claims = await db.Claims.AsNoTracking().Include(c => c.Lines)
                .Where(c => chunk.Contains(c.PatientId) && c.Status != ClaimStatus.Voided && c.PatientResponsibility - c.PatientPaid > 0)
                .ToListAsync(cancellationToken);
            foreach (var group in claims.GroupBy(c => c.PatientId).OrderBy(g => g.Key))
            {
                var patient = patients[group.Key];
                var visits = group.OrderBy(c => c.ServiceFromDate).Select(c => new StatementVisit(c.ServiceFromDate, providers.GetValueOrDefault(c.RenderingProviderId) ?? "",
                    c.Lines.OrderBy(l => l.LineNumber).Select(l => new StatementServiceLine(l.Code, "", l.Charge, l.InsurancePaid, l.Adjusted, l.PatientPaid, l.PatientBalance)).ToList())).ToList();
                var due = group.Sum(c => c.PatientBalance);
                var statement = new PatientStatement(
                    new StatementPractice(practice.Name, practice.Address, practice.Phone, options.Value.PayBy),
                    patient.FullName, patient.FullName, patient.Address, patient.Mrn, today, today.AddDays(options.Value.DueInDays),
                    fixedNumber ?? $"S{number++:D8}", visits, StatementAging.FromVisits(today, visits), due,
                    "Your insurance has processed these visits. The balance shown is yours to pay.");
                result.Add((patient.Id, statement));
            }
        }

        return result;
    }

    // Flagged when the last N statements were all sent with no patient payment since the first of them.
    private async Task<int> FlagCollectionsAsync(RevenueCycleDbContext db, List<int> patientIds, DateTime now, CancellationToken cancellationToken)
    {
        var n = options.Value.CollectionsAfterStatements;
        var flagged = 0;
        foreach (var chunk in patientIds.Chunk(1_000))
        {
            var records = await db.StatementRecords.AsNoTracking().Where(r => chunk.Contains(r.PatientId)).ToListAsync(cancellationToken);
            var candidates = records.GroupBy(r => r.PatientId).Where(g => g.Count() >= n)
                .Select(g => (PatientId: g.Key, Since: g.OrderByDescending(r => r.StatementDate).ThenByDescending(r => r.Id).Take(n).Min(r => r.StatementDate))).ToList();
            foreach (var (patientId, since) in candidates)
            {
                var sinceUtc = since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                var paid = await db.Payments.AnyAsync(p => p.Source == PaymentSource.Patient && p.PostedAtUtc >= sinceUtc && db.Claims.Any(c => c.Id == p.ClaimId && c.PatientId == patientId), cancellationToken);
                if (!paid)
                {
                    var patient = await db.Patients.SingleAsync(p => p.Id == patientId, cancellationToken);
                    if (patient.CollectionsFlaggedAtUtc is null)
                    {
                        patient.FlagForCollections(now);
                        flagged++;
                    }
                }
            }
        }

        return flagged;
    }
}
