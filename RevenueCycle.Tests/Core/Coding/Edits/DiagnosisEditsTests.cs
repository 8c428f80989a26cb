using RevenueCycle.Core.Coding.Edits;
using RevenueCycle.Core.Common;
using static RevenueCycle.Tests.Core.Coding.Edits.EditsTestData;

namespace RevenueCycle.Tests.Core.Coding.Edits;

public sealed class DiagnosisEditsTests
{
    [Fact]
    public void CleanChart_HasNoFindings_AndCanBeCompleted()
    {
        var findings = Check(["E11.65", "I10"], Line(1, "99213"), new ChartLine(2, "36415", [], 1, [1, 2]));

        Assert.Empty(findings);
        Assert.True(CodingEditsEngine.CanComplete(findings));
    }

    [Fact]
    public void DiagnosisNotInCodeSets_IsUnknownError()
    {
        var finding = Single(Check(["I10", "E11.99"], Line(1, "99213")), CodingEditRuleIds.CodeUnknown);

        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Equal(EditTarget.Diagnosis(2), finding.Target);
        Assert.Contains("E11.99", finding.Message);
    }

    [Fact]
    public void KnownDiagnosis_IsNotUnknown()
    {
        None(Check(["I10", "E11.9"], Line(1, "99213")), CodingEditRuleIds.CodeUnknown);
    }

    [Fact]
    public void HeaderDiagnosis_IsErrorAskingForMoreSpecificCode()
    {
        var finding = Single(Check(["E11.6"], Line(1, "99213")), CodingEditRuleIds.IcdHeader);

        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Equal(EditTarget.Diagnosis(1), finding.Target);
        Assert.Contains("more specific", finding.FixHint);
        Assert.False(CodingEditsEngine.CanComplete([finding]));
    }

    [Fact]
    public void BillableDiagnosis_IsNotHeader()
    {
        None(Check(["E11.65"], Line(1, "99213")), CodingEditRuleIds.IcdHeader);
    }

    [Fact]
    public void DiagnosisTerminatedBeforeDos_IsNotValidOnDate()
    {
        var finding = Single(Check(["J12.82"], Line(1, "99213")), CodingEditRuleIds.CodeNotValidOnDate);

        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Contains("ended on 2025-09-30", finding.Message);
    }

    [Fact]
    public void DiagnosisEffectiveAfterDos_IsNotValidOnDate()
    {
        var finding = Single(Check(["Z11.52"], Line(1, "99213")), CodingEditRuleIds.CodeNotValidOnDate);

        Assert.Contains("takes effect on 2026-10-01", finding.Message);
    }

    [Fact]
    public void DiagnosisValidOnEarlierDos_IsNotFlagged()
    {
        var chart = Chart(["J12.82"], Line(1, "99213")) with { DateOfService = new DateOnly(2025, 9, 30) };

        None(Check(chart), CodingEditRuleIds.CodeNotValidOnDate);
    }

    [Fact]
    public void Excludes1Pair_IsOneErrorOnTheLaterDiagnosis()
    {
        var findings = Check(["E11.9", "I10", "E10.9"], Line(1, "99213"));

        var finding = Single(findings, CodingEditRuleIds.Excludes1);
        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Equal(EditTarget.Diagnosis(3), finding.Target);
        Assert.Contains("E10.9", finding.Message);
        Assert.Contains("E11.9", finding.Message);
    }

    [Fact]
    public void DiagnosesOutsideExcludes1Range_AreNotFlagged()
    {
        None(Check(["E11.9", "I10", "E11.65"], Line(1, "99213")), CodingEditRuleIds.Excludes1);
    }

    [Fact]
    public void MaleOnlyDiagnosis_ForFemalePatient_IsSexWarning()
    {
        var finding = Single(Check(["N40.0"], Line(1, "99213")), CodingEditRuleIds.SexConflict);

        Assert.Equal(EditSeverity.Warning, finding.Severity);
        Assert.Equal(EditTarget.Diagnosis(1), finding.Target);
    }

