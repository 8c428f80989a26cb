using System.Reflection;
using System.Text;
using RevenueCycle.Core.Claims.Scrubbing;
using RevenueCycle.Core.Coding.Edits;

namespace RevenueCycle.Tests.Core.Claims.Scrubbing;

/// <summary>
/// docs/scrubber.md lists every rule the code has. The tables between the GENERATED markers are
/// produced from the code; run with SCRUBBER_WRITE_DOC=1 to rewrite them after adding a rule.
/// </summary>
public sealed class ScrubberDocTests
{
    private const string Begin = "<!-- GENERATED: rules -->";
    private const string End = "<!-- END GENERATED -->";

    [Fact]
    public void Doc_ListsEveryRuleFieldAndCodingEdit_AsTheCodeDefinesThem()
    {
        var path = DocPath();
        var doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{path} must hold the markers {Begin} and {End}.");

        var generated = Generate();
        if (Environment.GetEnvironmentVariable("SCRUBBER_WRITE_DOC") == "1")
        {
            doc = string.Concat(doc.AsSpan(0, start + Begin.Length), "\n", generated, doc.AsSpan(end));
            File.WriteAllText(path, doc);
            end = doc.IndexOf(End, StringComparison.Ordinal);
        }

        Assert.Equal(generated, doc[(start + Begin.Length + 1)..end]);
        foreach (var rule in ScrubRules.All)
        {
            Assert.Contains($"| {rule.Id} |", doc);
        }
    }

    private static string Generate()
    {
        var text = new StringBuilder();
        text.Append("### Built-in rules\n\n| Id | Severity | Scope | Rule | Field | Fix hint |\n|---|---|---|---|---|---|\n");
        foreach (var rule in ScrubRules.All)
        {
            text.Append($"| {rule.Id} | {rule.Severity} | {rule.Scope} | {rule.Description} | `{rule.Field}` | {rule.FixHint} |\n");
        }

        text.Append("\n### Coding edits (re-run through CodingEditsEngine)\n\n| Id | Checks |\n|---|---|\n");
        foreach (var field in typeof(CodingEditRuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            text.Append($"| {ScrubRules.CodingEditPrefix}{field.GetRawConstantValue()} | {CodingEditDescriptions[field.Name]} |\n");
        }

        text.Append("\n### Fields payer rules can test\n\n| Field | Type | Per line | Label | Finding points to |\n|---|---|---|---|---|\n");
        foreach (var field in ScrubFields.All)
        {
            text.Append($"| `{field.Key}` | {field.Type} | {(field.IsLineLevel ? "yes" : "no")} | {field.Label} | `{field.Path}` |\n");
        }

        return text.ToString();
    }

    // The coding edits' XML summaries, kept here so the doc can say what each EDIT: id checks.
    private static readonly Dictionary<string, string> CodingEditDescriptions = new()
    {
        [nameof(CodingEditRuleIds.CodeUnknown)] = "The code is in no loaded release (Error).",
        [nameof(CodingEditRuleIds.IcdHeader)] = "An ICD-10-CM category header, not a billable code (Error).",
        [nameof(CodingEditRuleIds.CodeNotValidOnDate)] = "The code is not effective on the DOS (Error).",
        [nameof(CodingEditRuleIds.Excludes1)] = "Two diagnoses of an Excludes1 note (Error).",
        [nameof(CodingEditRuleIds.SexConflict)] = "A sex-specific diagnosis for a patient of the other sex (Warning).",
        [nameof(CodingEditRuleIds.AgeConflict)] = "An age-specific diagnosis outside its ages (Warning).",
        [nameof(CodingEditRuleIds.ManifestationFirst)] = "A manifestation code first-listed (Error).",
        [nameof(CodingEditRuleIds.NcciPtp)] = "An NCCI procedure-to-procedure pair on one DOS (Error for indicator 0, Warning for 1 without a bypass modifier).",
        [nameof(CodingEditRuleIds.Mue)] = "More units than the MUE allows (Error; Warning for MAI 3).",
        [nameof(CodingEditRuleIds.EvaluationWithoutModifier25)] = "An E/M on the day of a minor procedure without modifier 25 (Warning).",
        [nameof(CodingEditRuleIds.Modifier59WithX)] = "Modifier 59 together with XE/XS/XP/XU (Error).",
        [nameof(CodingEditRuleIds.Modifier25NotEvaluation)] = "Modifier 25 on a code that is not an E/M (Error).",
        [nameof(CodingEditRuleIds.Modifier59OnEvaluation)] = "Modifier 59 on an E/M (Error).",
        [nameof(CodingEditRuleIds.PointerInvalid)] = "Not reported by the scrubber: SCR-023 names the exact pointer.",
        [nameof(CodingEditRuleIds.PointerMissing)] = "Not reported by the scrubber: SCR-022 names the line.",
        [nameof(CodingEditRuleIds.DuplicateLine)] = "The same code and modifiers twice on one DOS without 76/77/91 (Error).",
        [nameof(CodingEditRuleIds.LateralityMissing)] = "A paired-organ procedure without LT, RT or 50 (Warning).",
        [nameof(CodingEditRuleIds.AddOnWithoutPrimary)] = "An add-on code without its primary procedure (Error).",
    };

    private static string DocPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RevenueCycle.sln")))
            {
                return Path.Combine(directory.FullName, "docs", "scrubber.md");
            }
        }

        throw new InvalidOperationException($"No RevenueCycle.sln above {AppContext.BaseDirectory}.");
    }
}
