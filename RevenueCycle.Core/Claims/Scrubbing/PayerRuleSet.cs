using RevenueCycle.Core.Patients;

namespace RevenueCycle.Core.Claims.Scrubbing;

/// <summary>
/// Payer rules parsed once for a batch: values split and numbers parsed, rules bucketed by payer
/// and filing indicator, so a claim only sees the rules in its scope. Read-only and thread-safe.
/// </summary>
public sealed class PayerRuleSet
{
    private static readonly CompiledRule[] NoRules = [];

    private readonly CompiledRule[] _allPayers;
    private readonly Dictionary<int, CompiledRule[]> _byPayer;
    private readonly Dictionary<string, CompiledRule[]> _byFilingIndicator;

    private PayerRuleSet(CompiledRule[] allPayers, Dictionary<int, CompiledRule[]> byPayer, Dictionary<string, CompiledRule[]> byFilingIndicator)
    {
        _allPayers = allPayers;
        _byPayer = byPayer;
        _byFilingIndicator = byFilingIndicator;
    }

    /// <summary>No payer rules.</summary>
    public static PayerRuleSet Empty { get; } = new(NoRules, [], new Dictionary<string, CompiledRule[]>(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Compiles the rules. A rule that does not validate is kept as a warning on the claims in its
    /// scope ("could not be checked"), so a broken rule is seen rather than silently skipped.
    /// </summary>
    public static PayerRuleSet Compile(IReadOnlyList<PayerRuleDefinition>? rules)
    {
        if (rules is null || rules.Count == 0)
        {
            return Empty;
        }

        var all = new List<CompiledRule>();
        var byPayer = new Dictionary<int, List<CompiledRule>>();
        var byFiling = new Dictionary<string, List<CompiledRule>>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in rules)
        {
            if (definition is null)
            {
                continue;
            }

            var compiled = CompiledRule.Compile(definition);
            switch (definition.Scope?.Kind)
            {
                case RuleScopeKind.Payer when definition.Scope.PayerId is { } payerId:
                    Bucket(byPayer, payerId).Add(compiled);
                    break;
                case RuleScopeKind.FilingIndicator when !string.IsNullOrWhiteSpace(definition.Scope.FilingIndicators):
                    foreach (var indicator in definition.Scope.FilingIndicators.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        Bucket(byFiling, indicator).Add(compiled);
                    }

                    break;
                case RuleScopeKind.AllPayers:
                    all.Add(compiled);
                    break;

                // A scope that names no payer applies to none; Validate reports it when the rule is saved.
            }
        }

        return new PayerRuleSet(
            [.. all],
            byPayer.ToDictionary(p => p.Key, p => p.Value.ToArray()),
            byFiling.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase));

        static List<CompiledRule> Bucket<TKey>(Dictionary<TKey, List<CompiledRule>> buckets, TKey key)
            where TKey : notnull
        {
            if (!buckets.TryGetValue(key, out var list))
            {
                buckets[key] = list = [];
            }

            return list;
        }
    }

    internal void Evaluate(ScrubClaim claim, in ClaimFacts facts, List<ScrubFinding> findings)
    {
        Run(_allPayers, claim, facts, findings);
        if (_byPayer.Count > 0 && _byPayer.TryGetValue(claim.Payer.Id, out var payerRules))
        {
            Run(payerRules, claim, facts, findings);
        }

        if (_byFilingIndicator.Count > 0 && claim.Payer.ClaimFilingIndicator is { } indicator && _byFilingIndicator.TryGetValue(indicator, out var filingRules))
        {
            Run(filingRules, claim, facts, findings);
        }

        static void Run(CompiledRule[] rules, ScrubClaim claim, in ClaimFacts facts, List<ScrubFinding> findings)
        {
            foreach (var rule in rules)
            {
                rule.Evaluate(claim, facts, findings);
            }
        }
    }
}

/// <summary>What the rules derive from a claim once: the first DOS and the patient's age on it.</summary>
internal readonly record struct ClaimFacts(DateOnly FirstServiceDate, int? PatientAgeYears, int DosAgeDays)
{
    public static int? AgeOn(DateOnly? birthDate, DateOnly date)
    {
        if (birthDate is not { } dob || dob > date)
        {
            return null;
        }

        var age = date.Year - dob.Year;
        if (date.Month < dob.Month || (date.Month == dob.Month && date.Day < dob.Day))
        {
            age--;
        }

        return age;
    }
}

internal sealed class CompiledRule
{
    private const string DefaultHint = "This is a payer rule your practice set up: correct the claim as the message says, or ask the billing manager about the payer's policy.";

    private readonly string _ruleId;
    private readonly ScrubSeverity _action;
    private readonly bool _any;
    private readonly string _message;
    private readonly string _hint;
    private readonly CompiledCondition[] _claimConditions;
    private readonly CompiledCondition[] _lineConditions;
    private readonly string? _brokenMessage;

