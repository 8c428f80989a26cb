using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Core.Payers;

/// <summary>The payers by name, for the payer filters of the worklists.</summary>
public sealed class PayerDirectory(IDbContextFactory<RevenueCycleDbContext> dbFactory)
{
    public async Task<IReadOnlyList<(int Id, string Name)>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var payers = await db.Payers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        return payers.Select(p => (p.Id, p.Name)).ToList();
    }
}
