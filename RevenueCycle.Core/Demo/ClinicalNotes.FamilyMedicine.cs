using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Demo;

/// <summary>Family medicine visit templates.</summary>
public static partial class ClinicalNotes
{
    private static readonly Template[] FamilyMedicineTemplates =
    [
        new("Type 2 diabetes follow-up", 25, 120, 5, DiabetesFollowUp),
        new("Hypertension follow-up", 25, 120, 5, HypertensionFollowUp),
        new("Acute respiratory infection", 2, 120, 4, AcuteRespiratoryInfection),
        new("Urinary tract infection", 12, 120, 3, UrinaryTractInfection),
        new("Preventive visit", 0, 120, 4, FamilyPreventiveVisit),
        new("Low back pain", 18, 120, 3, LowBackPain),
        new("Hyperlipidemia follow-up", 30, 120, 3, HyperlipidemiaFollowUp),
        new("GERD", 18, 120, 2, RefluxVisit),
        new("COPD exacerbation", 45, 120, 2, CopdExacerbation),
        new("Immunization nurse visit", 0, 120, 2, ImmunizationVisit),
        new("Vitamin B12 injection", 30, 120, 1, VitaminB12Injection),
        new("Knee osteoarthritis injection", 45, 120, 2, KneeOsteoarthritis),
    ];

    /// <summary>Z68 adult BMI code for a BMI of 30 or more (in tenths); the caller checks age 20+.</summary>
    private static string BmiCode(int bmi10) => bmi10 >= 400 ? "Z68.41" : "Z68.3" + (char)('0' + Math.Min(9, (bmi10 / 10) - 30));

    private static void DiabetesFollowUp(NoteBuilder n)
    {
        var insulin = n.Chance(0.3);
        var hypertension = n.Age >= 35 && n.Chance(0.55);
        var lipids = n.Age >= 30 && n.Chance(0.5);
        if (n.Age >= 20 && n.Chance(0.55))
        {
            n.SetBmi(300, 395);
        }

        var obese = n.Age >= 20 && n.Bmi10 >= 300;
        var a1c = n.Between(76, 118);
        var priorA1c = Math.Max(68, a1c - n.Between(-6, 12));
        var diagnosed = n.PastYear(1, 18);
        var level = n.Chance(0.65) ? 4 : 3;
        var drawLabs = n.Chance(0.4);
        var systolic = hypertension ? n.Between(122, 156) : 0;
        var oral = n.Pick("metformin 1000 mg twice daily", "metformin 500 mg twice daily", "metformin 1000 mg twice daily and glipizide 5 mg daily");
        var insulinRegimen = $"insulin glargine {n.Between(18, 60)} units at bedtime and insulin lispro {n.Between(4, 12)} units with meals";

        n.Header("Office visit, established patient");
        n.ChiefComplaint(n.Pick("Diabetes follow-up.", "Follow-up of type 2 diabetes and lab review.", "3-month diabetes check."));
        n.Hpi($"{n.First} is {n.ASubject} with type 2 diabetes mellitus diagnosed in {diagnosed} who presents for routine follow-up. "
            + $"Home fasting glucose readings have been running {n.Between(150, 190)}-{n.Between(200, 280)} mg/dL over the past {n.Days(14, 90)}. "
            + n.Pick("Admits to dietary indiscretion over the holidays. ", "Reports missing evening doses several times a week. ", "Has been under stress at work and not exercising. ", "Says portion sizes have crept up. ")
            + $"Last A1c was {Tenths(priorA1c)}%. {n.HeCap} denies polyuria, blurred vision, or hypoglycemic episodes. "
            + n.Pick("No numbness or tingling in the feet.", "Denies foot numbness, burning, or ulcers.", "Negative for foot pain or paresthesias.")
            + $" Last dilated eye exam {n.Pick("was normal last year", "showed no retinopathy", "was 8 months ago and normal")}.");
        n.History(
            "Type 2 diabetes mellitus." + (hypertension ? " Essential hypertension." : string.Empty) + (lipids ? " Hyperlipidemia." : string.Empty),
            (insulin ? insulinRegimen : oral) + (hypertension ? "; lisinopril 20 mg daily" : string.Empty) + (lipids ? "; atorvastatin 40 mg daily" : string.Empty) + ".");
        n.ReviewOfSystems(
            n.Pick("Positive for increased thirst in the afternoons.", "Positive for mild fatigue after meals.", string.Empty),
            Ros.Eyes | Ros.Cardiovascular | Ros.Respiratory | Ros.Genitourinary | Ros.Neurological);
        n.Exam(
            n.Vitals(systolic: systolic, diastolic: hypertension ? n.Between(72, systolic >= 140 ? 94 : 86) : 0),
            n.General(),
            n.Neck(),
            n.Lungs(),
            n.Heart(),
            n.Extremities(),
            "Diabetic foot exam: " + n.Pick("monofilament sensation intact bilaterally, pedal pulses 2+, no ulcers or calluses.", "protective sensation intact to 10 g monofilament, skin intact, no deformity."));
        n.Section("IN-OFFICE TESTS", $"Point-of-care hemoglobin A1c: {Tenths(a1c)}%.");

        var dm = n.Dx("E11.65");
        var htn = hypertension ? n.Dx("I10") : 0;
        var hld = lipids ? n.Dx("E78.5") : 0;
        var obesity = obese ? n.Dx("E66.9") : 0;
        n.Dx(insulin ? "Z79.4" : "Z79.84");
        if (obese)
        {
            n.Dx(BmiCode(n.Bmi10));
        }

        n.BeginAssessment();
        n.Problem($"Type 2 diabetes mellitus with hyperglycemia. A1c {Tenths(a1c)}%, above goal of less than 7%. "
            + (insulin
                ? $"Long-term use of insulin: increase glargine by {n.Between(2, 6)} units and titrate every 3 days to fasting glucose under 130. "
                : "Long-term use of oral hypoglycemic drugs: " + n.Pick("add empagliflozin 10 mg daily. ", "add sitagliptin 100 mg daily. ", "increase metformin to the maximum dose and add empagliflozin 10 mg daily. "))
            + n.Pick("Diabetic neuropathy ruled out on monofilament exam today. ", "No evidence of neuropathy or retinopathy. ")
            + (drawLabs ? "Urine microalbumin collected and CMP drawn in the office today." : "Urine microalbumin and CMP ordered at the outside lab."));
        if (hypertension)
        {
            n.Problem($"Essential hypertension, BP {systolic} systolic: " + (systolic >= 140
                ? n.Pick("above goal today; increase lisinopril to 40 mg daily.", "above goal; recheck with home log in 4 weeks, continue lisinopril.")
                : n.Pick("at goal; continue lisinopril.", "controlled on lisinopril.")));
        }

        if (lipids)
        {
            n.Problem("Hyperlipidemia, on statin; fasting lipid panel with next labs.");
        }

        if (obese)
        {
            n.Problem($"Obesity, BMI {Tenths(n.Bmi10)}. Counseled on diet and 150 minutes of weekly exercise; referred to nutrition.");
        }

        n.FollowUp($"Return in {n.Pick("3 months", "12 weeks", "3 months with labs")}.");
        n.Proc(Established(level), 1, dm, htn, hld, obesity);
        n.Proc("83036", 1, dm);
        if (drawLabs)
        {
            n.Proc("36415", 1, dm, hld);
        }
    }

