using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.CodeSets.Import;
using RevenueCycle.Core.Common;
using RevenueCycle.Tests.Support;
using Xunit.Abstractions;

namespace RevenueCycle.Tests.Core.CodeSets;

public sealed class CodeSetImportServiceTests(ITestOutputHelper output)
{
    private static readonly DateOnly Fy2021 = new(2020, 10, 1);
    private static readonly DateOnly Fy2022 = new(2021, 10, 1);

    [Fact]
    public async Task Apply_OfficialOrderFileOverTheStarterSet_AddsTheRestAndKeepsTheStarterRows()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var before = database.CreateContext())
        {
            Assert.True(await before.CodeSetEntries.CountAsync(e => e.System == CodeSystem.Icd10Cm) > 400);
        }

        var result = await ApplyAsync(database, CodeSetImportKind.Icd10CmOrder, SharedData.Open(CodeSetReaderTests.OrderFile), Fy2021);

        Assert.True(result.Succeeded, result.Error);
        var starter = RevenueCycle.Core.CodeSets.StarterCodeSets.ReadIcd10Cm().Count;
        Assert.Equal((95_358 - starter, 0, 0, starter), (result.Value!.Added, result.Value.Changed, result.Value.Terminated, result.Value.Unchanged));
        await using var db = database.CreateContext();
        Assert.Equal(95_358, await db.CodeSetEntries.CountAsync(e => e.System == CodeSystem.Icd10Cm));
    }

    [Fact]
    public async Task Apply_FullIcdOrderFileTwice_AddsEveryCodeOnceThenChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(starterCodeSets: false);

        var stopwatch = Stopwatch.StartNew();
        var first = await ApplyAsync(database, CodeSetImportKind.Icd10CmOrder, SharedData.Open(CodeSetReaderTests.OrderFile), Fy2021);
        output.WriteLine($"ICD-10-CM order file, first import: {stopwatch.Elapsed.TotalSeconds:F1} s");
        stopwatch.Restart();
        var second = await ApplyAsync(database, CodeSetImportKind.Icd10CmOrder, SharedData.Open(CodeSetReaderTests.OrderFile), Fy2021);
        output.WriteLine($"ICD-10-CM order file, second import: {stopwatch.Elapsed.TotalSeconds:F1} s");

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal((95_358, 0, 0), (first.Value!.Added, first.Value.Changed, first.Value.Terminated));
        Assert.NotNull(first.Value.ReleaseId);
        Assert.True(second.Succeeded, second.Error);
        Assert.Equal((0, 0, 0, 95_358), (second.Value!.Added, second.Value.Changed, second.Value.Terminated, second.Value.Unchanged));
        Assert.Null(second.Value.ReleaseId);

        await using var db = database.CreateContext();
        Assert.Equal(95_358, await db.CodeSetEntries.CountAsync(e => e.System == CodeSystem.Icd10Cm));
        Assert.Equal(72_621, await db.CodeSetEntries.CountAsync(e => e.System == CodeSystem.Icd10Cm && e.IsBillable));
        Assert.Equal(1, await db.CodeSetReleases.CountAsync(r => r.System == CodeSystem.Icd10Cm));
        var release = await db.CodeSetReleases.SingleAsync(r => r.System == CodeSystem.Icd10Cm);
        Assert.Equal(("icd10cm_order_2021.txt.gz", 95_358, Fy2021), (release.Source, release.RowCount, release.EffectiveDate));

        // One summary entry in the audit trail, not one per code.
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(CodeSetRelease)).ToListAsync();
        Assert.Equal(AuditActions.Command, Assert.Single(audit).Action);
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(CodeSetEntry)));
    }

    [Fact]
    public async Task Apply_SecondReleaseWithChangedDescription_TerminatesTheOldRowAndAddsANewOne()
    {
        await using var database = await TestDatabase.CreateAsync(starterCodeSets: false);
        var lines = SharedData.ReadLines(CodeSetReaderTests.OrderFile).Take(2_000).ToList();
        await ApplyAsync(database, CodeSetImportKind.Icd10CmOrder, SharedData.ToStream(lines), Fy2021);
        var a000 = lines.FindIndex(l => l[6..13].Trim() == "A000");
        var a001 = lines.FindIndex(l => l[6..13].Trim() == "A001");
        var next = lines.ToList();
        next[a000] = next[a000][..77] + "Cholera due to Vibrio cholerae 01, biovar cholerae (revised)";
        next.RemoveAt(a001);

        var preview = await database.InScopeAsync(sp => sp.GetRequiredService<CodeSetImportService>().PreviewAsync(CodeSetImportKind.Icd10CmOrder, SharedData.ToStream(next), Fy2022));
        var applied = await ApplyAsync(database, CodeSetImportKind.Icd10CmOrder, SharedData.ToStream(next), Fy2022);

        Assert.True(preview.Succeeded, preview.Error);
        Assert.Equal((0, 1, 1, 1_998), (preview.Value!.Added, preview.Value.Changed, preview.Value.Terminated, preview.Value.Unchanged));
        Assert.Null(preview.Value.ReleaseId);
        Assert.True(applied.Succeeded, applied.Error);
        Assert.Equal((0, 1, 1), (applied.Value!.Added, applied.Value.Changed, applied.Value.Terminated));

        await using var db = database.CreateContext();
        var history = await db.CodeSetEntries.Where(e => e.Code == "A00.0").OrderBy(e => e.EffectiveDate).ToListAsync();
        Assert.Equal(2, history.Count);
        Assert.Equal((Fy2021, (DateOnly?)Fy2022.AddDays(-1)), (history[0].EffectiveDate, history[0].TerminationDate));
        Assert.Equal("Cholera due to Vibrio cholerae 01, biovar cholerae", history[0].LongDescription);
        Assert.Equal((Fy2022, (DateOnly?)null), (history[1].EffectiveDate, history[1].TerminationDate));
        Assert.EndsWith("(revised)", history[1].LongDescription);
        var removed = await db.CodeSetEntries.SingleAsync(e => e.Code == "A00.1");
        Assert.Equal(Fy2022.AddDays(-1), removed.TerminationDate);
        Assert.True(removed.IsValidOn(new DateOnly(2021, 9, 30)));
        Assert.False(removed.IsValidOn(Fy2022));
        Assert.Equal(2_001, await db.CodeSetEntries.CountAsync());
    }

    [Fact]
    public async Task Apply_OlderReleaseAfterANewerOne_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(starterCodeSets: false);
        var lines = SharedData.ReadLines(CodeSetReaderTests.OrderFile).Take(100).ToList();
        await ApplyAsync(database, CodeSetImportKind.Icd10CmOrder, SharedData.ToStream(lines), Fy2022);

        var result = await ApplyAsync(database, CodeSetImportKind.Icd10CmOrder, SharedData.ToStream(lines), Fy2021);

        Assert.False(result.Succeeded);
        Assert.Contains("effective 2021-10-01 is already loaded", result.Error);
    }

    [Theory]
    [InlineData("billable")]
    [InlineData("truncated")]
    public async Task Apply_BrokenOrderFile_IsRefusedWholeAndNothingIsApplied(string damage)
    {
        await using var database = await TestDatabase.CreateAsync(starterCodeSets: false);
        var lines = SharedData.ReadLines(CodeSetReaderTests.OrderFile);
        lines[90_000] = damage == "billable" ? lines[90_000][..14] + "Y" + lines[90_000][15..] : lines[90_000][..20];

        var result = await ApplyAsync(database, CodeSetImportKind.Icd10CmOrder, SharedData.ToStream(lines), Fy2021);

        Assert.False(result.Succeeded);
        Assert.StartsWith("Line 90001: ", result.Error);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.CodeSetEntries.CountAsync());
        Assert.Equal(0, await db.CodeSetReleases.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(CodeSetRelease)));
    }

    [Fact]
    public async Task Apply_BrokenHcpcsFile_IsRefusedWholeAndNothingIsApplied()
    {
        await using var database = await TestDatabase.CreateAsync(starterCodeSets: false);
        var lines = SharedData.ReadLines(CodeSetReaderTests.HcpcsFile, System.Text.Encoding.Latin1);
        lines[9] = lines[9][..268] + "19911301" + lines[9][276..];

        var result = await ApplyAsync(database, CodeSetImportKind.Hcpcs, SharedData.ToStream(lines, System.Text.Encoding.Latin1), new DateOnly(2026, 1, 1));

        Assert.False(result.Succeeded);
        Assert.StartsWith("Line 10: AH: code added date", result.Error);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.CodeSetEntries.CountAsync());
    }

    [Fact]
    public async Task Apply_HcpcsSample_AddsLevelTwoModifiersWithJoinedDescriptions()
    {
        await using var database = await TestDatabase.CreateAsync(starterCodeSets: false);

        var result = await ApplyAsync(database, CodeSetImportKind.Hcpcs, SharedData.Open(CodeSetReaderTests.HcpcsFile), new DateOnly(2026, 1, 1));
        var again = await ApplyAsync(database, CodeSetImportKind.Hcpcs, SharedData.Open(CodeSetReaderTests.HcpcsFile), new DateOnly(2026, 1, 1));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(6, result.Value!.Added);
        Assert.True(again.Value!.ChangesNothing);
        await using var db = database.CreateContext();
        var ad = await db.CodeSetEntries.SingleAsync(e => e.System == CodeSystem.Modifier && e.Code == "AD");
        Assert.Equal("Medical supervision by a physician: more than four concurrent anesthesia procedures", ad.LongDescription);
        Assert.Equal("Md supervision, >4 anes proc", ad.ShortDescription);
    }

    [Fact]
    public async Task Apply_TabularXml_StoresRulesSeventhCharactersAndFlagsOnce()
    {
        await using var database = await TestDatabase.CreateAsync(starterCodeSets: false);

        var stopwatch = Stopwatch.StartNew();
        var first = await ApplyAsync(database, CodeSetImportKind.Icd10CmTabular, SharedData.Open(CodeSetReaderTests.TabularFile), Fy2021);
        output.WriteLine($"ICD-10-CM tabular XML, first import: {stopwatch.Elapsed.TotalSeconds:F1} s");
        var second = await ApplyAsync(database, CodeSetImportKind.Icd10CmTabular, SharedData.Open(CodeSetReaderTests.TabularFile), Fy2021);

        Assert.True(first.Succeeded, first.Error);
        Assert.True(second.Succeeded, second.Error);
        Assert.True(second.Value!.ChangesNothing);
        Assert.Equal(first.Value!.Added, second.Value.Unchanged);
        await using var db = database.CreateContext();
        var e11 = await db.Excludes1Rules.Where(r => r.CodeFrom == "E11").ToListAsync();
        Assert.Contains(e11, r => r.Forbids("E11.65", "E10.9"));
        Assert.Equal(16, await db.SeventhCharacters.CountAsync(s => s.CodePrefix == "S52"));
        Assert.True((await db.IcdSequencingFlags.SingleAsync(f => f.CodePrefix == "G63")).IsManifestation);
        Assert.Equal(1, await db.CodeSetReleases.CountAsync(r => r.System == CodeSystem.Icd10CmTabular));
    }

    [Fact]
    public async Task Apply_NcciQuarters_AddsPairsSetsCmsDeletionDatesAndDeletesMissingPairs()
    {
        await using var database = await TestDatabase.CreateAsync(starterCodeSets: false);
        var q1 = await ApplyAsync(database, CodeSetImportKind.NcciPtp, SharedData.ToStream(CodeSetSamples.NcciQ1), new DateOnly(2021, 1, 1));

        // Next quarter: CMS deletes 11042/97597 as of 2021-03-31, and 20610/20604 is gone from the file.
        string[] q2 =
        [
            .. CodeSetSamples.NcciQ1[..3],
            "11042\t97597\t\t20090101\t20210331\t1\tMutually exclusive procedures",
            CodeSetSamples.NcciQ1[5],
            "99213\t36000\t\t20210401\t*\t1\tCPT Manual or CMS manual coding instructions",
        ];
        var q2Result = await ApplyAsync(database, CodeSetImportKind.NcciPtp, SharedData.ToStream(q2), new DateOnly(2021, 4, 1));
        var again = await ApplyAsync(database, CodeSetImportKind.NcciPtp, SharedData.ToStream(q2), new DateOnly(2021, 4, 1));

        Assert.True(q1.Succeeded, q1.Error);
        Assert.Equal(4, q1.Value!.Added);
        Assert.True(q2Result.Succeeded, q2Result.Error);
        Assert.Equal((1, 1, 1, 2), (q2Result.Value!.Added, q2Result.Value.Changed, q2Result.Value.Terminated, q2Result.Value.Unchanged));
        Assert.True(again.Value!.ChangesNothing);
        await using var db = database.CreateContext();
        Assert.Equal(5, await db.NcciEdits.CountAsync());
        Assert.Equal(new DateOnly(2021, 3, 31), (await db.NcciEdits.SingleAsync(e => e.Column1Code == "11042")).DeletionDate);
        Assert.Equal(new DateOnly(2021, 3, 31), (await db.NcciEdits.SingleAsync(e => e.Column1Code == "20610")).DeletionDate);
        Assert.Equal('0', (await db.NcciEdits.SingleAsync(e => e.Column1Code == "20610")).ModifierIndicator);
        Assert.Null((await db.NcciEdits.SingleAsync(e => e.Column1Code == "0001A")).DeletionDate);
    }

    [Fact]
    public async Task Apply_MueRelease_VersionsChangedLimits()
    {
        await using var database = await TestDatabase.CreateAsync(starterCodeSets: false);
        await ApplyAsync(database, CodeSetImportKind.Mue, SharedData.ToStream(CodeSetSamples.MueQ1), new DateOnly(2021, 1, 1));
        string[] q2 = [.. CodeSetSamples.MueQ1[..3], "J1885,10,\"3 Date of Service Edit: Clinical\",\"Clinical: Data\"", CodeSetSamples.MueQ1[4]];

        var result = await ApplyAsync(database, CodeSetImportKind.Mue, SharedData.ToStream(q2), new DateOnly(2021, 4, 1));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((0, 1, 0, 2), (result.Value!.Added, result.Value.Changed, result.Value.Terminated, result.Value.Unchanged));
        await using var db = database.CreateContext();
        var j1885 = await db.MueLimits.Where(m => m.Code == "J1885").OrderBy(m => m.EffectiveDate).Select(m => new { m.MaxUnits, m.TerminationDate }).ToListAsync();
        Assert.Equal([(8, (DateOnly?)new DateOnly(2021, 3, 31)), (10, null)], j1885.Select(m => (m.MaxUnits, m.TerminationDate)));
    }

    [Fact]
    public async Task Apply_BrokenMueFile_IsRefusedWholeAndNothingIsApplied()
    {
        await using var database = await TestDatabase.CreateAsync(starterCodeSets: false);

        var result = await ApplyAsync(database, CodeSetImportKind.Mue, SharedData.ToStream([.. CodeSetSamples.MueQ1, "11042,1"]), new DateOnly(2021, 1, 1));

        Assert.False(result.Succeeded);
        Assert.StartsWith("Line 6: expected 4 columns", result.Error);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.MueLimits.CountAsync());
        Assert.Equal(0, await db.CodeSetReleases.CountAsync());
    }

    [Fact]
    public async Task Apply_CptFile_TerminatesOnlyCptCodes()
    {
        await using var database = await TestDatabase.CreateAsync(starterCodeSets: false);
        await ApplyAsync(database, CodeSetImportKind.Cpt, SharedData.ToStream(["code,description", "99213,Office visit (demo text)", "99214,Longer office visit (demo text)"]), new DateOnly(2021, 1, 1));
        await ApplyAsync(database, CodeSetImportKind.Hcpcs, SharedData.Open(CodeSetReaderTests.HcpcsFile), new DateOnly(2026, 1, 1));

        var result = await ApplyAsync(database, CodeSetImportKind.Cpt, SharedData.ToStream(["99213,Office visit (demo text)"]), new DateOnly(2022, 1, 1));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((0, 0, 1, 1), (result.Value!.Added, result.Value.Changed, result.Value.Terminated, result.Value.Unchanged));
        await using var db = database.CreateContext();
        Assert.Equal(6, await db.CodeSetEntries.CountAsync(e => e.System == CodeSystem.Modifier && e.TerminationDate == null));
    }

    private static Task<Result<CodeSetImportSummary>> ApplyAsync(TestDatabase database, CodeSetImportKind kind, Stream stream, DateOnly effectiveDate) =>
        database.InScopeAsync(async sp =>
        {
            await using (stream)
            {
                var source = stream is FileStream file ? file.Name : "upload.txt";
                return await sp.GetRequiredService<CodeSetImportService>().ApplyAsync(kind, stream, effectiveDate, source);
            }
        });
}
