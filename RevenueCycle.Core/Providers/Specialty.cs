namespace RevenueCycle.Core.Providers;

/// <summary>The clinical specialties of the practice's providers; each has a NUCC taxonomy code.</summary>
public enum Specialty
{
    FamilyMedicine,
    Pediatrics,
    Cardiology,
    Orthopedics,
    Dermatology,
    BehavioralHealth,
}

public static class SpecialtyInfo
{
    /// <summary>NUCC health care provider taxonomy codes (837P PRV03).</summary>
    public static string Taxonomy(Specialty specialty) => specialty switch
    {
        Specialty.FamilyMedicine => "207Q00000X",
        Specialty.Pediatrics => "208000000X",
        Specialty.Cardiology => "207RC0000X",
        Specialty.Orthopedics => "207X00000X",
        Specialty.Dermatology => "207N00000X",
        Specialty.BehavioralHealth => "2084P0800X",
        _ => throw new ArgumentOutOfRangeException(nameof(specialty)),
    };

    public static string DisplayName(Specialty specialty) => specialty switch
    {
        Specialty.FamilyMedicine => "Family medicine",
        Specialty.BehavioralHealth => "Behavioral health",
        _ => specialty.ToString(),
    };
}
