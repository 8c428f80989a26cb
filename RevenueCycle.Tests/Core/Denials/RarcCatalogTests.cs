using RevenueCycle.Core.Denials;

namespace RevenueCycle.Tests.Core.Denials;

public sealed class RarcCatalogTests
{
    public static TheoryData<string> CommonCodes => new(
        "M15", "M20", "M51", "M76", "M80", "MA04", "MA13", "MA18", "MA130", "N4", "N20", "N30", "N54", "N115", "N130",
        "N290", "N362", "N479", "N519", "N522");

    [Fact]
    public void All_CoversAboutOneHundredTwentyCodes_EachOnce()
    {
        Assert.InRange(RarcCatalog.All.Count, 120, 260);
        Assert.Equal(RarcCatalog.All.Count, RarcCatalog.All.Select(c => c.Code.ToUpperInvariant()).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(CommonCodes))]
    public void CommonRemark_IsInTheCatalog(string code) =>
        Assert.True(RarcCatalog.TryGet(code, out _));

    [Fact]
    public void EveryRemark_HasItsOwnPlainWordsDescription()
    {
        foreach (var code in RarcCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(code.Description), $"RARC {code.Code} has no description.");
            Assert.DoesNotContain("X12", code.Description, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(code.Description, RarcCatalog.Describe(code.Code));
        }

        var repeated = RarcCatalog.All.GroupBy(c => c.Description, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(repeated);
    }

    [Fact]
    public void NoRemark_ReadsLikeAReasonCode()
    {
        var reasons = CarcCatalog.All.Select(c => c.Description).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.DoesNotContain(RarcCatalog.All, r => reasons.Contains(r.Description));
    }

    [Fact]
    public void UnknownRemark_IsNamedByItsCode()
    {
        Assert.False(RarcCatalog.TryGet("N9999", out _));
        Assert.Equal("Remark code N9999", RarcCatalog.Describe("N9999"));
    }

    [Fact]
    public void DescribeAll_TakesTheStoredListApart_InOrder()
    {
        var remarks = RarcCatalog.DescribeAll("MA130,N4");

        Assert.Equal(["MA130", "N4"], remarks.Select(r => r.Code));
        Assert.Equal([RarcCatalog.Describe("MA130"), RarcCatalog.Describe("N4")], remarks.Select(r => r.Description));
    }

    [Fact]
    public void DescribeAll_ToleratesSpacesCaseRepeatsAndUnknownCodes()
    {
        var remarks = RarcCatalog.DescribeAll(" ma130 ; N290,,MA130 ZZ1");

        Assert.Equal(
            [new RarcCode("MA130", RarcCatalog.Describe("MA130")), new RarcCode("N290", RarcCatalog.Describe("N290")), new RarcCode("ZZ1", "Remark code ZZ1")],
            remarks);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ")]
    public void DescribeAll_NoRemarks_IsEmpty(string? stored) =>
        Assert.Empty(RarcCatalog.DescribeAll(stored));
}
