using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Coding.Edits;

/// <summary>
/// The chart as the coder sees it at one moment, for <see cref="CodingEditsEngine"/>. Every service
/// line shares the chart's date of service.
/// </summary>
/// <param name="DateOfService">The DOS; code validity, NCCI and MUE edits are taken as in force on it.</param>
/// <param name="PatientAgeYears">Age in whole years on the DOS; null when unknown (no age edit then).</param>
/// <param name="PatientSex">Administrative sex; <see cref="Sex.Unknown"/> turns the sex edits off.</param>
/// <param name="PlaceOfService">CMS place-of-service code (11 office...).</param>
/// <param name="Diagnoses">ICD-10-CM codes with their dot, in order; the first is the primary (pointer 1).</param>
/// <param name="Lines">The service lines.</param>
/// <param name="Overrides">Reasons the coder gave to accept warnings, by rule id and target.</param>
public sealed record ChartSnapshot(
    DateOnly DateOfService,
    int? PatientAgeYears,
    Sex PatientSex,
    string PlaceOfService,
    IReadOnlyList<string> Diagnoses,
    IReadOnlyList<ChartLine> Lines,
    IReadOnlyList<EditOverride>? Overrides = null);

/// <summary>A service line of a <see cref="ChartSnapshot"/>.</summary>
/// <param name="LineNumber">The line's number on the chart (1, 2...), used to place findings.</param>
/// <param name="Code">CPT or HCPCS code.</param>
/// <param name="Modifiers">Up to four modifiers (25, 59, LT...).</param>
/// <param name="Units">Units of service.</param>
/// <param name="Pointers">Up to four diagnosis pointers, 1-based positions in <see cref="ChartSnapshot.Diagnoses"/>.</param>
public sealed record ChartLine(int LineNumber, string Code, IReadOnlyList<string> Modifiers, int Units, IReadOnlyList<int> Pointers);

/// <summary>The coder's reason for accepting a warning; it is stored with the chart.</summary>
public sealed record EditOverride(string RuleId, EditTarget Target, string Reason);

/// <summary>How serious a finding is.</summary>
public enum EditSeverity
{
    /// <summary>The chart may be completed once the coder records an override reason.</summary>
    Warning,

    /// <summary>Blocks completion of coding until it is fixed.</summary>
    Error,
}

/// <summary>What a finding is about, so the screen can show it beside the field.</summary>
public enum EditTargetKind
{
    Chart,
    Diagnosis,
    Line,
}

/// <summary>
/// The field a finding belongs to: a diagnosis by its 1-based position (the number a pointer uses)
/// or a service line by its line number.
/// </summary>
public readonly record struct EditTarget(EditTargetKind Kind, int Number)
{
    public static EditTarget Chart => new(EditTargetKind.Chart, 0);

    public static EditTarget Diagnosis(int position) => new(EditTargetKind.Diagnosis, position);

    public static EditTarget Line(int lineNumber) => new(EditTargetKind.Line, lineNumber);

    public override string ToString() => Kind switch
    {
        EditTargetKind.Diagnosis => $"diagnosis {Number}",
        EditTargetKind.Line => $"line {Number}",
        _ => "chart",
    };
}

/// <summary>One problem found on a chart.</summary>
/// <param name="RuleId">Stable rule id (see <see cref="CodingEditRuleIds"/>), the key of an override.</param>
/// <param name="Severity">Error blocks completion; a warning needs an override reason.</param>
/// <param name="Message">What is wrong, in a coder's words.</param>
/// <param name="FixHint">What to do about it.</param>
/// <param name="Target">The diagnosis or line it belongs to.</param>
/// <param name="OverrideReason">The coder's reason when this warning has been overridden; null while open.</param>
public sealed record EditFinding(string RuleId, EditSeverity Severity, string Message, string FixHint, EditTarget Target, string? OverrideReason = null)
{
    /// <summary>A warning the coder accepted with a reason.</summary>
    public bool IsOverridden => OverrideReason is not null;

    /// <summary>Errors, and warnings without an override reason, keep the chart from being completed.</summary>
    public bool IsOpen => !IsOverridden;
}
