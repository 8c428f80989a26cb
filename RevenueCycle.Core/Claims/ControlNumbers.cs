using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Core.Claims;

/// <summary>
/// Hands out patient control numbers and interchange control numbers from the
/// <see cref="ControlNumberSequence"/> table: one atomic UPDATE ... RETURNING reserves a block, so
/// numbers are unique across users, commands and web instances, and never reused.
/// </summary>
public static class ControlNumbers
{
    /// <summary>Claim control numbers look like RC00001234 (CLM01 allows 20 characters; the 835 returns it in CLP01).</summary>
    public static string FormatClaim(long value) => $"RC{value:D8}";

    /// <summary>Reserves <paramref name="count"/> numbers and returns the first.</summary>
    public static async Task<long> ReserveAsync(RevenueCycleDbContext db, string name, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);

        var last = await TakeAsync(db, name, count, cancellationToken);
        if (last.Count == 0)
        {
            // The first use starts after what the demo (or an older version) already numbered.
            var seed = name switch
            {
                ControlNumberSequence.PatientControlNumber => await db.Claims.CountAsync(cancellationToken),
                ControlNumberSequence.Interchange => await db.SubmissionBatches.Select(b => (long?)b.InterchangeControlNumber).MaxAsync(cancellationToken) ?? 0,
                _ => 0,
            };
            await db.Database.ExecuteSqlAsync($"INSERT INTO ControlNumberSequences (Name, LastValue) VALUES ({name}, {seed}) ON CONFLICT (Name) DO NOTHING", cancellationToken);
            last = await TakeAsync(db, name, count, cancellationToken);
        }

        return last.Single() - count + 1;
    }

    private static Task<List<long>> TakeAsync(RevenueCycleDbContext db, string name, int count, CancellationToken cancellationToken) =>
        db.Database
            .SqlQuery<long>($"UPDATE ControlNumberSequences SET LastValue = LastValue + {count} WHERE Name = {name} RETURNING LastValue AS Value")
            .ToListAsync(cancellationToken);

    public static async Task<Func<string>> ClaimNumbersAsync(RevenueCycleDbContext db, int count, CancellationToken cancellationToken)
    {
        var next = await ReserveAsync(db, ControlNumberSequence.PatientControlNumber, count, cancellationToken);
        var end = next + count;
        return () => next < end ? FormatClaim(next++) : throw new InvalidOperationException("More control numbers were used than reserved.");
    }
}
