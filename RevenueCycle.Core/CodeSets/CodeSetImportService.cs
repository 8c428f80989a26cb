using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.CodeSets.Import;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Core.CodeSets;

/// <summary>
/// Imports the official code-set files. A release is compared with the rows valid on its effective
/// date: new codes are added from that date, a changed description or flag becomes a new row from
/// that date with the old row terminated the day before, and codes missing from the (full) release
/// are terminated the day before. Nothing is deleted, the whole file is applied in one transaction
/// or not at all, and importing the same file again changes nothing.
/// </summary>
public sealed class CodeSetImportService(IDbContextFactory<RevenueCycleDbContext> dbFactory, ICurrentActor currentActor, TimeProvider time, Coding.CodingReferenceCache references, Search.EncoderSearchService search)
{
    private const int ChunkSize = 10_000;
    private const char Separator = '\u001f';

    /// <summary>Reads the file and counts what applying it would add, change and terminate; writes nothing.</summary>
    public async Task<Result<CodeSetImportSummary>> PreviewAsync(
        CodeSetImportKind kind,
        Stream stream,
        DateOnly effectiveDate,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAsync(db, kind, stream, effectiveDate, progress, cancellationToken);
        return plan.Succeeded ? Result.Success(plan.Value!.Summary(null, stopwatch.Elapsed)) : Result.Failure<CodeSetImportSummary>(plan.Error!);
    }

