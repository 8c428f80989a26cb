using System.Globalization;
using System.Text;
using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Demo;

/// <summary>Age and sex of a demo patient; <see cref="Sex"/> is 'F' or 'M'.</summary>
public sealed record DemoPatientFacts(string FirstName, string LastName, int AgeYears, char Sex);

/// <summary>One coded service line; pointers are 1-based into <see cref="DemoVisit.DiagnosisCodes"/>.</summary>
public sealed record DemoProcedure(string Code, IReadOnlyList<string> Modifiers, int Units, IReadOnlyList<int> DiagnosisPointers);

/// <summary>A generated visit: the note, its ICD-10-CM codes (with dot, primary first) and its service lines.</summary>
public sealed record DemoVisit(string NoteText, IReadOnlyList<string> DiagnosisCodes, IReadOnlyList<DemoProcedure> Procedures, string PlaceOfService);

/// <summary>A billable code with the practice's usual charge and a Medicare-like expected allowed amount.</summary>
public sealed record DemoCode(string System, string Code, string Description, decimal Charge, decimal ExpectedAllowed);

/// <summary>
/// Synthetic outpatient notes for the demo practice. Each specialty has its own part file holding its
/// visit templates; this part holds the public API, the code catalogs and the shared note builder.
/// Output depends only on the <see cref="Random"/> passed in and the arguments.
/// </summary>
public static partial class ClinicalNotes
{
    /// <summary>Every procedure code <see cref="Generate"/> can emit. Descriptions are this project's own plain words.</summary>
    public static IReadOnlyList<DemoCode> ProcedureCatalog { get; } =
    [
        new("CPT", "99202", "Office visit, new patient, straightforward (demo text)", 130.00m, 72.00m),
        new("CPT", "99203", "Office visit, new patient, low complexity (demo text)", 190.00m, 110.00m),
        new("CPT", "99204", "Office visit, new patient, moderate complexity (demo text)", 280.00m, 167.00m),
        new("CPT", "99205", "Office visit, new patient, high complexity (demo text)", 360.00m, 211.00m),
        new("CPT", "99212", "Office visit, established patient, straightforward (demo text)", 95.00m, 57.00m),
        new("CPT", "99213", "Office visit, established patient, low complexity (demo text)", 150.00m, 92.00m),
        new("CPT", "99214", "Office visit, established patient, moderate complexity (demo text)", 220.00m, 130.00m),
        new("CPT", "99215", "Office visit, established patient, high complexity (demo text)", 300.00m, 184.00m),
        new("CPT", "99381", "Wellness exam, new patient, under 1 year (demo text)", 230.00m, 120.00m),
        new("CPT", "99382", "Wellness exam, new patient, age 1-4 (demo text)", 240.00m, 125.00m),
        new("CPT", "99383", "Wellness exam, new patient, age 5-11 (demo text)", 240.00m, 125.00m),
        new("CPT", "99384", "Wellness exam, new patient, age 12-17 (demo text)", 260.00m, 135.00m),
        new("CPT", "99385", "Wellness exam, new patient, age 18-39 (demo text)", 260.00m, 130.00m),
        new("CPT", "99386", "Wellness exam, new patient, age 40-64 (demo text)", 290.00m, 150.00m),
        new("CPT", "99387", "Wellness exam, new patient, 65 and older (demo text)", 320.00m, 160.00m),
        new("CPT", "99391", "Wellness exam, established patient, under 1 year (demo text)", 200.00m, 108.00m),
        new("CPT", "99392", "Wellness exam, established patient, age 1-4 (demo text)", 215.00m, 115.00m),
        new("CPT", "99393", "Wellness exam, established patient, age 5-11 (demo text)", 215.00m, 115.00m),
        new("CPT", "99394", "Wellness exam, established patient, age 12-17 (demo text)", 230.00m, 125.00m),
        new("CPT", "99395", "Wellness exam, established patient, age 18-39 (demo text)", 230.00m, 115.00m),
        new("CPT", "99396", "Wellness exam, established patient, age 40-64 (demo text)", 250.00m, 125.00m),
        new("CPT", "99397", "Wellness exam, established patient, 65 and older (demo text)", 270.00m, 135.00m),
        new("CPT", "99406", "Quit-smoking counseling, short session (demo text)", 30.00m, 15.00m),
        new("CPT", "83036", "Hemoglobin A1c test (demo text)", 35.00m, 13.00m),
        new("CPT", "81002", "Urine dipstick, manual, no microscope (demo text)", 15.00m, 3.50m),
        new("CPT", "87880", "Rapid strep antigen test (demo text)", 40.00m, 16.50m),
        new("CPT", "36415", "Blood draw from a vein (demo text)", 15.00m, 3.00m),
        new("CPT", "94640", "Inhaled breathing treatment (demo text)", 45.00m, 16.00m),
        new("CPT", "96372", "Injection into muscle or under skin (demo text)", 40.00m, 15.00m),
        new("CPT", "96110", "Development screening with scored tool (demo text)", 25.00m, 8.50m),
        new("CPT", "96127", "Behavior or mood questionnaire, scored (demo text)", 12.00m, 4.50m),
        new("CPT", "99173", "Eye chart vision screening (demo text)", 10.00m, 2.80m),
        new("CPT", "90460", "Child vaccine given with counseling, first part (demo text)", 35.00m, 25.00m),
        new("CPT", "90461", "Child vaccine given with counseling, each extra part (demo text)", 20.00m, 12.00m),
        new("CPT", "90471", "Vaccine given by injection, first (demo text)", 35.00m, 25.00m),
        new("CPT", "90472", "Vaccine given by injection, each extra (demo text)", 25.00m, 13.00m),
        new("CPT", "90633", "Hepatitis A vaccine, child dose (demo text)", 45.00m, 35.00m),
        new("CPT", "90648", "Hib vaccine, 4-dose series (demo text)", 35.00m, 12.00m),
        new("CPT", "90651", "HPV vaccine, 9-strain (demo text)", 290.00m, 245.00m),
        new("CPT", "90662", "Flu vaccine, high dose, for older adults (demo text)", 85.00m, 58.00m),
        new("CPT", "90670", "Pneumococcal conjugate vaccine, 13-strain (demo text)", 250.00m, 210.00m),
        new("CPT", "90681", "Rotavirus vaccine by mouth, 2-dose (demo text)", 155.00m, 120.00m),
        new("CPT", "90686", "Flu vaccine, four-strain, no preservative (demo text)", 40.00m, 20.00m),
        new("CPT", "90700", "DTaP vaccine, under 7 years (demo text)", 45.00m, 25.00m),
        new("CPT", "90707", "MMR vaccine (demo text)", 95.00m, 75.00m),
        new("CPT", "90713", "Polio vaccine, inactivated (demo text)", 55.00m, 34.00m),
        new("CPT", "90715", "Tdap vaccine, 7 years and older (demo text)", 55.00m, 40.00m),
        new("CPT", "90716", "Chickenpox vaccine (demo text)", 180.00m, 145.00m),
        new("CPT", "90734", "Meningococcal ACWY vaccine (demo text)", 165.00m, 130.00m),
        new("CPT", "90744", "Hepatitis B vaccine, child dose (demo text)", 35.00m, 23.00m),
        new("HCPCS", "G0008", "Giving a flu shot, Medicare (demo text)", 40.00m, 30.00m),
        new("HCPCS", "G0009", "Giving a pneumonia shot, Medicare (demo text)", 40.00m, 30.00m),
        new("HCPCS", "J1885", "Ketorolac injection, per 15 mg (demo text)", 12.00m, 0.60m),
        new("HCPCS", "J3420", "Vitamin B12 injection, up to 1000 mcg (demo text)", 20.00m, 0.55m),
        new("CPT", "93000", "Heart tracing (ECG) with reading, complete (demo text)", 60.00m, 17.00m),
        new("CPT", "93005", "Heart tracing (ECG), recording only (demo text)", 35.00m, 8.00m),
        new("CPT", "93306", "Heart ultrasound with Doppler, complete (demo text)", 750.00m, 215.00m),
        new("CPT", "20610", "Large joint injection or drainage, no imaging (demo text)", 220.00m, 65.00m),
        new("CPT", "20526", "Injection into the carpal tunnel (demo text)", 200.00m, 60.00m),
        new("CPT", "24640", "Reduction of a pulled elbow in a child (demo text)", 210.00m, 95.00m),
        new("CPT", "73030", "Shoulder x-ray, 2 or more views (demo text)", 95.00m, 30.00m),
        new("CPT", "73110", "Wrist x-ray, 3 or more views (demo text)", 110.00m, 35.00m),
        new("CPT", "73562", "Knee x-ray, 3 views (demo text)", 115.00m, 36.00m),
        new("CPT", "73610", "Ankle x-ray, 3 or more views (demo text)", 110.00m, 32.00m),
        new("CPT", "72100", "Lower spine x-ray, 2 or 3 views (demo text)", 120.00m, 34.00m),
        new("HCPCS", "J3301", "Triamcinolone acetonide injection, per 10 mg (demo text)", 15.00m, 1.80m),
        new("HCPCS", "J1030", "Methylprednisolone acetate injection, 40 mg (demo text)", 20.00m, 3.50m),
        new("HCPCS", "L1906", "Ready-made ankle support brace (demo text)", 120.00m, 85.00m),
        new("CPT", "17000", "Destroying a precancerous skin spot, first one (demo text)", 150.00m, 60.00m),
        new("CPT", "17003", "Destroying precancerous skin spots, each of 2nd-14th (demo text)", 20.00m, 3.50m),
        new("CPT", "17004", "Destroying precancerous skin spots, 15 or more (demo text)", 400.00m, 140.00m),
        new("CPT", "17110", "Destroying benign skin growths, up to 14 (demo text)", 190.00m, 105.00m),
        new("CPT", "11102", "Shave-style skin biopsy, first spot (demo text)", 160.00m, 95.00m),
        new("CPT", "11103", "Shave-style skin biopsy, each extra spot (demo text)", 80.00m, 50.00m),
        new("CPT", "10060", "Draining a simple skin abscess (demo text)", 250.00m, 115.00m),
        new("CPT", "90791", "Mental health intake evaluation (demo text)", 260.00m, 175.00m),
        new("CPT", "90832", "Talk therapy, about 30 minutes (demo text)", 110.00m, 72.00m),
        new("CPT", "90834", "Talk therapy, about 45 minutes (demo text)", 160.00m, 105.00m),
        new("CPT", "90837", "Talk therapy, about 60 minutes (demo text)", 220.00m, 155.00m),
        new("CPT", "90833", "Talk therapy add-on to a visit, about 30 minutes (demo text)", 110.00m, 70.00m),
        new("CPT", "90836", "Talk therapy add-on to a visit, about 45 minutes (demo text)", 160.00m, 88.00m),
    ];

