using RevenueCycle.Core.Coding.Edits;
using static RevenueCycle.Tests.Core.Coding.Edits.EditsTestData;

namespace RevenueCycle.Tests.Core.Coding.Edits;

public sealed class LineEditsTests
{
    private static readonly string[] Knee = ["M17.11"];

    [Fact]
    public void LineCodeNotInCodeSets_IsUnknownError()
    {
        var finding = Single(Check(Knee, Line(1, "99213"), Line(2, "2061O", "RT")), CodingEditRuleIds.CodeUnknown);

        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Equal(EditTarget.Line(2), finding.Target);
    }

    [Fact]
    public void LineCodeTerminatedBeforeDos_IsNotValidOnDate_AndValidCodeIsNot()
    {
        var findings = Check(Knee, Line(1, "G0008"), Line(2, "99213"));

        var finding = Single(findings, CodingEditRuleIds.CodeNotValidOnDate);
        Assert.Equal(EditTarget.Line(1), finding.Target);
    }

    [Fact]
    public void NcciPair_Indicator0_IsErrorOnColumn2EvenWithModifier59()
    {
        var findings = Check(Knee, Line(1, "20610", "RT"), Line(2, "76942", "59"));

        var finding = Single(findings, CodingEditRuleIds.NcciPtp);
        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Equal(EditTarget.Line(2), finding.Target);
    }

    [Fact]
    public void NcciPair_Indicator0_IsFoundWhateverTheLineOrder()
    {
        var finding = Single(Check(Knee, Line(1, "76942"), Line(2, "20610", "RT")), CodingEditRuleIds.NcciPtp);

        Assert.Equal(EditTarget.Line(1), finding.Target);
    }

    [Fact]
    public void NcciPair_Indicator1WithoutModifier_IsWarningOnColumn2()
    {
        var finding = Single(Check(Knee, Line(1, "97530"), Line(2, "97140")), CodingEditRuleIds.NcciPtp);

        Assert.Equal(EditSeverity.Warning, finding.Severity);
        Assert.Equal(EditTarget.Line(2), finding.Target);
    }

    [Fact]
    public void NcciPair_Indicator1WithModifier59_IsBypassed()
    {
        None(Check(Knee, Line(1, "97530"), Line(2, "97140", "59")), CodingEditRuleIds.NcciPtp);
    }

    [Fact]
    public void NcciPair_Indicator1WithXsOnColumn1_IsBypassed()
    {
        None(Check(Knee, Line(1, "97530", "XS"), Line(2, "97140")), CodingEditRuleIds.NcciPtp);
    }

    [Fact]
    public void NcciPair_Indicator1WithNonNcciModifier_IsNotBypassed()
    {
        Single(Check(Knee, Line(1, "97530", "GP"), Line(2, "97140", "GP")), CodingEditRuleIds.NcciPtp);
    }

    [Fact]
    public void NcciPair_Indicator9_IsNotInForce()
    {
        None(Check(Knee, Line(1, "36415"), Line(2, "36416")), CodingEditRuleIds.NcciPtp);
    }

    [Fact]
    public void NcciPair_DeletedBeforeDos_DoesNotApply()
    {
        None(Check(Knee, Line(1, "12001"), Line(2, "11102")), CodingEditRuleIds.NcciPtp);
    }

    [Fact]
    public void NcciPair_InForceOnEarlierDos_Applies()
    {
        var chart = Chart(Knee, Line(1, "12001"), Line(2, "11102")) with { DateOfService = new DateOnly(2025, 12, 31) };

        Single(Check(chart), CodingEditRuleIds.NcciPtp);
    }

    [Fact]
    public void Mue_Indicator1_LineOverLimit_IsError()
    {
        var finding = Single(Check(Knee, new ChartLine(1, "20610", ["RT"], 2, [1])), CodingEditRuleIds.Mue);

        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Equal(EditTarget.Line(1), finding.Target);
    }

    [Fact]
    public void Mue_Indicator1_TwoLinesWithinLimitEach_AreNotFlagged()
    {
        None(Check(Knee, Line(1, "20610", "RT"), Line(2, "20610", "LT")), CodingEditRuleIds.Mue);
    }

