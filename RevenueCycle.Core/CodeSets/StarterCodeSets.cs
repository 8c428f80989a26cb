using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Demo;

namespace RevenueCycle.Core.CodeSets;

/// <summary>
/// The code sets the app ships so it works with no download: 439 common outpatient ICD-10-CM codes
/// with their official descriptions (FY2021 order file, public domain; every code the demo notes
/// use among them), the CPT and HCPCS codes the demo uses with descriptions written for this
/// project (never the AMA's text), common modifiers and place-of-service codes, and a small
/// illustrative NCCI/MUE table the demo charts trigger. Loaded once, into a database with no code
/// set; the official files replace and extend them through the importers.
/// </summary>
public static class StarterCodeSets
{
    public const string Version = "Starter set";

    /// <summary>FY2021 began on 1 October 2020: the starter rows are valid from then.</summary>
    public static readonly DateOnly EffectiveDate = new(2020, 10, 1);

    public static async Task EnsureAsync(RevenueCycleDbContext db, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        if (await db.CodeSetReleases.AnyAsync(cancellationToken))
        {
            return;
        }

        db.AuditChanges = false;
        var procedures = ClinicalNotes.ProcedureCatalog;
        var sets = new (CodeSystem System, IReadOnlyList<(string Code, string Short, string Long)> Codes)[]
        {
            (CodeSystem.Icd10Cm, ReadIcd10Cm()),
            (CodeSystem.Cpt, procedures.Where(c => c.System == "CPT").Select(c => (c.Code, Shorten(c.Description), c.Description)).ToList()),
            (CodeSystem.Hcpcs, procedures.Where(c => c.System == "HCPCS").Select(c => (c.Code, Shorten(c.Description), c.Description)).ToList()),
            (CodeSystem.Modifier, Modifiers.Select(m => (m.Code, m.Description, m.Description)).ToList()),
            (CodeSystem.PlaceOfService, PlacesOfService.Select(p => (p.Code, p.Description, p.Description)).ToList()),
        };
        foreach (var (system, codes) in sets)
        {
            var release = new CodeSetRelease(system, Version, EffectiveDate, "starter set", nowUtc, null);
            release.RecordRowCount(codes.Count);
            db.CodeSetReleases.Add(release);
            await db.SaveChangesAsync(cancellationToken);
            db.CodeSetEntries.AddRange(codes.Select(c => new CodeSetEntry(system, c.Code, c.Short, c.Long, true, EffectiveDate, null, release.Id)));
        }

        // Illustrative values in the shape of the CMS tables, so the demo charts show real edits
        // (E/M with a minor procedure, ECG components, too many lesions or drug units). Load the
        // official quarterly NCCI and MUE files with the importers for real work.
        var ncciRelease = new CodeSetRelease(CodeSystem.NcciPtp, Version + " (illustrative)", EffectiveDate, "starter set", nowUtc, null);
        var mueRelease = new CodeSetRelease(CodeSystem.Mue, Version + " (illustrative)", EffectiveDate, "starter set", nowUtc, null);
        db.CodeSetReleases.AddRange(ncciRelease, mueRelease);
        await db.SaveChangesAsync(cancellationToken);
        string[] officeVisits = ["99202", "99203", "99204", "99205", "99212", "99213", "99214", "99215"];
        var pairs = new List<(string Column1, string Column2, char Indicator)> { ("93000", "93005", '0'), ("93000", "93010", '0') };
        foreach (var procedure in new[] { "20610", "20526", "11102", "17000", "10060", "17110", "24640" })
        {
            pairs.AddRange(officeVisits.Select(visit => (procedure, visit, '1')));
        }

        db.NcciEdits.AddRange(pairs.Select(p => new NcciEdit(p.Column1, p.Column2, EffectiveDate, null, p.Indicator, ncciRelease.Id)));
        (string Code, int Units, int Indicator)[] mues = [("17003", 13, 2), ("J3301", 8, 3), ("20610", 2, 1), ("J1885", 8, 3), ("93000", 1, 2), ("99213", 1, 2), ("99214", 1, 2)];
        db.MueLimits.AddRange(mues.Select(m => new MueLimit(m.Code, m.Units, m.Indicator, EffectiveDate, null, mueRelease.Id)));
        ncciRelease.RecordRowCount(pairs.Count);
        mueRelease.RecordRowCount(mues.Length);
        await db.AppendAuditAsync([new AuditEntry(nowUtc, AuditActor.System, AuditActions.Command, nameof(CodeSetRelease), null, null, null, """{"loaded":"starter code sets"}""")], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditChanges = true;
    }

    /// <summary>The starter ICD-10-CM rows: code with dot, official short and long descriptions.</summary>
    public static IReadOnlyList<(string Code, string Short, string Long)> ReadIcd10Cm()
    {
        using var stream = typeof(StarterCodeSets).Assembly.GetManifestResourceStream("icd10cm-starter.csv")
            ?? throw new InvalidOperationException("The starter ICD-10-CM file is missing from the build.");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string, string)>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var fields = Import.CodeSetFields.SplitCsv(line)
                ?? throw new InvalidOperationException($"The starter ICD-10-CM file has an unclosed quote: {line}");
            rows.Add((fields[0], fields[1], fields[2]));
        }

        return rows;
    }

    private static string Shorten(string description) => description.Length > 100 ? description[..100] : description;

    /// <summary>Modifiers in this project's own words.</summary>
    public static readonly IReadOnlyList<(string Code, string Description)> Modifiers =
    [
        ("25", "Separate, significant E/M service on the same day as a procedure"),
        ("59", "Distinct procedural service"),
        ("XE", "Separate encounter"),
        ("XS", "Separate structure or organ"),
        ("XP", "Separate practitioner"),
        ("XU", "Unusual non-overlapping service"),
        ("LT", "Left side"),
        ("RT", "Right side"),
        ("50", "Bilateral procedure"),
        ("76", "Repeat procedure by the same physician"),
        ("77", "Repeat procedure by another physician"),
        ("26", "Professional component"),
        ("TC", "Technical component"),
        ("95", "Synchronous telemedicine service"),
        ("GT", "Interactive audio and video telecommunication"),
        ("24", "Unrelated E/M during a postoperative period"),
        ("57", "Decision for surgery"),
        ("91", "Repeat clinical diagnostic laboratory test"),
    ];

    public static readonly IReadOnlyList<(string Code, string Description)> PlacesOfService =
    [
        ("02", "Telehealth provided other than in patient's home"),
        ("10", "Telehealth provided in patient's home"),
        ("11", "Office"),
        ("12", "Home"),
        ("19", "Off campus-outpatient hospital"),
        ("21", "Inpatient hospital"),
        ("22", "On campus-outpatient hospital"),
        ("23", "Emergency room - hospital"),
        ("31", "Skilled nursing facility"),
        ("32", "Nursing facility"),
        ("81", "Independent laboratory"),
    ];
}
