using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RevenueCycle.Core.Claims.Scrubbing;

/// <summary>How a payer rule combines its conditions.</summary>
public enum RuleCombinator
{
    /// <summary>Every condition must hold (AND).</summary>
    All,

    /// <summary>At least one condition must hold (OR).</summary>
    Any,
}

/// <summary>How a condition compares a field with its value.</summary>
public enum RuleOperator
{
    /// <summary>Equal to the value (text without regard to case; diagnosis codes without regard to the dot).</summary>
    Equals,

    /// <summary>Not equal to the value.</summary>
    NotEquals,

    /// <summary>One of a comma-separated list.</summary>
    InList,

    /// <summary>None of a comma-separated list.</summary>
    NotInList,

    /// <summary>Text that starts with the value (a code family: "992", "J").</summary>
    StartsWith,

    /// <summary>The field has no value.</summary>
    IsEmpty,

    /// <summary>The field has a value.</summary>
    IsNotEmpty,

    /// <summary>A number greater than the value.</summary>
    GreaterThan,

    /// <summary>A number less than the value.</summary>
    LessThan,

    /// <summary>A number between two values, both included ("1,10").</summary>
    Between,
}

/// <summary>One test of a payer rule: a field of <see cref="ScrubFields"/>, an operator and a value.</summary>
/// <param name="Field">A key of <see cref="ScrubFields.All"/> (claim.pos, line.code...).</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Value">The value, a comma-separated list for the list operators, "low,high" for between; null for is empty / is not empty.</param>
public sealed record RuleCondition(string Field, RuleOperator Operator, string? Value = null);

