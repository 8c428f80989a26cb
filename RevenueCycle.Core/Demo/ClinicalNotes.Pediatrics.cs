using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Demo;

/// <summary>Pediatrics visit templates. Patients 18 and older get the adult version of each visit.</summary>
public static partial class ClinicalNotes
{
    private static readonly Template[] PediatricsTemplates =
    [
        new("Well-child visit with vaccines", 0, 120, 5, WellChildVisit),
        new("Acute otitis media", 0, 120, 4, AcuteOtitisMedia),
        new("Pharyngitis with rapid strep", 3, 120, 4, StrepPharyngitis),
        new("Asthma exacerbation", 2, 120, 3, AsthmaExacerbation),
        new("ADHD follow-up", 6, 120, 3, AdhdFollowUp),
        new("Viral upper respiratory infection", 0, 120, 3, AcuteRespiratoryInfection),
    ];

    /// <summary>A vaccine product: its code, how many antigen components it has (for 90461) and how it is given.</summary>
    private sealed record Vaccine(string Code, string Name, int Components, string Dose, bool Oral = false);

    private static readonly Vaccine Dtap = new("90700", "DTaP", 3, "0.5 mL IM");
    private static readonly Vaccine Ipv = new("90713", "IPV", 1, "0.5 mL IM");
    private static readonly Vaccine Hib = new("90648", "Hib (PRP-T)", 1, "0.5 mL IM");
    private static readonly Vaccine Pcv13 = new("90670", "pneumococcal conjugate (PCV13)", 1, "0.5 mL IM");
    private static readonly Vaccine Rotavirus = new("90681", "rotavirus", 1, "1 mL", Oral: true);
    private static readonly Vaccine HepB = new("90744", "hepatitis B, pediatric", 1, "0.5 mL IM");
    private static readonly Vaccine Mmr = new("90707", "MMR", 3, "0.5 mL subcutaneous");
    private static readonly Vaccine Varicella = new("90716", "varicella", 1, "0.5 mL subcutaneous");
    private static readonly Vaccine HepA = new("90633", "hepatitis A, pediatric", 1, "0.5 mL IM");
    private static readonly Vaccine Tdap = new("90715", "Tdap", 3, "0.5 mL IM");
    private static readonly Vaccine MenAcwy = new("90734", "meningococcal ACWY", 1, "0.5 mL IM");
    private static readonly Vaccine Hpv = new("90651", "HPV 9-valent", 1, "0.5 mL IM");
    private static readonly Vaccine Flu = new("90686", "quadrivalent influenza, preservative-free", 1, "0.5 mL IM");
    private static readonly Vaccine FluHighDose = new("90662", "high-dose influenza", 1, "0.7 mL IM");

    /// <summary>The procedure-note sentence for the vaccines given, alternating sides.</summary>
    private static string VaccineText(ReadOnlySpan<Vaccine> vaccines, string site)
    {
        var other = site.StartsWith("right", StringComparison.Ordinal) ? "left" + site[5..] : "right" + site[4..];
        var text = new System.Text.StringBuilder(300).Append("Vaccines administered: ");
        var injected = 0;
        for (var i = 0; i < vaccines.Length; i++)
        {
            var vaccine = vaccines[i];
            text.Append(i == 0 ? string.Empty : "; ").Append(vaccine.Name).Append(' ').Append(vaccine.Dose);
            if (vaccine.Oral)
            {
                text.Append(" by mouth");
            }
            else
            {
                text.Append(", ").Append(injected++ % 2 == 0 ? site : other);
            }
        }

        return text.Append(". Lot numbers and expiration dates recorded in the immunization record; VIS given.").ToString();
    }

