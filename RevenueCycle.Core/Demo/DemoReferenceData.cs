using RevenueCycle.Core.Common;
using RevenueCycle.Core.Payers;
using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Demo;

/// <summary>The fixed parts of the demo practice: the group, its providers, payers, names and places.</summary>
internal static class DemoReferenceData
{
    public static Practice Practice() => new(
        "Riverside Family Health Partners",
        Npi.WithCheckDigit("148273650"),
        "231234567",
        "193200000X",
        new Address("1200 Riverside Drive", "Suite 300", "Harrisburg", "PA", "171021234"),
        "7175550100");

    /// <summary>The hospital where the practice's providers also see patients (loop 2310C for POS 21-23).</summary>
    public static ServiceFacility Hospital() => new(
        "Harrisburg Community Hospital",
        Npi.WithCheckDigit("176543210"),
        new Address("111 South Front Street", null, "Harrisburg", "PA", "171011234"),
        "21,22,23");

    /// <summary>Procedures that commercial payers authorize in advance (the scrubber checks REF*G1 / box 23).</summary>
    public static readonly IReadOnlyList<(string PayerId, string Code)> PriorAuthorizations =
    [
        ("60054", "93306"),
        ("87726", "93306"),
        ("62308", "93306"),
    ];

    /// <summary>Rendering providers with the share of visits each sees.</summary>
    public static readonly IReadOnlyList<(string First, string Last, string Credential, string NpiStem, Specialty Specialty, double Share)> RenderingProviders =
    [
        ("Maria", "Alvarez", "MD", "123456789", Specialty.FamilyMedicine, 0.30),
        ("James", "Chen", "MD", "134567890", Specialty.Pediatrics, 0.15),
        ("Priya", "Natarajan", "MD", "145678901", Specialty.Cardiology, 0.15),
        ("Robert", "Okafor", "DO", "156789012", Specialty.Orthopedics, 0.15),
        ("Susan", "Whitfield", "MD", "167890123", Specialty.Dermatology, 0.12),
        ("Elena", "Rossi", "MD", "178901234", Specialty.BehavioralHealth, 0.13),
    ];

    public static readonly IReadOnlyList<(string First, string Last, string Credential, string NpiStem, Specialty Specialty)> ReferringProviders =
    [
        ("Thomas", "Greene", "MD", "189012345", Specialty.FamilyMedicine),
        ("Aisha", "Rahman", "MD", "190123456", Specialty.FamilyMedicine),
        ("Kevin", "Doyle", "DO", "101234567", Specialty.Cardiology),
        ("Linda", "Park", "NP", "112345678", Specialty.FamilyMedicine),
    ];

    /// <summary>Payers with realistic clearinghouse IDs, filing limits and appeal windows, and the fee level of their contract against Medicare.</summary>
    public static readonly IReadOnlyList<(Payer Payer, decimal FeeFactor)> Payers =
    [
        (new Payer("Medicare Part B (Novitas JL)", "12502", "MB", 365, 120, SubmissionMethod.Edi, new Address("PO Box 3395", null, "Mechanicsburg", "PA", "170551849")), 1.00m),
        (new Payer("Keystone State Medicaid", "PAMCD", "MC", 180, 60, SubmissionMethod.Edi, new Address("PO Box 8194", null, "Harrisburg", "PA", "171058194")), 0.75m),
        (new Payer("Aetna", "60054", "CI", 120, 180, SubmissionMethod.Edi, new Address("PO Box 981106", null, "El Paso", "TX", "799981106")), 1.25m),
        (new Payer("UnitedHealthcare", "87726", "CI", 90, 180, SubmissionMethod.Edi, new Address("PO Box 30555", null, "Salt Lake City", "UT", "841300555")), 1.20m),
        (new Payer("Cigna", "62308", "CI", 90, 180, SubmissionMethod.Edi, new Address("PO Box 188061", null, "Chattanooga", "TN", "374228061")), 1.30m),
        (new Payer("Highmark Blue Cross Blue Shield", "54771", "BL", 180, 180, SubmissionMethod.Edi, new Address("PO Box 890062", null, "Camp Hill", "PA", "170890062")), 1.15m),
        (new Payer("Meridian Mutual Benefit Plan", "MMBP1", "CI", 90, 60, SubmissionMethod.Paper, new Address("400 Market Street", null, "Lancaster", "PA", "176031234")), 1.10m),
        (new Payer("Self-pay", "SELFPAY", "09", 365, 30, SubmissionMethod.None, Address.Empty), 0m),
    ];

    public const int Medicare = 0;
    public const int Medicaid = 1;
    public const int FirstCommercial = 2;
    public const int CommercialCount = 5;
    public const int SelfPay = 7;

    public static readonly string[] FemaleNames =
    [
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
        "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle",
        "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Dorothy",
        "Olivia", "Emma", "Ava", "Sophia", "Isabella", "Mia", "Harper", "Evelyn", "Abigail", "Ella",
    ];

    public static readonly string[] MaleNames =
    [
        "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Charles",
        "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
        "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan",
        "Liam", "Noah", "Oliver", "Elijah", "Lucas", "Mason", "Logan", "Ethan", "Aiden", "Jackson",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Kowalski", "Schmidt", "Yoder", "Stoltzfus", "Fisher", "Zook", "Weaver", "Hoffman", "Brenneman", "Esh",
    ];

    public static readonly string[] Streets =
    [
        "Front Street", "Market Street", "Derry Street", "Linglestown Road", "Jonestown Road", "Union Deposit Road",
        "Carlisle Pike", "Trindle Road", "Simpson Ferry Road", "Locust Lane", "Walnut Street", "Chestnut Street",
        "Paxton Street", "Herr Street", "Green Street", "Valley Road", "Colonial Road", "Progress Avenue",
    ];

    public static readonly (string City, string Zip)[] Towns =
    [
        ("Harrisburg", "171011234"), ("Harrisburg", "171092211"), ("Camp Hill", "170113305"), ("Mechanicsburg", "170554410"),
        ("Hershey", "170331802"), ("Hummelstown", "170361456"), ("Middletown", "170571520"), ("Carlisle", "170133013"),
        ("Enola", "170251101"), ("New Cumberland", "170701922"), ("Lemoyne", "170431244"), ("Palmyra", "170781360"),
    ];
}
