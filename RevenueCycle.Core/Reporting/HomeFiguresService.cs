using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Denials;
using RevenueCycle.Core.Remittance;

namespace RevenueCycle.Core.Reporting;

public sealed record CoderFigures(int AwaitingCoding, int MineInProgress, int OpenQueries, int MyOpenQueries, int CodedTodayByMe, int OldestWaitingDays);

public sealed record BillerFigures(int Ready, int Held, int Submitted, int Rejected, int Denied, int OpenDenials, decimal OpenDenialDollars, int UnpostedRemittances, decimal UnpostedDollars);

public sealed record ManagerFigures(decimal OpenAr, decimal DaysInAr, decimal ArOver90Percent, decimal InitialDenialRatePercent, decimal NetCollectionRatePercent, int CodingBacklog, int ChartsCodedLast7Days, int ClaimsAdjudicatedLast90Days);

public sealed record CodeSetVersion(CodeSystem System, string Version, DateOnly EffectiveDate, int RowCount, DateTime ImportedAtUtc);

public sealed record AdminFigures(int Users, IReadOnlyDictionary<string, int> UsersByRole, int LockedOutUsers, int ActivePayers, int RenderingProviders, int FeeSchedules, IReadOnlyList<CodeSetVersion> CodeSets);

/// <summary>
/// The headline numbers on each role's home page, each one SQL aggregate over the database
/// (never a table loaded into memory), so they stay fast with a million claims.
/// </summary>
public sealed class HomeFiguresService(IDbContextFactory<RevenueCycleDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Window for the manager's rates: the last 90 days.</summary>
    public const int RateWindowDays = 90;

    private static readonly ClaimStatus[] NotReceivable = [ClaimStatus.Replaced, ClaimStatus.Voided];

    private static readonly DenialStatus[] OpenDenialStatuses =
        [DenialStatus.Open, DenialStatus.InProgress, DenialStatus.Appealed, DenialStatus.Resubmitted, DenialStatus.WriteOffPending];

    public async Task<CoderFigures> GetCoderFiguresAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var startOfDay = now.Date;
        var encounters = db.Encounters.AsNoTracking();
        var awaiting = await encounters.CountAsync(e => e.Status == EncounterStatus.AwaitingCoding, cancellationToken);
        var mine = await encounters.CountAsync(e => e.Status == EncounterStatus.InProgress && e.AssignedCoderId == userId, cancellationToken);
        var codedToday = await encounters.CountAsync(e => e.CodedByUserId == userId && e.CodedAtUtc >= startOfDay, cancellationToken);
        var oldest = await encounters.Where(e => e.Status == EncounterStatus.AwaitingCoding).MinAsync(e => (DateOnly?)e.DateOfService, cancellationToken);
        var openQueries = await db.ProviderQueries.CountAsync(q => q.Status == ProviderQueryStatus.Open, cancellationToken);
        var myQueries = await db.ProviderQueries.CountAsync(q => q.Status == ProviderQueryStatus.Open && q.AskedByUserId == userId, cancellationToken);
        var oldestDays = oldest is { } date ? DateOnly.FromDateTime(now).DayNumber - date.DayNumber : 0;
        return new CoderFigures(awaiting, mine, openQueries, myQueries, codedToday, oldestDays);
    }

    public async Task<BillerFigures> GetBillerFiguresAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var byStatus = await db.Claims.AsNoTracking()
            .GroupBy(c => c.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        int Count(ClaimStatus status) => byStatus.GetValueOrDefault(status);

        var openDenials = db.Denials.AsNoTracking().Where(d => OpenDenialStatuses.Contains(d.Status));
        var openDenialCount = await openDenials.CountAsync(cancellationToken);
        var openDenialDollars = await openDenials.SumAsync(d => d.AmountAtStake, cancellationToken);
        var unposted = db.Remittances.AsNoTracking().Where(r => r.Status != RemittanceStatus.Posted);
        var unpostedCount = await unposted.CountAsync(cancellationToken);
        var unpostedDollars = await unposted.SumAsync(r => r.PaymentAmount, cancellationToken);
        return new BillerFigures(Count(ClaimStatus.Ready), Count(ClaimStatus.Held), Count(ClaimStatus.Submitted) + Count(ClaimStatus.Accepted), Count(ClaimStatus.Rejected), Count(ClaimStatus.Denied), openDenialCount, openDenialDollars, unpostedCount, unpostedDollars);
    }

    public async Task<ManagerFigures> GetManagerFiguresAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var windowStart = today.AddDays(-RateWindowDays);
        var windowStartUtc = now.AddDays(-RateWindowDays);
        var claims = db.Claims.AsNoTracking().Where(c => !NotReceivable.Contains(c.Status));

        var openAr = await claims.SumAsync(c => c.TotalCharge - c.InsurancePaid - c.PatientPaid - c.Adjusted, cancellationToken);
        var over90 = await claims.Where(c => c.ServiceFromDate < today.AddDays(-90)).SumAsync(c => c.TotalCharge - c.InsurancePaid - c.PatientPaid - c.Adjusted, cancellationToken);
        var charges = await claims.Where(c => c.ServiceFromDate >= windowStart).SumAsync(c => c.TotalCharge, cancellationToken);

        // Days in A/R: open A/R over the average daily gross charges of the window.
        var daysInAr = charges == 0 ? 0 : Math.Round(openAr / (charges / RateWindowDays), 1);

        var adjudicated = await claims.CountAsync(c => c.FirstAdjudicatedAtUtc >= windowStartUtc, cancellationToken);
        var deniedFirst = await claims.CountAsync(c => c.FirstAdjudicatedAtUtc >= windowStartUtc && c.FirstAdjudicationDenied == true, cancellationToken);

        // Net collection rate: payments / (charges - contractual adjustments) for the window's services.
        var windowClaims = claims.Where(c => c.ServiceFromDate >= windowStart);
        var payments = await windowClaims.SumAsync(c => c.InsurancePaid + c.PatientPaid, cancellationToken);
        var contractual = await db.Adjustments.AsNoTracking()
            .Where(a => a.Kind == AdjustmentKind.Contractual && a.ClaimLine!.DateOfService >= windowStart)
            .SumAsync(a => a.Amount, cancellationToken);
        var collectible = await windowClaims.Where(c => c.FirstAdjudicatedAtUtc != null).SumAsync(c => c.TotalCharge, cancellationToken) - contractual;

        var backlog = await db.Encounters.CountAsync(e => e.Status == EncounterStatus.AwaitingCoding || e.Status == EncounterStatus.InProgress || e.Status == EncounterStatus.OnHold, cancellationToken);
        var weekAgo = now.AddDays(-7);
        var codedLastWeek = await db.Encounters.CountAsync(e => e.CodedAtUtc >= weekAgo, cancellationToken);
        return new ManagerFigures(
            openAr,
            daysInAr,
            Percent(over90, openAr),
            Percent(deniedFirst, adjudicated),
            Percent(payments, collectible),
            backlog,
            codedLastWeek,
            adjudicated);
    }

    public async Task<AdminFigures> GetAdminFiguresAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var users = await db.Users.CountAsync(cancellationToken);
        // SQLite cannot compare DateTimeOffset in SQL; the few lockout dates are compared here.
        var lockoutEnds = await db.Users.Where(u => u.LockoutEnd != null).Select(u => u.LockoutEnd!.Value).ToListAsync(cancellationToken);
        var locked = lockoutEnds.Count(end => end > now);
        var byRole = await (from userRole in db.UserRoles
                            join role in db.Roles on userRole.RoleId equals role.Id
                            group userRole by role.Name into g
                            select new { Role = g.Key!, Count = g.Count() })
            .ToDictionaryAsync(r => r.Role, r => r.Count, cancellationToken);
        var payers = await db.Payers.CountAsync(p => p.IsActive, cancellationToken);
        var providers = await db.Providers.CountAsync(p => p.IsActive && p.Kind == Providers.ProviderKind.Rendering, cancellationToken);
        var feeSchedules = await db.FeeSchedules.CountAsync(cancellationToken);
        var codeSets = await db.CodeSetReleases.AsNoTracking()
            .OrderBy(r => r.System).ThenByDescending(r => r.EffectiveDate)
            .Select(r => new CodeSetVersion(r.System, r.Version, r.EffectiveDate, r.RowCount, r.ImportedAtUtc))
            .ToListAsync(cancellationToken);
        return new AdminFigures(users, byRole, locked, payers, providers, feeSchedules, codeSets);
    }

    private static decimal Percent(decimal part, decimal whole) => whole == 0 ? 0 : Math.Round(part * 100 / whole, 1);
}