    /// <summary>
    /// Bills the vaccine products plus administration: 90460/90461 (under 18 with physician counseling,
    /// 90461 once per extra component) or 90471/90472.
    /// </summary>
    private static void BillVaccines(NoteBuilder n, int pointer, ReadOnlySpan<Vaccine> vaccines, bool counseling)
    {
        var extraComponents = 0;
        foreach (var vaccine in vaccines)
        {
            n.Proc(vaccine.Code, 1, pointer);
            extraComponents += vaccine.Components - 1;
        }

        if (counseling)
        {
            n.Proc("90460", vaccines.Length, pointer);
            if (extraComponents > 0)
            {
                n.Proc("90461", extraComponents, pointer);
            }
        }
        else
        {
            n.Proc("90471", 1, pointer);
            if (vaccines.Length > 1)
            {
                n.Proc("90472", vaccines.Length - 1, pointer);
            }
        }
    }

    /// <summary>Well-child visit by the Bright Futures schedule; adults get the adult preventive visit.</summary>
    private static void WellChildVisit(NoteBuilder n)
    {
        if (!n.Child)
        {
            AdultPreventiveVisit(n);
            return;
        }

        if (n.Age == 0)
        {
            n.SetInfantMonths(n.R.Next(4) switch
            {
                0 => 2,
                1 => 4,
                2 => 6,
                _ => 9,
            });
        }

        var isNew = n.Chance(0.1);
        var flu = n.FluSeason && (n.Age > 0 || n.AgeMonths >= 6) && n.Chance(0.7);
        var vaccines = new List<Vaccine>(7);
        switch (n.Age)
        {
            case 0 when n.AgeMonths == 2:
                vaccines.AddRange([Dtap, Ipv, Hib, Pcv13, Rotavirus, HepB]);
                break;
            case 0 when n.AgeMonths == 4:
                vaccines.AddRange([Dtap, Ipv, Hib, Pcv13, Rotavirus]);
                break;
            case 0 when n.AgeMonths == 6:
                vaccines.AddRange([Dtap, Ipv, Hib, Pcv13, HepB]);
                break;
            case 1:
                vaccines.AddRange([Mmr, Varicella, HepA, Pcv13]);
                break;
            case 2:
                vaccines.Add(HepA);
                break;
            case 4 or 5:
                vaccines.AddRange([Dtap, Ipv, Mmr, Varicella]);
                break;
            case 11 or 12:
                vaccines.AddRange([Tdap, MenAcwy, Hpv]);
                break;
            case 13:
                vaccines.Add(Hpv);
                break;
            case 16:
                vaccines.Add(MenAcwy);
                break;
        }

        if (flu)
        {
            vaccines.Add(Flu);
        }

        var developmental = n.Age == 0 ? n.AgeMonths == 9 : n.Age is 1 or 2 && n.AgeMonths >= 18;
        var vision = n.Age >= 3 && n.Chance(0.5);
        var mood = n.Age >= 12;
        var site = n.Age < 3 ? "right anterolateral thigh" : "left deltoid";

        n.Header(isNew ? "Well-child visit, new patient" : "Well-child visit, established patient");
        n.ChiefComplaint(n.Age == 0 ? $"{n.AgeMonths}-month well-child check." : $"{n.Age}-year well-child check.");
        n.Hpi($"{n.First} is {n.ASubject} here for a routine well-child visit with {n.Caregiver}. No acute concerns. " + WellChildDetails(n));
        n.History(string.Empty, n.Age < 2 ? n.Pick("Vitamin D drops 400 IU daily.", "None.") : n.Pick("None.", "Children's multivitamin.", "Fluoride varnish at dental visits."));
        n.ReviewOfSystems(
            string.Empty,
            Ros.Constitutional | Ros.Eyes | Ros.Ent | Ros.Cardiovascular | Ros.Respiratory | Ros.Gastrointestinal | Ros.Genitourinary | Ros.Skin | Ros.Neurological | Ros.Psychiatric);
        n.Exam(
            n.Vitals(),
            n.General(),
            n.Age < 2 ? "Head: anterior fontanelle soft and flat; red reflex present bilaterally." : n.Heent(),
            n.Neck(),
            n.Lungs(),
            n.Heart(),
            n.Abdomen(),
            n.Female ? "GU: normal external female genitalia." : "GU: normal male genitalia, testes descended bilaterally.",
            n.Age < 2 ? "Hips: Ortolani and Barlow negative; hip dysplasia not suspected." : "Musculoskeletal: normal gait, no scoliosis on forward bend.",
            n.SkinExam(),
            n.Neuro());
        if (vaccines.Count > 0)
        {
            n.ProcedureNote(VaccineText(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(vaccines), site)
                + $" Physician counseled {n.Caregiver} on each vaccine's risks and benefits; questions answered. Tolerated well.");
        }

        var exam = n.Dx("Z00.129");
        var immunization = vaccines.Count > 0 ? n.Dx("Z23") : 0;
        n.BeginAssessment();
        n.Problem("Encounter for routine child health examination without abnormal findings. Growth tracking along "
            + $"{n.Pick("25th", "40th", "50th", "60th", "75th", "85th")} percentile; development appropriate for age. "
            + (developmental ? "Standardized developmental screen (ASQ-3) passed in all domains. " : string.Empty)
            + (vision ? "Vision screen with eye chart normal. " : string.Empty)
            + (mood ? "PHQ-A depression screen negative. " : string.Empty)
            + AnticipatoryGuidance(n));
        if (vaccines.Count > 0)
        {
            n.Problem($"Encounter for immunization: {vaccines.Count} vaccine(s) given as documented after counseling.");
        }

        n.FollowUp(n.Age == 0 ? $"Next well visit at {(n.AgeMonths == 9 ? 12 : n.AgeMonths == 6 ? 9 : n.AgeMonths + 2)} months." : "Next well visit in 1 year.");
        n.Proc(Preventive(n.Age, isNew), 1, exam);
        if (developmental)
        {
            n.Proc("96110", 1, exam);
        }

        if (vision)
        {
            n.Proc("99173", 1, exam);
        }

        if (mood)
        {
            n.Proc("96127", 1, exam);
        }

        if (vaccines.Count > 0)
        {
            BillVaccines(n, immunization, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(vaccines), counseling: true);
        }
    }