    /// <summary>Every ICD-10-CM code <see cref="Generate"/> can emit, with the official long description (FY2021 order file).</summary>
    public static IReadOnlyList<(string Code, string Description)> DiagnosisCatalog { get; } =
    [
        ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
        ("I10", "Essential (primary) hypertension"),
        ("E78.5", "Hyperlipidemia, unspecified"),
        ("E78.00", "Pure hypercholesterolemia, unspecified"),
        ("E78.2", "Mixed hyperlipidemia"),
        ("Z79.4", "Long term (current) use of insulin"),
        ("Z79.84", "Long term (current) use of oral hypoglycemic drugs"),
        ("E66.9", "Obesity, unspecified"),
        ("Z68.30", "Body mass index [BMI]30.0-30.9, adult"),
        ("Z68.31", "Body mass index [BMI] 31.0-31.9, adult"),
        ("Z68.32", "Body mass index [BMI] 32.0-32.9, adult"),
        ("Z68.33", "Body mass index [BMI] 33.0-33.9, adult"),
        ("Z68.34", "Body mass index [BMI] 34.0-34.9, adult"),
        ("Z68.35", "Body mass index [BMI] 35.0-35.9, adult"),
        ("Z68.36", "Body mass index [BMI] 36.0-36.9, adult"),
        ("Z68.37", "Body mass index [BMI] 37.0-37.9, adult"),
        ("Z68.38", "Body mass index [BMI] 38.0-38.9, adult"),
        ("Z68.39", "Body mass index [BMI] 39.0-39.9, adult"),
        ("Z68.41", "Body mass index [BMI]40.0-44.9, adult"),
        ("J01.90", "Acute sinusitis, unspecified"),
        ("J01.00", "Acute maxillary sinusitis, unspecified"),
        ("J01.10", "Acute frontal sinusitis, unspecified"),
        ("J06.9", "Acute upper respiratory infection, unspecified"),
        ("N39.0", "Urinary tract infection, site not specified"),
        ("N30.00", "Acute cystitis without hematuria"),
        ("Z00.00", "Encounter for general adult medical examination without abnormal findings"),
        ("Z00.129", "Encounter for routine child health examination without abnormal findings"),
        ("Z23", "Encounter for immunization"),
        ("F17.210", "Nicotine dependence, cigarettes, uncomplicated"),
        ("S39.012A", "Strain of muscle, fascia and tendon of lower back, initial encounter"),
        ("M54.41", "Lumbago with sciatica, right side"),
        ("M54.42", "Lumbago with sciatica, left side"),
        ("K21.9", "Gastro-esophageal reflux disease without esophagitis"),
        ("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
        ("Z87.891", "Personal history of nicotine dependence"),
        ("D51.0", "Vitamin B12 deficiency anemia due to intrinsic factor deficiency"),
        ("D51.9", "Vitamin B12 deficiency anemia, unspecified"),
        ("E53.8", "Deficiency of other specified B group vitamins"),
        ("J20.9", "Acute bronchitis, unspecified"),
        ("H66.91", "Otitis media, unspecified, right ear"),
        ("H66.92", "Otitis media, unspecified, left ear"),
        ("H66.93", "Otitis media, unspecified, bilateral"),
        ("J02.0", "Streptococcal pharyngitis"),
        ("J02.9", "Acute pharyngitis, unspecified"),
        ("J45.21", "Mild intermittent asthma with (acute) exacerbation"),
        ("J45.31", "Mild persistent asthma with (acute) exacerbation"),
        ("J45.41", "Moderate persistent asthma with (acute) exacerbation"),
        ("J45.901", "Unspecified asthma with (acute) exacerbation"),
        ("F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type"),
        ("F90.1", "Attention-deficit hyperactivity disorder, predominantly hyperactive type"),
        ("F90.2", "Attention-deficit hyperactivity disorder, combined type"),
        ("I48.91", "Unspecified atrial fibrillation"),
        ("Z79.01", "Long term (current) use of anticoagulants"),
        ("I50.22", "Chronic systolic (congestive) heart failure"),
        ("I50.32", "Chronic diastolic (congestive) heart failure"),
        ("I50.42", "Chronic combined systolic (congestive) and diastolic (congestive) heart failure"),
        ("I11.0", "Hypertensive heart disease with heart failure"),
        ("I11.9", "Hypertensive heart disease without heart failure"),
        ("R07.9", "Chest pain, unspecified"),
        ("R07.89", "Other chest pain"),
        ("R06.00", "Dyspnea, unspecified"),
        ("R01.0", "Benign and innocent cardiac murmurs"),
        ("R01.1", "Cardiac murmur, unspecified"),
        ("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"),
        ("Z95.5", "Presence of coronary angioplasty implant and graft"),
        ("M17.11", "Unilateral primary osteoarthritis, right knee"),
        ("M17.12", "Unilateral primary osteoarthritis, left knee"),
        ("M17.0", "Bilateral primary osteoarthritis of knee"),
        ("S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter"),
        ("S93.402A", "Sprain of unspecified ligament of left ankle, initial encounter"),
        ("G56.01", "Carpal tunnel syndrome, right upper limb"),
        ("G56.02", "Carpal tunnel syndrome, left upper limb"),
        ("G56.03", "Carpal tunnel syndrome, bilateral upper limbs"),
        ("M54.16", "Radiculopathy, lumbar region"),
        ("S52.501D", "Unspecified fracture of the lower end of right radius, subsequent encounter for closed fracture with routine healing"),
        ("S52.502D", "Unspecified fracture of the lower end of left radius, subsequent encounter for closed fracture with routine healing"),
        ("S52.531D", "Colles' fracture of right radius, subsequent encounter for closed fracture with routine healing"),
        ("S52.532D", "Colles' fracture of left radius, subsequent encounter for closed fracture with routine healing"),
        ("M75.41", "Impingement syndrome of right shoulder"),
        ("M75.42", "Impingement syndrome of left shoulder"),
        ("Q66.221", "Congenital metatarsus adductus, right foot"),
        ("Q66.222", "Congenital metatarsus adductus, left foot"),
        ("S53.031A", "Nursemaid's elbow, right elbow, initial encounter"),
        ("S53.032A", "Nursemaid's elbow, left elbow, initial encounter"),
        ("L57.0", "Actinic keratosis"),
        ("D48.5", "Neoplasm of uncertain behavior of skin"),
        ("L98.9", "Disorder of the skin and subcutaneous tissue, unspecified"),
        ("L82.0", "Inflamed seborrheic keratosis"),
        ("L82.1", "Other seborrheic keratosis"),
        ("L40.0", "Psoriasis vulgaris"),
        ("L70.0", "Acne vulgaris"),
        ("L02.411", "Cutaneous abscess of right axilla"),
        ("L02.412", "Cutaneous abscess of left axilla"),
        ("L02.31", "Cutaneous abscess of buttock"),
        ("L02.415", "Cutaneous abscess of right lower limb"),
        ("L02.416", "Cutaneous abscess of left lower limb"),
        ("L02.212", "Cutaneous abscess of back [any part, except buttock]"),
        ("L20.9", "Atopic dermatitis, unspecified"),
        ("L20.83", "Infantile (acute) (chronic) eczema"),
        ("F32.0", "Major depressive disorder, single episode, mild"),
        ("F32.1", "Major depressive disorder, single episode, moderate"),
        ("F32.2", "Major depressive disorder, single episode, severe without psychotic features"),
        ("F33.0", "Major depressive disorder, recurrent, mild"),
        ("F33.1", "Major depressive disorder, recurrent, moderate"),
        ("F33.2", "Major depressive disorder, recurrent severe without psychotic features"),
        ("F41.1", "Generalized anxiety disorder"),
        ("F43.10", "Post-traumatic stress disorder, unspecified"),
        ("F43.12", "Post-traumatic stress disorder, chronic"),
        ("F43.20", "Adjustment disorder, unspecified"),
        ("F43.22", "Adjustment disorder with anxiety"),
        ("F43.23", "Adjustment disorder with mixed anxiety and depressed mood"),
        ("R62.0", "Delayed milestone in childhood"),
    ];

    /// <summary>
    /// Share of visits, among those whose template has a spot for one, that carry a deliberate coding
    /// problem for the edit engine to catch: modifier 25 missing on an E/M billed with 20610 or 11102/17000
    /// (orthopedics, dermatology, family medicine knee injections), 93000 billed with 93005 (cardiology),
    /// J3301 units too high, 17003 with 14 or more units. Across all specialties this comes to roughly 5-10%
    /// of visits; every other visit is coded correctly.
    /// </summary>
    private const double DeliberateErrorRate = 0.35;

    /// <summary>Writes one synthetic visit for the given specialty and patient.</summary>
    public static DemoVisit Generate(Specialty specialty, Random random, DemoPatientFacts patient, DateOnly dateOfService)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(patient);
        var templates = specialty switch
        {
            Specialty.FamilyMedicine => FamilyMedicineTemplates,
            Specialty.Pediatrics => PediatricsTemplates,
            Specialty.Cardiology => CardiologyTemplates,
            Specialty.Orthopedics => OrthopedicsTemplates,
            Specialty.Dermatology => DermatologyTemplates,
            Specialty.BehavioralHealth => BehavioralHealthTemplates,
            _ => throw new ArgumentOutOfRangeException(nameof(specialty), specialty, "Unknown specialty."),
        };
        var age = Math.Max(0, patient.AgeYears);
        var template = PickTemplate(templates, age, random);
        var note = new NoteBuilder(random, patient, dateOfService);
        template.Build(note);
        return note.ToVisit();
    }

