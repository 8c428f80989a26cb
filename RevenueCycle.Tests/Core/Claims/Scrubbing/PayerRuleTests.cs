using System.Text.Json;
using RevenueCycle.Core.Claims.Scrubbing;
using static RevenueCycle.Tests.Core.Claims.Scrubbing.ScrubTestData;

namespace RevenueCycle.Tests.Core.Claims.Scrubbing;

public sealed class PayerRuleTests
{
    private static PayerRuleDefinition Rule(RuleCombinator combinator, params RuleCondition[] conditions) => new()
    {
        Name = "Test rule",
        Scope = RuleScope.ForPayer(PayerId),
        Combinator = combinator,
        Conditions = conditions,
        Action = ScrubSeverity.Warning,
        Message = "Key Insurance wants a look at this.",
    };

    [Fact]
    public void AllConditions_ClaimLevel_MatchOnceWithTheFirstConditionsField()
    {
        var rule = Rule(RuleCombinator.All,
            new RuleCondition("claim.pos", RuleOperator.Equals, "11"),
            new RuleCondition("patient.age", RuleOperator.GreaterThan, "40"));

        var finding = Single(Scrub(Baseline, rule), "PAYER:Test rule");

        Assert.Equal(ScrubSeverity.Warning, finding.Severity);
        Assert.Equal("claim.pos", finding.Field);
        Assert.Null(finding.LineNumber);
        Assert.Equal("Key Insurance wants a look at this.", finding.Message);
    }

    [Fact]
    public void AllConditions_OneFails_NoFinding()
    {
        var rule = Rule(RuleCombinator.All,
            new RuleCondition("claim.pos", RuleOperator.Equals, "11"),
            new RuleCondition("patient.age", RuleOperator.LessThan, "18"));

        Assert.Empty(Scrub(Baseline, rule).Findings);
    }

    [Fact]
    public void AnyCondition_OneHolds_Matches_DiagnosisComparedWithoutTheDot()
    {
        var rule = Rule(RuleCombinator.Any,
            new RuleCondition("claim.pos", RuleOperator.Equals, "22"),
            new RuleCondition("diagnosis.code", RuleOperator.InList, "J06.9, e119"));

        var finding = Single(Scrub(Baseline, rule), "PAYER:Test rule");

        Assert.Equal("claim.diagnoses", finding.Field);
    }

    [Fact]
    public void AnyCondition_NoneHolds_NoFinding()
    {
        var rule = Rule(RuleCombinator.Any,
            new RuleCondition("claim.pos", RuleOperator.Equals, "22"),
            new RuleCondition("claim.totalCharge", RuleOperator.Between, "500,1000"));

        Assert.Empty(Scrub(Baseline, rule).Findings);
    }

    [Fact]
    public void LineLevelRule_GivesAFindingPerMatchingLine()
    {
        // Venipuncture without modifier 90 (outside lab), on a commercial claim.
        var rule = Rule(RuleCombinator.All,
            new RuleCondition("payer.filingIndicator", RuleOperator.Equals, "CI"),
            new RuleCondition("line.code", RuleOperator.StartsWith, "364"),
            new RuleCondition("line.modifier", RuleOperator.NotInList, "90,QW"));

        var finding = Single(Scrub(Baseline, rule), "PAYER:Test rule");

        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("line[2].code", finding.Field);
        Assert.StartsWith("Line 2 (36415): ", finding.Message);
        Assert.Empty(Scrub(Baseline.WithLine(2, l => l with { Modifiers = ["90"] }), rule).Findings);
    }

    [Fact]
    public void LineLevelRule_EveryLineMatches_FindingOnEachLine()
    {
        var rule = Rule(RuleCombinator.All, new RuleCondition("line.units", RuleOperator.Equals, "1"), new RuleCondition("line.pos", RuleOperator.Equals, "11"));

        var findings = Scrub(Baseline, rule).Findings;

        Assert.Equal([1, 2], findings.Select(f => f.LineNumber ?? 0));
        Assert.Equal(["line[1].units", "line[2].units"], findings.Select(f => f.Field));
    }

    [Fact]
    public void LineLevelAny_MatchesLinesByEitherCondition_PointingAtTheConditionThatHeld()
    {
        var claim = Baseline with
        {
            Lines = [.. Baseline.Lines, new ScrubLine(3, Dos, "99214", ["25"], 1, 10m, [1])],
            TotalCharge = 185m,
        };
        var rule = Rule(RuleCombinator.Any, new RuleCondition("line.charge", RuleOperator.GreaterThan, "100"), new RuleCondition("line.code", RuleOperator.Equals, "36415"));

        var findings = Scrub(claim, rule).Findings.Where(f => f.RuleId == "PAYER:Test rule").ToList();

        Assert.Equal([1, 2], findings.Select(f => f.LineNumber ?? 0));
        Assert.Equal(["line[1].charge", "line[2].code"], findings.Select(f => f.Field));
    }