    /// <summary>
    /// Applies the file as a new release in one transaction, with one summary entry in the audit
    /// trail. A file that changes nothing creates no release and no rows.
    /// </summary>
    public async Task<Result<CodeSetImportSummary>> ApplyAsync(
        CodeSetImportKind kind,
        Stream stream,
        DateOnly effectiveDate,
        string sourceName,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var actor = await currentActor.GetAsync();
        if (!actor.IsInRole(Common.Roles.Admin))
        {
            return Result.Failure<CodeSetImportSummary>("Only an administrator loads code sets.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AuditChanges = false;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var planned = await PlanAsync(db, kind, stream, effectiveDate, progress, cancellationToken);
        if (!planned.Succeeded)
        {
            return Result.Failure<CodeSetImportSummary>(planned.Error!);
        }

        var plan = planned.Value!;
        if (plan.ChangesNothing)
        {
            return Result.Success(plan.Summary(null, stopwatch.Elapsed));
        }

        var nowUtc = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var system = ReleaseSystem(kind);
        var source = Path.GetFileName(sourceName);
        var release = new CodeSetRelease(system, $"{CodeSystemNames.Display(system)} {effectiveDate:yyyy-MM-dd}", effectiveDate, source.Length > 260 ? source[..260] : source, nowUtc, actor.UserId);
        release.RecordRowCount((int)Math.Min(plan.RowsRead, int.MaxValue));
        db.CodeSetReleases.Add(release);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var table in plan.Tables)
        {
            await table.Target.ApplyAsync(db, table, effectiveDate, release.Id, cancellationToken);
            db.ChangeTracker.Clear();
        }

        var summary = plan.Summary(release.Id, stopwatch.Elapsed);
        var details = JsonSerializer.Serialize(new { kind = kind.ToString(), effectiveDate, source, summary.RowsRead, summary.Added, summary.Changed, summary.Terminated, summary.Unchanged });
        await db.AppendAuditAsync([new AuditEntry(nowUtc, actor, AuditActions.Command, nameof(CodeSetRelease), release.Id.ToString(), null, null, details)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The coding screen's search, edits and suggestions read the new release from now on.
        references.Invalidate();
        await search.RebuildAsync(cancellationToken);
        return Result.Success(summary with { Elapsed = stopwatch.Elapsed });
    }

    private static CodeSystem ReleaseSystem(CodeSetImportKind kind) => kind switch
    {
        CodeSetImportKind.Icd10CmOrder => CodeSystem.Icd10Cm,
        CodeSetImportKind.Icd10CmTabular => CodeSystem.Icd10CmTabular,
        CodeSetImportKind.Hcpcs => CodeSystem.Hcpcs,
        CodeSetImportKind.Cpt => CodeSystem.Cpt,
        CodeSetImportKind.NcciPtp => CodeSystem.NcciPtp,
        CodeSetImportKind.Mue => CodeSystem.Mue,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static async Task<Result<Plan>> PlanAsync(RevenueCycleDbContext db, CodeSetImportKind kind, Stream stream, DateOnly effectiveDate, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var system = ReleaseSystem(kind);
        var newer = await db.CodeSetReleases.AsNoTracking()
            .Where(r => r.System == system && r.EffectiveDate > effectiveDate)
            .OrderByDescending(r => r.EffectiveDate)
            .Select(r => (DateOnly?)r.EffectiveDate)
            .FirstOrDefaultAsync(cancellationToken);
        if (newer is { } newerDate)
        {
            return Result.Failure<Plan>($"A {CodeSystemNames.Display(system)} release effective {newerDate:yyyy-MM-dd} is already loaded; releases are imported in date order, so this one must be effective on or after that date.");
        }

        var read = Read(kind, stream, effectiveDate, progress, cancellationToken);
        if (!read.Succeeded)
        {
            return Result.Failure<Plan>(read.Error!);
        }

        var (rowsRead, skipped, tables) = read.Value!;
        var planned = new List<TablePlan>();
        foreach (var (target, rows) in tables)
        {
            var table = await target.PlanAsync(db, rows, effectiveDate, cancellationToken);
            if (table.Conflict is not null)
            {
                return Result.Failure<Plan>(table.Conflict);
            }

            planned.Add(table);
        }

        return Result.Success(new Plan(kind, effectiveDate, rowsRead, skipped, planned));
    }

    private static Result<(long RowsRead, int Skipped, List<(Target Target, List<Incoming> Rows)> Tables)> Read(
        CodeSetImportKind kind, Stream stream, DateOnly effectiveDate, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case CodeSetImportKind.Icd10CmOrder:
            {
                var read = IcdOrderFileReader.Read(stream, progress, cancellationToken);
                return From(read, records => [(EntryTarget.Icd, records.Select(r => EntryRow.Incoming(CodeSystem.Icd10Cm, r.Code, r.ShortDescription, r.LongDescription, r.IsBillable, null)).ToList())]);
            }

            case CodeSetImportKind.Cpt:
            {
                var read = CptCsvReader.Read(stream, progress, cancellationToken);
                return From(read, records => [(EntryTarget.Cpt, records.Select(r => EntryRow.Incoming(CodeSystem.Cpt, r.Code, r.Description, r.Description, true, null)).ToList())]);
            }

            case CodeSetImportKind.Hcpcs:
            {
                var read = HcpcsFileReader.Read(stream, progress, cancellationToken);
                if (!read.Succeeded)
                {
                    return Result.Failure<(long, int, List<(Target, List<Incoming>)>)>(read.Error!);
                }

                // A code discontinued before the release takes effect is not part of it.
                var active = read.Value!.Where(r => r.TerminationDate is null || r.TerminationDate >= effectiveDate).ToList();
                var rows = active.Select(r => EntryRow.Incoming(r.IsModifier ? CodeSystem.Modifier : CodeSystem.Hcpcs, r.Code, r.ShortDescription.Length > 0 ? r.ShortDescription : r.LongDescription, r.LongDescription, true, r.TerminationDate)).ToList();
                return Result.Success<(long, int, List<(Target, List<Incoming>)>)>((read.Value!.Count, read.Value!.Count - active.Count, [(EntryTarget.Hcpcs, rows)]));
            }

            case CodeSetImportKind.Mue:
            {
                var read = MueCsvReader.Read(stream, progress, cancellationToken);
                return From(read, records => [(MueTarget.Instance, records.Select(r => new Incoming(r.Code, $"{r.MaxUnits}{Separator}{r.AdjudicationIndicator}", r)).ToList())]);
            }

            case CodeSetImportKind.NcciPtp:
            {
                var read = NcciPtpReader.Read(stream, progress, cancellationToken);
                return From(read, records => [(NcciTarget.Instance, records.Select(r => new Incoming(NcciTarget.Key(r.Column1Code, r.Column2Code, r.EffectiveDate), NcciTarget.Signature(r.DeletionDate, r.ModifierIndicator), r)).ToList())]);
            }

            case CodeSetImportKind.Icd10CmTabular:
            {
                var read = IcdTabularReader.Read(stream, progress, cancellationToken);
                if (!read.Succeeded)
                {
                    return Result.Failure<(long, int, List<(Target, List<Incoming>)>)>(read.Error!);
                }

                var notes = read.Value!;
                List<(Target, List<Incoming>)> tables =
                [
                    (Excludes1Target.Instance, notes.Excludes1.Select(e => new Incoming(string.Join(Separator, e.CodeFrom, e.CodeTo, e.ExcludedFrom, e.ExcludedTo), e.Note, e)).ToList()),
                    (SeventhCharacterTarget.Instance, notes.SeventhCharacters.Select(s => new Incoming($"{s.CodePrefix}{Separator}{s.Character}", s.Description, s)).ToList()),
                    (SequencingFlagTarget.Instance, notes.SequencingFlags.Select(f => new Incoming(f.CodePrefix, SequencingFlagTarget.Signature(f.HasCodeFirstNote, f.InDiseasesClassifiedElsewhere), f)).ToList()),
                ];
                return Result.Success<(long, int, List<(Target, List<Incoming>)>)>((notes.DiagnosisCount, notes.Excludes1NotesWithoutCodes, tables));
            }

            default:
                return Result.Failure<(long, int, List<(Target, List<Incoming>)>)>($"Unknown import kind {kind}.");
        }

        static Result<(long, int, List<(Target, List<Incoming>)>)> From<T>(Result<IReadOnlyList<T>> read, Func<IReadOnlyList<T>, List<(Target, List<Incoming>)>> tables) =>
            read.Succeeded
                ? Result.Success<(long, int, List<(Target, List<Incoming>)>)>((read.Value!.Count, 0, tables(read.Value!)))
                : Result.Failure<(long, int, List<(Target, List<Incoming>)>)>(read.Error!);
    }

    /// <summary>A row of the file: its identity within the table, the values that make a change, and the record.</summary>
    private sealed record Incoming(string Key, string Signature, object Record);

    /// <summary>A row valid on the release's effective date.</summary>
    private sealed record Current(long Id, string Key, string Signature, DateOnly EffectiveDate, DateOnly? EndDate);

    private sealed record TablePlan(Target Target, List<Incoming> Added, List<(Current Old, Incoming New)> Changed, List<Current> Terminated, int Unchanged, string? Conflict);

    private sealed record Plan(CodeSetImportKind Kind, DateOnly EffectiveDate, long RowsRead, int Skipped, List<TablePlan> Tables)
    {
        public bool ChangesNothing => Tables.All(t => t.Added.Count == 0 && t.Changed.Count == 0 && t.Terminated.Count == 0);

        public CodeSetImportSummary Summary(int? releaseId, TimeSpan elapsed) => new(
            Kind,
            EffectiveDate,
            RowsRead,
            Skipped,
            Tables.Sum(t => t.Added.Count),
            Tables.Sum(t => t.Changed.Count),
            Tables.Sum(t => t.Terminated.Count),
            Tables.Sum(t => t.Unchanged),
            releaseId,
            elapsed);
    }

    /// <summary>One table a release writes to, and how its rows are versioned.</summary>
    private abstract class Target
    {
        protected abstract string What { get; }

        public async Task<TablePlan> PlanAsync(RevenueCycleDbContext db, List<Incoming> rows, DateOnly effectiveDate, CancellationToken cancellationToken)
        {
            var current = new Dictionary<string, Current>(StringComparer.Ordinal);
            foreach (var row in await LoadCurrentAsync(db, effectiveDate, cancellationToken))
            {
                current.TryAdd(row.Key, row);
            }

            var added = new List<Incoming>();
            var changed = new List<(Current, Incoming)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var unchanged = 0;
            foreach (var row in rows)
            {
                if (!seen.Add(row.Key))
                {
                    // A code listed twice: the first line wins.
                    continue;
                }

                if (!current.TryGetValue(row.Key, out var old))
                {
                    added.Add(row);
                }
                else if (old.Signature == row.Signature)
                {
                    unchanged++;
                }
                else if (VersionsByDate && old.EffectiveDate >= effectiveDate)
                {
                    return new TablePlan(this, [], [], [], 0, $"{What} {Describe(row)} already has a row starting {old.EffectiveDate:yyyy-MM-dd} with other values; a changed release needs an effective date after {old.EffectiveDate:yyyy-MM-dd}.");
                }
                else
                {
                    changed.Add((old, row));
                }
            }

            var terminated = current.Values.Where(c => !seen.Contains(c.Key) && (c.EndDate is null || c.EndDate >= effectiveDate)).ToList();
            return new TablePlan(this, added, changed, terminated, unchanged, null);
        }

        public virtual async Task ApplyAsync(RevenueCycleDbContext db, TablePlan plan, DateOnly effectiveDate, int releaseId, CancellationToken cancellationToken)
        {
            var dayBefore = effectiveDate.AddDays(-1);
            await TerminateAsync(db, plan.Changed.Select(c => c.Old.Id).Concat(plan.Terminated.Select(t => t.Id)).ToList(), dayBefore, cancellationToken);
            await InsertAsync(db, plan.Added.Concat(plan.Changed.Select(c => c.New)).Select(r => Create(r.Record, effectiveDate, releaseId)), cancellationToken);
        }

        /// <summary>True when a change is a new row from the release date (false for NCCI, which carries CMS's own dates).</summary>
        protected virtual bool VersionsByDate => true;

        protected virtual string Describe(Incoming row) => row.Key.Replace(Separator, ' ');

        protected abstract Task<List<Current>> LoadCurrentAsync(RevenueCycleDbContext db, DateOnly effectiveDate, CancellationToken cancellationToken);

        protected abstract object Create(object record, DateOnly effectiveDate, int releaseId);

        protected abstract Task TerminateAsync(RevenueCycleDbContext db, List<long> ids, DateOnly terminationDate, CancellationToken cancellationToken);

        /// <summary>
        /// Inserts with one prepared statement in the release's transaction: the full ICD-10-CM file
        /// is 95,000 rows, which EF's change tracker takes twenty seconds over. Columns and value
        /// conversions (enums stored by name) come from the EF model, so the rows are what EF writes.
        /// </summary>
        protected static async Task InsertAsync(RevenueCycleDbContext db, IEnumerable<object> entities, CancellationToken cancellationToken)
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            List<(IProperty Property, SqliteParameter Parameter, ValueConverter? Converter)>? columns = null;
            var count = 0;
            foreach (var entity in entities)
            {
                if (columns is null)
                {
                    var type = db.Model.FindEntityType(entity.GetType())!;
                    var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
                    columns = type.GetProperties()
                        .Where(p => !p.IsPrimaryKey())
                        .Select(p => (p, command.Parameters.Add(new SqliteParameter { ParameterName = $"@p{p.GetColumnName(table)}" }), p.GetTypeMapping().Converter))
                        .ToList();
                    command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Property.GetColumnName(table)}\""))}) VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))})";
                    command.Prepare();
                }

                foreach (var (property, parameter, converter) in columns)
                {
                    var value = property.GetGetter().GetClrValue(entity);
                    parameter.Value = (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
                if (++count % ChunkSize == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        protected static async Task TerminateRowsAsync<T>(DbSet<T> set, List<long> ids, DateOnly terminationDate, CancellationToken cancellationToken)
            where T : class, IVersionedCodeRow
        {
            foreach (var chunk in ids.Chunk(ChunkSize))
            {
                var chunkIds = chunk.ToList();
                await set.Where(e => chunkIds.Contains(EF.Property<long>(e, nameof(IVersionedCodeRow.Id))))
                    .ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<DateOnly?>(e, nameof(IVersionedCodeRow.TerminationDate)), terminationDate), cancellationToken);
            }
        }
    }

    private sealed record EntryRow(CodeSystem System, string Code, string ShortDescription, string LongDescription, bool IsBillable, DateOnly? TerminationDate)
    {
        public static Incoming Incoming(CodeSystem system, string code, string shortDescription, string longDescription, bool isBillable, DateOnly? terminationDate)
        {
            var row = new EntryRow(system, code, Cut(shortDescription, 100), Cut(longDescription, 1000), isBillable, terminationDate);
            return new Incoming(Key(system, code), Signature(row.ShortDescription, row.LongDescription, isBillable, terminationDate), row);
        }

        public static string Key(CodeSystem system, string code) => $"{system}{Separator}{code}";

        public static string Signature(string shortDescription, string longDescription, bool isBillable, DateOnly? terminationDate) =>
            string.Join(Separator, shortDescription, longDescription, isBillable ? "1" : "0", terminationDate?.ToString("yyyyMMdd") ?? "");

        private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;
    }

    /// <summary>Code-set entries of one or more systems; <c>inScope</c> limits which current codes a release may terminate.</summary>
    private sealed class EntryTarget(CodeSystem[] systems, Func<CodeSystem, string, bool> inScope) : Target
    {
        public static readonly EntryTarget Icd = new([CodeSystem.Icd10Cm], (_, _) => true);

        public static readonly EntryTarget Cpt = new([CodeSystem.Cpt], (_, _) => true);

        // The HCPCS file carries Level II modifiers (a letter in them); CPT modifiers (25, 59) are
        // two digits and are not the HCPCS file's to terminate.
        public static readonly EntryTarget Hcpcs = new([CodeSystem.Hcpcs, CodeSystem.Modifier], (system, code) => system == CodeSystem.Hcpcs || code.Any(char.IsLetter));

        protected override string What => "Code";

        protected override string Describe(Incoming row) => ((EntryRow)row.Record).Code;

        protected override async Task<List<Current>> LoadCurrentAsync(RevenueCycleDbContext db, DateOnly effectiveDate, CancellationToken cancellationToken)
        {
            var rows = await db.CodeSetEntries.AsNoTracking()
                .Where(e => systems.Contains(e.System) && e.EffectiveDate <= effectiveDate && (e.TerminationDate == null || e.TerminationDate >= effectiveDate))
                .Select(e => new { e.Id, e.System, e.Code, e.ShortDescription, e.LongDescription, e.IsBillable, e.EffectiveDate, e.TerminationDate })
                .ToListAsync(cancellationToken);
            return rows.Where(e => inScope(e.System, e.Code))
                .Select(e => new Current(e.Id, EntryRow.Key(e.System, e.Code), EntryRow.Signature(e.ShortDescription, e.LongDescription, e.IsBillable, e.TerminationDate), e.EffectiveDate, e.TerminationDate))
                .ToList();
        }

        protected override object Create(object record, DateOnly effectiveDate, int releaseId)
        {
            var row = (EntryRow)record;
            return new CodeSetEntry(row.System, row.Code, row.ShortDescription, row.LongDescription, row.IsBillable, effectiveDate, row.TerminationDate, releaseId);
        }

        protected override Task TerminateAsync(RevenueCycleDbContext db, List<long> ids, DateOnly terminationDate, CancellationToken cancellationToken) =>
            TerminateRowsAsync(db.CodeSetEntries, ids, terminationDate, cancellationToken);
    }

    private sealed class MueTarget : Target
    {
        public static readonly MueTarget Instance = new();

        protected override string What => "MUE for";

        protected override async Task<List<Current>> LoadCurrentAsync(RevenueCycleDbContext db, DateOnly effectiveDate, CancellationToken cancellationToken) =>
            (await db.MueLimits.AsNoTracking()
                .Where(m => m.EffectiveDate <= effectiveDate && (m.TerminationDate == null || m.TerminationDate >= effectiveDate))
                .Select(m => new { m.Id, m.Code, m.MaxUnits, m.AdjudicationIndicator, m.EffectiveDate, m.TerminationDate })
                .ToListAsync(cancellationToken))
            .Select(m => new Current(m.Id, m.Code, $"{m.MaxUnits}{Separator}{m.AdjudicationIndicator}", m.EffectiveDate, m.TerminationDate))
            .ToList();

        protected override object Create(object record, DateOnly effectiveDate, int releaseId)
        {
            var mue = (MueRecord)record;
            return new MueLimit(mue.Code, mue.MaxUnits, mue.AdjudicationIndicator, effectiveDate, null, releaseId);
        }

        protected override Task TerminateAsync(RevenueCycleDbContext db, List<long> ids, DateOnly terminationDate, CancellationToken cancellationToken) =>
            TerminateRowsAsync(db.MueLimits, ids, terminationDate, cancellationToken);
    }

    /// <summary>
    /// NCCI pairs keep CMS's own dates: a pair is identified by column 1, column 2 and CMS's
    /// effective date, and a release sets the deletion date CMS publishes (a change of modifier
    /// indicator comes from CMS as a deleted pair and a new one). A pair missing from the full
    /// quarterly file is deleted the day before the release.
    /// </summary>
    private sealed class NcciTarget : Target
    {
        public static readonly NcciTarget Instance = new();

        protected override string What => "NCCI pair";

        protected override bool VersionsByDate => false;

        public static string Key(string column1, string column2, DateOnly effectiveDate) => $"{column1}{Separator}{column2}{Separator}{effectiveDate:yyyyMMdd}";

        public static string Signature(DateOnly? deletionDate, char modifierIndicator) => $"{deletionDate:yyyyMMdd}{Separator}{modifierIndicator}";

        protected override async Task<List<Current>> LoadCurrentAsync(RevenueCycleDbContext db, DateOnly effectiveDate, CancellationToken cancellationToken) =>
            (await db.NcciEdits.AsNoTracking()
                .Select(e => new { e.Id, e.Column1Code, e.Column2Code, e.EffectiveDate, e.DeletionDate, e.ModifierIndicator })
                .ToListAsync(cancellationToken))
            .Select(e => new Current(e.Id, Key(e.Column1Code, e.Column2Code, e.EffectiveDate), Signature(e.DeletionDate, e.ModifierIndicator), e.EffectiveDate, e.DeletionDate))
            .ToList();

        public override async Task ApplyAsync(RevenueCycleDbContext db, TablePlan plan, DateOnly effectiveDate, int releaseId, CancellationToken cancellationToken)
        {
            foreach (var group in plan.Changed.GroupBy(c => (((NcciPtpRecord)c.New.Record).DeletionDate, ((NcciPtpRecord)c.New.Record).ModifierIndicator)))
            {
                foreach (var chunk in group.Select(c => c.Old.Id).Chunk(ChunkSize))
                {
                    var ids = chunk.ToList();
                    await db.NcciEdits.Where(e => ids.Contains(e.Id))
                        .ExecuteUpdateAsync(s => s.SetProperty(e => e.DeletionDate, group.Key.DeletionDate).SetProperty(e => e.ModifierIndicator, group.Key.ModifierIndicator), cancellationToken);
                }
            }

            await TerminateAsync(db, plan.Terminated.Select(t => t.Id).ToList(), effectiveDate.AddDays(-1), cancellationToken);
            await InsertAsync(db, plan.Added.Select(r => Create(r.Record, effectiveDate, releaseId)), cancellationToken);
        }

        protected override object Create(object record, DateOnly effectiveDate, int releaseId)
        {
            var pair = (NcciPtpRecord)record;
            return new NcciEdit(pair.Column1Code, pair.Column2Code, pair.EffectiveDate, pair.DeletionDate, pair.ModifierIndicator, releaseId);
        }

        protected override async Task TerminateAsync(RevenueCycleDbContext db, List<long> ids, DateOnly terminationDate, CancellationToken cancellationToken)
        {
            foreach (var chunk in ids.Chunk(ChunkSize))
            {
                var chunkIds = chunk.ToList();
                await db.NcciEdits.Where(e => chunkIds.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.DeletionDate, terminationDate), cancellationToken);
            }
        }
    }

    private sealed class Excludes1Target : Target
    {
        public static readonly Excludes1Target Instance = new();

        protected override string What => "Excludes1 rule";

        protected override async Task<List<Current>> LoadCurrentAsync(RevenueCycleDbContext db, DateOnly effectiveDate, CancellationToken cancellationToken) =>
            (await db.Excludes1Rules.AsNoTracking()
                .Where(r => r.EffectiveDate <= effectiveDate && (r.TerminationDate == null || r.TerminationDate >= effectiveDate))
                .Select(r => new { r.Id, r.CodeFrom, r.CodeTo, r.ExcludedFrom, r.ExcludedTo, r.Note, r.EffectiveDate, r.TerminationDate })
                .ToListAsync(cancellationToken))
            .Select(r => new Current(r.Id, string.Join(Separator, r.CodeFrom, r.CodeTo, r.ExcludedFrom, r.ExcludedTo), r.Note, r.EffectiveDate, r.TerminationDate))
            .ToList();

        protected override object Create(object record, DateOnly effectiveDate, int releaseId)
        {
            var rule = (Excludes1Reference)record;
            return new Excludes1Rule(rule.CodeFrom, rule.CodeTo, rule.ExcludedFrom, rule.ExcludedTo, rule.Note, effectiveDate, releaseId);
        }

        protected override Task TerminateAsync(RevenueCycleDbContext db, List<long> ids, DateOnly terminationDate, CancellationToken cancellationToken) =>
            TerminateRowsAsync(db.Excludes1Rules, ids, terminationDate, cancellationToken);
    }

    private sealed class SeventhCharacterTarget : Target
    {
        public static readonly SeventhCharacterTarget Instance = new();

        protected override string What => "7th character";

        protected override async Task<List<Current>> LoadCurrentAsync(RevenueCycleDbContext db, DateOnly effectiveDate, CancellationToken cancellationToken) =>
            (await db.SeventhCharacters.AsNoTracking()
                .Where(s => s.EffectiveDate <= effectiveDate && (s.TerminationDate == null || s.TerminationDate >= effectiveDate))
                .Select(s => new { s.Id, s.CodePrefix, s.Character, s.Description, s.EffectiveDate, s.TerminationDate })
                .ToListAsync(cancellationToken))
            .Select(s => new Current(s.Id, $"{s.CodePrefix}{Separator}{s.Character}", s.Description, s.EffectiveDate, s.TerminationDate))
            .ToList();

        protected override object Create(object record, DateOnly effectiveDate, int releaseId)
        {
            var definition = (SeventhCharacterDefinition)record;
            return new SeventhCharacter(definition.CodePrefix, definition.Character, definition.Description, effectiveDate, releaseId);
        }

        protected override Task TerminateAsync(RevenueCycleDbContext db, List<long> ids, DateOnly terminationDate, CancellationToken cancellationToken) =>
            TerminateRowsAsync(db.SeventhCharacters, ids, terminationDate, cancellationToken);
    }

    private sealed class SequencingFlagTarget : Target
    {
        public static readonly SequencingFlagTarget Instance = new();

        protected override string What => "Sequencing flag of";

        public static string Signature(bool hasCodeFirstNote, bool inDiseasesClassifiedElsewhere) => $"{(hasCodeFirstNote ? 1 : 0)}{(inDiseasesClassifiedElsewhere ? 1 : 0)}";

        protected override async Task<List<Current>> LoadCurrentAsync(RevenueCycleDbContext db, DateOnly effectiveDate, CancellationToken cancellationToken) =>
            (await db.IcdSequencingFlags.AsNoTracking()
                .Where(f => f.EffectiveDate <= effectiveDate && (f.TerminationDate == null || f.TerminationDate >= effectiveDate))
                .Select(f => new { f.Id, f.CodePrefix, f.HasCodeFirstNote, f.InDiseasesClassifiedElsewhere, f.EffectiveDate, f.TerminationDate })
                .ToListAsync(cancellationToken))
            .Select(f => new Current(f.Id, f.CodePrefix, Signature(f.HasCodeFirstNote, f.InDiseasesClassifiedElsewhere), f.EffectiveDate, f.TerminationDate))
            .ToList();

        protected override object Create(object record, DateOnly effectiveDate, int releaseId)
        {
            var flag = (SequencingFlagDefinition)record;
            return new IcdSequencingFlag(flag.CodePrefix, flag.HasCodeFirstNote, flag.InDiseasesClassifiedElsewhere, effectiveDate, releaseId);
        }

        protected override Task TerminateAsync(RevenueCycleDbContext db, List<long> ids, DateOnly terminationDate, CancellationToken cancellationToken) =>
            TerminateRowsAsync(db.IcdSequencingFlags, ids, terminationDate, cancellationToken);
    }
}
