using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Coding.Edits;

/// <summary>The stable ids of the coding edits; an override is stored against one of these and a target.</summary>
public static class CodingEditRuleIds
{
    /// <summary>The code is in no loaded release (typo, or a code set not loaded).</summary>
    public const string CodeUnknown = "CODE-UNKNOWN";

    /// <summary>An ICD-10-CM category header (E11, E11.6): only billable leaf codes may be reported.</summary>
    public const string IcdHeader = "ICD-HEADER";

    /// <summary>The code is not effective on the DOS (CARC 146 for diagnoses, 181 for procedures).</summary>
    public const string CodeNotValidOnDate = "CODE-DOS";

    /// <summary>Two diagnoses of an Excludes1 note on one chart.</summary>
    public const string Excludes1 = "ICD-EXCLUDES1";

    /// <summary>A sex-specific diagnosis for a patient of the other sex (Medicare Code Editor).</summary>
    public const string SexConflict = "ICD-SEX";

    /// <summary>An age-specific diagnosis (newborn, maternity) outside its ages (Medicare Code Editor).</summary>
    public const string AgeConflict = "ICD-AGE";

    /// <summary>A manifestation code first-listed.</summary>
    public const string ManifestationFirst = "ICD-MANIFESTATION-FIRST";

    /// <summary>An NCCI procedure-to-procedure pair on the DOS.</summary>
    public const string NcciPtp = "NCCI-PTP";

    /// <summary>More units than the medically unlikely edit allows.</summary>
    public const string Mue = "MUE";

    /// <summary>An E/M on the day of a minor procedure without modifier 25.</summary>
    public const string EvaluationWithoutModifier25 = "EM-MOD25-MISSING";

    /// <summary>Modifier 59 and an X{EPSU} modifier on one line.</summary>
    public const string Modifier59WithX = "MOD-59-WITH-X";

    /// <summary>Modifier 25 on a code that is not an E/M.</summary>
    public const string Modifier25NotEvaluation = "MOD-25-NON-EM";

    /// <summary>Modifier 59 on an E/M.</summary>
    public const string Modifier59OnEvaluation = "MOD-59-ON-EM";

    /// <summary>A diagnosis pointer that points at no listed diagnosis.</summary>
    public const string PointerInvalid = "PTR-INVALID";

    /// <summary>A line with no diagnosis pointer.</summary>
    public const string PointerMissing = "PTR-MISSING";

    /// <summary>The same code with the same modifiers twice on the DOS without 76/77/91.</summary>
    public const string DuplicateLine = "LINE-DUPLICATE";

    /// <summary>A paired-organ procedure without LT, RT or 50.</summary>
    public const string LateralityMissing = "MOD-LATERALITY";

    /// <summary>An add-on code without its primary procedure.</summary>
    public const string AddOnWithoutPrimary = "ADDON-NO-PRIMARY";
}

/// <summary>A sex or age restriction on a range of ICD-10-CM codes, compared without the dot on the code's leading characters.</summary>
/// <param name="From">First code prefix of the range (O00).</param>
/// <param name="To">Last code prefix of the range, same length as From (O9A).</param>
/// <param name="Label">How the message names the group (maternity, newborn...).</param>
/// <param name="Sex">The only sex the codes apply to, or null.</param>
/// <param name="MinAge">Youngest age in years, or null.</param>
/// <param name="MaxAge">Oldest age in years, or null.</param>
public sealed record DemographicRule(string From, string To, string Label, Sex? Sex, int? MinAge, int? MaxAge)
{
    /// <summary>True when the compact code (no dot, upper case) falls in the range.</summary>
    public bool Matches(string compactCode)
    {
        if (compactCode.Length < From.Length)
        {
            return false;
        }

        var head = compactCode.AsSpan(0, From.Length);
        return head.CompareTo(From, StringComparison.Ordinal) >= 0 && head.CompareTo(To, StringComparison.Ordinal) <= 0;
    }
}

/// <summary>The small, documented tables the edits use besides the reference data.</summary>
public static class CodingEditTables
{
    /// <summary>
    /// Sex and age edits, a simplified subset of the Medicare Code Editor's lists: maternity
    /// (female, 12-55), newborn (age 0), male-only and female-only conditions.
    /// </summary>
    public static readonly IReadOnlyList<DemographicRule> DemographicRules =
    [
        // Maternity: chapter 15 (O00-O9A), weeks of gestation (Z3A), pregnant state, supervision of
        // pregnancy, antenatal screening and outcome of delivery (Z33-Z37).
        new("O00", "O9A", "maternity", Sex.Female, 12, 55),
        new("Z3A", "Z3A", "maternity", Sex.Female, 12, 55),
        new("Z33", "Z37", "maternity", Sex.Female, 12, 55),

        // Newborn: chapter 16, certain conditions originating in the perinatal period.
        new("P00", "P96", "newborn", null, 0, 0),

        // Male only: prostate and male genital organs, their cancers, prostate cancer screening.
        new("N40", "N53", "male genital", Sex.Male, null, null),
        new("C60", "C63", "male genital cancer", Sex.Male, null, null),
        new("D29", "D29", "male genital tumour", Sex.Male, null, null),
        new("Q53", "Q55", "male genital anomaly", Sex.Male, null, null),
        new("Z125", "Z125", "prostate cancer screening", Sex.Male, null, null),

        // Female only: female pelvic and genital organs, their cancers, cervical cancer screening.
        new("N70", "N98", "female genital", Sex.Female, null, null),
        new("C51", "C58", "female genital cancer", Sex.Female, null, null),
        new("D25", "D28", "female genital tumour", Sex.Female, null, null),
        new("Q50", "Q52", "female genital anomaly", Sex.Female, null, null),
        new("Z124", "Z124", "cervical cancer screening", Sex.Female, null, null),
    ];

    /// <summary>
    /// Procedures on a paired organ or limb that payers expect with LT, RT or 50; a starter list
    /// for <see cref="InMemoryCodingReference.FromRows"/> until the practice keeps its own.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultLateralityCodes =
    [
        "20605", // arthrocentesis, intermediate joint (wrist, elbow, ankle)
        "20606",
        "20610", // arthrocentesis, major joint (shoulder, hip, knee)
        "20611",
        "73030", // x-ray shoulder
        "73110", // x-ray wrist
        "73130", // x-ray hand
        "73560", // x-ray knee
        "73562",
        "73564",
        "73610", // x-ray ankle
        "73630", // x-ray foot
        "76641", // ultrasound breast
        "76642",
    ];

    /// <summary>
    /// NCCI-associated modifiers that bypass a PTP edit with modifier indicator 1 when on either line:
    /// anatomic, global surgery, and 27, 59, 91 and the X{EPSU} subsets of 59.
    /// </summary>
    public static readonly IReadOnlySet<string> NcciAssociatedModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
        "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LT", "RT", "LC", "LD", "RC", "LM", "RI",
        "24", "25", "57", "58", "78", "79", "27", "59", "91", "XE", "XS", "XP", "XU",
    };

    /// <summary>Modifiers that say which side or digit was treated, enough for the laterality edit.</summary>
    public static readonly IReadOnlySet<string> LateralityModifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "LT", "RT", "50", "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
        "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9",
    };
}