    [Theory]
    [InlineData("N40.0", Sex.Male)]
    [InlineData("N95.1", Sex.Female)]
    [InlineData("C61", Sex.Unknown)]
    public void SexSpecificDiagnosis_ForMatchingOrUnknownSex_IsNotFlagged(string code, Sex sex)
    {
        var chart = Chart([code], Line(1, "99213")) with { PatientSex = sex };

        None(Check(chart), CodingEditRuleIds.SexConflict);
    }

    [Fact]
    public void MaternityDiagnosis_ForMalePatient_IsSexWarning()
    {
        var chart = Chart(["Z34.00"], Line(1, "99213")) with { PatientSex = Sex.Male };

        Single(Check(chart), CodingEditRuleIds.SexConflict);
    }

    [Fact]
    public void MaternityDiagnosis_AtAge60_IsAgeWarning()
    {
        var chart = Chart(["O80"], Line(1, "99213")) with { PatientAgeYears = 60 };

        var finding = Single(Check(chart), CodingEditRuleIds.AgeConflict);
        Assert.Equal(EditSeverity.Warning, finding.Severity);
        Assert.Contains("12-55", finding.Message);
    }

    [Fact]
    public void MaternityDiagnosis_AtAge30_IsNotFlagged()
    {
        var chart = Chart(["O80"], Line(1, "99213")) with { PatientAgeYears = 30 };

        None(Check(chart), CodingEditRuleIds.AgeConflict);
    }

    [Fact]
    public void NewbornDiagnosis_AtAge3_IsAgeWarning_AndAtAge0_IsNot()
    {
        var child = Chart(["P59.9"], Line(1, "99213")) with { PatientAgeYears = 3 };
        var newborn = child with { PatientAgeYears = 0 };

        Single(Check(child), CodingEditRuleIds.AgeConflict);
        None(Check(newborn), CodingEditRuleIds.AgeConflict);
    }

    [Fact]
    public void ManifestationFirstListed_IsError()
    {
        var finding = Single(Check(["G63", "E11.42"], Line(1, "99213")), CodingEditRuleIds.ManifestationFirst);

        Assert.Equal(EditSeverity.Error, finding.Severity);
        Assert.Equal(EditTarget.Diagnosis(1), finding.Target);
    }

    [Fact]
    public void ManifestationAfterUnderlyingDisease_IsNotFlagged()
    {
        None(Check(["E11.42", "G63"], Line(1, "99213")), CodingEditRuleIds.ManifestationFirst);
    }

    [Fact]
    public void SexWarning_WithOverrideReason_IsReportedOverridden()
    {
        var reason = "Transgender patient; condition code 45 on the claim.";
        var chart = Chart(["N40.0"], Line(1, "99213")) with
        {
            Overrides = [new EditOverride(CodingEditRuleIds.SexConflict, EditTarget.Diagnosis(1), reason)],
        };

        var findings = Check(chart);

        var finding = Single(findings, CodingEditRuleIds.SexConflict);
        Assert.True(finding.IsOverridden);
        Assert.Equal(reason, finding.OverrideReason);
        Assert.True(CodingEditsEngine.CanComplete(findings));
    }

    [Fact]
    public void OverrideForAnotherTarget_LeavesWarningOpen()
    {
        var chart = Chart(["I10", "N40.0"], Line(1, "99213")) with
        {
            Overrides = [new EditOverride(CodingEditRuleIds.SexConflict, EditTarget.Diagnosis(1), "wrong diagnosis")],
        };

        var findings = Check(chart);

        Assert.True(Single(findings, CodingEditRuleIds.SexConflict).IsOpen);
        Assert.False(CodingEditsEngine.CanComplete(findings));
    }

    [Fact]
    public void OverrideOnError_IsIgnored()
    {
        var chart = Chart(["E11.6"], Line(1, "99213")) with
        {
            Overrides = [new EditOverride(CodingEditRuleIds.IcdHeader, EditTarget.Diagnosis(1), "payer accepts it")],
        };

        var findings = Check(chart);

        Assert.True(Single(findings, CodingEditRuleIds.IcdHeader).IsOpen);
        Assert.False(CodingEditsEngine.CanComplete(findings));
    }
}
