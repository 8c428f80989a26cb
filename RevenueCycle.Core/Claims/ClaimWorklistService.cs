using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Core.Claims;

public sealed record ClaimWorklistFilter(ClaimStatus? Status = null, int? PayerId = null, string? Search = null);

public sealed record ClaimWorklistRow(int ClaimId, string ControlNumber, string PatientName, string PayerName, DateOnly ServiceFromDate, decimal TotalCharge, decimal Balance, ClaimStatus Status, DateTime StatusChangedAtUtc, int AgeDays, string? StatusReason);

/// <summary>The billers' claims worklist, filtered, sorted and paged in SQL.</summary>
public sealed class ClaimWorklistService(IDbContextFactory<RevenueCycleDbContext> dbFactory, TimeProvider time)
{
    public static readonly ClaimStatus[] WorklistStatuses =
    [
        ClaimStatus.Ready, ClaimStatus.Held, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Rejected, ClaimStatus.Denied,
        ClaimStatus.PartiallyPaid, ClaimStatus.PatientBalance, ClaimStatus.Paid, ClaimStatus.Closed,
    ];

    public async Task<Page<ClaimWorklistRow>> GetPageAsync(ClaimWorklistFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var claims = db.Claims.AsNoTracking();
        if (filter.Status is { } status)
        {
            claims = claims.Where(c => c.Status == status);
        }

        if (filter.PayerId is { } payerId)
        {
            claims = claims.Where(c => c.PayerId == payerId);
        }

        // The search is an EXISTS condition on the claims, so the total counts one indexed table;
        // the joins for display run only for the page being shown.
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            claims = claims.Where(c => c.ControlNumber == term || db.Patients.Any(p => p.Id == c.PatientId && (p.LastName.StartsWith(term) || p.Mrn == term)));
        }

        var total = await claims.CountAsync(cancellationToken);
        var rows = from c in claims
                   join p in db.Patients on c.PatientId equals p.Id
                   join payer in db.Payers on c.PayerId equals payer.Id
                   select new { c, p, PayerName = payer.Name, Balance = c.TotalCharge - c.InsurancePaid - c.PatientPaid - c.Adjusted };
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("ControlNumber", false) => rows.OrderBy(r => r.c.ControlNumber),
            ("ControlNumber", true) => rows.OrderByDescending(r => r.c.ControlNumber),
            ("PatientName", false) => rows.OrderBy(r => r.p.LastName).ThenBy(r => r.p.FirstName).ThenBy(r => r.c.Id),
            ("PatientName", true) => rows.OrderByDescending(r => r.p.LastName).ThenByDescending(r => r.p.FirstName).ThenBy(r => r.c.Id),
            ("PayerName", false) => rows.OrderBy(r => r.PayerName).ThenBy(r => r.c.Id),
            ("PayerName", true) => rows.OrderByDescending(r => r.PayerName).ThenBy(r => r.c.Id),
            ("TotalCharge", false) => rows.OrderBy(r => r.c.TotalCharge).ThenBy(r => r.c.Id),
            ("TotalCharge", true) => rows.OrderByDescending(r => r.c.TotalCharge).ThenBy(r => r.c.Id),
            ("Balance", false) => rows.OrderBy(r => r.Balance).ThenBy(r => r.c.Id),
            ("Balance", true) => rows.OrderByDescending(r => r.Balance).ThenBy(r => r.c.Id),
            ("Status", false) => rows.OrderBy(r => r.c.Status).ThenBy(r => r.c.Id),
            ("Status", true) => rows.OrderByDescending(r => r.c.Status).ThenBy(r => r.c.Id),
            ("ServiceFromDate", true) => rows.OrderByDescending(r => r.c.ServiceFromDate).ThenBy(r => r.c.Id),

            // Oldest service first: the claims closest to timely-filing limits.
            _ => rows.OrderBy(r => r.c.ServiceFromDate).ThenBy(r => r.c.Id),
        };
        var items = await sorted.Skip(page.Skip).Take(page.Take)
            .Select(r => new ClaimWorklistRow(r.c.Id, r.c.ControlNumber, r.p.LastName + ", " + r.p.FirstName, r.PayerName, r.c.ServiceFromDate, r.c.TotalCharge, r.Balance, r.c.Status, r.c.StatusChangedAtUtc, 0, r.c.StatusReason))
            .ToListAsync(cancellationToken);
        return new Page<ClaimWorklistRow>(items.Select(i => i with { AgeDays = today.DayNumber - i.ServiceFromDate.DayNumber }).ToList(), total);
    }

    public async Task<IReadOnlyList<StatusCount<ClaimStatus>>> GetStatusCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Claims.AsNoTracking()
            .GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return WorklistStatuses.Select(s => new StatusCount<ClaimStatus>(s, counts.GetValueOrDefault(s))).ToList();
    }

}
