using RevenueCycle.Core.Denials;
using RevenueCycle.Core.Remittance;

namespace RevenueCycle.Tests.Core.Denials;

public sealed class CarcCatalogTests
{
    // The codes a practice sees on its remits, from the brief and DOMAIN.md section 5.
    public static TheoryData<string> CommonCodes => new(
        "1", "2", "3", "4", "6", "7", "9", "10", "11", "15", "16", "18", "22", "23", "27", "29", "31", "45", "50", "94",
        "96", "97", "109", "146", "151", "167", "170", "181", "182", "197", "204", "236", "253",
        "A1", "B7", "B9", "B13", "B15", "B20", "P1");

    [Fact]
    public void All_CoversAboutOneHundredFiftyCodes_EachOnce()
    {
        Assert.InRange(CarcCatalog.All.Count, 150, 260);
        Assert.Equal(CarcCatalog.All.Count, CarcCatalog.All.Select(c => c.Code.ToUpperInvariant()).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(CommonCodes))]
    public void CommonCode_IsInTheCatalog(string code)
    {
        Assert.True(CarcCatalog.TryGet(code, out var info));
        Assert.Equal(code, info.Code);
    }

    [Fact]
    public void EveryCode_HasItsOwnPlainWordsDescription()
    {
        foreach (var code in CarcCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(code.Description), $"CARC {code.Code} has no description.");
            Assert.DoesNotContain("X12", code.Description, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(code.Description, CarcCatalog.Describe(code.Code));
        }

        var repeated = CarcCatalog.All.GroupBy(c => c.Description, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(repeated);
    }

    [Fact]
    public void EveryDenial_HasARootCause_AndNoRoutineAdjustmentHasOne()
    {
        Assert.All(CarcCatalog.All, c => Assert.Equal(c.IsDenial, c.Category is not null));
        Assert.All(Enum.GetValues<DenialCategory>(), category => Assert.Contains(CarcCatalog.All, c => c.Category == category));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("23")]
    [InlineData("45")]
    [InlineData("59")]
    [InlineData("94")]
    [InlineData("187")]
    [InlineData("253")]
    [InlineData("P12")]
    public void RoutineAdjustment_IsNotADenial(string code)
    {
        Assert.False(CarcCatalog.IsDenial(code));
        Assert.Equal(DenialCategory.Other, CarcCatalog.CategoryOf(code));
    }

    [Theory]
    [InlineData("4", DenialCategory.Coding)]
    [InlineData("11", DenialCategory.Coding)]
    [InlineData("15", DenialCategory.Authorization)]
    [InlineData("197", DenialCategory.Authorization)]
    [InlineData("16", DenialCategory.MissingInformation)]
    [InlineData("252", DenialCategory.MissingInformation)]
    [InlineData("18", DenialCategory.Duplicate)]
    [InlineData("B13", DenialCategory.Duplicate)]
    [InlineData("22", DenialCategory.CoordinationOfBenefits)]
    [InlineData("27", DenialCategory.Eligibility)]
    [InlineData("31", DenialCategory.Eligibility)]
    [InlineData("109", DenialCategory.Eligibility)]
    [InlineData("B9", DenialCategory.Eligibility)]
    [InlineData("29", DenialCategory.TimelyFiling)]
    [InlineData("50", DenialCategory.MedicalNecessity)]
    [InlineData("151", DenialCategory.MedicalNecessity)]
    [InlineData("96", DenialCategory.NonCovered)]
    [InlineData("204", DenialCategory.NonCovered)]
    [InlineData("97", DenialCategory.Bundling)]
    [InlineData("236", DenialCategory.Bundling)]
    [InlineData("B15", DenialCategory.Coding)]
    [InlineData("A1", DenialCategory.Other)]
    [InlineData("B7", DenialCategory.Other)]
    public void Denial_IsADenial_WithItsRootCause(string code, DenialCategory category)
    {
        Assert.True(CarcCatalog.IsDenial(code));
        Assert.Equal(category, CarcCatalog.CategoryOf(code));
    }

    [Fact]
    public void UnknownCode_DegradesGracefully_ToAnOtherDenialNamedByItsNumber()
    {
        Assert.False(CarcCatalog.TryGet("999", out _));
        Assert.Equal("Reason code 999", CarcCatalog.Describe("999"));
        Assert.True(CarcCatalog.IsDenial("999"));
        Assert.Equal(DenialCategory.Other, CarcCatalog.CategoryOf("999"));
    }

    [Fact]
    public void Lookup_IgnoresCaseAndSpaces()
    {
        Assert.Equal(CarcCatalog.Describe("B13"), CarcCatalog.Describe(" b13 "));
        Assert.False(CarcCatalog.IsDenial(" 45"));
    }

    [Theory]
    [InlineData(AdjustmentGroup.CO, "45", AdjustmentKind.Contractual)]
    [InlineData(AdjustmentGroup.CO, "253", AdjustmentKind.Contractual)]
    [InlineData(AdjustmentGroup.CO, "197", AdjustmentKind.Denial)]
    [InlineData(AdjustmentGroup.PI, "B13", AdjustmentKind.Denial)]
    [InlineData(AdjustmentGroup.CO, "999", AdjustmentKind.Denial)]
    [InlineData(AdjustmentGroup.PR, "1", AdjustmentKind.PatientResponsibility)]
    public void Posting_SortsAdjustments_ByTheCatalog(AdjustmentGroup group, string code, AdjustmentKind kind) =>
        Assert.Equal(kind, Adjustment.KindOf(group, code));
}
