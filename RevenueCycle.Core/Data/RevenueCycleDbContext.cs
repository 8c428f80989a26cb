using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Denials;
using RevenueCycle.Core.Identity;
using RevenueCycle.Core.Notes;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Payers;
using RevenueCycle.Core.Providers;
using RevenueCycle.Core.Remittance;

namespace RevenueCycle.Core.Data;

/// <summary>
/// The one database of the application: Identity tables and the whole revenue cycle. Saving bumps
/// the concurrency version of edited aggregates and appends an audit entry, with before and after
/// values, for every change.
/// </summary>
public sealed class RevenueCycleDbContext(DbContextOptions<RevenueCycleDbContext> options, ICurrentActor? currentActor = null)
    : IdentityDbContext<ApplicationUser>(options)
{
    // Identity secrets never go into the audit trail.
    private static readonly HashSet<string> SecretProperties =
        [nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.ConcurrencyStamp)];

    public DbSet<Practice> Practices => Set<Practice>();

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<Payer> Payers => Set<Payer>();

    public DbSet<FeeSchedule> FeeSchedules => Set<FeeSchedule>();

    public DbSet<FeeScheduleEntry> FeeScheduleEntries => Set<FeeScheduleEntry>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<InsurancePolicy> InsurancePolicies => Set<InsurancePolicy>();

    public DbSet<Encounter> Encounters => Set<Encounter>();

    public DbSet<EncounterDiagnosis> EncounterDiagnoses => Set<EncounterDiagnosis>();

    public DbSet<ServiceLine> ServiceLines => Set<ServiceLine>();

    public DbSet<ProviderQuery> ProviderQueries => Set<ProviderQuery>();

    public DbSet<CodingEditOverride> CodingEditOverrides => Set<CodingEditOverride>();

    public DbSet<CodeSuggestionDecision> CodeSuggestionDecisions => Set<CodeSuggestionDecision>();

    public DbSet<CodeSetRelease> CodeSetReleases => Set<CodeSetRelease>();

    public DbSet<CodeSetEntry> CodeSetEntries => Set<CodeSetEntry>();

    public DbSet<NcciEdit> NcciEdits => Set<NcciEdit>();

    public DbSet<MueLimit> MueLimits => Set<MueLimit>();

    public DbSet<Excludes1Rule> Excludes1Rules => Set<Excludes1Rule>();

    public DbSet<SeventhCharacter> SeventhCharacters => Set<SeventhCharacter>();

    public DbSet<IcdSequencingFlag> IcdSequencingFlags => Set<IcdSequencingFlag>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<ClaimLine> ClaimLines => Set<ClaimLine>();

    public DbSet<ClaimDiagnosis> ClaimDiagnoses => Set<ClaimDiagnosis>();

    public DbSet<ClaimStatusChange> ClaimStatusChanges => Set<ClaimStatusChange>();

    public DbSet<SubmissionBatch> SubmissionBatches => Set<SubmissionBatch>();

    public DbSet<ClaimSubmission> ClaimSubmissions => Set<ClaimSubmission>();

    public DbSet<SubmissionBatchFile> SubmissionBatchFiles => Set<SubmissionBatchFile>();

    public DbSet<ServiceFacility> ServiceFacilities => Set<ServiceFacility>();

    public DbSet<ControlNumberSequence> ControlNumberSequences => Set<ControlNumberSequence>();

    public DbSet<PriorAuthorizationRequirement> PriorAuthorizationRequirements => Set<PriorAuthorizationRequirement>();

    public DbSet<SavedClaimView> SavedClaimViews => Set<SavedClaimView>();

    public DbSet<ScrubRun> ScrubRuns => Set<ScrubRun>();

    public DbSet<ScrubFindingRecord> ScrubFindings => Set<ScrubFindingRecord>();

    public DbSet<PayerRule> PayerRules => Set<PayerRule>();

    public DbSet<AcknowledgementFile> AcknowledgementFiles => Set<AcknowledgementFile>();

    public DbSet<ClaimAcknowledgement> ClaimAcknowledgements => Set<ClaimAcknowledgement>();

    public DbSet<PaymentBatch> PaymentBatches => Set<PaymentBatch>();

    public DbSet<Remittance.Remittance> Remittances => Set<Remittance.Remittance>();

    public DbSet<RemittanceClaim> RemittanceClaims => Set<RemittanceClaim>();

    public DbSet<ProviderLevelAdjustment> ProviderLevelAdjustments => Set<ProviderLevelAdjustment>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Adjustment> Adjustments => Set<Adjustment>();

    public DbSet<Denial> Denials => Set<Denial>();

    public DbSet<DenialAppeal> DenialAppeals => Set<DenialAppeal>();

    public DbSet<WriteOffRequest> WriteOffRequests => Set<WriteOffRequest>();

    public DbSet<Statements.PatientCreditEntry> PatientCreditEntries => Set<Statements.PatientCreditEntry>();

    public DbSet<Statements.StatementRun> StatementRuns => Set<Statements.StatementRun>();

    public DbSet<Statements.StatementRecord> StatementRecords => Set<Statements.StatementRecord>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// Bulk loads (the demo generator, code-set imports) turn per-row auditing off and write one
    /// summary entry themselves; everything else leaves it on.
    /// </summary>
    public bool AuditChanges { get; set; } = true;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money is decimal in C# and integer cents in the database: SQLite compares and sums
        // decimals only in memory, integers in SQL.
        configurationBuilder.Properties<decimal>().HaveConversion<CentsConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

        // Enums as their names: readable in SQL, reports and backups, and stable when members are
        // added. Priorities stay numbers because worklists sort by them.
        Type[] sortedByValue = [typeof(EncounterPriority), typeof(CoveragePriority)];
        foreach (var enumType in typeof(RevenueCycleDbContext).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && !sortedByValue.Contains(t)))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(32);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RevenueCycleDbContext).Assembly);
    }

    // Synchronous saves take the same versioned, audited path; the app itself always saves asynchronously.
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();

        // One scan of the tracked rows is enough: the steps below change them only through the
        // change tracker, and each Entries() call and each save would otherwise scan them all again
        // (a scrub of 1,000 claims tracks about 8,000 rows).
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await SaveDetectedChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task<int> SaveDetectedChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        TouchAggregatesOfChangedParts();
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            // Set through the change tracker so the new value is saved and the stale one is the
            // WHERE condition, whether or not automatic change detection is on.
            var version = entry.Property(nameof(IVersioned.Version));
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }

        if (!AuditChanges)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var changes = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry && e.Entity is not IdentityUserToken<string> && !e.Metadata.IsOwned() && !SummaryAudited.Contains(e.Metadata.ClrType))
            .Select(e => new PendingAudit(e, e.State, Snapshot(e, original: true), Snapshot(e, original: false)))
            .ToList();
        if (changes.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var actor = currentActor is null ? AuditActor.System : await currentActor.GetAsync();
            var now = DateTime.UtcNow;
            var entries = changes.Select(c => ToAuditEntry(c, actor, now)).ToList();
            await AppendAuditAsync(entries, cancellationToken);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    // Append-only records that are themselves a log: scrub runs and findings (the scrub writes one
    // summary entry) and the claims' timeline (each move is also the audited change of the claim's
    // status, before and after, in the same save).
    private static readonly HashSet<Type> SummaryAudited = [typeof(ScrubRun), typeof(ScrubFindingRecord), typeof(ClaimStatusChange)];

    // Rows that belong to a versioned aggregate: a change to one of them is a change to the
    // aggregate, so its version moves too and a concurrent edit of the same chart or claim conflicts.
    private static readonly Dictionary<Type, (Type Root, string ForeignKey)> AggregateParts = new()
    {
        [typeof(EncounterDiagnosis)] = (typeof(Encounter), nameof(EncounterDiagnosis.EncounterId)),
        [typeof(ServiceLine)] = (typeof(Encounter), nameof(ServiceLine.EncounterId)),
        [typeof(ClaimLine)] = (typeof(Claim), nameof(ClaimLine.ClaimId)),
        [typeof(ClaimDiagnosis)] = (typeof(Claim), nameof(ClaimDiagnosis.ClaimId)),
    };

    private void TouchAggregatesOfChangedParts()
    {
        var changedParts = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && AggregateParts.ContainsKey(e.Metadata.ClrType))
            .Select(e => (AggregateParts[e.Metadata.ClrType].Root, Id: e.Property(AggregateParts[e.Metadata.ClrType].ForeignKey).CurrentValue))
            .ToHashSet();
        if (changedParts.Count == 0)
        {
            return;
        }

        foreach (var root in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Unchanged))
        {
            if (changedParts.Contains((root.Metadata.ClrType, root.Property("Id").CurrentValue)))
            {
                root.Property(nameof(IVersioned.Version)).IsModified = true;
            }
        }
    }

    /// <summary>Appends entries to the audit trail, each sealed with the hash of the one before.</summary>
    public async Task AppendAuditAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        var previous = await AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken) ?? "";
        foreach (var entry in entries)
        {
            entry.Seal(previous);
            previous = entry.Hash;
            AuditEntries.Add(entry);
        }
    }

    private static AuditEntry ToAuditEntry(PendingAudit change, AuditActor actor, DateTime nowUtc)
    {
        var entry = change.Entry;
        var key = entry.Metadata.FindPrimaryKey();
        var id = key is null ? null : string.Join(",", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
        var patientId = entry.Entity is Patient patient ? patient.Id : entry.Metadata.FindProperty("PatientId") is { } p ? entry.Property(p.Name).CurrentValue as int? : null;
        var (action, before, after) = change.State switch
        {
            EntityState.Added => (AuditActions.Create, null, change.After),
            EntityState.Deleted => (AuditActions.Delete, change.Before, null),
            _ => (AuditActions.Update, change.Before, change.After),
        };
        return new AuditEntry(nowUtc, actor, action, entry.Metadata.ClrType.Name, id, patientId, before, after);
    }

    // Modified rows record only the properties that changed; added and deleted rows record all.
    private static string? Snapshot(EntityEntry entry, bool original)
    {
        if ((original && entry.State == EntityState.Added) || (!original && entry.State == EntityState.Deleted))
        {
            return null;
        }

        var values = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            if (SecretProperties.Contains(property.Metadata.Name) || (entry.State == EntityState.Modified && !property.IsModified))
            {
                continue;
            }

            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        }

        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties.Where(p => entry.State != EntityState.Modified || p.IsModified))
            {
                values[$"{complex.Metadata.Name}.{property.Metadata.Name}"] = original ? property.OriginalValue : property.CurrentValue;
            }
        }

        return values.Count == 0 ? null : JsonSerializer.Serialize(values);
    }

    private sealed record PendingAudit(EntityEntry Entry, EntityState State, string? Before, string? After);
}