/// <summary>
/// A payer rule the practice sets up without a code change ("Payer X: J-codes need modifier JW or
/// JZ"), stored as JSON in one column (<see cref="ToJson"/>, <see cref="FromJson"/>). When a
/// condition tests a line field (line.code, line.units...) the rule is checked line by line and
/// gives a finding per matching line.
/// </summary>
public sealed record PayerRuleDefinition
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>The rule's name, unique among the practice's payer rules; findings carry PAYER:&lt;name&gt;.</summary>
    public string Name { get; init; } = "";

    /// <summary>All payers, one payer, or the payers with some filing indicators.</summary>
    public RuleScope Scope { get; init; } = RuleScope.AllPayers;

    /// <summary>AND or OR over <see cref="Conditions"/>.</summary>
    public RuleCombinator Combinator { get; init; } = RuleCombinator.All;

    /// <summary>The tests; at least one.</summary>
    public IReadOnlyList<RuleCondition> Conditions { get; init; } = [];

    /// <summary>What a match does: Error, Warning or Hold.</summary>
    public ScrubSeverity Action { get; init; } = ScrubSeverity.Error;

    /// <summary>The message the biller sees on a match.</summary>
    public string Message { get; init; } = "";

    /// <summary>What to do about it; a generic hint when null.</summary>
    public string? FixHint { get; init; }

    /// <summary>The rule as JSON (camelCase, enums as names), for one database column.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads a rule written by <see cref="ToJson"/>; throws <see cref="JsonException"/> on text that is not such a rule.</summary>
    public static PayerRuleDefinition FromJson(string json) =>
        JsonSerializer.Deserialize<PayerRuleDefinition>(json, JsonOptions) ?? throw new JsonException("The payer rule JSON is null.");

    /// <summary>A list of rules as one JSON array.</summary>
    public static string ToJson(IReadOnlyList<PayerRuleDefinition> rules) => JsonSerializer.Serialize(rules, JsonOptions);

    /// <summary>Reads a JSON array written by <see cref="ToJson(IReadOnlyList{PayerRuleDefinition})"/>.</summary>
    public static IReadOnlyList<PayerRuleDefinition> ListFromJson(string json) =>
        JsonSerializer.Deserialize<List<PayerRuleDefinition>>(json, JsonOptions) ?? throw new JsonException("The payer rules JSON is null.");

    /// <summary>
    /// What is wrong with the rule, one message a biller understands per problem (unknown field,
    /// operator that does not fit the field, a number that is not a number...); empty when the rule can be used.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("Give the rule a name.");
        }

        if (string.IsNullOrWhiteSpace(Message))
        {
            problems.Add("Write the message the biller will see when the rule matches.");
        }

        if (!Enum.IsDefined(Action))
        {
            problems.Add("Choose what the rule does: error, warning or hold.");
        }

        if (!Enum.IsDefined(Combinator))
        {
            problems.Add("Choose whether all conditions or any condition must hold.");
        }

        switch (Scope?.Kind)
        {
            case null:
                problems.Add("Choose which payers the rule applies to.");
                break;
            case RuleScopeKind.Payer when Scope.PayerId is null or <= 0:
                problems.Add("Choose the payer the rule applies to.");
                break;
            case RuleScopeKind.FilingIndicator when string.IsNullOrWhiteSpace(Scope.FilingIndicators):
                problems.Add("Enter the claim filing indicators the rule applies to (for example MB,MA).");
                break;
            case RuleScopeKind.AllPayers or RuleScopeKind.Payer or RuleScopeKind.FilingIndicator:
                break;
            default:
                problems.Add("Choose which payers the rule applies to.");
                break;
        }

        if (Conditions is null || Conditions.Count == 0)
        {
            problems.Add("Add at least one condition.");
            return problems;
        }

        for (var i = 0; i < Conditions.Count; i++)
        {
            if (ValidateCondition(Conditions[i], out _) is { } problem)
            {
                problems.Add($"Condition {i + 1}: {problem}");
            }
        }

        return problems;
    }

    /// <summary>Checks one condition and parses its value; returns the problem in words, or null.</summary>
    internal static string? ValidateCondition(RuleCondition? condition, out ParsedValue parsed)
    {
        parsed = default;
        if (condition is null)
        {
            return "the condition is empty.";
        }

        if (string.IsNullOrWhiteSpace(condition.Field))
        {
            return "choose a field.";
        }

        if (!ScrubFields.TryGet(condition.Field, out var field))
        {
            return $"\"{condition.Field}\" is not a field a rule can test.";
        }

        var op = condition.Operator;
        if (!Enum.IsDefined(op))
        {
            return $"choose how to compare {field.Label}.";
        }

        if (!field.Accepts(op))
        {
            return field.Type == ScrubFieldType.Number
                ? $"{field.Label} is a number; \"{OperatorText(op)}\" does not apply to numbers."
                : $"{field.Label} is text; \"{OperatorText(op)}\" applies only to numbers.";
        }

        if (op is RuleOperator.IsEmpty or RuleOperator.IsNotEmpty)
        {
            parsed = new ParsedValue([], []);
            return null;
        }

        if (string.IsNullOrWhiteSpace(condition.Value))
        {
            return $"enter the value to compare {field.Label} with.";
        }

        var items = op is RuleOperator.InList or RuleOperator.NotInList or RuleOperator.Between
            ? condition.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [condition.Value.Trim()];
        if (items.Length == 0)
        {
            return $"enter the values to compare {field.Label} with, separated by commas.";
        }

        if (op == RuleOperator.Between && items.Length != 2)
        {
            return $"\"between\" needs two numbers separated by a comma, like 1,10, not \"{condition.Value}\".";
        }

        if (field.Type == ScrubFieldType.Number)
        {
            var numbers = new decimal[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                if (!decimal.TryParse(items[i], NumberStyles.Number, CultureInfo.InvariantCulture, out numbers[i]))
                {
                    return $"{field.Label} is a number, and \"{items[i]}\" is not a number (use digits and a dot, like 150.00).";
                }
            }

            if (op == RuleOperator.Between && numbers[0] > numbers[1])
            {
                return $"\"between\" needs the lower number first, like {numbers[1].ToString(CultureInfo.InvariantCulture)},{numbers[0].ToString(CultureInfo.InvariantCulture)}.";
            }

            parsed = new ParsedValue([], numbers);
            return null;
        }

        if (field.IgnoresDots)
        {
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = items[i].Replace(".", "", StringComparison.Ordinal);
            }
        }

        parsed = new ParsedValue(items, []);
        return null;
    }

    /// <summary>The operator as the rule editor names it.</summary>
    public static string OperatorText(RuleOperator op) => op switch
    {
        RuleOperator.Equals => "equals",
        RuleOperator.NotEquals => "does not equal",
        RuleOperator.InList => "is one of",
        RuleOperator.NotInList => "is none of",
        RuleOperator.StartsWith => "starts with",
        RuleOperator.IsEmpty => "is empty",
        RuleOperator.IsNotEmpty => "is not empty",
        RuleOperator.GreaterThan => "is greater than",
        RuleOperator.LessThan => "is less than",
        RuleOperator.Between => "is between",
        _ => op.ToString(),
    };

    /// <summary>A condition's value parsed once: text items (trimmed) or numbers.</summary>
    internal readonly record struct ParsedValue(string[] Texts, decimal[] Numbers);
}

