using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.Demo;
using RevenueCycle.Tests.Support;

namespace RevenueCycle.Tests.Core.CodeSets;

public sealed class StarterCodeSetsTests
{
    [Fact]
    public async Task Migrate_LoadsTheStarterSetsOnce_WithEveryCodeTheDemoUses()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();

        var icd = await db.CodeSetEntries.Where(c => c.System == CodeSystem.Icd10Cm).Select(c => c.Code).ToListAsync();
        var procedures = await db.CodeSetEntries.Where(c => c.System == CodeSystem.Cpt || c.System == CodeSystem.Hcpcs).Select(c => c.Code).ToListAsync();

        Assert.True(icd.Count >= 400, $"only {icd.Count} starter ICD-10-CM codes");
        Assert.Empty(ClinicalNotes.DiagnosisCatalog.Select(d => d.Code).Except(icd));
        Assert.Empty(ClinicalNotes.ProcedureCatalog.Select(p => p.Code).Except(procedures));
        Assert.True(await db.NcciEdits.AnyAsync(e => e.Column1Code == "20610" && e.Column2Code == "99213" && e.ModifierIndicator == '1'));
        Assert.True(await db.MueLimits.AnyAsync(m => m.Code == "17003"));

        await using var again = await TestDatabase.CreateAsync();
        await StarterCodeSets.EnsureAsync(db, TestDatabase.DefaultNow);
        Assert.Equal(icd.Count, await db.CodeSetEntries.CountAsync(c => c.System == CodeSystem.Icd10Cm));
    }

    [Fact]
    public void StarterIcd10Cm_MatchesTheOfficialOrderFileWordForWord()
    {
        using var file = SharedData.Open("icd10cm/icd10cm_order_2021.txt.gz");
        var read = RevenueCycle.Core.CodeSets.Import.IcdOrderFileReader.Read(file);
        Assert.True(read.Succeeded, read.Error);
        var official = read.Value!.ToDictionary(r => r.Code);

        Assert.All(StarterCodeSets.ReadIcd10Cm(), row =>
        {
            var match = official[row.Code];
            Assert.True(match.IsBillable, $"{row.Code} is a header");
            Assert.Equal(match.ShortDescription, row.Short);
            Assert.Equal(match.LongDescription, row.Long);
        });
    }
}