    private static string WellChildDetails(NoteBuilder n) => n.Age switch
    {
        0 => n.Pick($"Breastfeeding every {n.Between(2, 4)} hours", $"Taking {n.Between(4, 7)} oz of formula every {n.Between(3, 4)} hours", "Combination breast milk and formula")
            + (n.AgeMonths >= 6 ? ", started pureed foods. " : ". ")
            + $"{n.Between(5, 8)} wet diapers a day, soft stools. Sleeps on back in own crib. "
            + n.AgeMonths switch
            {
                2 => "Social smile, follows past midline, lifts head during tummy time.",
                4 => "Laughs, reaches for toys, rolls front to back.",
                6 => "Sits with support, babbles, transfers objects hand to hand.",
                _ => "Sits independently, pulls to stand, says mama and dada nonspecifically, stranger anxiety present.",
            },
        <= 2 => $"Eats a variety of table foods, drinks {n.Between(12, 20)} oz whole milk daily. "
            + (n.Age == 1 ? "Walks independently, says several words, points to show interest. " : "Runs, kicks a ball, uses two-word phrases, follows two-step commands. ")
            + "Brushes teeth with fluoride toothpaste; has a dental home.",
        <= 5 => "Eats a balanced diet, picky with vegetables. "
            + $"Speaks in full sentences, toilet trained{(n.Age >= 4 ? ", draws a person with several body parts" : string.Empty)}. "
            + $"Screen time about {n.Between(1, 3)} hours a day. Sees the dentist twice a year.",
        <= 11 => $"{n.Pick("Doing well academically", "Reading at grade level", "Some trouble with math, otherwise doing well")}. "
            + $"Active {n.Pick("in soccer", "in basketball", "outside daily", "in swimming lessons")}. Sleeps {n.Between(9, 11)} hours. Wears a bike helmet and uses a booster seat or seatbelt.",
        _ => "Confidential HEADSS interview done with parent out of the room: "
            + n.Pick("not sexually active; feels safe at home and school.", "good friend group, no bullying, not sexually active.", "home life stable, plans to attend college, not sexually active.")
            + $" Sleeps {n.Between(7, 9)} hours; screen time {n.Between(2, 5)} hours daily.",
    };