    private static void HypertensionFollowUp(NoteBuilder n)
    {
        var smoker = n.Chance(0.25);
        var lipids = n.Chance(0.4);
        var controlled = n.Chance(0.55);
        var systolic = controlled ? n.Between(118, 138) : n.Between(142, 168);
        var diastolic = controlled ? n.Between(70, 86) : n.Between(88, 102);
        var med = n.Pick("lisinopril 20 mg daily", "amlodipine 5 mg daily", "losartan 50 mg daily", "lisinopril-hydrochlorothiazide 20-12.5 mg daily", "amlodipine 10 mg daily and losartan 100 mg daily");
        var packs = n.Between(1, 2) == 1 ? "half a pack" : "a pack";
        var level = controlled ? (n.Chance(0.7) ? 3 : 4) : (n.Chance(0.7) ? 4 : 3);
        var drawLabs = n.Chance(0.35);

        n.Header("Office visit, established patient");
        n.ChiefComplaint(n.Pick("Blood pressure follow-up.", "Follow-up of hypertension, medication refill.", "BP check."));
        n.Hpi($"{n.First} is {n.ASubject} with essential hypertension on {med}. "
            + $"Home readings average {systolic + n.Between(-6, 6)}/{diastolic + n.Between(-4, 4)}. "
            + n.Pick("Taking medication daily without side effects. ", "Reports good adherence; mild ankle swelling resolved after dose change. ", "Occasionally forgets the morning dose. ")
            + n.Pick("Denies chest pain, headaches, or vision changes. ", "No chest pain, palpitations, or shortness of breath. ", "Negative for headache or dizziness. ")
            + n.Pick("Secondary hypertension workup in the past was negative.", "Sleep apnea was ruled out with a home sleep study last year.", "Cutting back on salt."));
        n.History(
            "Essential hypertension." + (lipids ? " Hyperlipidemia." : string.Empty),
            med + (lipids ? "; rosuvastatin 10 mg daily" : string.Empty) + ".",
            smoker ? $"Current smoker, {packs} per day for {n.Between(8, 35)} years." : null);
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Eyes | Ros.Cardiovascular | Ros.Respiratory | Ros.Neurological);
        n.Exam(n.Vitals(systolic: systolic, diastolic: diastolic), n.General(), n.Neck(), n.Lungs(), n.Heart(), n.Extremities());

        var htn = n.Dx("I10");
        var hld = lipids ? n.Dx("E78.5") : 0;
        var tobacco = smoker ? n.Dx("F17.210") : 0;
        n.BeginAssessment();
        n.Problem("Essential hypertension, " + (controlled
            ? "well controlled. Continue current regimen."
            : n.Pick("not at goal. Increase dose and recheck in 4 weeks.", "uncontrolled. Add hydrochlorothiazide 12.5 mg daily."))
            + (drawLabs ? " BMP drawn in the office today." : " BMP at next visit."));
        if (lipids)
        {
            n.Problem("Hyperlipidemia, stable on statin.");
        }

        if (smoker)
        {
            n.Problem($"Nicotine dependence, cigarettes. Spent {n.Between(4, 9)} minutes counseling on cessation; offered nicotine patch and quitline referral.");
        }

