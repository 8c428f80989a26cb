using RevenueCycle.Core.Coding.Edits;

namespace RevenueCycle.Tests.Core.Coding.Edits;

public sealed class InMemoryCodingReferenceTests
{
    private static readonly DateOnly Dos = new(2026, 3, 10);

    [Fact]
    public void PtpPair_DeletedAndAddedAgain_AnswersTheRowInForceOnTheDos()
    {
        var reference = InMemoryCodingReference.FromRows(ptpEdits:
        [
            new PtpRow("29881", "29877", new DateOnly(2010, 1, 1), new DateOnly(2019, 12, 31), '1'),
            new PtpRow("29881", "29877", new DateOnly(2020, 1, 1), null, '0'),
        ]);

        Assert.Equal('1', reference.GetPtpModifierIndicator("29881", "29877", new DateOnly(2015, 6, 1)));
        Assert.Equal('0', reference.GetPtpModifierIndicator("29881", "29877", Dos));
        Assert.Null(reference.GetPtpModifierIndicator("29881", "29877", new DateOnly(2009, 12, 31)));
        Assert.Null(reference.GetPtpModifierIndicator("29877", "29881", Dos));
    }

    [Fact]
    public void PtpPair_WithLowerCaseOrUnusualCodes_IsFound()
    {
        var reference = InMemoryCodingReference.FromRows(ptpEdits:
        [
            new PtpRow("G0121", "45378", new DateOnly(2010, 1, 1), null, '1'),
            new PtpRow("0001U-LONG", "81001", new DateOnly(2010, 1, 1), null, '0'),
        ]);

        Assert.Equal('1', reference.GetPtpModifierIndicator("g0121", "45378", Dos));
        Assert.Equal('0', reference.GetPtpModifierIndicator("0001u-long", "81001", Dos));
    }

    [Fact]
    public void Excludes1_UnderAParentCategory_AppliesToItsChildren()
    {
        var reference = InMemoryCodingReference.FromRows(excludes1: [new Excludes1Row("E11", "E10", "E10"), new Excludes1Row("E11.6", "E08", "E09")]);

        var ranges = reference.GetExcludes1("E11.65");

        Assert.Equal(2, ranges.Count);
        Assert.Empty(reference.GetExcludes1("I10"));
    }

    [Fact]
    public void CodeWithTwoVersions_IsValidInEachVersionsDates()
    {
        var reference = InMemoryCodingReference.FromRows(codes:
        [
            new CodeRow("R05", true, new DateOnly(2015, 10, 1), new DateOnly(2021, 9, 30)),
            new CodeRow("R05", false, new DateOnly(2021, 10, 1)),
        ]);

        Assert.Equal(CodeStatus.Valid, reference.LookUpCode("R05", new DateOnly(2020, 1, 1)).Status);
        Assert.Equal(CodeStatus.Header, reference.LookUpCode("R05", Dos).Status);
        Assert.Equal(CodeStatus.NotValidOnDate, reference.LookUpCode("R05", new DateOnly(2014, 1, 1)).Status);
        Assert.Equal(CodeStatus.Unknown, reference.LookUpCode("R06", Dos).Status);
    }

    [Fact]
    public void Mue_OutsideItsDates_IsNotReturned()
    {
        var reference = InMemoryCodingReference.FromRows(mues: [new MueRow("20610", 2, 1, new DateOnly(2026, 1, 1))]);

        Assert.Equal(new MueRule(2, 1), reference.GetMue("20610", Dos));
        Assert.Null(reference.GetMue("20610", new DateOnly(2025, 12, 31)));
    }
}
