namespace RevenueCycle.Core.CodeSets;

public enum CodeSystem
{
    /// <summary>ICD-10-CM diagnoses (CDC/CMS, public domain).</summary>
    Icd10Cm,

    /// <summary>CPT (HCPCS Level I), licensed from the AMA by the practice.</summary>
    Cpt,

    /// <summary>HCPCS Level II (CMS, public domain).</summary>
    Hcpcs,

    /// <summary>CPT and HCPCS modifiers.</summary>
    Modifier,

    /// <summary>CMS place-of-service codes.</summary>
    PlaceOfService,

    /// <summary>NCCI procedure-to-procedure edits.</summary>
    NcciPtp,

    /// <summary>Medically unlikely edits.</summary>
    Mue,

    /// <summary>ICD-10-CM tabular-list notes: Excludes1 rules, 7th characters, sequencing flags.</summary>
    Icd10CmTabular,
}

public static class CodeSystemNames
{
    public static string Display(CodeSystem system) => system switch
    {
        CodeSystem.Icd10Cm => "ICD-10-CM",
        CodeSystem.Cpt => "CPT",
        CodeSystem.Hcpcs => "HCPCS Level II",
        CodeSystem.PlaceOfService => "Place of service",
        CodeSystem.NcciPtp => "NCCI PTP edits",
        CodeSystem.Mue => "MUE limits",
        CodeSystem.Icd10CmTabular => "ICD-10-CM tabular notes",
        _ => system.ToString(),
    };
}