    private CompiledRule(PayerRuleDefinition definition, CompiledCondition[] claimConditions, CompiledCondition[] lineConditions, string? brokenMessage)
    {
        _ruleId = ScrubRules.PayerRulePrefix + definition.Name;
        _action = definition.Action;
        _any = definition.Combinator == RuleCombinator.Any;
        _message = definition.Message;
        _hint = string.IsNullOrWhiteSpace(definition.FixHint) ? DefaultHint : definition.FixHint;
        _claimConditions = claimConditions;
        _lineConditions = lineConditions;
        _brokenMessage = brokenMessage;
    }

    public static CompiledRule Compile(PayerRuleDefinition definition)
    {
        var problems = definition.Validate();
        if (problems.Count > 0)
        {
            return new CompiledRule(definition, [], [],
                $"The payer rule \"{definition.Name}\" could not be checked: {string.Join(" ", problems)}");
        }

        var claimConditions = new List<CompiledCondition>();
        var lineConditions = new List<CompiledCondition>();
        foreach (var condition in definition.Conditions)
        {
            PayerRuleDefinition.ValidateCondition(condition, out var parsed);
            ScrubFields.TryGet(condition.Field, out var field);
            var compiled = new CompiledCondition(field, condition.Operator, parsed.Texts, parsed.Numbers);
            (field.IsLineLevel ? lineConditions : claimConditions).Add(compiled);
        }

        return new CompiledRule(definition, [.. claimConditions], [.. lineConditions], null);
    }

    public void Evaluate(ScrubClaim claim, in ClaimFacts facts, List<ScrubFinding> findings)
    {
        if (_brokenMessage is not null)
        {
            findings.Add(new ScrubFinding(_ruleId, ScrubSeverity.Warning, _brokenMessage, "payer.rules", null,
                "Open the payer rule and correct it; until then it is not applied."));
            return;
        }

        // Claim-level conditions are tested once; line conditions, if any, line by line.
        var claimMatch = _any ? false : true;
        CompiledCondition? firstMatch = null;
        foreach (var condition in _claimConditions)
        {
            var holds = condition.Holds(claim, null, facts);
            if (_any && holds)
            {
                claimMatch = true;
                firstMatch = condition;
                break;
            }

            if (!_any && !holds)
            {
                claimMatch = false;
                break;
            }
        }

        if (_lineConditions.Length == 0)
        {
            if (claimMatch)
            {
                findings.Add(new ScrubFinding(_ruleId, _action, _message, (firstMatch ?? _claimConditions[0]).Field.Path, null, _hint));
            }

            return;
        }

        if (_any && claimMatch)
        {
            // OR: a claim condition that holds makes the whole claim match; one finding, not one per line.
            findings.Add(new ScrubFinding(_ruleId, _action, _message, firstMatch!.Field.Path, null, _hint));
            return;
        }

        if (!_any && !claimMatch)
        {
            return;
        }

        foreach (var line in claim.Lines)
        {
            CompiledCondition? lineMatch = null;
            var matches = !_any;
            foreach (var condition in _lineConditions)
            {
                var holds = condition.Holds(claim, line, facts);
                if (_any && holds)
                {
                    matches = true;
                    lineMatch = condition;
                    break;
                }

                if (!_any && !holds)
                {
                    matches = false;
                    break;
                }
            }

            if (matches)
            {
                var field = lineMatch ?? _lineConditions[0];
                findings.Add(new ScrubFinding(_ruleId, _action, $"Line {line.LineNumber} ({line.ProcedureCode}): {_message}",
                    ScrubFieldPaths.ForLine(field.Field.Path, line.LineNumber), line.LineNumber, _hint));
            }
        }
    }
}

internal sealed class CompiledCondition(ScrubField field, RuleOperator op, string[] texts, decimal[] numbers)
{
    // The negative operators hold when the positive one holds for no value (for a multi-valued field:
    // "modifier is none of 25,59" means no modifier of the line is 25 or 59).
    private readonly bool _negated = op is RuleOperator.NotEquals or RuleOperator.NotInList or RuleOperator.IsEmpty;

    private readonly RuleOperator _positive = op switch
    {
        RuleOperator.NotEquals => RuleOperator.Equals,
        RuleOperator.NotInList => RuleOperator.InList,
        RuleOperator.IsEmpty => RuleOperator.IsNotEmpty,
        _ => op,
    };

    public ScrubField Field { get; } = field;

    public bool Holds(ScrubClaim claim, ScrubLine? line, in ClaimFacts facts)
    {
        bool any;
        switch (Field.Id)
        {
            case ScrubFieldId.DiagnosisCode:
                any = false;
                foreach (var diagnosis in claim.Diagnoses)
                {
                    if (MatchText(diagnosis.Code))
                    {
                        any = true;
                        break;
                    }
                }

                break;

            case ScrubFieldId.LineModifier:
                any = false;
                foreach (var modifier in line!.Modifiers)
                {
                    if (MatchText(modifier))
                    {
                        any = true;
                        break;
                    }
                }

                break;

            case ScrubFieldId.ClaimTotalCharge:
                any = MatchNumber(claim.TotalCharge);
                break;
            case ScrubFieldId.ClaimLineCount:
                any = MatchNumber(claim.Lines.Count);
                break;
            case ScrubFieldId.ClaimDosAgeDays:
                any = MatchNumber(facts.DosAgeDays);
                break;
            case ScrubFieldId.PatientAge:
                any = MatchNumber(facts.PatientAgeYears);
                break;
            case ScrubFieldId.LineUnits:
                any = MatchNumber(line!.Units);
                break;
            case ScrubFieldId.LineCharge:
                any = MatchNumber(line!.Charge);
                break;
            default:
                any = MatchText(TextOf(claim, line));
                break;
        }

        return _negated ? !any : any;
    }

