namespace RevenueCycle.Core.Coding.Edits;

/// <summary>
/// The code sets and edit tables the coding edits read, as of a date of service. Implementations
/// must answer every look-up from a hash (the NCCI PTP table has over a million pairs): the engine
/// calls them for every line and every pair of lines while the coder types.
/// </summary>
public interface ICodingReference
{
    /// <summary>Whether <paramref name="code"/> (ICD-10-CM with its dot, CPT or HCPCS) is known, billable and valid on the DOS.</summary>
    CodeLookup LookUpCode(string code, DateOnly dateOfService);

    /// <summary>
    /// The Excludes1 ranges that apply to <paramref name="diagnosisCode"/>: those listed under the code
    /// itself or under any of its parents (a note under E11 applies to E11.65).
    /// </summary>
    IReadOnlyList<Excludes1Range> GetExcludes1(string diagnosisCode);

    /// <summary>True for a manifestation code ("in diseases classified elsewhere"), which is never first-listed.</summary>
    bool IsManifestation(string diagnosisCode);

    /// <summary>
    /// The NCCI PTP modifier indicator ('0', '1' or '9') of the pair (column 1, column 2) in force on the DOS,
    /// or null when there is no such edit. The order matters: the caller asks for both orders.
    /// </summary>
    char? GetPtpModifierIndicator(string column1Code, string column2Code, DateOnly dateOfService);

    /// <summary>The medically unlikely edit of a code in force on the DOS, or null when it has none.</summary>
    MueRule? GetMue(string code, DateOnly dateOfService);

    /// <summary>True for evaluation and management codes (99202-99215 and friends).</summary>
    bool IsEvaluationAndManagement(string code);

    /// <summary>True for a minor procedure (0 or 10 global days): an E/M on the same day needs modifier 25.</summary>
    bool IsMinorProcedure(string code);

    /// <summary>
    /// True for an add-on code; <paramref name="primaryCodes"/> are the codes it may be billed with
    /// (empty when any primary procedure will do).
    /// </summary>
    bool IsAddOn(string code, out IReadOnlySet<string> primaryCodes);

    /// <summary>True for a procedure on a paired organ or limb that needs LT, RT or 50.</summary>
    bool RequiresLaterality(string code);
}

/// <summary>Whether a code may be reported on a DOS.</summary>
public enum CodeStatus
{
    /// <summary>In no loaded release.</summary>
    Unknown,

    /// <summary>Valid and billable on the DOS.</summary>
    Valid,

    /// <summary>An ICD-10-CM category header (E11, E11.6): valid on the DOS but not billable.</summary>
    Header,

    /// <summary>Known, but not effective on the DOS (not yet added, or terminated).</summary>
    NotValidOnDate,
}

/// <summary>The answer of <see cref="ICodingReference.LookUpCode"/>; the dates are those of the nearest version when the code is not valid on the DOS.</summary>
public readonly record struct CodeLookup(CodeStatus Status, DateOnly? EffectiveDate = null, DateOnly? TerminationDate = null);

/// <summary>
/// An Excludes1 range, compared without the dot on the codes' leading characters: From E10 To E10
/// excludes every E10 code, From K50 To K52 every code of K50, K51 and K52.
/// </summary>
public sealed record Excludes1Range(string NotePrefix, string From, string To);

/// <summary>A medically unlikely edit: at most <paramref name="MaxUnits"/> units; MAI 1 per line, 2 per day (policy), 3 per day (clinical).</summary>
public sealed record MueRule(int MaxUnits, int AdjudicationIndicator);

/// <summary>One version of a code for <see cref="InMemoryCodingReference.FromRows"/>.</summary>
public sealed record CodeRow(string Code, bool IsBillable, DateOnly EffectiveDate, DateOnly? TerminationDate = null);

/// <summary>An Excludes1 note for <see cref="InMemoryCodingReference.FromRows"/>: codes starting with CodePrefix exclude the range.</summary>
public sealed record Excludes1Row(string CodePrefix, string ExcludedFrom, string ExcludedTo);

/// <summary>One NCCI practitioner PTP row for <see cref="InMemoryCodingReference.FromRows"/>; a struct so a million rows stream cheaply.</summary>
public readonly record struct PtpRow(string Column1Code, string Column2Code, DateOnly EffectiveDate, DateOnly? DeletionDate, char ModifierIndicator);

/// <summary>One MUE row for <see cref="InMemoryCodingReference.FromRows"/>.</summary>
public sealed record MueRow(string Code, int MaxUnits, int AdjudicationIndicator, DateOnly EffectiveDate, DateOnly? TerminationDate = null);

/// <summary>An add-on code and the primaries it may be reported with (empty: any primary procedure).</summary>
public sealed record AddOnRow(string AddOnCode, IReadOnlyList<string> PrimaryCodes);