    [Fact]
    public void Mue_Indicator2_UnitsSummedOverTheDay_IsErrorOnFirstLine()
    {
        var findings = Check(Knee, new ChartLine(1, "36415", [], 2, [1]), new ChartLine(2, "36415", ["91"], 1, [1]));

        var finding = Single(findings, CodingEditRuleIds.Mue);
        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Equal(EditTarget.Line(1), finding.Target);
        Assert.Contains("3 units", finding.Message);
    }

    [Fact]
    public void Mue_Indicator2_AtTheLimit_IsNotFlagged()
    {
        None(Check(Knee, new ChartLine(1, "36415", [], 1, [1]), new ChartLine(2, "36415", ["91"], 1, [1])), CodingEditRuleIds.Mue);
    }

    [Fact]
    public void Mue_Indicator3_OverTheDay_IsWarning()
    {
        var finding = Single(Check(Knee, new ChartLine(1, "97110", [], 5, [1])), CodingEditRuleIds.Mue);

        Assert.Equal(EditSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void EvaluationWithMinorProcedure_WithoutModifier25_IsWarningOnTheEvaluation()
    {
        var finding = Single(Check(Knee, Line(1, "99213"), Line(2, "20610", "RT")), CodingEditRuleIds.EvaluationWithoutModifier25);

        Assert.Equal(EditSeverity.Warning, finding.Severity);
        Assert.Equal(EditTarget.Line(1), finding.Target);
    }

    [Fact]
    public void EvaluationWithMinorProcedure_WithModifier25_IsNotFlagged()
    {
        None(Check(Knee, Line(1, "99213", "25"), Line(2, "20610", "RT")), CodingEditRuleIds.EvaluationWithoutModifier25);
    }

    [Fact]
    public void EvaluationWithLabDraw_WhichIsNoMinorProcedure_IsNotFlagged()
    {
        None(Check(Knee, Line(1, "99213"), Line(2, "36415")), CodingEditRuleIds.EvaluationWithoutModifier25);
    }

    [Fact]
    public void Modifier59WithXs_OnOneLine_IsError()
    {
        var finding = Single(Check(Knee, Line(1, "97140", "59", "XS")), CodingEditRuleIds.Modifier59WithX);

        Assert.Equal(EditSeverity.Error, finding.Severity);
    }

    [Fact]
    public void Modifier59Alone_IsNotFlaggedAsCombinedWithX()
    {
        None(Check(Knee, Line(1, "97140", "59")), CodingEditRuleIds.Modifier59WithX);
    }

    [Fact]
    public void Modifier25OnProcedure_IsError()
    {
        var finding = Single(Check(Knee, Line(1, "20610", "25", "RT")), CodingEditRuleIds.Modifier25NotEvaluation);

        Assert.Equal(EditTarget.Line(1), finding.Target);
    }

    [Fact]
    public void Modifier25OnEvaluation_IsNotFlagged()
    {
        None(Check(Knee, Line(1, "99214", "25")), CodingEditRuleIds.Modifier25NotEvaluation);
    }

    [Fact]
    public void Modifier59OnEvaluation_IsError()
    {
        Single(Check(Knee, Line(1, "99214", "59")), CodingEditRuleIds.Modifier59OnEvaluation);
    }

    [Fact]
    public void Modifier59OnProcedure_IsNotFlaggedAsOnEvaluation()
    {
        None(Check(Knee, Line(1, "97140", "59")), CodingEditRuleIds.Modifier59OnEvaluation);
    }

    [Fact]
    public void PointerBeyondListedDiagnoses_IsError()
    {
        var finding = Single(Check(["M17.11", "I10"], new ChartLine(1, "99213", [], 1, [1, 3])), CodingEditRuleIds.PointerInvalid);

        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Contains("diagnosis 3", finding.Message);
    }

    [Fact]
    public void PointerZero_IsError()
    {
        Single(Check(Knee, new ChartLine(1, "99213", [], 1, [0])), CodingEditRuleIds.PointerInvalid);
    }

    [Fact]
    public void PointersAtListedDiagnoses_AreNotFlagged()
    {
        var findings = Check(["M17.11", "I10"], new ChartLine(1, "99213", [], 1, [2, 1]));

        None(findings, CodingEditRuleIds.PointerInvalid);
        None(findings, CodingEditRuleIds.PointerMissing);
    }

    [Fact]
    public void LineWithoutPointer_IsError()
    {
        var finding = Single(Check(Knee, new ChartLine(1, "99213", [], 1, [])), CodingEditRuleIds.PointerMissing);

        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Equal(EditTarget.Line(1), finding.Target);
    }

    [Fact]
    public void DuplicateLine_IsErrorOnTheSecondLine()
    {
        var finding = Single(Check(Knee, Line(1, "97110", "GP"), Line(2, "97110", "GP")), CodingEditRuleIds.DuplicateLine);

        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Equal(EditTarget.Line(2), finding.Target);
    }

    [Fact]
    public void DuplicateLine_WithModifiersInAnotherOrder_IsStillDuplicate()
    {
        Single(Check(Knee, Line(1, "97110", "GP", "KX"), Line(2, "97110", "KX", "GP")), CodingEditRuleIds.DuplicateLine);
    }

    [Theory]
    [InlineData("76")]
    [InlineData("77")]
    [InlineData("91")]
    public void RepeatedLine_WithRepeatModifier_IsNotDuplicate(string modifier)
    {
        None(Check(Knee, Line(1, "36415"), Line(2, "36415", modifier)), CodingEditRuleIds.DuplicateLine);
    }

    [Fact]
    public void SameCodeOnDifferentSides_IsNotDuplicate()
    {
        None(Check(Knee, Line(1, "20610", "RT"), Line(2, "20610", "LT")), CodingEditRuleIds.DuplicateLine);
    }

    [Fact]
    public void JointInjectionWithoutSide_IsLateralityWarning()
    {
        var finding = Single(Check(Knee, Line(1, "20610")), CodingEditRuleIds.LateralityMissing);

        Assert.Equal(EditSeverity.Warning, finding.Severity);
        Assert.Equal(EditTarget.Line(1), finding.Target);
    }

    [Theory]
    [InlineData("20610", "RT")]
    [InlineData("73610", "LT")]
    [InlineData("20610", "50")]
    public void PairedOrganProcedureWithSide_IsNotFlagged(string code, string modifier)
    {
        None(Check(Knee, Line(1, code, modifier)), CodingEditRuleIds.LateralityMissing);
    }

    [Fact]
    public void AddOnWithoutItsPrimary_IsError()
    {
        var finding = Single(Check(Knee, Line(1, "17000"), Line(2, "11103")), CodingEditRuleIds.AddOnWithoutPrimary);

        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Equal(EditTarget.Line(2), finding.Target);
        Assert.Contains("11102", finding.Message);
    }

    [Fact]
    public void AddOnWithItsPrimary_IsNotFlagged()
    {
        None(Check(Knee, Line(1, "11102"), Line(2, "11103")), CodingEditRuleIds.AddOnWithoutPrimary);
    }

    [Fact]
    public void AnyPrimaryAddOn_WithOnlyAnotherAddOn_IsError()
    {
        var findings = Check(Knee, Line(1, "69990"), Line(2, "17003"));

        Assert.Contains(findings, f => f.RuleId == CodingEditRuleIds.AddOnWithoutPrimary && f.Target == EditTarget.Line(1));
    }

    [Fact]
    public void AnyPrimaryAddOn_WithAProcedure_IsNotFlagged()
    {
        None(Check(Knee, Line(1, "12001"), Line(2, "69990")), CodingEditRuleIds.AddOnWithoutPrimary);
    }

    [Fact]
    public void NcciWarning_WithOverrideReason_IsReportedOverridden()
    {
        var chart = Chart(Knee, Line(1, "97530"), Line(2, "97140")) with
        {
            Overrides = [new EditOverride(CodingEditRuleIds.NcciPtp, EditTarget.Line(2), "Commercial payer does not apply NCCI.")],
        };

        var findings = Check(chart);

        Assert.True(Single(findings, CodingEditRuleIds.NcciPtp).IsOverridden);
        Assert.True(CodingEditsEngine.CanComplete(findings));
    }
}
