using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Core.Claims;

/// <summary>
/// The worklist's filter; every part is optional. Age is days since the date of service; amounts
/// filter on the open balance. <see cref="AssignedTo"/> is a user id, or <see cref="Unassigned"/>.
/// </summary>
public sealed record ClaimWorklistFilter(
    ClaimStatus? Status = null,
    int? PayerId = null,
    string? Search = null,
    int? ProviderId = null,
    DateOnly? ServiceFrom = null,
    DateOnly? ServiceTo = null,
    int? MinAgeDays = null,
    int? MaxAgeDays = null,
    decimal? MinBalance = null,
    decimal? MaxBalance = null,
    string? AssignedTo = null)
{
    public const string Unassigned = "(unassigned)";
}

public sealed record ClaimWorklistRow(int ClaimId, string ControlNumber, string PatientName, string PayerName, DateOnly ServiceFromDate, decimal TotalCharge, decimal Balance, ClaimStatus Status, DateTime StatusChangedAtUtc, int AgeDays, string? StatusReason, string? AssignedToUserId = null);

/// <summary>A saved view: its name and the filter and sort it restores.</summary>
public sealed record ClaimView(int Id, string Name, ClaimWorklistFilter Filter, string? SortBy, bool Descending);

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

        if (filter.ProviderId is { } providerId)
        {
            claims = claims.Where(c => c.RenderingProviderId == providerId);
        }

        // Age is a date-of-service range, so the DOS indexes serve it.
        var from = Latest(filter.ServiceFrom, filter.MaxAgeDays is { } maxAge ? today.AddDays(-maxAge) : null);
        var to = Earliest(filter.ServiceTo, filter.MinAgeDays is { } minAge ? today.AddDays(-minAge) : null);
        if (from is { } dosFrom)
        {
            claims = claims.Where(c => c.ServiceFromDate >= dosFrom);
        }

        if (to is { } dosTo)
        {
            claims = claims.Where(c => c.ServiceFromDate <= dosTo);
        }

        if (filter.MinBalance is { } minBalance)
        {
            claims = claims.Where(c => c.OpenBalance >= minBalance);
        }

        if (filter.MaxBalance is { } maxBalance)
        {
            claims = claims.Where(c => c.OpenBalance <= maxBalance);
        }

        if (filter.AssignedTo == ClaimWorklistFilter.Unassigned)
        {
            claims = claims.Where(c => c.AssignedToUserId == null);
        }
        else if (!string.IsNullOrEmpty(filter.AssignedTo))
        {
            claims = claims.Where(c => c.AssignedToUserId == filter.AssignedTo);
        }

        // The search finds the patients once (an IN list, not a probe per claim) and reaches their
        // claims through the patient index, so the total counts the matching claims only.
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            var patientIds = db.Patients.Where(p => p.LastName.StartsWith(term) || p.Mrn == term).Select(p => p.Id);
            claims = claims.Where(c => c.ControlNumber == term || patientIds.Contains(c.PatientId));
        }

        var total = await claims.CountAsync(cancellationToken);

        // The page is chosen as claim ids first: a sort on the claim's own columns then reads one
        // index and stops after the page, and the patient and payer are joined for the rows shown only.
        var ids = await Sort(db, claims, page.SortBy, page.Descending).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        var rows = await (from c in db.Claims.AsNoTracking()
                          where EF.Parameter(ids).Contains(c.Id)
                          join p in db.Patients on c.PatientId equals p.Id
                          join payer in db.Payers on c.PayerId equals payer.Id
                          select new ClaimWorklistRow(c.Id, c.ControlNumber, p.LastName + ", " + p.FirstName, payer.Name, c.ServiceFromDate, c.TotalCharge, c.OpenBalance, c.Status, c.StatusChangedAtUtc, 0, c.StatusReason, c.AssignedToUserId))
            .ToListAsync(cancellationToken);
        var position = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var items = rows.OrderBy(r => position[r.ClaimId]).Select(r => r with { AgeDays = today.DayNumber - r.ServiceFromDate.DayNumber }).ToList();
        return new Page<ClaimWorklistRow>(items, total);
    }

    private static IQueryable<int> Sort(RevenueCycleDbContext db, IQueryable<Claim> claims, string? sortBy, bool descending) => (sortBy, descending) switch
    {
        ("ControlNumber", false) => claims.OrderBy(c => c.ControlNumber).Select(c => c.Id),
        ("ControlNumber", true) => claims.OrderByDescending(c => c.ControlNumber).Select(c => c.Id),
        ("PatientName", false) => (from c in claims join p in db.Patients on c.PatientId equals p.Id orderby p.LastName, p.FirstName, c.Id select c.Id),
        ("PatientName", true) => (from c in claims join p in db.Patients on c.PatientId equals p.Id orderby p.LastName descending, p.FirstName descending, c.Id select c.Id),
        ("PayerName", false) => (from c in claims join payer in db.Payers on c.PayerId equals payer.Id orderby payer.Name, c.Id select c.Id),
        ("PayerName", true) => (from c in claims join payer in db.Payers on c.PayerId equals payer.Id orderby payer.Name descending, c.Id select c.Id),
        ("TotalCharge", false) => claims.OrderBy(c => c.TotalCharge).ThenBy(c => c.Id).Select(c => c.Id),
        ("TotalCharge", true) => claims.OrderByDescending(c => c.TotalCharge).ThenBy(c => c.Id).Select(c => c.Id),
        ("Balance", false) => claims.OrderBy(c => c.OpenBalance).ThenBy(c => c.Id).Select(c => c.Id),
        ("Balance", true) => claims.OrderByDescending(c => c.OpenBalance).ThenBy(c => c.Id).Select(c => c.Id),
        ("Status", false) => claims.OrderBy(c => c.Status).ThenBy(c => c.Id).Select(c => c.Id),
        ("Status", true) => claims.OrderByDescending(c => c.Status).ThenBy(c => c.Id).Select(c => c.Id),
        ("ServiceFromDate", true) => claims.OrderByDescending(c => c.ServiceFromDate).ThenBy(c => c.Id).Select(c => c.Id),

        // Oldest service first: the claims closest to timely-filing limits.
        _ => claims.OrderBy(c => c.ServiceFromDate).ThenBy(c => c.Id).Select(c => c.Id),
    };

    public async Task<IReadOnlyList<ClaimView>> GetViewsAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var views = await db.SavedClaimViews.AsNoTracking().Where(v => v.UserId == userId).OrderBy(v => v.Name).ToListAsync(cancellationToken);
        return views.Select(v => ToView(v)).Where(v => v is not null).Select(v => v!).ToList();
    }

    /// <summary>Saves (or overwrites, by name) one of the user's views.</summary>
    public async Task<Result<ClaimView>> SaveViewAsync(string userId, string name, ClaimWorklistFilter filter, string? sortBy, bool descending, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Result.Failure<ClaimView>("Give the view a name.");
        }

        var json = JsonSerializer.Serialize(new StoredView(filter, sortBy, descending), JsonOptions);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.SavedClaimViews.SingleOrDefaultAsync(v => v.UserId == userId && v.Name == name.Trim(), cancellationToken);
        if (existing is null)
        {
            existing = new SavedClaimView(userId, name, json, time.GetUtcNow().UtcDateTime);
            db.SavedClaimViews.Add(existing);
        }
        else
        {
            existing.Update(json);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(ToView(existing)!);
    }

    public async Task DeleteViewAsync(string userId, int viewId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var view = await db.SavedClaimViews.SingleOrDefaultAsync(v => v.Id == viewId && v.UserId == userId, cancellationToken);
        if (view is not null)
        {
            db.SavedClaimViews.Remove(view);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private sealed record StoredView(ClaimWorklistFilter Filter, string? SortBy, bool Descending);

    private static ClaimView? ToView(SavedClaimView view)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<StoredView>(view.FilterJson, JsonOptions);
            return stored is null ? null : new ClaimView(view.Id, view.Name, stored.Filter, stored.SortBy, stored.Descending);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Users who work claims (billers and managers), for the assignee filter and bulk assignment.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> GetBillersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = await (from user in db.Users
                           join userRole in db.UserRoles on user.Id equals userRole.UserId
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where role.Name == Roles.Biller || role.Name == Roles.Manager
                           select new { user.Id, user.DisplayName }).Distinct().ToListAsync(cancellationToken);
        return users.OrderBy(u => u.DisplayName).Select(u => (u.Id, u.DisplayName)).ToList();
    }

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);

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