    /// <summary>A visit template: the ages it fits (inclusive), its relative weight and the code that writes it.</summary>
    private sealed record Template(string Name, int MinAge, int MaxAge, int Weight, Action<NoteBuilder> Build);

    private static Template PickTemplate(Template[] templates, int age, Random random)
    {
        var total = 0;
        foreach (var template in templates)
        {
            if (age >= template.MinAge && age <= template.MaxAge)
            {
                total += template.Weight;
            }
        }

        if (total == 0)
        {
            return templates[0];
        }

        var roll = random.Next(total);
        foreach (var template in templates)
        {
            if (age >= template.MinAge && age <= template.MaxAge)
            {
                roll -= template.Weight;
                if (roll < 0)
                {
                    return template;
                }
            }
        }

        return templates[^1];
    }

    /// <summary>Review-of-systems blocks a template can ask to be written as negatives.</summary>
    [Flags]
    private enum Ros
    {
        None = 0,
        Constitutional = 1,
        Eyes = 2,
        Ent = 4,
        Cardiovascular = 8,
        Respiratory = 16,
        Gastrointestinal = 32,
        Genitourinary = 64,
        Musculoskeletal = 128,
        Skin = 256,
        Neurological = 512,
        Psychiatric = 1024,
    }

    /// <summary>Laterality of a limb or ear, with the words and modifier that go with it.</summary>
    private enum Side
    {
        Right,
        Left,
        Both,
    }