/// <summary>The type of a field a payer rule can test.</summary>
public enum ScrubFieldType
{
    /// <summary>Text and codes, compared without regard to case.</summary>
    Text,

    /// <summary>A number (money, units, days, years).</summary>
    Number,
}

/// <summary>A field payer rules can test.</summary>
/// <param name="Key">The key a condition names (claim.pos, line.units).</param>
/// <param name="Label">How the rule editor shows it.</param>
/// <param name="Type">Text or number; it decides which operators apply.</param>
/// <param name="IsLineLevel">True for line fields: the rule is checked line by line.</param>
/// <param name="IsMultiValued">True when the field has several values (line.modifier, diagnosis.code): it matches when any value matches, and the negative operators when none does.</param>
/// <param name="Path">The field path a finding points to ("line[n]" is replaced by the line's number).</param>
public sealed record ScrubField(string Key, string Label, ScrubFieldType Type, bool IsLineLevel, bool IsMultiValued, string Path)
{
    internal ScrubFieldId Id { get; init; }

    internal bool IgnoresDots => Id == ScrubFieldId.DiagnosisCode;

    /// <summary>True when the operator applies to this field's type.</summary>
    public bool Accepts(RuleOperator op) => Type == ScrubFieldType.Number
        ? op != RuleOperator.StartsWith
        : op is not (RuleOperator.GreaterThan or RuleOperator.LessThan or RuleOperator.Between);
}

/// <summary>The catalog of fields payer rules can test, with their type and label.</summary>
public static class ScrubFields
{
    private static readonly Dictionary<string, ScrubField> ByKey;

