using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Payers;

namespace RevenueCycle.Core.Claims;

/// <summary>What building claims did: the claims made, and the charts left alone with the reason.</summary>
public sealed record ClaimBuildResult(IReadOnlyList<int> ClaimIds, IReadOnlyList<string> Skipped);

/// <summary>
/// Turns coded charts into claims: one claim per chart for the primary payer active on the date
/// of service (several when the chart has more than 50 lines), self-pay visits straight to the
/// patient. Control numbers are reserved in one step, so they are unique and never reused.
/// </summary>
public sealed class ClaimBuildingService(IDbContextFactory<RevenueCycleDbContext> dbFactory, ICurrentActor currentActor, TimeProvider time)
{
    private const int Batch = 500;

    /// <summary>Builds claims for the given coded charts, or for every coded chart when none are given.</summary>
    public async Task<Result<ClaimBuildResult>> BuildAsync(IReadOnlyCollection<int>? encounterIds = null, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<ClaimBuildResult>("Only billers and managers build claims.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = db.Encounters.AsNoTracking().Where(e => e.Status == EncounterStatus.Coded);
        if (encounterIds is not null)
        {
            pending = pending.Where(e => encounterIds.Contains(e.Id));
        }

        var ids = await pending.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        var skipped = new List<string>();
        if (encounterIds is not null)
        {
            skipped.AddRange(encounterIds.Except(ids).Select(id => $"Chart {id} is not coded (or already billed)."));
        }

        var payers = await db.Payers.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var selfPay = payers.Values.FirstOrDefault(p => p.IsSelfPay);
        var practiceId = await db.Practices.Select(p => p.Id).FirstAsync(cancellationToken);
        var facilities = await db.ServiceFacilities.AsNoTracking().ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var created = new List<Claim>();
        foreach (var chunk in ids.Chunk(Batch))
        {
            db.ChangeTracker.Clear();
            var encounters = await db.Encounters.Include(e => e.Diagnoses).Include(e => e.ServiceLines)
                .Where(e => chunk.Contains(e.Id)).AsSplitQuery().ToListAsync(cancellationToken);
            var patientIds = encounters.Select(e => e.PatientId).Distinct().ToList();
            var policies = await db.InsurancePolicies.AsNoTracking().Where(p => patientIds.Contains(p.PatientId)).ToListAsync(cancellationToken);
            var numbers = await ControlNumbers.ClaimNumbersAsync(db, encounters.Sum(e => Math.Max(1, (e.ServiceLines.Count + Claim.MaxLines - 1) / Claim.MaxLines)), cancellationToken);
            var batchClaims = new List<Claim>();
            foreach (var encounter in encounters)
            {
                var policy = policies.FirstOrDefault(p => p.Id == encounter.PrimaryPolicyId && p.IsActiveOn(encounter.DateOfService))
                    ?? policies.Where(p => p.PatientId == encounter.PatientId && p.IsActiveOn(encounter.DateOfService)).OrderBy(p => p.Priority).FirstOrDefault();
                var payer = policy is null ? selfPay : payers[policy.PayerId];
                if (payer is null)
                {
                    skipped.Add($"Chart {encounter.Id}: no coverage active on {encounter.DateOfService:MM/dd/yyyy} and no self-pay payer is set up.");
                    continue;
                }

                if (encounter.ServiceLines.Count == 0)
                {
                    skipped.Add($"Chart {encounter.Id} has no service lines.");
                    continue;
                }

                var facility = facilities.FirstOrDefault(f => f.Serves(encounter.PlaceOfService));
                foreach (var claim in Claim.FromEncounter(numbers, encounter, payer.Id, policy?.Id, policy?.Priority ?? CoveragePriority.Primary, practiceId, facility?.Id, now, actor.UserId))
                {
                    if (payer.IsSelfPay)
                    {
                        claim.BillToPatient(now, actor.UserId);
                    }

                    db.Claims.Add(claim);
                    batchClaims.Add(claim);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            created.AddRange(batchClaims);
        }

        return Result.Success(new ClaimBuildResult(created.Select(c => c.Id).ToList(), skipped));
    }
}