    private static string Word(Side side) => side switch
    {
        Side.Right => "right",
        Side.Left => "left",
        _ => "bilateral",
    };

    private static string Modifier(Side side) => side switch
    {
        Side.Right => "RT",
        Side.Left => "LT",
        _ => "50",
    };

    private static string Established(int level) => level switch
    {
        <= 2 => "99212",
        3 => "99213",
        4 => "99214",
        _ => "99215",
    };

    private static string NewVisit(int level) => level switch
    {
        <= 2 => "99202",
        3 => "99203",
        4 => "99204",
        _ => "99205",
    };

    /// <summary>Preventive medicine code for the age band (99381-99387 new, 99391-99397 established).</summary>
    private static string Preventive(int age, bool isNew)
    {
        var band = age switch
        {
            < 1 => 1,
            <= 4 => 2,
            <= 11 => 3,
            <= 17 => 4,
            <= 39 => 5,
            <= 64 => 6,
            _ => 7,
        };
        return (isNew ? "9938" : "9939") + (char)('0' + band);
    }

    /// <summary>Formats tenths (e.g. 984) as "98.4" without depending on the current culture.</summary>
    private static string Tenths(int tenths)
    {
        var sign = tenths < 0 ? "-" : string.Empty;
        tenths = Math.Abs(tenths);
        return sign + (tenths / 10).ToString(CultureInfo.InvariantCulture) + "." + (tenths % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Collects one note's text, diagnoses and service lines. Patient details that several sections
    /// must agree on (allergies, size, caregiver) are drawn once, up front, in a fixed order.
    /// </summary>
    private sealed class NoteBuilder
    {
        private readonly StringBuilder _text = new(3200);
        private readonly List<string> _diagnoses = new(8);
        private readonly List<DemoProcedure> _procedures = new(8);
        private int _problemNumber;

        public NoteBuilder(Random random, DemoPatientFacts patient, DateOnly dateOfService)
        {
            R = random;
            First = patient.FirstName;
            Last = patient.LastName;
            Age = Math.Max(0, patient.AgeYears);
            Female = patient.Sex is 'F' or 'f';
            Date = dateOfService;
            AgeMonths = Age == 0 ? random.Next(2, 12) : (Age * 12) + random.Next(0, 12);
            var caregiver = Pick("mother", "mother", "father", "grandmother", "both parents");
            Caregiver = caregiver == "both parents" ? caregiver : (Female ? "her " : "his ") + caregiver;
            var allergyRoll = random.Next(100);
            PenicillinAllergy = allergyRoll < 8;
            SulfaAllergy = allergyRoll is >= 8 and < 13;
            AllergyText = allergyRoll switch
            {
                < 8 => Pick("Penicillin (hives).", "Penicillin (rash as a child).", "Amoxicillin/penicillin (hives)."),
                < 13 => Pick("Sulfa drugs (rash).", "Sulfonamide antibiotics (hives)."),
                < 18 => Age >= 12 ? "Codeine (nausea and vomiting)." : "No known drug allergies.",
                < 25 => Pick("No known drug allergies. Seasonal pollen.", "No known drug allergies; latex sensitivity (itching)."),
                _ => Pick("No known drug allergies.", "NKDA.", "No known drug allergies."),
            };
            ShapeBody();
        }

        public Random R { get; }

        public string First { get; }

        public string Last { get; }

        public int Age { get; }

        public bool Female { get; }

        public bool Child => Age < 18;

        public DateOnly Date { get; }

        /// <summary>Age in months; for infants a template may set the well-visit month.</summary>
        public int AgeMonths { get; private set; }

        public string Caregiver { get; }

        public bool PenicillinAllergy { get; }

        public bool SulfaAllergy { get; }

        public string AllergyText { get; }

        public int HeightCm { get; private set; }

        /// <summary>Weight in tenths of a kilogram.</summary>
        public int WeightKg10 { get; private set; }

        /// <summary>Body mass index in tenths.</summary>
        public int Bmi10 { get; private set; }

        public string PlaceOfService { get; private set; } = "11";

        /// <summary>Sets an infant's age to a well-visit month and redraws length and weight to match.</summary>
        public void SetInfantMonths(int months)
        {
            if (Age == 0)
            {
                AgeMonths = months;
                ShapeBody();
            }
        }

        public bool Telehealth { get; private set; }

        /// <summary>"95" on a telehealth visit, otherwise null (for the optional modifier arguments).</summary>
        public string? Tele95 => Telehealth ? "95" : null;

        public bool FluSeason => Date.Month is >= 9 or <= 3;

        public string He => Female ? "she" : "he";

        public string HeCap => Female ? "She" : "He";

        public string His => Female ? "her" : "his";

        public string HisCap => Female ? "Her" : "His";

        public string Him => Female ? "her" : "him";

        public string SexWord => Age switch
        {
            < 13 => Female ? "girl" : "boy",
            _ => Female ? "female" : "male",
        };

        /// <summary>"52-year-old female", "7-year-old boy", "9-month-old girl".</summary>
        public string Subject => Age == 0 ? $"{AgeMonths}-month-old {SexWord}" : $"{Age}-year-old {SexWord}";

        /// <summary>The subject with its article: "an 8-year-old boy", "a 52-year-old female".</summary>
        public string ASubject
        {
            get
            {
                var subject = Subject;
                var an = subject[0] == '8' || subject.StartsWith("11-", StringComparison.Ordinal) || subject.StartsWith("18-", StringComparison.Ordinal);
                return (an ? "an " : "a ") + subject;
            }
        }

        /// <summary>Who gives the history: the patient, or the caregiver for young children.</summary>
        public string Historian => Age < 12 ? Caregiver : First;

        public int WeightLb => (int)((WeightKg10 * 22046L + 50000) / 100000);

        public string Pick(params ReadOnlySpan<string> options) => options[R.Next(options.Length)];

        public bool Chance(double probability) => R.NextDouble() < probability;

        public int Between(int min, int maxInclusive) => R.Next(min, maxInclusive + 1);

        /// <summary>"3 days", "2 weeks", "1 month" for a number of days.</summary>
        public string Days(int minDays, int maxDays)
        {
            var days = Between(minDays, maxDays);
            return days switch
            {
                1 => "1 day",
                < 14 => $"{days} days",
                < 30 => $"{days / 7} weeks",
                < 60 => "1 month",
                < 365 => $"{days / 30} months",
                < 730 => "about a year",
                _ => $"{days / 365} years",
            };
        }

        /// <summary>A year in the past that falls within the patient's life.</summary>
        public int PastYear(int minYearsAgo, int maxYearsAgo)
        {
            var max = Math.Max(0, Math.Min(maxYearsAgo, Age - 1));
            var min = Math.Min(minYearsAgo, max);
            return Date.Year - Between(min, max);
        }

        /// <summary>Adds the diagnosis once and returns its 1-based pointer.</summary>
        public int Dx(string code)
        {
            var index = _diagnoses.IndexOf(code);
            if (index >= 0)
            {
                return index + 1;
            }

            if (_diagnoses.Count == 12)
            {
                throw new InvalidOperationException("A visit carries at most 12 diagnoses.");
            }

            _diagnoses.Add(code);
            return _diagnoses.Count;
        }

        /// <summary>Adds a service line; zero pointers and null modifiers are left out.</summary>
        public void Proc(string code, int units, int p1, int p2 = 0, int p3 = 0, int p4 = 0, string? m1 = null, string? m2 = null)
        {
            Span<int> pointers = stackalloc int[4];
            var count = 0;
            foreach (var pointer in (ReadOnlySpan<int>)[p1, p2, p3, p4])
            {
                if (pointer > 0 && !pointers[..count].Contains(pointer))
                {
                    pointers[count++] = pointer;
                }
            }

            string[] modifiers = (m1, m2) switch
            {
                (null, null) => [],
                (not null, null) => [m1],
                (null, not null) => [m2],
                _ => m1 == m2 ? [m1] : [m1, m2],
            };
            _procedures.Add(new DemoProcedure(code, modifiers, Math.Max(1, units), pointers[..count].ToArray()));
        }

        public void StartTelehealth(bool patientAtHome)
        {
            Telehealth = true;
            PlaceOfService = patientAtHome ? "10" : "02";
        }

        public DemoVisit ToVisit()
        {
            if (_diagnoses.Count == 0 || _procedures.Count is 0 or > 50)
            {
                throw new InvalidOperationException("A visit needs 1-12 diagnoses and 1-50 service lines.");
            }

            return new DemoVisit(_text.ToString(), _diagnoses.ToArray(), _procedures.ToArray(), PlaceOfService);
        }

        private void ShapeBody()
        {
            if (Age == 0)
            {
                HeightCm = 50 + (AgeMonths * 22 / 10) + Between(-2, 2);
                WeightKg10 = (40 + (AgeMonths * 55 / 10)) * Between(90, 110) / 100;
                Bmi10 = WeightKg10 * 10000 / (HeightCm * HeightCm);
                return;
            }

            if (Age <= 12)
            {
                HeightCm = 75 + (Age * 63 / 10) + Between(-5, 5);
                SetBmi(Age <= 5 ? 150 : 145, Age <= 5 ? 180 : 140 + (Age * 6));
                return;
            }

            HeightCm = Female ? Between(150, 176) : Between(160, 192);
            if (Age <= 17)
            {
                SetBmi(170, 270);
                return;
            }

            var roll = R.Next(100);
            SetBmi(roll < 6 ? 400 : 195, roll < 6 ? 445 : 380);
        }

        /// <summary>Re-draws the weight so that the BMI (in tenths) falls in the range.</summary>
        public void SetBmi(int minTenths, int maxTenths)
        {
            Bmi10 = Between(minTenths, maxTenths);
            WeightKg10 = Bmi10 * HeightCm * HeightCm / 10000;
        }

        /// <summary>
        /// The vitals line. Zero arguments mean "typical for the age"; templates pass ranges that fit
        /// the story (a febrile child, a hypertensive adult, a wheezing patient's saturation).
        /// </summary>
        public string Vitals(bool fever = false, int systolic = 0, int diastolic = 0, int heartRate = 0, int spo2 = 0, int respiratoryRate = 0)
        {
            if (heartRate == 0)
            {
                heartRate = Age switch
                {
                    0 => Between(112, 148),
                    <= 5 => Between(88, 126),
                    <= 11 => Between(74, 108),
                    _ => Between(58, 90),
                };
                if (fever)
                {
                    heartRate += Between(8, 18);
                }
            }

            if (respiratoryRate == 0)
            {
                respiratoryRate = Age switch
                {
                    0 => Between(28, 40),
                    <= 5 => Between(22, 30),
                    <= 11 => Between(18, 24),
                    _ => Between(12, 18),
                };
            }

            var temperature = fever ? Between(1004, 1029) : Between(976, 991);
            spo2 = spo2 == 0 ? Between(96, 100) : Math.Min(100, spo2);
            var line = new StringBuilder(160).Append("Vitals: ");
            if (Age >= 3)
            {
                if (systolic == 0)
                {
                    systolic = Age < 18 ? Between(92, 116) : Between(108, 136);
                }

                if (diastolic == 0)
                {
                    diastolic = Age < 18 ? Between(52, 72) : Between(64, 84);
                }

                line.Append("BP ").Append(Num(systolic)).Append('/').Append(Num(diastolic)).Append(", ");
            }

            line.Append("HR ").Append(Num(heartRate)).Append(", RR ").Append(Num(respiratoryRate))
                .Append(", Temp ").Append(Tenths(temperature)).Append(" F, SpO2 ").Append(Num(spo2)).Append("% on room air, ");
            if (Age < 2)
            {
                line.Append("Wt ").Append(Tenths(WeightKg10)).Append(" kg, Length ").Append(Num(HeightCm)).Append(" cm.");
            }
            else if (Age < 18)
            {
                line.Append("Wt ").Append(Num(WeightLb)).Append(" lb (").Append(Tenths(WeightKg10)).Append(" kg), Ht ")
                    .Append(Num(HeightCm)).Append(" cm, BMI ").Append(Tenths(Bmi10)).Append('.');
            }
            else
            {
                var inches = (HeightCm * 100 + 127) / 254;
                line.Append("Wt ").Append(Num(WeightLb)).Append(" lb, Ht ").Append(Num(inches / 12)).Append('\'')
                    .Append(Num(inches % 12)).Append("\", BMI ").Append(Tenths(Bmi10)).Append('.');
            }

            return line.ToString();
        }

        /// <summary>The first lines of every note: date, patient and kind of visit.</summary>
        public void Header(string visitType)
        {
            _text.Append("Date of service: ").Append(Date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture)).Append('\n')
                .Append("Patient: ").Append(First).Append(' ').Append(Last).Append(", ").Append(Subject).Append('\n')
                .Append("Visit: ").Append(visitType).Append("\n\n");
        }

        public void Section(string title, string body)
        {
            _text.Append(title).Append(":\n").Append(body.AsSpan().TrimEnd()).Append("\n\n");
        }

        public void ChiefComplaint(string text) => Section("CHIEF COMPLAINT", text);

        public void Hpi(string text) => Section("HISTORY OF PRESENT ILLNESS", text);

        public void ProcedureNote(string text) => Section("PROCEDURE", text);

        /// <summary>
        /// Past medical history (with one resolved or surgical item a coder must not pick up),
        /// medications, allergies, family history (a relative's disease) and social history.
        /// </summary>
        public void History(string conditions, string medications, string? tobacco = null)
        {
            var history = new StringBuilder(300);
            history.Append(conditions.Length == 0 ? "No chronic medical problems." : conditions);
            history.Append(' ').Append(ResolvedHistory());
            if (Child)
            {
                history.Append(Pick(" Immunizations up to date per state registry.", " Immunizations are up to date.", " Vaccines current per records."));
            }

            Section("PAST MEDICAL HISTORY", history.ToString());
            Section("MEDICATIONS", medications.Length == 0 ? "None." : char.ToUpperInvariant(medications[0]) + medications[1..]);
            Section("ALLERGIES", AllergyText);
            Section("FAMILY HISTORY", FamilyHistory());
            Section("SOCIAL HISTORY", SocialHistory(tobacco));
        }

        private string ResolvedHistory()
        {
            if (Age < 2)
            {
                return $"Born at {Between(37, 40)} weeks, no NICU stay. " + Pick(
                    "Neonatal jaundice treated with phototherapy, resolved.",
                    "Mild newborn jaundice, resolved without treatment.",
                    "Hospitalized for RSV bronchiolitis at 1 month, fully recovered.");
            }

            if (Age < 12)
            {
                return Pick(
                    "History of RSV bronchiolitis in infancy, resolved.",
                    "Hand-foot-and-mouth disease last year, resolved.",
                    Age >= 4 ? "One simple febrile seizure at age 2, none since." : "Roseola at 14 months, resolved.",
                    Age >= 4 ? "Tympanostomy tubes at age 2, since extruded; no recent ear problems." : "Hospitalized once for dehydration with gastroenteritis, resolved.");
            }

            if (Age < 18)
            {
                return Pick(
                    "History of mononucleosis last year, fully recovered.",
                    $"History of appendicitis s/p laparoscopic appendectomy at age {Between(8, Age - 1)}.",
                    "Tonsillectomy at age 6 for recurrent tonsillitis.",
                    "Concussion playing soccer two years ago, symptoms resolved.");
            }

            return R.Next(Female && Age >= 22 ? 9 : 8) switch
            {
                0 => $"History of appendicitis s/p laparoscopic appendectomy at age {Between(12, Math.Max(12, Age - 2))}.",
                1 => $"Community-acquired pneumonia in {PastYear(2, 12)}, treated and fully resolved.",
                2 => $"Kidney stone in {PastYear(2, 15)}, passed spontaneously, no recurrence.",
                3 => $"Symptomatic gallstones s/p cholecystectomy in {PastYear(2, 20)}.",
                4 => $"Shingles in {PastYear(1, 10)}, resolved without postherpetic pain.",
                5 => "Tonsillectomy in childhood.",
                6 => $"H. pylori gastritis treated in {PastYear(2, 12)}, eradication confirmed.",
                7 => $"Right inguinal hernia repair in {PastYear(2, 25)}, no recurrence.",
                _ => $"Cesarean section in {PastYear(3, 25)}.",
            };
        }

        private string FamilyHistory()
        {
            var first = R.Next(8);
            var second = (first + 1 + R.Next(7)) % 8;
            if ((first, second) is (0, 4) or (4, 0) or (1, 3) or (3, 1))
            {
                second = (second + 1) % 8;
            }

            return Relative(first) + " " + Relative(second);

            string Relative(int which) => which switch
            {
                0 => $"Mother with breast cancer diagnosed at {Between(48, 70)}.",
                1 => $"Father with myocardial infarction at {Between(50, 66)}.",
                2 => "Maternal grandmother with type 2 diabetes.",
                3 => $"Father with colon cancer at {Between(55, 72)}.",
                4 => "Mother with hypothyroidism.",
                5 => "Brother with asthma.",
                6 => "Paternal grandfather died of a stroke.",
                _ => "Sister with rheumatoid arthritis.",
            };
        }

        private string SocialHistory(string? tobacco)
        {
            if (Age < 5)
            {
                return Pick("Lives with parents", "Lives with mother and older sibling", "Lives with both parents and grandmother")
                    + (Age < 3 ? Pick("; attends daycare.", "; home with a parent during the day.") : Pick("; attends daycare.", "; in preschool three days a week."))
                    + " No smokers in the home.";
            }

            if (Age < 18)
            {
                return $"In grade {Math.Min(12, Math.Max(1, Age - 5))}" + Pick(", doing well in school.", ", grades mostly B's.", ", plays soccer.", ", in the school band.")
                    + (Age >= 13 ? " Denies tobacco, vaping, alcohol, or drug use." : " No smokers in the home.");
            }

            var work = Age >= 67
                ? "Retired " + Pick("teacher.", "electrician.", "nurse.", "accountant.", "postal worker.", "machinist.")
                : "Works as " + Pick("a teacher.", "an electrician.", "a nurse.", "an accountant.", "a truck driver.", "a warehouse supervisor.", "a software developer.", "a cashier.");
            return work + " " + (tobacco ?? Pick("Never smoker.", "Never used tobacco.", "No tobacco use."))
                + " " + Pick("Drinks 1-2 glasses of wine per week.", "Occasional beer on weekends.", "Does not drink alcohol.", "Rare alcohol use.")
                + " " + Pick("Denies illicit drug use.", "No drug use.");
        }

        /// <summary>Review of systems: the positives from the story, then each requested system as negatives.</summary>
        public void ReviewOfSystems(string positives, Ros negatives)
        {
            var body = new StringBuilder(600);
            if (positives.Length > 0)
            {
                body.Append(positives).Append('\n');
            }

            for (var flag = Ros.Constitutional; flag <= Ros.Psychiatric; flag = (Ros)((int)flag << 1))
            {
                if ((negatives & flag) != 0)
                {
                    body.Append(Negative(flag)).Append('\n');
                }
            }

            if (body.Length > 0 && body[^1] == '\n')
            {
                body.Length--;
            }

            Section("REVIEW OF SYSTEMS", body.Length == 0 ? "Negative except as noted in the HPI." : body.ToString());
        }

        private string Negative(Ros system) => system switch
        {
            Ros.Constitutional => "Constitutional: " + (Age < 3
                ? Pick("no fever, feeding well.", "no fever or decreased activity.")
                : Pick("denies fever, chills, or night sweats.", "no fever or unintentional weight loss.", "negative for fever or chills.")),
            Ros.Eyes => "Eyes: " + (Age < 3 ? "no eye discharge or redness." : Pick("no vision changes.", "denies blurred vision or eye pain.")),
            Ros.Ent => "ENT: " + (Age < 3 ? "no ear pulling or nasal congestion." : Pick("no sore throat or ear pain.", "denies nasal congestion or hearing change.")),
            Ros.Cardiovascular => "Cardiovascular: " + (Age < 3
                ? "no color change or sweating with feeds."
                : Pick("denies chest pain, palpitations, or leg swelling.", "no chest pain or palpitations.", "negative for chest pain and orthopnea.")),
            Ros.Respiratory => "Respiratory: " + Pick("negative for shortness of breath.", "denies cough, wheezing, or shortness of breath.", "no cough or dyspnea."),
            Ros.Gastrointestinal => "GI: " + (Age < 3
                ? "no vomiting, diarrhea, or blood in stools."
                : Pick("no nausea, vomiting, or diarrhea.", "denies abdominal pain, melena, or hematochezia.", "negative for abdominal pain and constipation.")),
            Ros.Genitourinary => "GU: " + (Age < 3
                ? "normal number of wet diapers."
                : Pick("denies dysuria or hematuria.", "no urinary frequency or dysuria.")),
            Ros.Musculoskeletal => "Musculoskeletal: " + Pick("no joint pain or swelling.", "denies myalgias or back pain."),
            Ros.Skin => "Skin: " + Pick("no rash.", "denies new rashes or lesions.", "negative for rash or itching."),
            Ros.Neurological => "Neuro: " + (Age < 3
                ? "no seizure activity, normal tone per parent."
                : Pick("denies headache, numbness, or weakness.", "no dizziness or syncope.", "negative for focal weakness.")),
            _ => "Psych: " + (Age < 5
                ? "no change in behavior or sleep."
                : Pick("denies depressed mood or anxiety.", "no sleep disturbance; mood stable.", "negative for depression screen today.")),
        };

        /// <summary>The exam: the vitals line, then one line per system.</summary>
        public void Exam(string vitals, params ReadOnlySpan<string> findings)
        {
            var body = new StringBuilder(700).Append(vitals);
            foreach (var finding in findings)
            {
                body.Append('\n').Append(finding);
            }

            Section("PHYSICAL EXAM", body.ToString());
        }

        public string General() => "General: " + (Age < 3
            ? Pick("alert, active, well-appearing, consolable.", Age == 0 ? "well-nourished infant, interactive, no distress." : "well-nourished toddler, interactive, no distress.")
            : Pick("alert, well-appearing, in no acute distress.", "pleasant, oriented, no acute distress.", "well-developed, well-nourished, NAD."));

        public string Heent() => "HEENT: " + Pick(
            "normocephalic, TMs clear bilaterally, oropharynx without erythema.",
            "PERRL, TMs pearly gray, nares patent, throat clear.",
            "atraumatic; tympanic membranes normal; moist mucous membranes.");

        public string Neck() => "Neck: " + Pick("supple, no lymphadenopathy.", "supple, no thyromegaly or adenopathy.", "no JVD, no cervical lymphadenopathy.");

        public string Lungs() => "Lungs: " + Pick("clear to auscultation bilaterally, no wheezes or crackles.", "CTAB, good air movement, no increased work of breathing.", "clear bilaterally without rales or rhonchi.");

        public string Heart() => "Heart: " + Pick("regular rate and rhythm, no murmurs, rubs, or gallops.", "RRR, normal S1 and S2, no murmur.", "regular rhythm, no murmur or gallop.");

        public string Abdomen() => "Abdomen: " + Pick("soft, nontender, nondistended, normal bowel sounds.", "soft, non-tender, no hepatosplenomegaly.", "benign, no guarding or rebound.");

        public string Extremities() => "Extremities: " + Pick("no edema, pulses 2+ and symmetric.", "no clubbing, cyanosis, or edema.", "warm and well perfused, no edema.");

        public string SkinExam() => "Skin: " + Pick("warm and dry, no rashes.", "no rashes or concerning lesions.", "intact, normal turgor.");

        public string Neuro() => "Neuro: " + (Age < 3
            ? "normal tone, moves all extremities symmetrically."
            : Pick("alert and oriented, no focal deficits.", "CN II-XII grossly intact, strength 5/5 throughout.", "nonfocal, gait normal."));

        public string Psych() => "Psych: " + Pick("normal mood and affect.", "appropriate mood and affect, good judgment.", "calm, cooperative, normal affect.");

        public void BeginAssessment()
        {
            _text.Append("ASSESSMENT AND PLAN:\n");
        }

        /// <summary>A numbered problem in the assessment and plan.</summary>
        public void Problem(string text)
        {
            _text.Append(Num(++_problemNumber)).Append(". ").Append(text).Append('\n');
        }

        /// <summary>Closing line of the assessment and plan.</summary>
        public void FollowUp(string text)
        {
            _text.Append(text).Append('\n');
        }
    }
}
