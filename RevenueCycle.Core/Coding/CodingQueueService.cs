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

        var rows = from e in encounters
                   join p in db.Patients on e.PatientId equals p.Id
                   join pr in db.Providers on e.ProviderId equals pr.Id
                   join policy in db.InsurancePolicies on e.PrimaryPolicyId equals policy.Id into policies
                   from policy in policies.DefaultIfEmpty()
                   join payer in db.Payers on policy.PayerId equals payer.Id into payers
                   from payer in payers.DefaultIfEmpty()
                   join coder in db.Users on e.AssignedCoderId equals coder.Id into coders
                   from coder in coders.DefaultIfEmpty()
                   select new { e, p, pr, PayerId = payer == null ? (int?)null : payer.Id, PayerName = payer == null ? "Self-pay" : payer.Name, Coder = coder == null ? null : coder.DisplayName };
        if (filter.Specialty is { } specialty)
        {
            rows = rows.Where(r => r.pr.Specialty == specialty);
        }

        if (filter.PayerId is { } payerId)
        {
            rows = rows.Where(r => r.PayerId == payerId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            rows = rows.Where(r => r.p.LastName.StartsWith(term) || r.p.FirstName.StartsWith(term) || r.p.Mrn == term);
        }

        var total = await rows.CountAsync(cancellationToken);
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("DateOfService", false) => rows.OrderBy(r => r.e.DateOfService).ThenBy(r => r.e.Id),
            ("DateOfService", true) => rows.OrderByDescending(r => r.e.DateOfService).ThenBy(r => r.e.Id),
            ("PatientName", false) => rows.OrderBy(r => r.p.LastName).ThenBy(r => r.p.FirstName).ThenBy(r => r.e.Id),
            ("PatientName", true) => rows.OrderByDescending(r => r.p.LastName).ThenByDescending(r => r.p.FirstName).ThenBy(r => r.e.Id),
            ("ProviderName", false) => rows.OrderBy(r => r.pr.LastName).ThenBy(r => r.e.Id),
            ("ProviderName", true) => rows.OrderByDescending(r => r.pr.LastName).ThenBy(r => r.e.Id),
            ("Status", false) => rows.OrderBy(r => r.e.Status).ThenBy(r => r.e.Id),
            ("Status", true) => rows.OrderByDescending(r => r.e.Status).ThenBy(r => r.e.Id),

            // The queue's natural order: most urgent first, then the oldest visit.
            ("Priority", false) => rows.OrderBy(r => r.e.Priority).ThenByDescending(r => r.e.DateOfService).ThenBy(r => r.e.Id),
            _ => rows.OrderByDescending(r => r.e.Priority).ThenBy(r => r.e.DateOfService).ThenBy(r => r.e.Id),
        };
        var items = await sorted.Skip(page.Skip).Take(page.Take)
            .Select(r => new CodingQueueRow(r.e.Id, r.e.DateOfService, r.p.LastName + ", " + r.p.FirstName, r.p.Mrn, r.pr.LastName + ", " + r.pr.FirstName + " " + r.pr.Credential, r.pr.Specialty, r.PayerName, r.e.Status, r.e.Priority, 0, r.Coder))
            .ToListAsync(cancellationToken);
        return new Page<CodingQueueRow>(items.Select(i => i with { DaysWaiting = today.DayNumber - i.DateOfService.DayNumber }).ToList(), total);
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

    public async Task<IReadOnlyList<(int Id, string Name)>> GetPayersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var payers = await db.Payers.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        return payers.Select(p => (p.Id, p.Name)).ToList();
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
