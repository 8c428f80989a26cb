using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims.Paper;
using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Payers;

namespace RevenueCycle.Core.Claims;

public sealed record SubmittedBatch(int BatchId, string ReceiverId, SubmissionFormat Format, int InterchangeControlNumber, int ClaimCount, decimal TotalCharge, string FileName);

/// <summary>What a submission did: the batches written, and the claims the scrubber or the writer held back.</summary>
public sealed record SubmissionResult(IReadOnlyList<SubmittedBatch> Batches, int Scrubbed, int HeldByScrubber, IReadOnlyList<string> Problems);

public sealed record BatchFile(string FileName, string ContentType, byte[] Content);

public sealed record SubmissionBatchRow(int Id, string ReceiverId, SubmissionFormat Format, int InterchangeControlNumber, DateTime CreatedAtUtc, int ClaimCount, decimal TotalCharge, AcknowledgementStatus AcknowledgementStatus, string? FileName, bool HasFile);

/// <summary>
/// Submits claims: scrubs them, batches the passing ones into one file per receiver (an 837P for
/// the clearinghouse, a CMS-1500 PDF per paper payer) with stored, unique control numbers, keeps
/// the file for download, and moves the claims to Submitted, all in one transaction per batch.
/// </summary>
public sealed class ClaimSubmissionService(
    IDbContextFactory<RevenueCycleDbContext> dbFactory,
    ICurrentActor currentActor,
    TimeProvider time,
    ClaimScrubService scrubber,
    IOptions<ClaimSubmissionOptions> options)
{
    public const string X12ContentType = "application/edi-x12";
    public const string PdfContentType = "application/pdf";

    /// <summary>Scrubs and submits the given claims, or every ready claim when none are given.</summary>
    public async Task<Result<SubmissionResult>> SubmitAsync(IReadOnlyCollection<int>? claimIds = null, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<SubmissionResult>("Only billers and managers submit claims.");
        }

        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            // Ready claims, claims the scrubber held (a passing scrub releases them) and rejected claims (a corrected one reopens).
            var candidates = db.Claims.AsNoTracking().Where(c => c.Status == ClaimStatus.Ready || c.Status == ClaimStatus.Rejected || (c.Status == ClaimStatus.Held && c.HeldByScrubber));
            if (claimIds is not null)
            {
                // One JSON parameter for the ids (see ClaimDocuments), not one parameter per claim.
                candidates = candidates.Where(c => EF.Parameter(claimIds).Contains(c.Id));
            }

            ids = await candidates.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        }

        var problems = new List<string>();
        if (claimIds is not null && ids.Count < claimIds.Count)
        {
            problems.Add($"{claimIds.Count - ids.Count} of the chosen claims are not ready (submitted, held or closed claims are left alone).");
        }

        var scrub = await scrubber.ScrubAsync(ids, cancellationToken);
        if (!scrub.Succeeded)
        {
            return Result.Failure<SubmissionResult>(scrub.Error!);
        }

        var batches = new List<SubmittedBatch>();
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var ready = await db.Claims.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id) && c.Status == ClaimStatus.Ready).Select(c => new { c.Id, c.PayerId }).ToListAsync(cancellationToken);
            var stillRejected = await db.Claims.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id) && c.Status == ClaimStatus.Rejected).Select(c => c.ControlNumber).ToListAsync(cancellationToken);
            problems.AddRange(stillRejected.Select(n => $"Claim {n} was rejected and has not been corrected since; correct it (or return it to ready) before submitting it again."));
            var payers = await db.Payers.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
            // One file per receiver: each clearinghouse gets an 837P, each paper payer a CMS-1500 PDF.
            var receivers = ready
                .Where(c => !payers[c.PayerId].IsSelfPay)
                .GroupBy(c => payers[c.PayerId].SubmissionMethod == SubmissionMethod.Paper
                    ? (Paper: true, Receiver: payers[c.PayerId].PayerIdCode)
                    : (Paper: false, Receiver: options.Value.For(payers[c.PayerId].PayerIdCode).ReceiverId));
            foreach (var group in receivers)
            {
                var batch = await WriteBatchAsync(group.Key.Receiver, group.Key.Paper, group.Select(c => c.Id).ToList(), actor.UserId, problems, cancellationToken);
                if (batch is not null)
                {
                    batches.Add(batch);
                }
            }
        }

        return Result.Success(new SubmissionResult(batches, scrub.Value!.Scrubbed, scrub.Value.Held, problems));
    }

    /// <summary>The batch's file as it was sent, for download.</summary>
    public async Task<Result<BatchFile>> GetFileAsync(int batchId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<BatchFile>("Only billers and managers download claim files.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var file = await db.SubmissionBatchFiles.AsNoTracking().Include(f => f.SubmissionBatch).SingleOrDefaultAsync(f => f.SubmissionBatchId == batchId, cancellationToken);
        if (file is null)
        {
            return Result.Failure<BatchFile>($"Batch {batchId} has no stored file.");
        }

        await db.AppendAuditAsync([new AuditEntry(time.GetUtcNow().UtcDateTime, actor, AuditActions.View, nameof(SubmissionBatch), batchId.ToString(CultureInfo.InvariantCulture), null, null, """{"download":true}""")], cancellationToken);
        db.AuditChanges = false;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(new BatchFile(file.SubmissionBatch!.FileName ?? $"batch-{batchId}", file.ContentType, file.Content));
    }

    /// <summary>CMS-1500 forms for claims (any status: a reprint, or a form for a payer that asks for paper).</summary>
    public async Task<Result<BatchFile>> GetFormAsync(IReadOnlyCollection<int> claimIds, Cms1500Mode mode, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<BatchFile>("Only billers and managers print claim forms.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var docs = (await ClaimDocuments.LoadAsync(db, claimIds, tracked: false, cancellationToken)).Where(d => d.Policy is not null).ToList();
        if (docs.Count == 0)
        {
            return Result.Failure<BatchFile>("No insurance claim to print (self-pay visits have no CMS-1500).");
        }

        var now = time.GetUtcNow().UtcDateTime;
        byte[] pdf;
        try
        {
            pdf = ClaimForms.WritePdf(docs, mode, DateOnly.FromDateTime(now));
        }
        catch (ArgumentException e)
        {
            return Result.Failure<BatchFile>($"The form cannot be printed: {e.Message}");
        }

        await db.AppendAuditAsync(docs.Select(d => new AuditEntry(now, actor, AuditActions.View, nameof(Claim), d.Claim.Id.ToString(CultureInfo.InvariantCulture), d.Claim.PatientId, null, """{"cms1500":true}""")).ToList(), cancellationToken);
        db.AuditChanges = false;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(new BatchFile(docs.Count == 1 ? $"cms1500-{docs[0].Claim.ControlNumber}.pdf" : "cms1500.pdf", PdfContentType, pdf));
    }

    /// <summary>The batch with this interchange control number (ISA13), as the batches page and file names show it.</summary>
    public async Task<int?> FindBatchAsync(int interchangeControlNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SubmissionBatches.Where(b => b.InterchangeControlNumber == interchangeControlNumber).Select(b => (int?)b.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<Page<SubmissionBatchRow>> GetBatchesAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var batches = db.SubmissionBatches.AsNoTracking();
        var total = await batches.CountAsync(cancellationToken);
        var rows = await batches.OrderByDescending(b => b.CreatedAtUtc).ThenByDescending(b => b.Id).Skip(page.Skip).Take(page.Take)
            .Select(b => new SubmissionBatchRow(b.Id, b.ReceiverId, b.Format, b.InterchangeControlNumber, b.CreatedAtUtc, b.ClaimCount, b.TotalCharge, b.AcknowledgementStatus, b.FileName,
                db.SubmissionBatchFiles.Any(f => f.SubmissionBatchId == b.Id)))
            .ToListAsync(cancellationToken);
        return new Page<SubmissionBatchRow>(rows, total);
    }

    private async Task<SubmittedBatch?> WriteBatchAsync(string receiverId, bool paper, List<int> claimIds, string userId, List<string> problems, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var docs = (await ClaimDocuments.LoadAsync(db, claimIds, tracked: true, cancellationToken)).Where(d => d.Claim.Status == ClaimStatus.Ready).ToList();
        if (docs.Count == 0)
        {
            return null;
        }

        var icn = (int)await ControlNumbers.ReserveAsync(db, ControlNumberSequence.Interchange, 1, cancellationToken);
        var batch = new SubmissionBatch(receiverId, paper ? SubmissionFormat.Cms1500 : SubmissionFormat.X12837P, icn, icn, now, userId);
        byte[] content;
        if (paper)
        {
            content = ClaimForms.WritePdf(docs, Cms1500Mode.PlainPaper, DateOnly.FromDateTime(now));
        }
        else
        {
            // The whole file is written once; only when the writer refuses it is each claim written
            // on its own, so one bad value holds that claim, not the file.
            var clearinghouse = options.Value.ByReceiver(receiverId) ?? options.Value;
            var claims = docs.Select(d => d.ToClaim837()).ToList();
            string? text = null;
            try
            {
                text = Claim837Writer.Write(Envelope(clearinghouse, docs[0], icn, now), claims, Delimiters(clearinghouse));
            }
            catch (ArgumentException)
            {
                claims = HoldUnwritable(clearinghouse, docs, icn, now, userId, problems);
            }

            if (docs.Count == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return null;
            }

            text ??= Claim837Writer.Write(Envelope(clearinghouse, docs[0], icn, now), claims, Delimiters(clearinghouse));
            if (clearinghouse.LineBreakAfterSegment)
            {
                text = text.Replace(clearinghouse.SegmentTerminator.ToString(), clearinghouse.SegmentTerminator + "\n", StringComparison.Ordinal);
            }

            content = Encoding.ASCII.GetBytes(text);
        }

        foreach (var doc in docs)
        {
            doc.Claim.Submit(batch, now, userId);
        }

        var fileName = paper ? $"cms1500-{receiverId}-{icn:D9}.pdf" : $"837p-{icn:D9}.x12";
        batch.RecordContents(docs.Count, docs.Sum(d => d.Claim.TotalCharge), fileName);
        db.SubmissionBatches.Add(batch);
        db.SubmissionBatchFiles.Add(new SubmissionBatchFile(batch, paper ? PdfContentType : X12ContentType, content));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SubmittedBatch(batch.Id, receiverId, batch.Format, icn, docs.Count, batch.TotalCharge, fileName);
    }

    // Writes each claim alone; holds (and removes from docs) those the 837P cannot carry, returns the others.
    private static List<Claim837> HoldUnwritable(ClearinghouseOptions clearinghouse, List<ClaimDocument> docs, int icn, DateTime now, string userId, List<string> problems)
    {
        var claims = new List<Claim837>();
        foreach (var doc in docs.ToList())
        {
            var claim837 = doc.ToClaim837();
            try
            {
                Claim837Writer.Write(Envelope(clearinghouse, doc, icn, now), [claim837], Delimiters(clearinghouse));
                claims.Add(claim837);
            }
            catch (ArgumentException e)
            {
                doc.Claim.Hold($"The 837P cannot carry this claim: {e.Message}", now, userId);
                problems.Add($"Claim {doc.Claim.ControlNumber} held: {e.Message}");
                docs.Remove(doc);
            }
        }

        return claims;
    }

    private static X12Delimiters Delimiters(ClearinghouseOptions o) => new(o.ElementSeparator, o.ComponentSeparator, o.RepetitionSeparator, o.SegmentTerminator);

    private static Envelope837 Envelope(ClearinghouseOptions o, ClaimDocument doc, int icn, DateTime nowUtc)
    {
        return new Envelope837(o.SenderQualifier, o.SenderId, o.ReceiverQualifier, o.ReceiverId, icn, icn, doc.Practice.Name, o.ContactName, o.ContactPhone, o.ReceiverName,
            o.UsageIndicator is "P" ? 'P' : 'T', nowUtc);
    }
}
