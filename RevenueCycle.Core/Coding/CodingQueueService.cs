using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Coding;

public sealed record CodingQueueFilter(
    EncounterStatus? Status = null,
    int? ProviderId = null,
    string? Search = null,
    Specialty? Specialty = null,
    int? PayerId = null,
    EncounterPriority? Priority = null,
    DateOnly? ServiceFrom = null,
    DateOnly? ServiceTo = null,
    int? MinDaysWaiting = null);

public sealed record ProviderQueryRow(int QueryId, int EncounterId, string PatientName, DateOnly DateOfService, string ProviderName, string Question, string AskedBy, DateTime AskedAtUtc, ProviderQueryStatus Status, string? Answer);

public sealed record CodingQueueRow(int EncounterId, DateOnly DateOfService, string PatientName, string Mrn, string ProviderName, Specialty Specialty, string PayerName, EncounterStatus Status, EncounterPriority Priority, int DaysWaiting, string? AssignedCoder);



/// <summary>The coders' worklist of charts, filtered, sorted and paged in SQL.</summary>
public sealed class CodingQueueService(IDbContextFactory<RevenueCycleDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The charts still to be coded; the queue shows these unless a status is chosen.</summary>
    public static readonly EncounterStatus[] OpenStatuses = [EncounterStatus.AwaitingCoding, EncounterStatus.InProgress, EncounterStatus.OnHold];

    /// <summary>Statuses with a tab on the queue: the open ones and the coded charts not yet billed.</summary>
    public static readonly EncounterStatus[] QueueStatuses = [.. OpenStatuses, EncounterStatus.Coded];

    public async Task<Page<CodingQueueRow>> GetPageAsync(CodingQueueFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var encounters = db.Encounters.AsNoTracking();
        encounters = filter.Status is { } status
            ? encounters.Where(e => e.Status == status)
            : encounters.Where(e => OpenStatuses.Contains(e.Status));
        if (filter.ProviderId is { } providerId)
        {
            encounters = encounters.Where(e => e.ProviderId == providerId);
        }

        if (filter.Priority is { } priority)
        {
            encounters = encounters.Where(e => e.Priority == priority);
        }

        if (filter.ServiceFrom is { } from)
        {
            encounters = encounters.Where(e => e.DateOfService >= from);
        }

        var serviceTo = filter.ServiceTo;
        if (filter.MinDaysWaiting is { } days)
        {
            // Waiting at least N days: the visit was on or before today minus N.
            var latest = today.AddDays(-days);
            serviceTo = serviceTo is { } to && to < latest ? to : latest;
        }

        if (serviceTo is { } until)
        {
            encounters = encounters.Where(e => e.DateOfService <= until);
        }

        // Filters are EXISTS conditions on the encounters themselves, so the total is a count over
        // one indexed table; the joins for display run only for the page being shown.
        if (filter.Specialty is { } specialty)
        {
            encounters = encounters.Where(e => db.Providers.Any(p => p.Id == e.ProviderId && p.Specialty == specialty));
        }

        if (filter.PayerId is { } payerId)
        {
            encounters = encounters.Where(e => db.InsurancePolicies.Any(p => p.Id == e.PrimaryPolicyId && p.PayerId == payerId));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            encounters = encounters.Where(e => db.Patients.Any(p => p.Id == e.PatientId && (p.LastName.StartsWith(term) || p.FirstName.StartsWith(term) || p.Mrn == term)));
        }

        var total = await encounters.CountAsync(cancellationToken);
        // The page's ids first, ordered on the encounter's own indexed columns (or the one table the
        // sort needs), then the display joins for those 25 rows only.
        var ordered = (page.SortBy, page.Descending) switch
        {
            ("DateOfService", false) => encounters.OrderBy(e => e.DateOfService).ThenBy(e => e.Id),
            ("DateOfService", true) => encounters.OrderByDescending(e => e.DateOfService).ThenBy(e => e.Id),
            ("PatientName", false) => encounters.Join(db.Patients, e => e.PatientId, p => p.Id, (e, p) => new { e, p }).OrderBy(x => x.p.LastName).ThenBy(x => x.p.FirstName).ThenBy(x => x.e.Id).Select(x => x.e),
            ("PatientName", true) => encounters.Join(db.Patients, e => e.PatientId, p => p.Id, (e, p) => new { e, p }).OrderByDescending(x => x.p.LastName).ThenByDescending(x => x.p.FirstName).ThenBy(x => x.e.Id).Select(x => x.e),
            ("ProviderName", false) => encounters.Join(db.Providers, e => e.ProviderId, p => p.Id, (e, p) => new { e, p }).OrderBy(x => x.p.LastName).ThenBy(x => x.e.Id).Select(x => x.e),
            ("ProviderName", true) => encounters.Join(db.Providers, e => e.ProviderId, p => p.Id, (e, p) => new { e, p }).OrderByDescending(x => x.p.LastName).ThenBy(x => x.e.Id).Select(x => x.e),
            ("Status", false) => encounters.OrderBy(e => e.Status).ThenBy(e => e.Id),
            ("Status", true) => encounters.OrderByDescending(e => e.Status).ThenBy(e => e.Id),

            // The queue's natural order: most urgent first, then the oldest visit.
            ("Priority", false) => encounters.OrderBy(e => e.Priority).ThenByDescending(e => e.DateOfService).ThenBy(e => e.Id),
            _ => encounters.OrderByDescending(e => e.Priority).ThenBy(e => e.DateOfService).ThenBy(e => e.Id),
        };
        var ids = await ordered.Skip(page.Skip).Take(page.Take).Select(e => e.Id).ToListAsync(cancellationToken);
        var rows = await (from e in db.Encounters.AsNoTracking().Where(e => ids.Contains(e.Id))
                          join p in db.Patients on e.PatientId equals p.Id
                          join pr in db.Providers on e.ProviderId equals pr.Id
                          join policy in db.InsurancePolicies on e.PrimaryPolicyId equals policy.Id into policies
                          from policy in policies.DefaultIfEmpty()
                          join payer in db.Payers on policy.PayerId equals payer.Id into payers
                          from payer in payers.DefaultIfEmpty()
                          join coder in db.Users on e.AssignedCoderId equals coder.Id into coders
                          from coder in coders.DefaultIfEmpty()
                          select new CodingQueueRow(e.Id, e.DateOfService, p.LastName + ", " + p.FirstName, p.Mrn, pr.LastName + ", " + pr.FirstName + " " + pr.Credential, pr.Specialty, payer == null ? "Self-pay" : payer.Name, e.Status, e.Priority, 0, coder == null ? null : coder.DisplayName))
            .ToListAsync(cancellationToken);
        var position = ids.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index);
        var items = rows.OrderBy(r => position[r.EncounterId]).ToList();
        return new Page<CodingQueueRow>(items.Select(i => i with { DaysWaiting = today.DayNumber - i.DateOfService.DayNumber }).ToList(), total);
    }

    /// <summary>The provider queries, open ones first and oldest first, paged in SQL.</summary>
    public async Task<Page<ProviderQueryRow>> GetQueriesAsync(bool openOnly, string? search, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var queries = db.ProviderQueries.AsNoTracking().Where(q => !openOnly || q.Status == ProviderQueryStatus.Open);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            queries = queries.Where(q => db.Encounters.Any(e => e.Id == q.EncounterId && db.Patients.Any(p => p.Id == e.PatientId && (p.LastName.StartsWith(term) || p.Mrn == term))));
        }

        var total = await queries.CountAsync(cancellationToken);
        var items = await (from q in queries
                           join e in db.Encounters on q.EncounterId equals e.Id
                           join p in db.Patients on e.PatientId equals p.Id
                           join pr in db.Providers on e.ProviderId equals pr.Id
                           join user in db.Users on q.AskedByUserId equals user.Id into users
                           from user in users.DefaultIfEmpty()
                           orderby q.Status, q.AskedAtUtc, q.Id
                           select new ProviderQueryRow(q.Id, e.Id, p.LastName + ", " + p.FirstName, e.DateOfService, pr.LastName + ", " + pr.FirstName + " " + pr.Credential, q.Question, user == null ? q.AskedByUserId : user.DisplayName, q.AskedAtUtc, q.Status, q.Answer))
            .Skip(page.Skip).Take(page.Take)
            .ToListAsync(cancellationToken);
        return new Page<ProviderQueryRow>(items, total);
    }

    public async Task<IReadOnlyList<StatusCount<EncounterStatus>>> GetStatusCountsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Encounters.AsNoTracking()
            .Where(e => QueueStatuses.Contains(e.Status))
            .GroupBy(e => e.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return QueueStatuses.Select(s => new StatusCount<EncounterStatus>(s, counts.GetValueOrDefault(s))).ToList();
    }


    /// <summary>The coders a manager can hand a chart to.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> GetCodersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var coders = await (from user in db.Users
                            join userRole in db.UserRoles on user.Id equals userRole.UserId
                            join role in db.Roles on userRole.RoleId equals role.Id
                            where role.Name == Roles.Coder
                            orderby user.DisplayName
                            select new { user.Id, user.DisplayName }).Distinct().ToListAsync(cancellationToken);
        return coders.Select(c => (c.Id, c.DisplayName)).ToList();
    }

    public async Task<IReadOnlyList<(int Id, string Name)>> GetProvidersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var providers = await db.Providers.AsNoTracking()
            .Where(p => p.Kind == ProviderKind.Rendering)
            .OrderBy(p => p.LastName)
            .Select(p => new { p.Id, Name = p.LastName + ", " + p.FirstName + " " + p.Credential })
            .ToListAsync(cancellationToken);
        return providers.Select(p => (p.Id, p.Name)).ToList();
    }
}
