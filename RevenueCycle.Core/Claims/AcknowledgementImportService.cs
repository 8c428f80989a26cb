using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Core.Claims;

/// <summary>What importing an acknowledgement file did.</summary>
public sealed record AcknowledgementImportResult(AcknowledgementKind Kind, string FileName, int Accepted, int Rejected, int Unmatched, IReadOnlyList<string> Messages);

/// <summary>
/// Imports clearinghouse acknowledgements: a 999 accepts or rejects a whole batch (matched by the
/// group control number we sent in GS06), a 277CA accepts or rejects each claim (matched by its
/// patient control number in TRN02). Accepted claims move to Accepted; rejected claims go back to
/// the worklist as Rejected with the reason in words. A file is read completely before anything
/// is saved, saved in one transaction, and a second import of the same file changes nothing.
/// </summary>
public sealed class AcknowledgementImportService(IDbContextFactory<RevenueCycleDbContext> dbFactory, ICurrentActor currentActor, TimeProvider time)
{
    /// <summary>The largest acknowledgement file accepted (a 277CA for 50,000 claims is about 20 MB).</summary>
    public const long MaxFileBytes = 50 * 1024 * 1024;

    public async Task<Result<AcknowledgementImportResult>> ImportAsync(AcknowledgementKind kind, string fileName, string text, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<AcknowledgementImportResult>("Only billers and managers import acknowledgements.");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var earlier = await db.AcknowledgementFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Sha256 == sha, cancellationToken);
        if (earlier is not null)
        {
            return Result.Failure<AcknowledgementImportResult>($"{fileName} was already imported on {earlier.ImportedAtUtc:MM/dd/yyyy HH:mm} UTC (as {earlier.FileName}); nothing was changed.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = kind == AcknowledgementKind.Ack999
            ? await Apply999Async(db, text, now, actor.UserId, cancellationToken)
            : await Apply277CaAsync(db, text, now, actor.UserId, cancellationToken);
        if (!outcome.Succeeded)
        {
            return Result.Failure<AcknowledgementImportResult>($"{fileName} was not imported: {outcome.Error}");
        }

        var (accepted, rejected, unmatched, messages, records) = outcome.Value!;
        var summary = $"{accepted} accepted, {rejected} rejected, {unmatched} not matched";
        var file = new AcknowledgementFile(kind, fileName, sha, now, actor.UserId, summary);
        db.AcknowledgementFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (claimId, batchId, ok, codes, message) in records)
        {
            db.ClaimAcknowledgements.Add(new ClaimAcknowledgement(file.Id, claimId, batchId, ok, codes, message, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(new AcknowledgementImportResult(kind, fileName, accepted, rejected, unmatched, messages));
    }

    private sealed record Applied(int Accepted, int Rejected, int Unmatched, List<string> Messages, List<(int? ClaimId, int? BatchId, bool Accepted, string Codes, string Message)> Records);

    private static async Task<Result<Applied>> Apply999Async(RevenueCycleDbContext db, string text, DateTime now, string userId, CancellationToken cancellationToken)
    {
        var parsed = Ack999Reader.Read(text);
        if (!parsed.Succeeded)
        {
            return Result.Failure<Applied>(parsed.Error!);
        }

        var applied = new Applied(0, 0, 0, [], []);
        var (accepted, rejected, unmatched) = (0, 0, 0);
        foreach (var ack in parsed.Value!.Acknowledgements)
        {
            if (!int.TryParse(ack.AcknowledgedGroupControlNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var group))
            {
                unmatched++;
                applied.Messages.Add($"The 999 acknowledges group \"{ack.AcknowledgedGroupControlNumber}\", which is not one of our control numbers.");
                continue;
            }

            var sender = ack.Envelope.SenderId.Trim();
            var candidates = await db.SubmissionBatches.Where(b => b.GroupControlNumber == group && b.Format == SubmissionFormat.X12837P).ToListAsync(cancellationToken);
            var batch = candidates.FirstOrDefault(b => b.ReceiverId == sender) ?? (candidates.Count == 1 ? candidates[0] : null);
            if (batch is null)
            {
                unmatched++;
                applied.Messages.Add($"No 837P batch was sent with group control number {group} (999 from {sender}).");
                continue;
            }

            var errors = ack.TransactionSets.SelectMany(t => t.SegmentErrors)
                .Select(e => $"{e.SegmentId} at segment {e.Position}{(e.LoopId is null ? "" : $" (loop {e.LoopId})")}: {e.Description}" +
                             string.Concat(e.ElementErrors.Select(x => $"; element {x.Position}: {x.Description}{(x.BadValue is null ? "" : $" \"{x.BadValue}\"")}")))
                .ToList();
            var status = ack.GroupStatus.IsAccepted ? AcknowledgementStatus.Accepted : ack.GroupStatus.IsPartiallyAccepted ? AcknowledgementStatus.PartiallyAccepted : AcknowledgementStatus.Rejected;
            batch.RecordAcknowledgement(status);
            var codes = $"AK9 {ack.GroupStatus.Code}" + string.Concat(ack.TransactionSets.Select(t => $" IK5 {t.StatusCode}"));
            var words = $"999 {ack.GroupStatus.Description}" + (errors.Count > 0 ? ": " + string.Join(" | ", errors) : "");
            applied.Records.Add((null, batch.Id, status != AcknowledgementStatus.Rejected, codes, words));

            // Our 837P files carry one transaction set, so a rejected transaction set is the whole batch.
            var batchRejected = ack.GroupStatus.IsRejected || ack.TransactionSets.Any(t => !t.IsAccepted);
            var claimIds = await db.ClaimSubmissions.Where(s => s.SubmissionBatchId == batch.Id).Select(s => s.ClaimId).ToListAsync(cancellationToken);
            var claims = await db.Claims.Where(c => claimIds.Contains(c.Id)).ToListAsync(cancellationToken);
            var named = ack.TransactionSets.SelectMany(t => t.SegmentErrors).Where(e => e.PatientControlNumber is not null).Select(e => e.PatientControlNumber!).ToHashSet();
            foreach (var claim in claims)
            {
                var rejectThis = batchRejected || named.Contains(claim.ControlNumber);
                if (rejectThis && claim.Status is ClaimStatus.Submitted or ClaimStatus.Accepted)
                {
                    var reason = $"Rejected by the clearinghouse (999): {(errors.Count > 0 ? string.Join(" | ", errors) : ack.GroupStatus.Description)}";
                    claim.Reject(reason, now, userId);
                    applied.Records.Add((claim.Id, batch.Id, false, codes, reason));
                    rejected++;
                }
                else if (!rejectThis)
                {
                    accepted++;
                }
            }
        }

        return Result.Success(applied with { Accepted = accepted, Rejected = rejected, Unmatched = unmatched });
    }

    private static async Task<Result<Applied>> Apply277CaAsync(RevenueCycleDbContext db, string text, DateTime now, string userId, CancellationToken cancellationToken)
    {
        var parsed = Claim277CaReader.Read(text);
        if (!parsed.Succeeded)
        {
            return Result.Failure<Applied>(parsed.Error!);
        }

        var applied = new Applied(0, 0, 0, [], []);
        var (accepted, rejected, unmatched) = (0, 0, 0);
        var acks = parsed.Value!.Claims;
        var numbers = acks.Select(a => a.PatientControlNumber).Distinct().ToList();
        var claims = new Dictionary<string, Claim>();
        foreach (var chunk in numbers.Chunk(2_000))
        {
            foreach (var claim in await db.Claims.Where(c => chunk.Contains(c.ControlNumber)).ToListAsync(cancellationToken))
            {
                claims[claim.ControlNumber] = claim;
            }
        }

        foreach (var ack in acks)
        {
            if (!claims.TryGetValue(ack.PatientControlNumber, out var claim))
            {
                unmatched++;
                applied.Messages.Add($"Claim {ack.PatientControlNumber} in the 277CA is not one of ours.");
                continue;
            }

            var codes = string.Join(" ", ack.Statuses.SelectMany(s => s.Codes).Select(c => $"{c.Category}:{c.Status}{(c.Entity is null ? "" : ":" + c.Entity)}"));
            switch (ack.Outcome)
            {
                case Ack277CaOutcome.Rejected:
                    var reason = $"Rejected by the payer's front end (277CA): {ack.Reason}";
                    if (claim.Status is ClaimStatus.Submitted or ClaimStatus.Accepted)
                    {
                        claim.Reject(reason, now, userId);
                    }

                    applied.Records.Add((claim.Id, null, false, codes, ack.Reason));
                    rejected++;
                    break;
                case Ack277CaOutcome.Accepted:
                    if (claim.Status == ClaimStatus.Submitted)
                    {
                        claim.Accept(now, userId);
                    }

                    if (ack.PayerClaimNumber is not null)
                    {
                        claim.AddTimelineNote($"Payer claim number {ack.PayerClaimNumber} (277CA)", now, userId);
                    }

                    applied.Records.Add((claim.Id, null, true, codes, ack.Reason));
                    accepted++;
                    break;
                default:
                    applied.Records.Add((claim.Id, null, true, codes, ack.Reason));
                    applied.Messages.Add($"Claim {claim.ControlNumber}: status {codes} is neither an acceptance nor a rejection; recorded on the claim.");
                    break;
            }
        }

        return Result.Success(applied with { Accepted = accepted, Rejected = rejected, Unmatched = unmatched });
    }
}
