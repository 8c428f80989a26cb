using System.Reflection;
using RevenueCycle.Core.Claims.Scrubbing;
using RevenueCycle.Core.Coding.Edits;
using RevenueCycle.Core.Denials;
using RevenueCycle.Tests.Core.Claims.Scrubbing;

namespace RevenueCycle.Tests.Core.Denials;

public sealed class DenialPreventionTests
{
    private static readonly HashSet<string> ScrubberRuleIds = ScrubRules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> CodingEditIds = typeof(CodingEditRuleIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => ScrubRules.CodingEditPrefix + (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("29", null, "SCR-045")]
    [InlineData("29", null, "SCR-044")]
    [InlineData("197", null, "SCR-051")]
    [InlineData("15", null, "SCR-051")]
    [InlineData("18", null, "SCR-050")]
    [InlineData("B13", null, "SCR-050")]
    [InlineData("31", null, DenialPrevention.EligibilityCheckId)]
    [InlineData("27", null, DenialPrevention.EligibilityCheckId)]
    [InlineData("97", "M15", "EDIT:NCCI-PTP")]
    [InlineData("236", null, "EDIT:NCCI-PTP")]
    [InlineData("151", "N362", "EDIT:MUE")]
    [InlineData("6", null, "EDIT:ICD-AGE")]
    [InlineData("9", null, "EDIT:ICD-AGE")]
    [InlineData("7", null, "EDIT:ICD-SEX")]
    [InlineData("10", null, "EDIT:ICD-SEX")]
    [InlineData("11", "M76", "EDIT:PTR-MISSING")]
    [InlineData("4", "N519", "EDIT:EM-MOD25-MISSING")]
    [InlineData("4", null, "EDIT:MOD-LATERALITY")]
    [InlineData("146", null, "EDIT:CODE-DOS")]
    [InlineData("B15", null, "EDIT:ADDON-NO-PRIMARY")]
    [InlineData("16", "N290", "SCR-007")]
    [InlineData("22", "MA04", "SCR-052")]
    public void ForDenial_NamesTheCheckThatWouldHaveCaughtIt(string carc, string? remarks, string checkId)
    {
        var check = Assert.Single(DenialPrevention.ForDenial(carc, remarks), c => c.Id == checkId);

        Assert.False(string.IsNullOrWhiteSpace(check.Explanation));
    }

    [Fact]
    public void MissingInformation_WithMA130_PointsAtTheRequiredDataRules()
    {
        var ids = DenialPrevention.ForDenial("16", "MA130").Select(c => c.Id);

        Assert.Equal(["SCR-010", "SCR-011", "SCR-012", "SCR-013", "SCR-014", "SCR-015", "SCR-016"], ids);
    }

    [Fact]
    public void RemarkCodes_ComeFirst_AndNoCheckIsRepeated()
    {
        var checks = DenialPrevention.ForDenial("16", "N290,MA130,N290");

        Assert.Equal("SCR-007", checks[0].Id);
        Assert.Equal(checks.Count, checks.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void EligibilityCheck_IsNamed_AndMarkedNotBuilt()
    {
        var check = Assert.Single(DenialPrevention.ForDenial("31"));

        Assert.Equal("ELIG: coverage active on the DOS", check.Id);
        Assert.Equal(PreventionCheckKind.EligibilityCheck, check.Kind);
        Assert.False(check.IsBuilt);
    }

    [Theory]
    [InlineData(DenialCategory.Eligibility, DenialPrevention.EligibilityCheckId)]
    [InlineData(DenialCategory.Authorization, "SCR-051")]
    [InlineData(DenialCategory.Coding, "EDIT:CODE-UNKNOWN")]
    [InlineData(DenialCategory.MedicalNecessity, "EDIT:MUE")]
    [InlineData(DenialCategory.Bundling, "EDIT:NCCI-PTP")]
    [InlineData(DenialCategory.TimelyFiling, "SCR-045")]
    [InlineData(DenialCategory.Duplicate, "SCR-050")]
    [InlineData(DenialCategory.CoordinationOfBenefits, DenialPrevention.EligibilityCheckId)]
    [InlineData(DenialCategory.MissingInformation, "SCR-011")]
    [InlineData(DenialCategory.NonCovered, DenialPrevention.PayerRuleCheckId)]
    [InlineData(DenialCategory.Other, DenialPrevention.PayerRuleCheckId)]
    public void ForCategory_NamesACheckForEveryRootCause(DenialCategory category, string checkId) =>
        Assert.Contains(DenialPrevention.ForCategory(category), c => c.Id == checkId);

    [Fact]
    public void UnknownReason_FallsBackToAPayerRule()
    {
        var check = Assert.Single(DenialPrevention.ForDenial("999"));

        Assert.Equal(PreventionCheckKind.PayerRule, check.Kind);
    }

    [Fact]
    public void EveryBuiltCheck_NamesARealScrubberRuleOrCodingEdit()
    {
        var checks = CarcCatalog.All.SelectMany(c => DenialPrevention.ForDenial(c.Code))
            .Concat(RarcCatalog.All.SelectMany(r => DenialPrevention.ForDenial("16", r.Code)))
            .Concat(Enum.GetValues<DenialCategory>().SelectMany(DenialPrevention.ForCategory))
            .ToList();

        Assert.All(checks, check =>
        {
            Assert.False(string.IsNullOrWhiteSpace(check.Explanation));
            if (check.Kind == PreventionCheckKind.ScrubberRule)
            {
                Assert.Contains(check.Id, ScrubberRuleIds);
            }
            else if (check.Kind == PreventionCheckKind.CodingEdit && check.IsBuilt)
            {
                Assert.Contains(check.Id, CodingEditIds);
            }
        });
    }

    [Fact]
    public void SuggestPayerRule_ForEveryDenialCode_Validates()
    {
        foreach (var code in CarcCatalog.All.Where(c => c.IsDenial).Select(c => c.Code).Append("999"))
        {
            var rule = DenialPrevention.SuggestPayerRule(code, "99213", ScrubTestData.PayerId, "Key Insurance", maxUnits: 2);

            Assert.NotNull(rule);
            Assert.Empty(rule.Validate());
            Assert.Equal(RuleScope.ForPayer(ScrubTestData.PayerId), rule.Scope);
            Assert.Equal(rule.ToJson(), PayerRuleDefinition.FromJson(rule.ToJson()).ToJson());
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData("45")]
    [InlineData("253")]
    public void SuggestPayerRule_RoutineAdjustment_SuggestsNothing(string carc) =>
        Assert.Null(DenialPrevention.SuggestPayerRule(carc, "99213", ScrubTestData.PayerId));

    [Fact]
    public void SuggestPayerRule_PriorAuthorization_IsTheBriefsRule()
    {
        var rule = DenialPrevention.SuggestPayerRule("197", "36415", ScrubTestData.PayerId, "Key Insurance")!;

        Assert.Equal([new RuleCondition("claim.priorAuth", RuleOperator.IsEmpty), new RuleCondition("line.code", RuleOperator.Equals, "36415")], rule.Conditions);
        Assert.Equal(RuleCombinator.All, rule.Combinator);
        Assert.Equal(ScrubSeverity.Error, rule.Action);
        Assert.Equal("Key Insurance requires prior authorization for 36415", rule.Message);
    }

    [Fact]
    public void SuggestPayerRule_Fallback_HoldsForReview_WithTheReason()
    {
        var rule = DenialPrevention.SuggestPayerRule("50", "36415", ScrubTestData.PayerId)!;

        Assert.Equal(ScrubSeverity.Hold, rule.Action);
        Assert.Equal("Review before sending: Payer 7 denied 36415 for payer does not consider the service medically necessary", rule.Message);
    }

    public static TheoryData<string, string, int?, ScrubClaim, ScrubClaim, ScrubSeverity> DeniedAndCleanClaims
    {
        get
        {
            var baseline = ScrubTestData.Baseline;
            var withoutDrawLine = baseline with { TotalCharge = 150m, Lines = [baseline.Lines[0]] };
            return new()
            {
                // Prior authorization: the same claim without the authorization number.
                { "197", "36415", null, baseline with { PriorAuthorizationNumber = null }, baseline, ScrubSeverity.Error },
                { "15", "36415", null, baseline with { PriorAuthorizationNumber = null }, baseline, ScrubSeverity.Error },

                // Modifier: the visit without a modifier, then with 25.
                { "4", "99213", null, baseline, baseline.WithLine(1, l => l with { Modifiers = ["25"] }), ScrubSeverity.Warning },

                // Bundling: the draw without a distinct-service modifier, the visit without 25.
                { "97", "36415", null, baseline, baseline.WithLine(2, l => l with { Modifiers = ["59"] }), ScrubSeverity.Warning },
                { "236", "99213", null, baseline, baseline.WithLine(1, l => l with { Modifiers = ["25"] }), ScrubSeverity.Warning },

                // Units: two draws where the payer pays one.
                { "151", "36415", 1, baseline.WithLine(2, l => l with { Units = 2, Charge = 50m }) with { TotalCharge = 200m }, baseline, ScrubSeverity.Warning },

                // Fallback: any claim with the code is held; a claim without it is not.
                { "50", "36415", null, baseline, withoutDrawLine, ScrubSeverity.Hold },
                { "999", "36415", null, baseline, withoutDrawLine, ScrubSeverity.Hold },
            };
        }
    }

    [Theory]
    [MemberData(nameof(DeniedAndCleanClaims))]
    public void SuggestedRule_FlagsTheDeniedPattern_AndNotACleanClaim(string carc, string code, int? maxUnits, ScrubClaim denied, ScrubClaim clean, ScrubSeverity severity)
    {
        var rule = DenialPrevention.SuggestPayerRule(carc, code, ScrubTestData.PayerId, "Key Insurance", maxUnits)!;
        Assert.Empty(rule.Validate());
        var ruleId = ScrubRules.PayerRulePrefix + rule.Name;

        var flagged = ScrubTestData.Single(ScrubTestData.Scrub(denied, rule), ruleId);
        var cleanResult = ScrubTestData.Scrub(clean, rule);

        Assert.Equal(severity, flagged.Severity);
        Assert.Contains(code, flagged.Message, StringComparison.Ordinal);
        ScrubTestData.None(cleanResult, ruleId);
        Assert.True(cleanResult.Passed, string.Join("; ", cleanResult.Findings.Select(f => $"{f.RuleId}: {f.Message}")));
    }

    [Fact]
    public void SuggestedRule_AppliesOnlyToTheDenyingPayer()
    {
        var rule = DenialPrevention.SuggestPayerRule("197", "36415", payerId: 99)!;
        var withoutAuth = ScrubTestData.Baseline with { PriorAuthorizationNumber = null };

        ScrubTestData.None(ScrubTestData.Scrub(withoutAuth, rule), ScrubRules.PayerRulePrefix + rule.Name);
    }
}