    static ScrubFields()
    {
        All =
        [
            Field(ScrubFieldId.ClaimPos, "claim.pos", "Place of service", ScrubFieldType.Text, "claim.pos"),
            Field(ScrubFieldId.ClaimTotalCharge, "claim.totalCharge", "Total charge", ScrubFieldType.Number, "claim.totalCharge"),
            Field(ScrubFieldId.ClaimPriorAuth, "claim.priorAuth", "Prior authorization number", ScrubFieldType.Text, "claim.priorAuth"),
            Field(ScrubFieldId.ClaimFrequency, "claim.frequency", "Claim frequency (1 original, 7 replacement, 8 void)", ScrubFieldType.Text, "claim.frequency"),
            Field(ScrubFieldId.ClaimPayerSequence, "claim.payerSequence", "Payer sequence (P primary, S secondary, T tertiary)", ScrubFieldType.Text, "claim.payerSequence"),
            Field(ScrubFieldId.ClaimRelatedCauses, "claim.relatedCauses", "Related causes (AA auto accident, EM employment, OA other)", ScrubFieldType.Text, "claim.relatedCauses"),
            Field(ScrubFieldId.ClaimLineCount, "claim.lineCount", "Number of service lines", ScrubFieldType.Number, "claim.lines"),
            Field(ScrubFieldId.ClaimDosAgeDays, "claim.dosAgeDays", "Days since the first date of service", ScrubFieldType.Number, "claim.serviceFrom"),
            Field(ScrubFieldId.PayerFilingIndicator, "payer.filingIndicator", "Claim filing indicator (MB, MC, CI...)", ScrubFieldType.Text, "payer.filingIndicator"),
            Field(ScrubFieldId.PayerPayerId, "payer.payerId", "Payer ID", ScrubFieldType.Text, "payer.payerId"),
            Field(ScrubFieldId.PatientAge, "patient.age", "Patient's age in years on the first date of service", ScrubFieldType.Number, "patient.dob"),
            Field(ScrubFieldId.PatientSex, "patient.sex", "Patient's sex (F, M, U)", ScrubFieldType.Text, "patient.sex"),
            Field(ScrubFieldId.SubscriberRelationship, "subscriber.relationship", "Patient's relationship to the subscriber (18 self, 01 spouse, 19 child, G8 other)", ScrubFieldType.Text, "subscriber.relationship"),
            Field(ScrubFieldId.RenderingTaxonomy, "rendering.taxonomy", "Rendering provider's taxonomy", ScrubFieldType.Text, "rendering.taxonomy"),
            Field(ScrubFieldId.DiagnosisCode, "diagnosis.code", "A diagnosis code (any of the claim's)", ScrubFieldType.Text, "claim.diagnoses", multi: true),
            Field(ScrubFieldId.LineCode, "line.code", "Line procedure code", ScrubFieldType.Text, "line[n].code", line: true),
            Field(ScrubFieldId.LineModifier, "line.modifier", "Line modifier (any of the four)", ScrubFieldType.Text, "line[n].modifiers", line: true, multi: true),
            Field(ScrubFieldId.LineUnits, "line.units", "Line units", ScrubFieldType.Number, "line[n].units", line: true),
            Field(ScrubFieldId.LineCharge, "line.charge", "Line charge", ScrubFieldType.Number, "line[n].charge", line: true),
            Field(ScrubFieldId.LinePos, "line.pos", "Line place of service (the claim's unless the line has its own)", ScrubFieldType.Text, "line[n].pos", line: true),
        ];
        ByKey = All.ToDictionary(f => f.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every field, in the order the rule editor lists them.</summary>
    public static IReadOnlyList<ScrubField> All { get; }

    /// <summary>Finds a field by key, without regard to case.</summary>
    public static bool TryGet(string key, out ScrubField field) => ByKey.TryGetValue(key.Trim(), out field!);

    /// <summary>The operators that apply to the field, for the rule editor's drop-down.</summary>
    public static IReadOnlyList<RuleOperator> OperatorsFor(ScrubField field) =>
        [.. Enum.GetValues<RuleOperator>().Where(field.Accepts)];

    private static ScrubField Field(ScrubFieldId id, string key, string label, ScrubFieldType type, string path, bool line = false, bool multi = false) =>
        new(key, label, type, line, multi, path) { Id = id };
}

/// <summary>The fields as the compiled rules switch on them.</summary>
internal enum ScrubFieldId
{
    ClaimPos,
    ClaimTotalCharge,
    ClaimPriorAuth,
    ClaimFrequency,
    ClaimPayerSequence,
    ClaimRelatedCauses,
    ClaimLineCount,
    ClaimDosAgeDays,
    PayerFilingIndicator,
    PayerPayerId,
    PatientAge,
    PatientSex,
    SubscriberRelationship,
    RenderingTaxonomy,
    DiagnosisCode,
    LineCode,
    LineModifier,
    LineUnits,
    LineCharge,
    LinePos,
}