    [Fact]
    public void LineLevelAny_ClaimConditionHolds_OneClaimFinding()
    {
        var rule = Rule(RuleCombinator.Any, new RuleCondition("claim.frequency", RuleOperator.Equals, "1"), new RuleCondition("line.code", RuleOperator.Equals, "36415"));

        var finding = Single(Scrub(Baseline, rule), "PAYER:Test rule");

        Assert.Null(finding.LineNumber);
        Assert.Equal("claim.frequency", finding.Field);
    }

    [Fact]
    public void HoldAction_HoldsTheClaim()
    {
        var rule = Rule(RuleCombinator.All, new RuleCondition("claim.totalCharge", RuleOperator.GreaterThan, "100")) with { Action = ScrubSeverity.Hold };

        var result = Scrub(Baseline, rule);

        Assert.True(result.HasHold);
        Assert.False(result.Passed);
    }

    [Fact]
    public void Scope_OtherPayer_DoesNotApply_FilingIndicatorScope_Does()
    {
        var always = Rule(RuleCombinator.All, new RuleCondition("claim.lineCount", RuleOperator.GreaterThan, "0"));

        Assert.Empty(Scrub(Baseline, always with { Scope = RuleScope.ForPayer(PayerId + 1) }).Findings);
        Assert.Empty(Scrub(Baseline, always with { Scope = RuleScope.ForFilingIndicators("MB,MC") }).Findings);
        Assert.Single(Scrub(Baseline, always with { Scope = RuleScope.ForFilingIndicators("MB, CI") }).Findings);
        Assert.Single(Scrub(Baseline, always with { Scope = RuleScope.AllPayers }).Findings);
    }

    [Theory]
    [InlineData("claim.priorAuth", RuleOperator.IsNotEmpty, null, true)]
    [InlineData("claim.priorAuth", RuleOperator.IsEmpty, null, false)]
    [InlineData("claim.relatedCauses", RuleOperator.IsEmpty, null, true)]
    [InlineData("claim.dosAgeDays", RuleOperator.Between, "10,10", true)]
    [InlineData("claim.dosAgeDays", RuleOperator.GreaterThan, "10", false)]
    [InlineData("patient.sex", RuleOperator.Equals, "f", true)]
    [InlineData("subscriber.relationship", RuleOperator.NotEquals, "18", false)]
    [InlineData("claim.payerSequence", RuleOperator.InList, "S,T", false)]
    [InlineData("payer.payerId", RuleOperator.Equals, "66783", true)]
    [InlineData("rendering.taxonomy", RuleOperator.StartsWith, "207Q", true)]
    [InlineData("diagnosis.code", RuleOperator.StartsWith, "E11", true)]
    [InlineData("diagnosis.code", RuleOperator.NotEquals, "I10", false)]
    [InlineData("line.modifier", RuleOperator.IsEmpty, null, true)]
    [InlineData("claim.totalCharge", RuleOperator.Equals, "175.00", true)]
    [InlineData("claim.totalCharge", RuleOperator.NotInList, "175,200", false)]
    public void Operators_OnTheCleanClaim(string field, RuleOperator op, string? value, bool matches)
    {
        var rule = Rule(RuleCombinator.All, new RuleCondition(field, op, value));

        Assert.Equal(matches, Scrub(Baseline, rule).Findings.Count > 0);
    }

    [Fact]
    public void InvalidRule_IsReportedAsAWarning_NotApplied()
    {
        var broken = Rule(RuleCombinator.All, new RuleCondition("claim.colour", RuleOperator.Equals, "red")) with { Action = ScrubSeverity.Error };

        var result = Scrub(Baseline, broken);

        var finding = Single(result, "PAYER:Test rule");
        Assert.Equal(ScrubSeverity.Warning, finding.Severity);
        Assert.Contains("could not be checked", finding.Message);
        Assert.Contains("claim.colour", finding.Message);
        Assert.True(result.Passed);
    }

    [Fact]
    public void Validate_ValidRule_HasNoProblems()
    {
        var rule = Rule(RuleCombinator.All, new RuleCondition("line.units", RuleOperator.Between, "1, 4"), new RuleCondition("line.code", RuleOperator.InList, "97110,97140"));

        Assert.Empty(rule.Validate());
    }

