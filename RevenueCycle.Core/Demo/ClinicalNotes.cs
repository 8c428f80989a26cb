using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Demo;

public sealed record DemoPatientFacts(string FirstName, string LastName, int AgeYears, char Sex);

public sealed record DemoProcedure(string Code, IReadOnlyList<string> Modifiers, int Units, IReadOnlyList<int> DiagnosisPointers);

public sealed record DemoVisit(string NoteText, IReadOnlyList<string> DiagnosisCodes, IReadOnlyList<DemoProcedure> Procedures, string PlaceOfService);

public sealed record DemoCode(string System, string Code, string Description, decimal Charge, decimal ExpectedAllowed);

/// <summary>Placeholder until the note templates land: one hypertension follow-up.</summary>
public static class ClinicalNotes
{
    public static IReadOnlyList<DemoCode> ProcedureCatalog { get; } =
        [new("CPT", "99213", "Office visit, established patient, low complexity (demo text)", 150m, 92m)];

    public static IReadOnlyList<(string Code, string Description)> DiagnosisCatalog { get; } =
        [("I10", "Essential (primary) hypertension")];

    public static DemoVisit Generate(Specialty specialty, Random random, DemoPatientFacts patient, DateOnly dateOfService) =>
        new($"CHIEF COMPLAINT: Blood pressure follow-up.\nASSESSMENT AND PLAN: Essential hypertension, BP {120 + random.Next(30)}/{70 + random.Next(20)}.", ["I10"], [new DemoProcedure("99213", [], 1, [1])], "11");
}
