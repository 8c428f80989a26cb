namespace RevenueCycle.Core.CodeSets.Search;

/// <summary>
/// Clinical abbreviations the encoder expands. Each abbreviation stands for one or more phrases
/// (every word of a phrase must appear in a description, in any order, as a word or the start of
/// one: "hypertens" covers hypertension and hypertensive) and names the codes a coder usually
/// means by it, which rank first among the word matches ("htn" is I10 before portal
/// hypertension). The abbreviation itself matches only as a whole word, so "mi" does not find
/// "migraine" and "pe" does not find "pelvis". A few entries are synonyms of clinical words the
/// classification spells differently (distal: lower end).
/// </summary>
public static class ClinicalAbbreviations
{
    /// <param name="Phrases">What the abbreviation stands for, in description words.</param>
    /// <param name="UsualCodePrefixes">Codes (without the dot) or code prefixes a coder usually means; may be empty.</param>
    public sealed record Expansion(IReadOnlyList<string> Phrases, IReadOnlyList<string> UsualCodePrefixes);

    /// <summary>The table, keyed by the lower-case abbreviation.</summary>
    public static IReadOnlyDictionary<string, Expansion> Table { get; } = Build();

    public static bool TryGet(string abbreviation, out Expansion expansion) =>
        Table.TryGetValue(abbreviation.ToLowerInvariant(), out expansion!);

    private static Dictionary<string, Expansion> Build()
    {
        var table = new Dictionary<string, Expansion>(StringComparer.Ordinal);
        void Add(string abbreviation, string[] phrases, params string[] usualCodes) =>
            table.Add(abbreviation, new Expansion(phrases, usualCodes));

        string[] type2 = ["type 2 diabetes mellitus"];
        string[] type1 = ["type 1 diabetes mellitus"];

        // Cardiovascular
        Add("htn", ["hypertension", "hypertensive"], "I10");
        Add("chf", ["congestive heart failure", "heart failure"], "I50");
        Add("cad", ["coronary artery disease", "atherosclerotic heart disease"], "I251");
        Add("mi", ["myocardial infarction"], "I21");
        Add("afib", ["atrial fibrillation"], "I48");
        Add("af", ["atrial fibrillation"], "I48");
        Add("hld", ["hyperlipidemia"], "E785");
        Add("dvt", ["deep vein thrombosis", "thrombosis deep veins"], "I824");
        Add("pe", ["pulmonary embolism"], "I26");
        Add("tia", ["transient ischemic attack"], "G459");
        Add("cva", ["cerebral infarction", "stroke"], "I63");
        Add("pvd", ["peripheral vascular disease"], "I739");
        Add("cp", ["chest pain"], "R079");

        // Endocrine
        Add("dm", ["diabetes mellitus"], "E11");
        Add("dm2", type2, "E11");
        Add("t2dm", type2, "E11");
        Add("niddm", type2, "E11");
        Add("dm1", type1, "E10");
        Add("t1dm", type1, "E10");
        Add("iddm", type1, "E10");

        // Respiratory
        Add("copd", ["chronic obstructive pulmonary disease"], "J44");
        Add("uri", ["upper respiratory infection", "acute upper respiratory infection"], "J069");
        Add("sob", ["shortness of breath", "dyspnea"], "R0602");
        Add("osa", ["obstructive sleep apnea"], "G4733");
        Add("pna", ["pneumonia"], "J189");

        // Renal, genitourinary, digestive
        Add("ckd", ["chronic kidney disease"], "N18");
        Add("esrd", ["end stage renal disease"], "N186");
        Add("aki", ["acute kidney failure", "acute kidney injury"], "N17");
        Add("uti", ["urinary tract infection"], "N390");
        Add("bph", ["benign prostatic hyperplasia"], "N40");
        Add("gerd", ["gastro esophageal reflux disease"], "K21");

        // Musculoskeletal
        Add("oa", ["osteoarthritis", "arthrosis"], "M1990", "M17");
        Add("ra", ["rheumatoid arthritis"], "M069");
        Add("fx", ["fracture"]);
        Add("lbp", ["low back pain"], "M545");

        // Mental and behavioral
        Add("mdd", ["major depressive disorder"], "F32", "F33");
        Add("gad", ["generalized anxiety disorder"], "F411");
        Add("ptsd", ["post traumatic stress disorder"], "F431");
        Add("adhd", ["attention deficit hyperactivity disorder"], "F90");

        // History and status
        Add("hx", ["history"], "Z8");

        // Anatomy: ICD-10-CM says "lower end" and "upper end" where notes say distal and proximal.
        Add("distal", ["distal", "lower end"]);
        Add("proximal", ["proximal", "upper end"]);
        return table;
    }
}