    [Theory]
    [InlineData("line.colour", RuleOperator.Equals, "x", "Condition 1: \"line.colour\" is not a field a rule can test.")]
    [InlineData("line.units", RuleOperator.StartsWith, "1", "Condition 1: Line units is a number; \"starts with\" does not apply to numbers.")]
    [InlineData("line.code", RuleOperator.GreaterThan, "99000", "Condition 1: Line procedure code is text; \"is greater than\" applies only to numbers.")]
    [InlineData("line.charge", RuleOperator.LessThan, "ten", "Condition 1: Line charge is a number, and \"ten\" is not a number (use digits and a dot, like 150.00).")]
    [InlineData("line.units", RuleOperator.Between, "4", "Condition 1: \"between\" needs two numbers separated by a comma, like 1,10, not \"4\".")]
    [InlineData("line.units", RuleOperator.Between, "10,1", "Condition 1: \"between\" needs the lower number first, like 1,10.")]
    [InlineData("claim.pos", RuleOperator.Equals, " ", "Condition 1: enter the value to compare Place of service with.")]
    [InlineData("", RuleOperator.Equals, "11", "Condition 1: choose a field.")]
    public void Validate_BadCondition_SaysWhatIsWrong(string field, RuleOperator op, string? value, string expected)
    {
        var rule = Rule(RuleCombinator.All, new RuleCondition(field, op, value));

        Assert.Equal([expected], rule.Validate());
    }

    [Fact]
    public void Validate_EmptyRule_ListsEveryMissingPart()
    {
        var rule = new PayerRuleDefinition { Scope = new RuleScope(RuleScopeKind.Payer) };

        Assert.Equal(
            ["Give the rule a name.", "Write the message the biller will see when the rule matches.", "Choose the payer the rule applies to.", "Add at least one condition."],
            rule.Validate());
    }

    [Fact]
    public void Fields_OperatorsFollowTheType()
    {
        Assert.True(ScrubFields.TryGet("LINE.UNITS", out var units));
        Assert.Equal(ScrubFieldType.Number, units.Type);
        Assert.True(units.IsLineLevel);
        Assert.DoesNotContain(RuleOperator.StartsWith, ScrubFields.OperatorsFor(units));
        Assert.True(ScrubFields.TryGet("diagnosis.code", out var diagnosis));
        Assert.True(diagnosis.IsMultiValued);
        Assert.DoesNotContain(RuleOperator.Between, ScrubFields.OperatorsFor(diagnosis));
        Assert.Equal(ScrubFields.All.Count, ScrubFields.All.Select(f => f.Key).Distinct().Count());
    }

    [Fact]
    public void Json_RoundTrip_KeepsEveryPart()
    {
        var rule = new PayerRuleDefinition
        {
            Name = "J-codes need JW or JZ",
            Scope = RuleScope.ForFilingIndicators("MB,MA"),
            Combinator = RuleCombinator.Any,
            Conditions = [new RuleCondition("line.code", RuleOperator.StartsWith, "J"), new RuleCondition("line.modifier", RuleOperator.IsEmpty)],
            Action = ScrubSeverity.Hold,
            Message = "Drug lines need JW or JZ.",
            FixHint = "Add JZ when nothing was wasted.",
        };

        var json = rule.ToJson();
        var back = PayerRuleDefinition.FromJson(json);

        Assert.Contains("\"operator\":\"startsWith\"", json);
        Assert.Contains("\"action\":\"hold\"", json);
        Assert.Equal(rule.Name, back.Name);
        Assert.Equal(rule.Scope, back.Scope);
        Assert.Equal(rule.Combinator, back.Combinator);
        Assert.Equal(rule.Conditions, back.Conditions);
        Assert.Equal(rule.Action, back.Action);
        Assert.Equal(rule.Message, back.Message);
        Assert.Equal(rule.FixHint, back.FixHint);
        Assert.Equal(json, back.ToJson());
    }

    [Fact]
    public void Json_ListRoundTrip_AndUnknownOperatorIsRejected()
    {
        var rules = new[] { Rule(RuleCombinator.All, new RuleCondition("claim.pos", RuleOperator.Equals, "11")), Rule(RuleCombinator.Any, new RuleCondition("line.units", RuleOperator.GreaterThan, "4")) };

        var back = PayerRuleDefinition.ListFromJson(PayerRuleDefinition.ToJson(rules));

        Assert.Equal(rules.Select(r => r.ToJson()), back.Select(r => r.ToJson()));
        Assert.Throws<JsonException>(() => PayerRuleDefinition.FromJson("""{"name":"x","conditions":[{"field":"claim.pos","operator":"like","value":"1"}]}"""));
    }
}
