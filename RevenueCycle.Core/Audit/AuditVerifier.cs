using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Core.Audit;

/// <summary>The outcome of checking the chain: how many entries, and the first that does not fit, if any.</summary>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenEntryId, string? Problem)
{
    public bool IsIntact => FirstBrokenEntryId is null;
}

/// <summary>
/// Walks the audit trail in order and recomputes every entry's hash from its fields and the
/// previous entry's hash: an entry edited, deleted or inserted after the fact breaks the chain at
/// that point (<c>RevenueCycle.Web audit verify</c>).
/// </summary>
public sealed class AuditVerifier(IDbContextFactory<RevenueCycleDbContext> dbFactory)
{
    private const int BatchSize = 5_000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var previousHash = "";
        var lastId = 0L;
        var checkedCount = 0L;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new AuditVerification(checkedCount, null, null);
            }

            foreach (var entry in batch)
            {
                if (!entry.IsIntact(previousHash))
                {
                    var problem = entry.PreviousHash != previousHash
                        ? "it does not follow the entry before it (an entry was deleted or inserted)"
                        : "its content no longer matches its hash (it was edited)";
                    return new AuditVerification(checkedCount, entry.Id, problem);
                }

                previousHash = entry.Hash;
                lastId = entry.Id;
                checkedCount++;
            }
        }
    }
}
