using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.Coding.Edits;
using RevenueCycle.Core.Coding.Suggestions;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Core.Coding;

/// <summary>
/// The code sets in memory for the coding screen: the edit engine's reference (every code version,
/// Excludes1, manifestations, NCCI PTP, MUE) and the suggestion engine. Built from the database on
/// first use, shared by every circuit, and rebuilt after a code-set import.
/// </summary>
public sealed class CodingReferenceCache(IServiceScopeFactory scopeFactory)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (InMemoryCodingReference Reference, CodeSuggester Suggester)? _current;

    public async Task<ICodingReference> GetReferenceAsync(CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).Reference;

    public async Task<CodeSuggester> GetSuggesterAsync(CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).Suggester;

    /// <summary>Drops the cached tables; the next chart rebuilds them from the database.</summary>
    public void Invalidate() => _current = null;

    private async Task<(InMemoryCodingReference Reference, CodeSuggester Suggester)> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built)
            {
                return built;
            }

            await using var scope = scopeFactory.CreateAsyncScope();
            var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<RevenueCycleDbContext>>();
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            _current = await BuildAsync(db, cancellationToken);
            return _current.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<(InMemoryCodingReference, CodeSuggester)> BuildAsync(RevenueCycleDbContext db, CancellationToken cancellationToken)
    {
        CodeSystem[] reportable = [CodeSystem.Icd10Cm, CodeSystem.Cpt, CodeSystem.Hcpcs];
        var codes = await db.CodeSetEntries.AsNoTracking()
            .Where(c => reportable.Contains(c.System))
            .Select(c => new { c.System, c.Code, c.IsBillable, c.EffectiveDate, c.TerminationDate, c.LongDescription })
            .ToListAsync(cancellationToken);
        var icdCodes = codes.Where(c => c.System == CodeSystem.Icd10Cm).Select(c => c.Code).Distinct().ToList();

        var excludes1 = await db.Excludes1Rules.AsNoTracking().Where(r => r.TerminationDate == null)
            .Select(r => new { r.CodeFrom, r.CodeTo, r.ExcludedFrom, r.ExcludedTo })
            .ToListAsync(cancellationToken);
        var excludes1Rows = excludes1.SelectMany(r => NotePrefixes(r.CodeFrom, r.CodeTo).Select(prefix => new Excludes1Row(prefix, r.ExcludedFrom, r.ExcludedTo)));

        // Sequencing flags are kept by prefix; the engine wants the codes themselves.
        var manifestationPrefixes = await db.IcdSequencingFlags.AsNoTracking()
            .Where(f => f.TerminationDate == null && (f.HasCodeFirstNote || f.InDiseasesClassifiedElsewhere))
            .Select(f => f.CodePrefix)
            .ToListAsync(cancellationToken);
        var prefixes = manifestationPrefixes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var manifestations = icdCodes.Where(code => Enumerable.Range(3, Math.Max(0, code.Length - 2)).Any(length => prefixes.Contains(code[..length])));

        var ptp = await db.NcciEdits.AsNoTracking()
            .Select(e => new PtpRow(e.Column1Code, e.Column2Code, e.EffectiveDate, e.DeletionDate, e.ModifierIndicator))
            .ToListAsync(cancellationToken);
        var mues = await db.MueLimits.AsNoTracking()
            .Select(m => new MueRow(m.Code, m.MaxUnits, m.AdjudicationIndicator, m.EffectiveDate, m.TerminationDate))
            .ToListAsync(cancellationToken);

        var reference = InMemoryCodingReference.FromRows(
            codes: codes.Select(c => new CodeRow(c.Code, c.IsBillable, c.EffectiveDate, c.TerminationDate)),
            excludes1: excludes1Rows,
            manifestationCodes: manifestations,
            ptpEdits: ptp,
            mues: mues,
            evaluationAndManagementCodes: ProcedureFacts.EvaluationAndManagement,
            minorProcedureCodes: ProcedureFacts.MinorProcedures,
            addOns: ProcedureFacts.AddOns,
            lateralityCodes: CodingEditTables.DefaultLateralityCodes);

        // Suggestions come from the codes valid today (the newest version of each).
        var candidates = codes.Where(c => c.TerminationDate == null && c.IsBillable)
            .GroupBy(c => (c.System, c.Code))
            .Select(g => g.OrderByDescending(c => c.EffectiveDate).First())
            .Select(c => new SuggestionCandidate(c.Code, c.System, c.LongDescription));
        return (reference, new CodeSuggester(candidates));
    }

    /// <summary>
    /// The code prefixes a note covers: itself, or every category of a section range such as
    /// A50-A64 (categories of one letter with two digits; other ranges keep their first code).
    /// </summary>
    private static IEnumerable<string> NotePrefixes(string from, string to)
    {
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            return [from];
        }

        var sameLetter = from.Length == 3 && to.Length == 3 && from[0] == to[0];
        if (sameLetter && int.TryParse(from[1..], out var start) && int.TryParse(to[1..], out var end) && end >= start)
        {
            return Enumerable.Range(start, end - start + 1).Select(n => $"{from[0]}{n:D2}");
        }

        return [from];
    }
}

/// <summary>
/// Procedure facts the edits need that the CMS code files do not carry: E/M codes, minor procedures
/// (0 or 10 global days, so an E/M the same day needs modifier 25) and add-on codes with their
/// primaries. Public facts from the Medicare physician fee schedule (global days, add-on lists).
/// </summary>
public static class ProcedureFacts
{
    public static readonly IReadOnlyList<string> EvaluationAndManagement =
    [
        "99202", "99203", "99204", "99205", "99211", "99212", "99213", "99214", "99215",
        "99242", "99243", "99244", "99245",
        "99381", "99382", "99383", "99384", "99385", "99386", "99387",
        "99391", "99392", "99393", "99394", "99395", "99396", "99397",
    ];

    public static readonly IReadOnlyList<string> MinorProcedures =
    [
        "10060", "10061", "11102", "11103", "11104", "11105", "11106", "11107", "17000", "17003", "17004",
        "17110", "17111", "20526", "20550", "20551", "20600", "20604", "20605", "20606", "20610", "20611", "24640",
    ];

    public static readonly IReadOnlyList<AddOnRow> AddOns =
    [
        new("17003", ["17000"]),
        new("11103", ["11102"]),
        new("11105", ["11104"]),
        new("11107", ["11106"]),
        new("90461", ["90460"]),
        new("90472", ["90471", "90460"]),
        new("90833", ["99212", "99213", "99214", "99215", "99202", "99203", "99204", "99205"]),
        new("90836", ["99212", "99213", "99214", "99215", "99202", "99203", "99204", "99205"]),
        new("90838", ["99212", "99213", "99214", "99215", "99202", "99203", "99204", "99205"]),
    ];
}