    private static string AnticipatoryGuidance(NoteBuilder n) => "Anticipatory guidance: " + n.Age switch
    {
        0 => "safe sleep, rear-facing car seat, no honey before 12 months, water heater at 120 F.",
        <= 2 => "rear-facing car seat, choking hazards, poison control number, limit juice.",
        <= 5 => "car seat, water safety, limit screen time, brush twice daily.",
        <= 11 => "booster seat until 4'9\", bike helmet, healthy snacks, 60 minutes of activity daily.",
        _ => "seatbelts, no texting while driving, sleep hygiene, healthy relationships, sun protection.",
    };

    /// <summary>Amoxicillin at 90 mg/kg/day (weight-based below 40 kg).</summary>
    private static string HighDoseAmoxicillin(NoteBuilder n, int days)
    {
        if (n.WeightKg10 >= 400)
        {
            return $"amoxicillin 875 mg twice daily for {days} days";
        }

        var dose = Math.Min(2000, ((45 * n.WeightKg10 / 10) + 12) / 25 * 25);
        return $"amoxicillin 400 mg/5 mL, {Tenths(dose * 10 / 80)} mL ({dose} mg) twice daily for {days} days (90 mg/kg/day)";
    }

    private static void AcuteOtitisMedia(NoteBuilder n)
    {
        var roll = n.R.Next(10);
        var side = roll < 4 ? Side.Right : roll < 8 ? Side.Left : Side.Both;
        var fever = n.Chance(0.5);
        var isNew = n.Chance(0.1);
        var level = n.Chance(0.7) ? 3 : 4;
        var days = n.Age < 2 || side == Side.Both ? 10 : 7;
        var code = side switch
        {
            Side.Right => "H66.91",
            Side.Left => "H66.92",
            _ => "H66.93",
        };
        var ears = side == Side.Both ? "both ears" : $"the {Word(side)} ear";
        var treatment = n.PenicillinAllergy
            ? (n.Child ? $"cefdinir 14 mg/kg/day ({Math.Min(300, 7 * n.WeightKg10 / 10)} mg) twice daily for {days} days given penicillin allergy (rash, not anaphylaxis)" : $"cefdinir 300 mg twice daily for {days} days given penicillin allergy")
            : n.Child ? HighDoseAmoxicillin(n, days) : $"amoxicillin-clavulanate 875-125 mg twice daily for {days} days";

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint(n.Age < 5 ? "Ear pulling and fussiness." : $"Pain in {ears}.");
        n.Hpi($"{n.First} is {n.ASubject} " + (n.Age < 12 ? $"brought in by {n.Caregiver} " : string.Empty)
            + $"with {n.Days(1, 3)} of {(n.Age < 5 ? "fussiness, pulling at " + ears + ", and poor sleep" : "ear pain in " + ears + " and muffled hearing")}"
            + $" following {n.Pick("a cold last week", "several days of runny nose", "congestion")}. "
            + (fever ? $"Tmax {Tenths(n.Between(1004, 1030))} F. " : "No fever. ")
            + n.Pick("No ear drainage. ", "Denies ear discharge. ")
            + n.Pick("No vomiting or rash. ", "Eating and drinking normally. ", "Decreased appetite but drinking well. ")
            + n.Pick("No prior ear infections this year.", "Last ear infection 6 months ago.", "Attends daycare."));
        n.History(string.Empty, n.Pick("None.", "Acetaminophen as needed.", "Ibuprofen as needed for fever."));
        n.ReviewOfSystems(n.Pick("Positive for rhinorrhea.", "Positive for nasal congestion and mild cough."), (fever ? Ros.None : Ros.Constitutional) | Ros.Eyes | Ros.Respiratory | Ros.Gastrointestinal | Ros.Skin);
        var abnormal = $"bulging, erythematous tympanic membrane{(side == Side.Both ? "s" : string.Empty)} with purulent effusion and decreased mobility";
        n.Exam(
            n.Vitals(fever: fever),
            n.General(),
            side switch
            {
                Side.Right => $"Ears: right {abnormal}; left TM pearly gray with normal landmarks. No otorrhea.",
                Side.Left => $"Ears: left {abnormal}; right TM pearly gray with normal landmarks. No otorrhea.",
                _ => $"Ears: bilateral {abnormal}. No otorrhea or perforation.",
            },
            "Mastoids: no tenderness, swelling, or erythema.",
            "Nose/throat: clear rhinorrhea, oropharynx without exudate.",
            n.Neck(),
            n.Lungs(),
            n.Heart());

        var dx = n.Dx(code);
        n.BeginAssessment();
        n.Problem($"Acute otitis media, {(side == Side.Both ? "bilateral" : Word(side) + " ear")}. Start {treatment}. "
            + "Mastoiditis ruled out on exam; no tympanic membrane perforation. Ibuprofen or acetaminophen for pain.");
        n.FollowUp("Return if fever persists beyond 48-72 hours on antibiotics; ear recheck in 2-3 weeks if symptoms linger.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx);
    }

    private static void StrepPharyngitis(NoteBuilder n)
    {
        var positive = n.Chance(0.55);
        var fever = n.Chance(positive ? 0.75 : 0.4);
        var isNew = n.Chance(0.12);
        var level = n.Chance(0.7) ? 3 : 2;
        var kg = n.WeightKg10 / 10;
        var treatment = n.PenicillinAllergy
            ? (n.Child ? $"azithromycin 12 mg/kg ({Math.Min(500, 12 * kg)} mg) once daily for 5 days given penicillin allergy" : "azithromycin 500 mg daily for 5 days given penicillin allergy")
            : (n.Child && kg < 40 ? $"amoxicillin 50 mg/kg ({Math.Min(1000, 50 * kg)} mg) once daily for 10 days" : "amoxicillin 500 mg twice daily for 10 days");

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint(n.Pick("Sore throat.", "Sore throat and fever.", "Throat pain, trouble swallowing."));
        n.Hpi($"{n.First} is {n.ASubject} " + (n.Age < 12 ? $"brought in by {n.Caregiver} " : string.Empty)
            + $"with {n.Days(1, 3)} of sore throat and pain with swallowing"
            + n.Pick(", with headache", ", with mild abdominal pain", string.Empty) + ". "
            + (fever ? $"Fever to {Tenths(n.Between(1008, 1032))} F. " : "No fever. ")
            + n.Pick("Denies cough or runny nose. ", "No cough. ", "Minimal congestion. ")
            + n.Pick("A classmate had strep last week. ", "Sibling recently treated for strep. ", string.Empty)
            + n.Pick("No drooling, voice change, or trouble opening the mouth.", "Able to swallow liquids; no muffled voice."));
        n.History(string.Empty, n.Pick("None.", "Ibuprofen as needed.", "Cetirizine daily."));
        n.ReviewOfSystems(string.Empty, (fever ? Ros.None : Ros.Constitutional) | Ros.Eyes | Ros.Respiratory | Ros.Skin | Ros.Genitourinary);
        n.Exam(
            n.Vitals(fever: fever),
            n.General(),
            "Throat: " + (positive
                ? n.Pick("tonsils 2+ with exudate, palatal petechiae, uvula midline.", "erythematous tonsils with white exudate, uvula midline, no peritonsillar bulge.")
                : n.Pick("mild pharyngeal erythema without exudate, uvula midline.", "tonsils 1+ and mildly erythematous, no exudate.")),
            "Ears: TMs clear bilaterally.",
            $"Neck: {(positive ? "tender anterior cervical lymphadenopathy" : "shotty anterior nodes, nontender")}.",
            n.Lungs(),
            n.Heart(),
            "Skin: no rash.");
        n.Section("IN-OFFICE TESTS", $"Rapid strep antigen: {(positive ? "POSITIVE" : "negative")}."
            + (positive ? string.Empty : " Throat culture sent for confirmation."));

        var dx = n.Dx(positive ? "J02.0" : "J02.9");
        n.BeginAssessment();
        n.Problem(positive
            ? $"Streptococcal pharyngitis, confirmed by rapid antigen test. Start {treatment}. Contagious until 12 hours on antibiotics. Scarlet fever not present (no rash). Peritonsillar abscess ruled out on exam."
            : "Acute pharyngitis, likely viral. Rapid strep negative, culture pending; streptococcal pharyngitis not confirmed, will call if culture positive. Supportive care with fluids, honey, and ibuprofen. Peritonsillar abscess ruled out on exam.");
        n.FollowUp("Return for drooling, inability to swallow, or fever beyond 3 days.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx);
        n.Proc("87880", 1, dx);
    }

    private static void AsthmaExacerbation(NoteBuilder n)
    {
        var severity = n.R.Next(4);
        var code = severity switch
        {
            0 => "J45.21",
            1 => "J45.31",
            2 => "J45.41",
            _ => "J45.901",
        };
        var label = severity switch
        {
            0 => "Mild intermittent asthma",
            1 => "Mild persistent asthma",
            2 => "Moderate persistent asthma",
            _ => "Asthma",
        };
        var second = n.Chance(0.3);
        var before = n.Between(90, 94);
        var after = Math.Min(99, before + n.Between(3, 5));
        var level = n.Chance(0.6) ? 4 : 3;
        var kg = n.WeightKg10 / 10;
        var steroid = n.Child && kg < 30
            ? n.Pick($"prednisolone 2 mg/kg ({Math.Min(60, 2 * kg)} mg) daily for 5 days", $"dexamethasone 0.6 mg/kg ({Math.Min(16, 6 * kg / 10)} mg) once in clinic and repeat dose tomorrow")
            : "prednisone 40 mg daily for 5 days";

        n.Header("Office visit, established patient");
        n.ChiefComplaint(n.Pick("Wheezing.", "Asthma flare.", "Cough and tight chest."));
        n.Hpi($"{n.First} is {n.ASubject} with {label.ToLowerInvariant()} " + (n.Age < 12 ? $"brought in by {n.Caregiver} " : string.Empty)
            + $"for {n.Days(1, 4)} of wheezing, cough, and chest tightness triggered by {n.Pick("a viral cold", "pollen", "exercise in cold air", "a smoky campfire")}. "
            + $"Using albuterol every {n.Between(3, 5)} hours with temporary relief. "
            + n.Pick("No fever. ", "Denies fever. ")
            + n.Pick("No choking episode or sudden onset; foreign body not suspected. ", "No stridor. ")
            + n.Pick("No ED visits this year.", "Last oral steroid course 8 months ago.", "Missed controller doses this week."));
        n.History(
            label + ".",
            n.Pick("Albuterol HFA 2 puffs every 4 hours as needed.", "Fluticasone 44 mcg 2 puffs twice daily; albuterol as needed.", "Budesonide-formoterol 80-4.5 two puffs twice daily; albuterol as needed."));
        n.ReviewOfSystems(n.Pick("Positive for nighttime cough.", "Positive for exercise intolerance this week."), Ros.Constitutional | Ros.Ent | Ros.Cardiovascular | Ros.Gastrointestinal);
        n.Exam(
            n.Vitals(spo2: before, heartRate: n.Age < 12 ? n.Between(110, 132) : n.Between(92, 110)),
            n.Age < 4 ? "General: mild increased work of breathing, alert and consolable." : "General: mild increased work of breathing, speaking in full sentences.",
            n.Heent(),
            $"Lungs: diffuse expiratory wheezes, {n.Pick("mild subcostal retractions", "no retractions")}, prolonged expiration; no focal crackles.",
            n.Heart());
        n.ProcedureNote($"Nebulized albuterol 2.5 mg{(n.Chance(0.5) ? " with ipratropium 0.5 mg" : string.Empty)} via mask"
            + (second ? "; second treatment given 20 minutes later for persistent wheeze" : string.Empty)
            + $". Post-treatment SpO2 {after}% on room air, wheezing improved, work of breathing normal.");

        var dx = n.Dx(code);
        n.BeginAssessment();
        n.Problem($"{label} with acute exacerbation. Responded to nebulizer in clinic. Start {steroid}. Albuterol every 4 hours for 48 hours then as needed. "
            + n.Pick("Pneumonia ruled out clinically: afebrile, no focal findings.", "No signs of pneumonia; chest x-ray not indicated.")
            + " Asthma action plan updated; review controller technique with spacer.");
        n.FollowUp("Recheck in 2-3 days; ED for retractions, difficulty speaking, or lips turning blue.");
        n.Proc(Established(level), 1, dx, m1: "25");
        n.Proc("94640", 1, dx);
        if (second)
        {
            n.Proc("94640", 1, dx, m1: "76");
        }
    }

    private static void AdhdFollowUp(NoteBuilder n)
    {
        var type = n.R.Next(10);
        var code = type < 4 ? "F90.0" : type < 9 ? "F90.2" : "F90.1";
        var label = type < 4
            ? "Attention-deficit hyperactivity disorder, predominantly inattentive type"
            : type < 9 ? "Attention-deficit hyperactivity disorder, combined type" : "Attention-deficit hyperactivity disorder, predominantly hyperactive type";
        var medication = n.Pick(
            $"methylphenidate ER {n.Pick("18", "27", "36", "54")} mg every morning",
            $"lisdexamfetamine {n.Pick("20", "30", "40", "50")} mg every morning",
            $"dexmethylphenidate XR {n.Pick("10", "15", "20")} mg every morning",
            $"guanfacine ER {n.Pick("1", "2", "3")} mg daily");
        var scales = n.Child ? n.Between(1, 2) : 1;
        var level = n.Chance(0.6) ? 3 : 4;
        var controlled = n.Chance(0.6);

        n.Header("Office visit, established patient");
        n.ChiefComplaint(n.Pick("ADHD medication follow-up.", "ADHD check and refill.", "Follow-up for attention problems."));
        n.Hpi($"{n.First} is {n.ASubject} with {label.ToLowerInvariant()} on {medication}"
            + (n.Child ? $", seen with {n.Caregiver}. " : ". ")
            + (n.Child
                ? (controlled ? "Teacher reports improved focus and work completion. " : "Teacher reports ongoing trouble finishing work in the afternoons. ")
                : (controlled ? "Reports better focus at work and meeting deadlines. " : "Still struggling to stay on task at work after lunch. "))
            + n.Pick("Appetite decreased at lunch but eats a good dinner. ", "Appetite fine. ", "Some trouble falling asleep on school nights. ")
            + n.Pick("Denies tics, palpitations, or chest pain. ", "No tics, headaches, or stomachaches. ")
            + n.Pick("No depressed mood or anxiety.", "Mood good; denies sadness.")
            + (n.Child ? " School psychoeducational testing ruled out a specific learning disability." : string.Empty));
        n.History(label + ".", medication[..1].ToUpperInvariant() + medication[1..] + ".");
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Cardiovascular | Ros.Gastrointestinal | Ros.Neurological | Ros.Psychiatric);
        n.Exam(
            n.Vitals(),
            n.General(),
            n.Heart(),
            n.Lungs(),
            n.Neuro(),
            "Psych: " + n.Pick("cooperative, appropriate affect, mildly fidgety during visit.", "attentive for most of the visit, normal mood and affect.", "calm, engaged, normal speech."));
        n.Section("SCREENING TOOLS", n.Child
            ? $"Vanderbilt ADHD rating scale{(scales == 2 ? "s (parent and teacher)" : " (parent)")} scored: inattention {n.Between(3, 7)}/9, hyperactivity {n.Between(1, 6)}/9, performance items {(controlled ? "mostly average" : "problematic in 2 areas")}."
            : $"Adult ADHD self-report scale scored: {n.Between(10, 20)} of 24 on part A.");

        var dx = n.Dx(code);
        n.BeginAssessment();
        n.Problem($"{label}, {(controlled ? "well controlled" : "suboptimally controlled")}. "
            + (controlled ? "Continue current dose; 30-day prescription sent, controlled substance database reviewed." : "Increase to next dose step; recheck in 4 weeks.")
            + " Growth and blood pressure reviewed and acceptable. No depressive disorder on screening.");
        n.FollowUp($"Return in {(controlled ? "3 months" : "4 weeks")}.");
        n.Proc(Established(level), 1, dx);
        n.Proc("96127", scales, dx);
    }
}
