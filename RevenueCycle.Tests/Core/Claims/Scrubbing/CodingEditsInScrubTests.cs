using RevenueCycle.Core.Claims.Scrubbing;
using static RevenueCycle.Tests.Core.Claims.Scrubbing.ScrubTestData;

namespace RevenueCycle.Tests.Core.Claims.Scrubbing;

public sealed class CodingEditsInScrubTests
{
    [Fact]
    public void NcciPairOnOneDay_IsEditErrorOnTheColumnTwoLine()
    {
        var claim = Baseline with
        {
            Lines = [new ScrubLine(1, Dos, "20610", ["RT"], 1, 150m, [1]), new ScrubLine(2, Dos, "76942", [], 1, 25m, [1])],
        };

        var finding = Single(Scrub(claim), "EDIT:NCCI-PTP");

        Assert.Equal(ScrubSeverity.Error, finding.Severity);
        Assert.Equal("line[2].code", finding.Field);
        Assert.Equal(2, finding.LineNumber);
        Assert.Contains("76942", finding.Message);
    }

    [Fact]
    public void NcciPairOnDifferentDays_IsNotBundled()
    {
        var claim = Baseline with
        {
            ServiceToDate = Dos.AddDays(1),
            Lines = [new ScrubLine(1, Dos, "20610", ["RT"], 1, 150m, [1]), new ScrubLine(2, Dos.AddDays(1), "76942", [], 1, 25m, [1])],
        };

        Assert.Empty(Scrub(claim).Findings);
    }

    [Fact]
    public void UnknownDiagnosis_IsEditErrorOnThatDiagnosis_ReportedOnceOnAMultiDayClaim()
    {
        var claim = Baseline.WithLine(2, l => l with { ServiceDate = Dos.AddDays(1) }) with
        {
            ServiceToDate = Dos.AddDays(1),
            Diagnoses = [new ScrubDiagnosis(1, "E11.9"), new ScrubDiagnosis(2, "I10.99")],
        };

        var finding = Single(Scrub(claim), "EDIT:CODE-UNKNOWN");

        Assert.Equal(ScrubSeverity.Error, finding.Severity);
        Assert.Equal("diagnosis[2].code", finding.Field);
        Assert.Null(finding.LineNumber);
    }

    [Fact]
    public void Excludes1Pair_IsEditError()
    {
        var claim = Baseline with { Diagnoses = [new ScrubDiagnosis(1, "E11.9"), new ScrubDiagnosis(2, "E10.9")] };

        Assert.Equal(ScrubSeverity.Error, Single(Scrub(claim), "EDIT:ICD-EXCLUDES1").Severity);
    }

    [Fact]
    public void AppealableMue_IsAWarning_SoTheClaimStillPasses()
    {
        var claim = Baseline with { Lines = [new ScrubLine(1, Dos, "97110", [], 5, 175m, [1])] };

        var result = Scrub(claim);

        Assert.Equal(ScrubSeverity.Warning, Single(result, "EDIT:MUE").Severity);
        Assert.True(result.Passed);
    }

    [Fact]
    public void MaleOnlyDiagnosisForAWoman_IsEditWarningOnThatDiagnosis()
    {
        var claim = Baseline with { Diagnoses = [new ScrubDiagnosis(1, "E11.9"), new ScrubDiagnosis(2, "N40.0")] };

        var finding = Single(Scrub(claim), "EDIT:ICD-SEX");

        Assert.Equal(ScrubSeverity.Warning, finding.Severity);
        Assert.Equal("diagnosis[2].code", finding.Field);
        Assert.Empty(Scrub(claim with { Patient = claim.Patient with { Sex = RevenueCycle.Core.Common.Sex.Male } }).Findings);
    }

    [Fact]
    public void CodingEditPointerRules_AreLeftToTheScrubbersOwnPointerRules()
    {
        var result = Scrub(Baseline.WithLine(2, l => l with { Pointers = [] }));

        None(result, "EDIT:PTR-MISSING");
        Assert.Equal("SCR-022", Assert.Single(result.Findings).RuleId);
    }
}