        n.FollowUp($"Return in {n.Pick("3 months", "4 weeks", "6 months")}.");
        n.Proc(Established(level), 1, htn, hld, tobacco, m1: smoker ? "25" : null);
        if (smoker)
        {
            n.Proc("99406", 1, tobacco);
        }

        if (drawLabs)
        {
            n.Proc("36415", 1, htn);
        }
    }

    private static void AcuteRespiratoryInfection(NoteBuilder n)
    {
        // 0 = viral upper respiratory infection, 1 = acute bacterial sinusitis, 2 = acute bronchitis.
        var kind = n.Age >= 12 ? n.R.Next(3) : 0;
        var fever = n.Chance(kind == 1 ? 0.4 : 0.25);
        var isNew = n.Chance(0.2);
        var level = n.Chance(0.6) ? 3 : 2;
        var sinus = n.R.Next(3);
        var duration = kind switch
        {
            0 => n.Days(2, 6),
            1 => n.Days(10, 20),
            _ => n.Days(8, 21),
        };
        var code = kind switch
        {
            0 => "J06.9",
            1 => sinus switch
            {
                0 => "J01.00",
                1 => "J01.10",
                _ => "J01.90",
            },
            _ => "J20.9",
        };

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint(kind switch
        {
            0 => n.Pick("Runny nose and cough.", "Cold symptoms.", "Congestion and sore throat."),
            1 => n.Pick("Sinus pressure and congestion.", "Facial pain and stuffy nose.", "Sinus infection."),
            _ => n.Pick("Cough.", "Chest cold with cough.", "Persistent cough."),
        });
        var who = n.Age < 12 ? $"brought in by {n.Historian}" : "presenting";
        n.Hpi($"{n.First} is {n.ASubject} {who} with {duration} of " + kind switch
        {
            0 => n.Pick("nasal congestion, clear rhinorrhea, mild sore throat, and dry cough. ", "sneezing, runny nose, and a scratchy throat. "),
            1 => (sinus == 1 ? "frontal headache and forehead pressure" : sinus == 0 ? "pressure over both cheeks, upper tooth pain" : "facial pressure")
                + ", purulent nasal discharge, and congestion that initially improved and then worsened. ",
            _ => n.Pick("productive cough with yellow sputum following a cold. ", "hacking cough, worse at night, after a viral illness. "),
        }
            + (fever ? $"Tmax {Tenths(n.Between(1004, 1024))} F at home. " : "No fever at home. ")
            + n.Pick("Sick contacts at home. ", "Coworkers have been ill. ", "Tried over-the-counter decongestants with little relief. ", string.Empty)
            + n.Pick("Denies shortness of breath or wheezing.", "No chest pain or dyspnea.", "Negative for shortness of breath."));
        n.History(string.Empty, n.Pick("None.", "Occasional ibuprofen.", "Cetirizine as needed."));
        n.ReviewOfSystems(string.Empty, (fever ? Ros.None : Ros.Constitutional) | Ros.Cardiovascular | Ros.Gastrointestinal | Ros.Skin);
        n.Exam(
            n.Vitals(fever: fever),
            n.General(),
            kind == 1
                ? "HEENT: " + (sinus == 1 ? "frontal sinus tenderness" : sinus == 0 ? "bilateral maxillary tenderness" : "sinus tenderness to percussion") + ", boggy turbinates with purulent drainage, TMs clear."
                : "HEENT: nasal mucosa erythematous with clear discharge, TMs clear, mild pharyngeal erythema without exudate.",
            n.Neck(),
            kind == 2 ? "Lungs: scattered rhonchi that clear with cough, no crackles or wheezes." : n.Lungs(),
            n.Heart());

        var dx = n.Dx(code);
        n.BeginAssessment();
        n.Problem(kind switch
        {
            0 => "Acute upper respiratory infection, viral. Supportive care: fluids, rest, saline spray"
                + (n.Age >= 12 ? ", honey or dextromethorphan for cough." : ", honey for cough, acetaminophen as needed for discomfort.")
                + " Antibiotics not indicated. Otitis media ruled out on exam.",
            1 => (sinus == 1 ? "Acute frontal sinusitis" : sinus == 0 ? "Acute maxillary sinusitis" : "Acute sinusitis")
                + ", bacterial given duration over 10 days with double worsening. "
                + (n.PenicillinAllergy ? "Penicillin allergic: doxycycline 100 mg twice daily for 7 days." : "Amoxicillin-clavulanate 875-125 mg twice daily for 7 days.")
                + " Saline irrigation, intranasal fluticasone.",
            _ => "Acute bronchitis. Lungs without focal findings and oxygen saturation normal; pneumonia ruled out clinically, chest x-ray not needed. "
                + "Benzonatate 100 mg three times daily as needed. Antibiotics not indicated.",
        });
        n.FollowUp(n.Pick("Return if not improving in 7-10 days or for shortness of breath.", "Call if fever over 102 F or symptoms worsen.", "Follow up as needed."));
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx);
    }

    private static void UrinaryTractInfection(NoteBuilder n)
    {
        var cystitis = n.Female && n.Chance(0.6);
        var nitrite = n.Chance(0.6);
        var isNew = n.Chance(0.15);
        var level = n.Chance(0.7) ? 3 : 2;
        var antibiotic = n.Female
            ? (!n.SulfaAllergy && n.Chance(0.4) ? "trimethoprim-sulfamethoxazole DS twice daily for 3 days" : n.Pick("nitrofurantoin 100 mg twice daily for 5 days", "cephalexin 500 mg twice daily for 7 days"))
            : (n.SulfaAllergy ? "cephalexin 500 mg twice daily for 7 days" : "trimethoprim-sulfamethoxazole DS twice daily for 7 days");

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint(n.Pick("Burning with urination.", "Painful urination and frequency.", "Possible bladder infection."));
        n.Hpi($"{n.First} is {n.ASubject} with {n.Days(1, 4)} of dysuria, urinary frequency, and urgency"
            + n.Pick(" with suprapubic pressure. ", ". ", " and cloudy urine. ")
            + n.Pick("Denies flank pain, fever, or vomiting. ", "No fever, chills, or back pain. ", "Negative for flank pain and nausea. ")
            + (n.Female
                ? "No vaginal discharge or itching. " + (n.Age is >= 15 and <= 50 ? $"LMP {n.Between(1, 3)} weeks ago; no chance of pregnancy per patient. " : string.Empty)
                : "No penile discharge or testicular pain. ")
            + n.Pick("No gross hematuria.", "Denies blood in the urine.")
            + n.Pick(" Last UTI several years ago.", string.Empty, " Has been drinking extra water."));
        n.History(string.Empty, n.Pick("None.", "Multivitamin daily.", "Loratadine as needed."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Cardiovascular | Ros.Gastrointestinal | Ros.Musculoskeletal | Ros.Skin);
        n.Exam(
            n.Vitals(),
            n.General(),
            n.Lungs(),
            n.Heart(),
            "Abdomen: soft, mild suprapubic tenderness, no rebound.",
            "Back: no CVA tenderness bilaterally.");
        n.Section("IN-OFFICE TESTS", $"Urine dipstick (manual, no microscopy): leukocyte esterase {n.Pick("2+", "3+", "moderate")}, nitrite {(nitrite ? "positive" : "negative")}, blood negative, protein trace, glucose negative.");

        var dx = n.Dx(cystitis ? "N30.00" : "N39.0");
        n.BeginAssessment();
        n.Problem((cystitis ? "Acute cystitis without hematuria" : "Urinary tract infection") + $". Dipstick consistent. Start {antibiotic}. Urine culture sent. "
            + "Pyelonephritis ruled out: afebrile, no CVA tenderness.");
        n.FollowUp("Increase fluids, phenazopyridine for 2 days as needed. Return for fever, flank pain, or no improvement in 48 hours.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx);
        n.Proc("81002", 1, dx);
    }

    private static void FamilyPreventiveVisit(NoteBuilder n)
    {
        if (n.Child)
        {
            WellChildVisit(n);
        }
        else
        {
            AdultPreventiveVisit(n);
        }
    }

    /// <summary>Adult annual preventive exam (99385-99387 / 99395-99397), also used by pediatrics for patients 18 and older.</summary>
    private static void AdultPreventiveVisit(NoteBuilder n)
    {
        var isNew = n.Chance(0.15);
        var smoker = n.Chance(0.15);
        var medicare = n.Age >= 65;
        var flu = n.FluSeason && n.Chance(0.65);
        var tdap = !medicare && n.Chance(0.12);
        var drawLabs = n.Chance(0.5);
        var screening = new System.Text.StringBuilder(400);
        if (n.Age is >= 45 and <= 75)
        {
            screening.Append(n.Chance(0.6) ? $"Colonoscopy in {n.PastYear(1, 9)} was normal. " : "Due for colon cancer screening; stool DNA test ordered. ");
        }

        if (n.Female && n.Age is >= 40 and <= 74)
        {
            screening.Append("Screening mammogram ordered. ");
        }

        if (n.Female && n.Age is >= 21 and <= 65)
        {
            screening.Append($"Cervical cancer screening current, last Pap {n.PastYear(1, 3)} normal. ");
        }

        if (!n.Female && n.Age is >= 55 and <= 69)
        {
            screening.Append("Discussed PSA screening risks and benefits; " + n.Pick("patient elects to proceed, added to labs. ", "patient prefers to defer this year. "));
        }

        if (n.Age >= 65)
        {
            screening.Append("Fall risk screen negative. " + (n.Female ? "Bone density scan ordered. " : string.Empty));
        }

        screening.Append(n.Pick("PHQ-2 depression screen negative. ", "Depression screen negative (PHQ-2 score 0). "));

        n.Header(isNew ? "Preventive visit, new patient" : "Preventive visit, established patient");
        n.ChiefComplaint(n.Pick("Annual physical.", "Yearly wellness exam.", "Here for a physical, no complaints."));
        n.Hpi($"{n.First} is {n.ASubject} here for an annual preventive exam{(isNew ? ", establishing care" : string.Empty)}. No acute concerns today. "
            + $"Exercises {n.Pick("2-3 times a week", "rarely", "most days, walking 30 minutes", "3 times a week at the gym")}. "
            + n.Pick("Diet is mostly home-cooked. ", "Eats out often. ", "Trying to cut back on sugar. ")
            + $"Sleeps {n.Between(6, 8)} hours a night. Wears a seatbelt. "
            + n.Pick("Denies chest pain or shortness of breath with exertion.", "No chest pain, palpitations, or dyspnea.", "Negative for exertional symptoms."));
        n.History(
            string.Empty,
            n.Pick("None.", "Multivitamin daily.", "Vitamin D 1000 units daily.", "Fish oil and a multivitamin."),
            smoker ? $"Current smoker, {n.Pick("half a pack", "1 pack", "10 cigarettes")} per day." : null);
        n.ReviewOfSystems(
            string.Empty,
            Ros.Constitutional | Ros.Eyes | Ros.Ent | Ros.Cardiovascular | Ros.Respiratory | Ros.Gastrointestinal | Ros.Genitourinary | Ros.Musculoskeletal | Ros.Skin | Ros.Neurological | Ros.Psychiatric);
        n.Exam(n.Vitals(), n.General(), n.Heent(), n.Neck(), n.Lungs(), n.Heart(), n.Abdomen(), n.Extremities(), n.SkinExam(), n.Neuro(), n.Psych());

        var exam = n.Dx("Z00.00");
        var tobacco = smoker ? n.Dx("F17.210") : 0;
        var immunization = flu || tdap ? n.Dx("Z23") : 0;
        var site = n.Pick("left deltoid", "right deltoid");
        if (flu || tdap)
        {
            var text = new System.Text.StringBuilder(200);
            if (flu)
            {
                text.Append(medicare
                    ? $"High-dose influenza vaccine 0.7 mL IM, {site}. "
                    : $"Quadrivalent influenza vaccine, preservative-free, 0.5 mL IM, {site}. ");
            }

            if (tdap)
            {
                text.Append($"Tdap 0.5 mL IM, {(flu ? "opposite deltoid" : site)}. ");
            }

            text.Append("VIS given, consent obtained, tolerated well, observed 15 minutes without reaction.");
            n.ProcedureNote(text.ToString());
        }

        n.BeginAssessment();
        n.Problem("Encounter for general adult medical examination without abnormal findings. " + screening
            + (drawLabs ? "Fasting lipid panel, CMP, and A1c drawn today." : "Screening labs ordered."));
        if (smoker)
        {
            n.Problem($"Nicotine dependence, cigarettes. Counseled {n.Between(4, 9)} minutes on quitting; prescribed nicotine patch 14 mg. "
                + (n.Age is >= 50 and <= 80 ? "Low-dose CT lung screening discussed." : string.Empty));
        }

        if (flu || tdap)
        {
            n.Problem("Encounter for immunization: " + (flu && tdap ? "influenza and Tdap" : flu ? "influenza" : "Tdap booster") + " given today.");
        }

        n.FollowUp("Return in 1 year for next preventive visit, sooner as needed.");
        n.Proc(Preventive(n.Age, isNew), 1, exam, m1: smoker ? "25" : null);
        if (smoker)
        {
            n.Proc("99406", 1, tobacco);
        }

        var given = 0;
        if (flu)
        {
            n.Proc(medicare ? "90662" : "90686", 1, immunization);
            n.Proc(medicare ? "G0008" : "90471", 1, immunization);
            given += medicare ? 0 : 1;
        }

        if (tdap)
        {
            n.Proc("90715", 1, immunization);
            n.Proc(given == 0 ? "90471" : "90472", 1, immunization);
        }

        if (drawLabs)
        {
            n.Proc("36415", 1, exam);
        }
    }

    private static void LowBackPain(NoteBuilder n)
    {
        var sciatica = n.Chance(0.45);
        var side = n.Chance(0.5) ? Side.Right : Side.Left;
        var toradol = n.Age < 65 && n.Chance(0.35);
        var dose = n.Chance(0.5) ? 30 : 60;
        var isNew = n.Chance(0.2);
        var level = n.Chance(0.55) ? 3 : 4;
        var trigger = n.Pick("lifting a heavy box", "shoveling snow", "moving furniture", "a long day of yard work", "picking up a child");

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint(sciatica ? $"Low back pain going down the {Word(side)} leg." : "Low back pain.");
        n.Hpi($"{n.First} is {n.ASubject} with {n.Days(2, 12)} of low back pain that began after {trigger}. "
            + (sciatica
                ? $"Pain radiates down the posterior {Word(side)} thigh to the calf, rated {n.Between(5, 8)}/10, worse with sitting. "
                : $"Pain is across the lower back without radiation, rated {n.Between(4, 7)}/10, worse with bending. ")
            + n.Pick("Denies bowel or bladder incontinence or saddle anesthesia. ", "No urinary retention, bowel incontinence, or groin numbness. ")
            + n.Pick("No fever or weight loss. No history of cancer. ", "Negative for fever, IV drug use, or trauma. ")
            + n.Pick("Ibuprofen helps somewhat.", "Tried heat and acetaminophen with partial relief.", "Has not taken anything."));
        n.History(string.Empty, n.Pick("None.", "Ibuprofen 400 mg as needed.", "Acetaminophen as needed."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Gastrointestinal | Ros.Genitourinary | Ros.Neurological);
        n.Exam(
            n.Vitals(),
            n.General(),
            "Back: paraspinal muscle tenderness and spasm in the lumbar region, no midline bony tenderness.",
            sciatica
                ? $"Neuro: straight leg raise positive on the {Word(side)} at {n.Between(35, 60)} degrees; strength 5/5, reflexes 2+ and symmetric, sensation intact."
                : "Neuro: straight leg raise negative bilaterally; strength, reflexes, and sensation intact.",
            "Gait: antalgic but steady.");
        if (toradol)
        {
            n.ProcedureNote($"Ketorolac {dose} mg IM administered to the {n.Pick("right", "left")} ventrogluteal site by nursing after verbal consent. Tolerated without complication.");
        }

        var dx = n.Dx(sciatica ? (side == Side.Right ? "M54.41" : "M54.42") : "S39.012A");
        n.BeginAssessment();
        n.Problem((sciatica ? $"Lumbago with sciatica, {Word(side)} side" : "Strain of muscle, fascia and tendon of lower back (lumbar strain), initial encounter")
            + ". No red flags; cauda equina syndrome not suspected, fracture unlikely, imaging not indicated at this time. "
            + (toradol ? $"Ketorolac {dose} mg IM given in clinic. " : string.Empty)
            + n.Pick("Naproxen 500 mg twice daily with food for 10 days, cyclobenzaprine 5 mg at bedtime.", "Ibuprofen 600 mg three times daily, heat, gentle stretching.", "Physical therapy referral, continue activity as tolerated."));
        n.FollowUp("Return in 2-4 weeks if not improving, sooner for weakness or bladder changes.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx, m1: toradol ? "25" : null);
        if (toradol)
        {
            n.Proc("96372", 1, dx);
            n.Proc("J1885", dose / 15, dx);
        }
    }

    private static void HyperlipidemiaFollowUp(NoteBuilder n)
    {
        // 0 = unspecified hyperlipidemia, 1 = pure hypercholesterolemia, 2 = mixed hyperlipidemia.
        var kind = n.R.Next(3);
        if (n.Age >= 20 && n.Chance(0.35))
        {
            n.SetBmi(300, 399);
        }

        var obese = n.Age >= 20 && n.Bmi10 >= 300;
        var ldl = n.Between(118, 192);
        var triglycerides = kind == 2 ? n.Between(230, 420) : n.Between(90, 148);
        var onStatin = n.Chance(0.6);
        var drawLabs = n.Chance(0.5);
        var level = n.Chance(0.6) ? 3 : 4;
        var statin = n.Pick("atorvastatin 20 mg", "atorvastatin 40 mg", "rosuvastatin 10 mg", "simvastatin 20 mg", "pravastatin 40 mg");

        n.Header("Office visit, established patient");
        n.ChiefComplaint(n.Pick("Cholesterol follow-up.", "Review of lipid results.", "Follow-up of high cholesterol."));
        n.Hpi($"{n.First} is {n.ASubject} returning to review fasting labs: LDL {ldl} mg/dL, triglycerides {triglycerides} mg/dL, HDL {n.Between(34, 62)} mg/dL. "
            + (onStatin ? $"Currently taking {statin} nightly; denies muscle aches or weakness. " : "Not currently on lipid-lowering therapy; has been working on diet. ")
            + n.Pick("Denies chest pain or claudication. ", "No exertional chest pain or leg pain with walking. ")
            + $"10-year ASCVD risk calculated at {Tenths(n.Between(42, 196))}%.");
        n.History(
            kind switch
            {
                1 => "Pure hypercholesterolemia.",
                2 => "Mixed hyperlipidemia.",
                _ => "Hyperlipidemia.",
            },
            onStatin ? statin + " nightly." : "None.");
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Cardiovascular | Ros.Respiratory | Ros.Musculoskeletal);
        n.Exam(n.Vitals(), n.General(), n.Neck(), n.Heart(), n.Lungs(), n.Extremities(), "Skin: no xanthomas or xanthelasma.");

        var lipid = n.Dx(kind switch
        {
            1 => "E78.00",
            2 => "E78.2",
            _ => "E78.5",
        });
        var obesity = obese ? n.Dx("E66.9") : 0;
        if (obese)
        {
            n.Dx(BmiCode(n.Bmi10));
        }

        n.BeginAssessment();
        n.Problem(kind switch
        {
            1 => "Pure hypercholesterolemia",
            2 => "Mixed hyperlipidemia",
            _ => "Hyperlipidemia",
        } + ". " + (onStatin
            ? n.Pick("Increase statin dose; recheck lipids and ALT in 8-12 weeks.", "At goal on current statin; continue.", "Add ezetimibe 10 mg daily.")
            : $"Start {statin} nightly; recheck lipids in 8-12 weeks.")
            + (kind == 2 ? " Limit refined carbohydrates and alcohol for triglycerides." : string.Empty)
            + (drawLabs ? " Hepatic panel drawn today." : string.Empty));
        if (obese)
        {
            n.Problem($"Obesity, BMI {Tenths(n.Bmi10)}. Discussed calorie reduction and activity goals.");
        }

        n.FollowUp($"Follow up in {n.Pick("3 months", "6 months")}.");
        n.Proc(Established(level), 1, lipid, obesity);
        if (drawLabs)
        {
            n.Proc("36415", 1, lipid);
        }
    }

    private static void RefluxVisit(NoteBuilder n)
    {
        var isNew = n.Chance(0.2);
        var level = n.Chance(0.7) ? 3 : 4;
        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint(n.Pick("Heartburn.", "Acid reflux.", "Burning in the chest after meals."));
        n.Hpi($"{n.First} is {n.ASubject} with {n.Days(21, 180)} of burning retrosternal discomfort {n.Between(3, 6)} nights a week, worse after large meals and lying down, "
            + n.Pick("with sour taste in the mouth. ", "relieved by antacids. ", "associated with occasional regurgitation. ")
            + n.Pick("Denies dysphagia, odynophagia, hematemesis, or melena. ", "No trouble swallowing, no black stools, no weight loss. ")
            + n.Pick("Symptoms are not exertional and there is no chest pain with activity. ", "No exertional chest pressure. ")
            + n.Pick($"EGD in {n.PastYear(2, 6)} showed no esophagitis.", "H. pylori breath test last year was negative.", "Drinks 2-3 cups of coffee daily."));
        n.History(string.Empty, n.Pick("Calcium carbonate as needed.", "Famotidine 20 mg as needed.", "Omeprazole 20 mg daily, inconsistently."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Respiratory | Ros.Genitourinary | Ros.Skin);
        n.Exam(n.Vitals(), n.General(), n.Heent(), n.Lungs(), n.Heart(), "Abdomen: soft, mild epigastric tenderness, no masses, no hepatosplenomegaly.");

        var dx = n.Dx("K21.9");
        n.BeginAssessment();
        n.Problem("Gastro-esophageal reflux disease without esophagitis. No alarm features; Barrett's esophagus and peptic ulcer not suspected. "
            + n.Pick("Start omeprazole 20 mg daily 30 minutes before breakfast for 8 weeks.", "Increase to omeprazole 40 mg daily for 8 weeks, then step down.", "Pantoprazole 40 mg daily.")
            + " Elevate head of bed, avoid late meals, limit caffeine and alcohol.");
        n.FollowUp("Return in 8 weeks; GI referral for EGD if symptoms persist.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx);
    }

    private static void CopdExacerbation(NoteBuilder n)
    {
        var smoker = n.Chance(0.35);
        var counsel = smoker && n.Chance(0.5);
        var second = n.Chance(0.3);
        var before = n.Between(88, 92);
        var after = before + n.Between(2, 5);
        var level = n.Chance(0.75) ? 4 : 3;
        var packYears = n.Between(20, 60);

        n.Header("Office visit, established patient");
        n.ChiefComplaint(n.Pick("Worsening shortness of breath and cough.", "COPD flare.", "Increased wheezing and sputum."));
        n.Hpi($"{n.First} is {n.ASubject} with COPD who reports {n.Days(2, 6)} of increased dyspnea, more frequent cough, and "
            + n.Pick("a change in sputum to green. ", "thicker yellow sputum. ", "increased sputum volume. ")
            + $"Using albuterol {n.Between(4, 8)} times a day with partial relief. "
            + n.Pick("Denies chest pain, hemoptysis, or leg swelling. ", "No chest pain; no calf pain or swelling. ")
            + n.Pick("No fever at home. ", "Denies fever or chills. ")
            + n.Pick("Sick grandchild at home last week.", "Symptoms started after a cold.", "Weather change seemed to trigger it."));
        n.History(
            $"Chronic obstructive pulmonary disease, on maintenance inhaler. Last spirometry FEV1 {n.Between(38, 68)}% predicted.",
            n.Pick("Tiotropium 18 mcg daily; albuterol inhaler as needed.", "Fluticasone-salmeterol 250-50 one puff twice daily; albuterol as needed.", "Umeclidinium-vilanterol one inhalation daily; albuterol as needed."),
            smoker ? $"Current smoker, {packYears} pack-years." : $"Former smoker, {packYears} pack-years, quit in {n.PastYear(2, 20)}.");
        n.ReviewOfSystems(n.Pick("Positive for dyspnea on exertion and productive cough.", "Positive for wheezing and chest tightness."), Ros.Constitutional | Ros.Cardiovascular | Ros.Gastrointestinal);
        n.Exam(
            n.Vitals(spo2: before, respiratoryRate: n.Between(20, 24), heartRate: n.Between(88, 106)),
            "General: " + n.Pick("mildly dyspneic, speaking full sentences, no accessory muscle use.", "mild respiratory distress at rest, able to speak in sentences."),
            $"Lungs: diffuse expiratory wheezes, prolonged expiratory phase, {n.Pick("no crackles", "no focal crackles or consolidation")}.",
            n.Heart(),
            "Extremities: no edema, no calf tenderness.");
        n.ProcedureNote($"Nebulizer treatment: ipratropium 0.5 mg/albuterol 2.5 mg via hand-held nebulizer"
            + (second ? ", repeated once 20 minutes later" : string.Empty)
            + $". SpO2 improved from {before}% to {after}% on room air; wheezing decreased and air movement improved.");

        var copd = n.Dx("J44.1");
        var tobacco = n.Dx(smoker ? "F17.210" : "Z87.891");
        n.BeginAssessment();
        n.Problem("Chronic obstructive pulmonary disease with acute exacerbation. Improved after nebulizer in clinic. Prednisone 40 mg daily for 5 days and "
            + n.Pick("doxycycline 100 mg twice daily for 5 days.", "azithromycin 500 mg then 250 mg daily for 4 days.")
            + " Pneumonia ruled out: afebrile, no focal findings, and chest x-ray at urgent care yesterday without infiltrate. Pulmonary embolism not suspected.");
        n.Problem(smoker
            ? "Nicotine dependence, cigarettes." + (counsel ? $" Counseled {n.Between(4, 9)} minutes on cessation; varenicline discussed." : " Advised to quit.")
            : "Personal history of nicotine dependence, former smoker; remains abstinent.");
        n.FollowUp("Return in 1 week, sooner or go to the ED for worsening breathing.");
        n.Proc(Established(level), 1, copd, tobacco, m1: "25");
        n.Proc("94640", 1, copd);
        if (second)
        {
            n.Proc("94640", 1, copd, m1: "76");
        }

        if (counsel)
        {
            n.Proc("99406", 1, tobacco);
        }
    }

    /// <summary>Nurse visit for a vaccine: flu in season, otherwise an age-appropriate catch-up dose.</summary>
    private static void ImmunizationVisit(NoteBuilder n)
    {
        var flu = n.FluSeason && (n.Age >= 1 || n.AgeMonths >= 6);
        var medicare = n.Age >= 65;
        var site = n.Age < 3 ? n.Pick("right anterolateral thigh", "left anterolateral thigh") : n.Pick("left deltoid", "right deltoid");
        Vaccine[] vaccines = flu
            ? [medicare ? FluHighDose : Flu]
            : n.Age switch
            {
                0 => [HepB],
                <= 10 => [HepA],
                <= 17 => [Tdap, MenAcwy],
                <= 64 => [Tdap],
                _ => [Pcv13],
            };

        n.Header("Nurse visit, immunization only");
        n.ChiefComplaint(flu ? "Flu shot." : n.Age >= 65 ? "Pneumonia vaccine." : n.Age >= 18 ? "Tdap booster." : "Vaccine catch-up dose.");
        n.Hpi($"{n.First} is {n.ASubject} here for {(flu ? "seasonal influenza vaccination" : "a scheduled vaccine dose")}"
            + (n.Age < 12 ? $", accompanied by {n.Caregiver}. " : ". ")
            + "Screening questions reviewed: " + n.Pick("no fever or current illness, no prior reaction to vaccines.", "not ill today, no history of Guillain-Barre syndrome or vaccine reaction.")
            + " Vaccine information statement provided and questions answered.");
        n.History(string.Empty, n.Pick("None.", "Multivitamin.", "No daily medications."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Respiratory);
        n.Exam(n.Vitals(), n.General());
        n.ProcedureNote(VaccineText(vaccines, site) + " No immediate reaction; observed 15 minutes.");

        var immunization = n.Dx("Z23");
        n.BeginAssessment();
        n.Problem("Encounter for immunization. " + (flu ? "Influenza vaccine" : "Vaccine") + " given as documented. Reviewed expected local soreness and low-grade fever.");
        n.FollowUp(flu ? "Next flu vaccine due next season." : "Next dose per schedule.");
        if (medicare)
        {
            n.Proc(vaccines[0].Code, 1, immunization);
            n.Proc(flu ? "G0008" : "G0009", 1, immunization);
        }
        else
        {
            BillVaccines(n, immunization, vaccines, counseling: n.Child);
        }
    }

    private static void VitaminB12Injection(NoteBuilder n)
    {
        var kind = n.R.Next(3);
        var dx = kind switch
        {
            0 => "D51.0",
            1 => "D51.9",
            _ => "E53.8",
        };
        var condition = kind switch
        {
            0 => "pernicious anemia (vitamin B12 deficiency anemia due to intrinsic factor deficiency)",
            1 => "vitamin B12 deficiency anemia",
            _ => "vitamin B12 deficiency without anemia (deficiency of other specified B group vitamins)",
        };
        var site = n.Pick("left deltoid", "right deltoid");

        n.Header("Nurse visit, injection");
        n.ChiefComplaint("Monthly B12 injection.");
        n.Hpi($"{n.First} is {n.ASubject} with {condition} here for scheduled monthly cyanocobalamin injection. "
            + (kind == 0 ? "Intrinsic factor antibody positive at diagnosis. " : $"B12 level was {n.Between(120, 190)} pg/mL at diagnosis. ")
            + n.Pick("Energy improved since starting injections. ", "Feels well; no new symptoms. ")
            + n.Pick("Denies numbness, tingling, or balance problems.", "No paresthesias or falls."));
        n.History(condition[..1].ToUpperInvariant() + condition[1..] + ".", n.Pick("Cyanocobalamin 1000 mcg IM monthly.", "Cyanocobalamin injections monthly; multivitamin daily."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Cardiovascular | Ros.Neurological);
        n.Exam(n.Vitals(), n.General(), n.Neuro());
        n.ProcedureNote($"Cyanocobalamin 1000 mcg IM injected into the {site} after verifying identity and order. Site clean, no bleeding. Tolerated well.");

        var pointer = n.Dx(dx);
        n.BeginAssessment();
        n.Problem($"{condition[..1].ToUpperInvariant() + condition[1..]}. Monthly injection given. CBC and B12 level due in 3 months.");
        n.FollowUp("Next injection in 4 weeks.");
        n.Proc("96372", 1, pointer);
        n.Proc("J3420", 1, pointer);
    }
}