    private string? TextOf(ScrubClaim claim, ScrubLine? line) => Field.Id switch
    {
        ScrubFieldId.ClaimPos => claim.PlaceOfService,
        ScrubFieldId.ClaimPriorAuth => claim.PriorAuthorizationNumber,
        ScrubFieldId.ClaimFrequency => claim.FrequencyCode,
        ScrubFieldId.ClaimPayerSequence => claim.PayerSequence switch
        {
            CoveragePriority.Primary => "P",
            CoveragePriority.Secondary => "S",
            CoveragePriority.Tertiary => "T",
            _ => null,
        },
        ScrubFieldId.ClaimRelatedCauses => claim.RelatedCauses,
        ScrubFieldId.PayerFilingIndicator => claim.Payer.ClaimFilingIndicator,
        ScrubFieldId.PayerPayerId => claim.Payer.PayerIdCode,
        ScrubFieldId.PatientSex => claim.Patient.Sex switch
        {
            Common.Sex.Female => "F",
            Common.Sex.Male => "M",
            _ => "U",
        },
        ScrubFieldId.SubscriberRelationship => claim.Subscriber.RelationshipCode,
        ScrubFieldId.RenderingTaxonomy => claim.Rendering?.Taxonomy,
        ScrubFieldId.LineCode => line!.ProcedureCode,
        ScrubFieldId.LinePos => line!.PlaceOfService ?? claim.PlaceOfService,
        _ => null,
    };

    private bool MatchText(string? value)
    {
        var text = value.AsSpan().Trim();
        if (_positive == RuleOperator.IsNotEmpty)
        {
            return !text.IsEmpty;
        }

        if (text.IsEmpty)
        {
            return false;
        }

        var ignoreDots = Field.IgnoresDots;
        switch (_positive)
        {
            case RuleOperator.Equals:
            case RuleOperator.InList:
                foreach (var item in texts)
                {
                    if (TextEquals(text, item, ignoreDots))
                    {
                        return true;
                    }
                }

                return false;

            case RuleOperator.StartsWith:
                return TextStartsWith(text, texts[0], ignoreDots);

            default:
                return false;
        }
    }

    private bool MatchNumber(decimal? value)
    {
        if (value is not { } number)
        {
            return false;
        }

        switch (_positive)
        {
            case RuleOperator.IsNotEmpty:
                return true;
            case RuleOperator.Equals:
            case RuleOperator.InList:
                foreach (var item in numbers)
                {
                    if (item == number)
                    {
                        return true;
                    }
                }

                return false;
            case RuleOperator.GreaterThan:
                return number > numbers[0];
            case RuleOperator.LessThan:
                return number < numbers[0];
            case RuleOperator.Between:
                return number >= numbers[0] && number <= numbers[1];
            default:
                return false;
        }
    }

    // Diagnosis codes compare without their dot (E11.9 = E119), with no allocation per claim.
    private static bool TextEquals(ReadOnlySpan<char> value, string expected, bool ignoreDots)
    {
        if (!ignoreDots)
        {
            return value.Equals(expected, StringComparison.OrdinalIgnoreCase);
        }

        var j = 0;
        foreach (var c in value)
        {
            if (c == '.')
            {
                continue;
            }

            if (j >= expected.Length || char.ToUpperInvariant(c) != char.ToUpperInvariant(expected[j]))
            {
                return false;
            }

            j++;
        }

        return j == expected.Length;
    }

    private static bool TextStartsWith(ReadOnlySpan<char> value, string prefix, bool ignoreDots)
    {
        if (!ignoreDots)
        {
            return value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        }

        var j = 0;
        foreach (var c in value)
        {
            if (j == prefix.Length)
            {
                return true;
            }

            if (c == '.')
            {
                continue;
            }

            if (char.ToUpperInvariant(c) != char.ToUpperInvariant(prefix[j]))
            {
                return false;
            }

            j++;
        }

        return j == prefix.Length;
    }
}

/// <summary>Builds the field paths findings carry ("line[3].pointer1").</summary>
internal static class ScrubFieldPaths
{
    private const string LinePlaceholder = "line[n]";

    public static string ForLine(string template, int lineNumber) =>
        template.StartsWith(LinePlaceholder, StringComparison.Ordinal)
            ? string.Concat("line[", lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), "]", template.AsSpan(LinePlaceholder.Length))
            : template;

    public static string Line(int lineNumber, string field) =>
        string.Concat("line[", lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), "].", field);

    public static string Line(int lineNumber, string field, int position) =>
        string.Concat("line[", lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), "].", field, position.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
