using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.CodeSets.Search;

namespace RevenueCycle.Tests.Core.CodeSets.Search;

/// <summary>The full ICD-10-CM FY2021 order file and the HCPCS records, indexed once for the class.</summary>
public sealed class ReferenceEncoderIndexFixture
{
    public ReferenceEncoderIndexFixture()
    {
        Icd10Cm = ReferenceCodeFiles.ReadIcd10CmOrderFile();
        Hcpcs = ReferenceCodeFiles.ReadHcpcsRecords();
        Index = EncoderIndex.Build(Icd10Cm.Concat(Hcpcs));
    }

    public List<EncoderCode> Icd10Cm { get; }

    public List<EncoderCode> Hcpcs { get; }

    public EncoderIndex Index { get; }
}

/// <summary>Ranking on the real code sets: what a coder types and what must come first.</summary>
public sealed class ReferenceEncoderIndexTests(ReferenceEncoderIndexFixture fixture) : IClassFixture<ReferenceEncoderIndexFixture>
{
    private static readonly DateOnly Dos = new(2021, 3, 15);

    [Fact]
    public void Build_FullOrderFile_IndexesEveryCode()
    {
        Assert.Equal(95_358, fixture.Icd10Cm.Count);
        Assert.Equal(72_621, fixture.Icd10Cm.Count(c => c.IsBillable));
        Assert.Equal(95_358 + fixture.Hcpcs.Count, fixture.Index.Count);
    }

    [Fact]
    public void Search_CodeWithoutDot_ReturnsItFirst()
    {
        var first = Search("e1165")[0];

        Assert.Equal("E11.65", first.Code);
        Assert.Equal("Type 2 diabetes mellitus with hyperglycemia", first.Description);
        Assert.True(first.IsSelectable);
    }

    [Fact]
    public void Search_HeaderCode_ListsHeaderMarkedThenEveryE116Code()
    {
        var results = Search("E11.6");

        Assert.Equal("E11.6", results[0].Code);
        Assert.False(results[0].IsSelectable);
        Assert.All(results, r => Assert.StartsWith("E11.6", r.Code, StringComparison.Ordinal));
        Assert.Contains(results, r => r.Code == "E11.65" && r.IsSelectable);
        Assert.Contains(results, r => r.Code == "E11.64" && !r.IsBillable);
        Assert.Equal(17, results.Count);
        var firstHeader = results.Skip(1).TakeWhile(r => r.IsBillable).Count() + 1;
        Assert.All(results.Skip(firstHeader), r => Assert.False(r.IsBillable));
    }

    [Fact]
    public void Search_PneumoniaCodePrefix_FindsIt()
    {
        Assert.Equal("J18.8", Search("j188")[0].Code);
    }

    [Fact]
    public void Search_PartialWords_PutsTypeTwoHyperglycemiaInTopThree()
    {
        var results = Search("diab hyperglyc");

        Assert.Contains("E11.65", results.Take(3).Select(r => r.Code));
    }

    [Fact]
    public void Search_Htn_PutsI10First()
    {
        Assert.Equal("I10", Search("htn")[0].Code);
    }

    [Fact]
    public void Search_Chf_PutsHeartFailureFirst()
    {
        var results = Search("chf");

        Assert.All(results.Take(5), r => Assert.StartsWith("I50.", r.Code, StringComparison.Ordinal));
        Assert.True(results[0].IsSelectable);
    }

    [Fact]
    public void Search_FxRadiusDistal_FindsFracturesOfTheLowerEndOfRadius()
    {
        var results = Search("fx radius distal");

        Assert.Equal(20, results.Count);
        Assert.All(results, r =>
        {
            Assert.Contains("fracture", r.Description, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("radius", r.Description, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Search_TypeTwoDiabetesWords_FindsE11Codes()
    {
        var results = Search("dm 2 without complications");

        Assert.Equal("E11.9", results[0].Code);
    }

    [Fact]
    public void Search_Modifier_FindsHcpcsModifierRecord()
    {
        var results = Search("AA");

        Assert.Equal("AA", results[0].Code);
        Assert.Equal(CodeSystem.Modifier, results[0].System);
        Assert.StartsWith("Anesthesia services performed personally", results[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ModifierContinuationRecords_AreSearchable()
    {
        var results = Index.Search(new EncoderQuery("hearing aids beneficiary", Systems: [CodeSystem.Modifier]));

        Assert.Equal("AB", Assert.Single(results).Code);
    }

    [Fact]
    public void Search_DosBeforeTheRelease_MarksCodesInvalid()
    {
        var results = Index.Search(new EncoderQuery("E11.65", DateOfService: new DateOnly(2019, 5, 1)));

        Assert.False(results[0].IsValidOnDateOfService);
        Assert.False(results[0].IsSelectable);
    }

    [Theory]
    [MemberData(nameof(AbbreviationsWithUsualCodes))]
    public void Search_Abbreviation_PutsItsUsualCodeFirst(string abbreviation)
    {
        var usual = ClinicalAbbreviations.Table[abbreviation].UsualCodePrefixes;

        var first = Search(abbreviation)[0];

        Assert.True(usual.Any(p => EncoderIndex.CodeKey(first.Code).StartsWith(p, StringComparison.Ordinal)), $"{abbreviation}: {first.Code} {first.Description}");
    }

    public static TheoryData<string> AbbreviationsWithUsualCodes() =>
        new(ClinicalAbbreviations.Table.Where(a => a.Value.UsualCodePrefixes.Count > 0).Select(a => a.Key));

    private EncoderIndex Index => fixture.Index;

    private IReadOnlyList<EncoderSearchResult> Search(string text) => Index.Search(new EncoderQuery(text, Dos));
}
