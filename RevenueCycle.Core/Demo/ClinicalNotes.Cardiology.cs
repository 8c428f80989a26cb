using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Demo;

/// <summary>Cardiology visit templates.</summary>
public static partial class ClinicalNotes
{
    private static readonly Template[] CardiologyTemplates =
    [
        new("Atrial fibrillation follow-up", 40, 120, 4, AtrialFibrillation),
        new("Chronic heart failure", 45, 120, 3, ChronicHeartFailure),
        new("Chest pain evaluation", 8, 120, 4, ChestPainEvaluation),
        new("Echocardiogram for murmur or dyspnea", 0, 120, 3, EchoEvaluation),
        new("Hypertensive heart disease", 35, 120, 3, HypertensiveHeartDisease),
        new("Stable coronary artery disease", 40, 120, 3, CoronaryArteryDisease),
    ];

    /// <summary>
    /// Bills a complete 12-lead ECG. Deliberate problem (for the edit engine): in some visits the
    /// tracing-only code 93005 is billed as well, which duplicates the tracing inside 93000.
    /// </summary>
    private static void BillEcg(NoteBuilder n, int p1, int p2 = 0, int p3 = 0)
    {
        n.Proc("93000", 1, p1, p2, p3);
        if (n.Chance(DeliberateErrorRate))
        {
            n.Proc("93005", 1, p1, p2, p3);
        }
    }

    private static string EcgText(NoteBuilder n, string rhythm) =>
        $"12-lead ECG performed and interpreted in clinic: {rhythm}, QRS {n.Between(84, 110)} ms, QTc {n.Between(410, 460)} ms, "
        + n.Pick("no acute ST-T changes.", "no ST elevation or depression.", "nonspecific T-wave flattening, no acute ischemic changes.");

    private static void AtrialFibrillation(NoteBuilder n)
    {
        var anticoagulated = n.Chance(0.85);
        var hypertension = n.Chance(0.55);
        var ecg = n.Chance(0.9);
        var isNew = n.Chance(0.15);
        var level = n.Chance(0.6) ? 4 : (isNew ? 3 : 5);
        var rate = n.Between(64, 98);
        var anticoagulant = n.Pick("apixaban 5 mg twice daily", "rivaroxaban 20 mg daily with supper", "warfarin with goal INR 2-3", "apixaban 2.5 mg twice daily");
        var rateControl = n.Pick("metoprolol succinate 50 mg daily", "diltiazem ER 180 mg daily", "metoprolol tartrate 25 mg twice daily");
        var score = (n.Age >= 75 ? 2 : n.Age >= 65 ? 1 : 0) + (n.Female ? 1 : 0) + (hypertension ? 1 : 0);

        n.Header(isNew ? "Office visit, new patient (referral)" : "Office visit, established patient");
        n.ChiefComplaint(n.Pick("Atrial fibrillation follow-up.", "AFib check.", "Irregular heartbeat follow-up."));
        n.Hpi($"{n.First} is {n.ASubject} with atrial fibrillation first noted in {n.PastYear(0, 8)}, on {rateControl}"
            + (anticoagulated ? $" and {anticoagulant}. " : ". Declined anticoagulation after discussion of stroke risk. ")
            + n.Pick("Reports occasional palpitations with exertion. ", "Feels well; rare awareness of irregular heartbeat. ", "Notes mild fatigue but is otherwise active. ")
            + n.Pick("Denies chest pain, syncope, or presyncope. ", "No lightheadedness or fainting. ")
            + (anticoagulated ? n.Pick("No bleeding, melena, or bruising. ", "No bleeding problems. ") : string.Empty)
            + n.Pick("Thyroid studies were normal; hyperthyroidism ruled out.", "Prior echo showed normal valves and preserved EF.", "No history of stroke or TIA."));
        n.History(
            "Atrial fibrillation." + (hypertension ? " Essential hypertension." : string.Empty),
            rateControl + (anticoagulated ? "; " + anticoagulant : string.Empty) + (hypertension ? "; lisinopril 10 mg daily" : string.Empty) + ".");
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Respiratory | Ros.Gastrointestinal | Ros.Neurological);
        n.Exam(
            n.Vitals(heartRate: rate, systolic: hypertension ? n.Between(124, 148) : 0),
            n.General(),
            n.Neck(),
            n.Lungs(),
            $"Heart: irregularly irregular rhythm, rate {rate}, no murmur.",
            n.Extremities());
        if (ecg)
        {
            n.ProcedureNote(EcgText(n, $"atrial fibrillation with {(rate < 100 ? "controlled" : "rapid")} ventricular response at {rate} bpm"));
        }

        var afib = n.Dx("I48.91");
        var htn = hypertension ? n.Dx("I10") : 0;
        var longTerm = anticoagulated ? n.Dx("Z79.01") : 0;
        n.BeginAssessment();
        n.Problem($"Atrial fibrillation, rate controlled on {rateControl}. CHA2DS2-VASc score {score}. "
            + (anticoagulated ? "Long-term (current) use of anticoagulant: continue; CBC and creatinine reviewed. " : "Not on anticoagulation by patient choice; readdressed. ")
            + n.Pick("Rhythm control with ablation discussed; patient prefers rate control.", "Continue current strategy.", "Holter monitor if symptoms increase."));
        if (hypertension)
        {
            n.Problem("Essential hypertension, at goal; continue lisinopril.");
        }

        n.FollowUp($"Return in {n.Pick("6 months", "3 months", "4 months")}.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, afib, htn, longTerm);
        if (ecg)
        {
            BillEcg(n, afib);
        }
    }

    private static void ChronicHeartFailure(NoteBuilder n)
    {
        var type = n.R.Next(3);
        var hypertension = n.Chance(0.6);
        var ef = type switch
        {
            0 => n.Between(20, 38),
            1 => n.Between(55, 65),
            _ => n.Between(35, 45),
        };
        var (hfCode, hfWords) = type switch
        {
            0 => ("I50.22", "Chronic systolic (congestive) heart failure"),
            1 => ("I50.32", "Chronic diastolic (congestive) heart failure"),
            _ => ("I50.42", "Chronic combined systolic and diastolic (congestive) heart failure"),
        };
        var echo = n.Chance(0.2);
        var ecg = !echo && n.Chance(0.35);
        var level = n.Chance(0.7) ? 4 : 5;
        var nyha = n.Pick("II", "II", "I", "III");
        var meds = type == 1
            ? "furosemide 20 mg daily, empagliflozin 10 mg daily, " + (hypertension ? "amlodipine 5 mg daily" : "spironolactone 25 mg daily")
            : "sacubitril-valsartan 49-51 mg twice daily, carvedilol 12.5 mg twice daily, spironolactone 25 mg daily, dapagliflozin 10 mg daily, furosemide 40 mg daily";

        n.Header("Office visit, established patient");
        n.ChiefComplaint(n.Pick("Heart failure follow-up.", "CHF check.", "Follow-up of heart failure, medication review."));
        n.Hpi($"{n.First} is {n.ASubject} with chronic heart failure (EF {ef}% on last echo) NYHA class {nyha}"
            + (hypertension ? " and long-standing hypertension" : string.Empty) + ". "
            + $"Home weights stable at {n.WeightLb - n.Between(0, 3)}-{n.WeightLb + n.Between(0, 2)} lb. "
            + n.Pick("Walks a block without stopping. ", "Able to do housework with rest breaks. ", "Walking 20 minutes daily. ")
            + n.Pick("Denies orthopnea, PND, or increased leg swelling. ", "No orthopnea; sleeps on one pillow. No edema. ")
            + n.Pick("Following a 2-gram sodium diet.", "Adherent to medications and fluid restriction.", "No ED visits since last appointment."));
        n.History(
            "Heart failure." + (hypertension ? " Hypertension." : string.Empty) + n.Pick(" Coronary angiogram without obstructive disease.", string.Empty),
            meds + ".");
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Gastrointestinal | Ros.Genitourinary | Ros.Neurological);
        n.Exam(
            n.Vitals(systolic: hypertension ? n.Between(118, 142) : n.Between(98, 124), diastolic: n.Between(60, 80), heartRate: n.Between(60, 82)),
            n.General(),
            "Neck: JVP not elevated, no hepatojugular reflux.",
            "Lungs: clear bilaterally, no crackles.",
            type == 1 ? "Heart: regular rhythm, S4 present, no murmur." : "Heart: regular rhythm, soft S3, 2/6 holosystolic murmur at apex.",
            "Extremities: warm, no peripheral edema.");
        if (echo)
        {
            n.ProcedureNote($"Transthoracic echocardiogram with Doppler and color flow performed today: LVEF {ef}%, "
                + (type == 1 ? "grade 2 diastolic dysfunction, normal LV size" : "dilated LV with global hypokinesis, mild mitral regurgitation")
                + ", estimated RVSP " + n.Between(28, 42) + " mmHg.");
        }
        else if (ecg)
        {
            n.ProcedureNote(EcgText(n, $"normal sinus rhythm at {n.Between(60, 82)} bpm" + (type == 1 ? ", LVH by voltage" : ", left bundle branch block")));
        }

        // Hypertension with heart failure is coded as hypertensive heart disease with heart failure (I11.0) first.
        var hhd = hypertension ? n.Dx("I11.0") : 0;
        var hf = n.Dx(hfCode);
        n.BeginAssessment();
        if (hypertension)
        {
            n.Problem("Hypertensive heart disease with heart failure; blood pressure at goal.");
        }

        n.Problem($"{hfWords}, NYHA class {nyha}, euvolemic today; acute decompensation ruled out. Continue guideline-directed therapy: {meds}. BMP in 1 week.");
        n.FollowUp("Daily weights; call for gain of more than 3 lb in a day or 5 lb in a week. Return in 3 months.");
        n.Proc(Established(level), 1, hhd, hf);
        if (echo)
        {
            n.Proc("93306", 1, hhd, hf);
        }
        else if (ecg)
        {
            BillEcg(n, hhd > 0 ? hhd : hf, hf);
        }
    }

    private static void ChestPainEvaluation(NoteBuilder n)
    {
        var chestWall = n.Age < 18 || n.Chance(0.4);
        var isNew = n.Chance(0.7);
        var level = n.Chance(0.08) ? 5 : n.Chance(0.55) ? 4 : 3;
        var hypertension = n.Age >= 40 && n.Chance(0.35);
        var stress = !chestWall && n.Age >= 30;
        var edVisit = n.Age >= 18 && n.Chance(0.6);

        n.Header(isNew ? "Office visit, new patient (referral)" : "Office visit, established patient");
        n.ChiefComplaint(n.Pick("Chest pain.", "Chest discomfort, referred for evaluation.", "Intermittent chest pain."));
        n.Hpi($"{n.First} is {n.ASubject} " + (n.Age < 12 ? $"seen with {n.Caregiver} " : string.Empty)
            + $"referred for {n.Days(7, 60)} of intermittent " + (chestWall
                ? "sharp left-sided chest pain, worse with twisting and deep breaths, reproducible with pressing on the chest. "
                : $"{n.Pick("pressure-like", "tight", "dull")} substernal discomfort lasting {n.Between(2, 15)} minutes, "
                    + n.Pick("sometimes with exertion and sometimes at rest. ", "not clearly related to activity. "))
            + n.Pick("Denies diaphoresis, syncope, or palpitations. ", "No radiation to the arm or jaw, no diaphoresis. ")
            + n.Pick("Negative for shortness of breath. ", "No dyspnea on exertion. ")
            + (edVisit ? "Seen in the ED last week: troponins negative x2 and chest x-ray clear. " : n.Age >= 18 ? "No prior cardiac testing. " : "No exercise intolerance. ")
            + n.Pick("No leg swelling or recent travel.", "No recent immobilization or calf pain."));
        n.History(
            hypertension ? "Essential hypertension." : string.Empty,
            hypertension ? "Amlodipine 5 mg daily." : n.Pick("None.", "Ibuprofen as needed.", "Multivitamin."),
            n.Age >= 18 ? n.Pick("Never smoker.", "No tobacco use.") : null);
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Respiratory | Ros.Gastrointestinal | Ros.Neurological);
        n.Exam(
            n.Vitals(systolic: hypertension ? n.Between(130, 150) : 0),
            n.General(),
            n.Neck(),
            n.Lungs(),
            n.Heart(),
            chestWall ? "Chest wall: point tenderness over the left 3rd-4th costochondral junctions reproducing the pain." : "Chest wall: nontender.",
            n.Extremities());
        n.ProcedureNote(EcgText(n, $"normal sinus rhythm at {n.Between(62, 92)} bpm, normal axis"));

        var pain = n.Dx(chestWall ? "R07.89" : "R07.9");
        var htn = hypertension ? n.Dx("I10") : 0;
        n.BeginAssessment();
        n.Problem(chestWall
            ? "Other chest pain, musculoskeletal (chest wall) in character. ECG normal. "
                + (edVisit ? "Acute coronary syndrome ruled out by history, ECG, and negative troponins in the ED. " : "Cardiac cause ruled out by history, exam, and normal ECG. ")
                + (n.Child ? "Ibuprofen as needed, avoid heavy lifting for 2 weeks." : "NSAIDs and stretching.")
            : "Chest pain, unspecified. ECG without ischemic changes. "
                + (edVisit ? "Acute coronary syndrome ruled out in the ED with serial troponins. " : "No features of unstable angina. ")
                + (stress ? "Exercise stress echocardiogram ordered. " : "Reassurance; follow up if recurrent. ")
                + "Pulmonary embolism unlikely by Wells criteria.");
        if (hypertension)
        {
            n.Problem("Essential hypertension, mildly elevated today; continue amlodipine and home monitoring.");
        }

        n.FollowUp(stress ? "Return after stress testing." : "Return as needed.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, pain, htn);
        BillEcg(n, pain);
    }

    private static void EchoEvaluation(NoteBuilder n)
    {
        var child = n.Child;
        var murmur = child || n.Chance(0.5);
        var isNew = n.Chance(0.75);
        var level = n.Chance(0.6) ? 3 : 4;
        var ef = n.Between(55, 68);

        n.Header(isNew ? "Office visit, new patient (referral)" : "Office visit, established patient");
        n.ChiefComplaint(murmur ? "Heart murmur evaluation." : "Shortness of breath with exertion.");
        n.Hpi($"{n.First} is {n.ASubject} " + (n.Age < 12 ? $"seen with {n.Caregiver}, " : string.Empty)
            + (murmur
                ? $"referred after a murmur was heard at a {(child ? "well-child visit" : "routine physical")}. "
                    + (child ? n.Pick("Feeding and growing well. ", "Keeps up with peers during play. ") : "Asymptomatic. ")
                    + n.Pick("No cyanosis, syncope, or exercise intolerance. ", "Denies fainting or color change. ")
                : $"with {n.Days(30, 120)} of shortness of breath climbing {n.Between(1, 2)} flights of stairs. "
                    + n.Pick("Denies chest pain, orthopnea, or leg swelling. ", "No orthopnea or PND. ")
                    + n.Pick("No wheezing or cough. ", "Recent pulmonary function tests were normal. "))
            + n.Pick("No family history of sudden cardiac death.", "Family history negative for cardiomyopathy."));
        n.History(string.Empty, child ? "None." : n.Pick("None.", "Multivitamin.", "Vitamin D daily."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Gastrointestinal | Ros.Neurological | (murmur ? Ros.Respiratory : Ros.None));
        n.Exam(
            n.Vitals(),
            n.General(),
            n.Lungs(),
            murmur
                ? $"Heart: regular rhythm, grade {n.Between(1, 2)}/6 {(child ? "vibratory systolic murmur at the left lower sternal border, softer when upright" : "soft systolic ejection murmur at the right upper sternal border")}, no diastolic murmur, no click."
                : n.Heart(),
            n.Extremities());
        n.ProcedureNote($"Complete transthoracic echocardiogram with spectral and color Doppler: structurally normal heart, LVEF {ef}%, "
            + (child ? "normal valves, no septal defect, normal arch." : n.Pick("trace mitral regurgitation, no stenosis, normal diastolic function.", "aortic valve sclerosis without stenosis, normal RV function.")));

        // Children: a murmur with a normal echo is an innocent murmur (R01.0); adults keep the unspecified murmur or the dyspnea.
        var dx = n.Dx(child ? "R01.0" : murmur ? "R01.1" : "R06.00");
        n.BeginAssessment();
        n.Problem(child
            ? "Benign (innocent) cardiac murmur, Still's type. Echo structurally normal; congenital heart disease ruled out. No restrictions, no endocarditis prophylaxis needed."
            : murmur
                ? "Cardiac murmur, unspecified; echo shows no significant valve disease. Aortic stenosis ruled out. Repeat echo only if symptoms develop."
                : "Dyspnea, unspecified. Normal EF and valves on echo; heart failure ruled out. Deconditioning likely; consider pulmonary referral if persistent.");
        n.FollowUp("Return as needed.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx);
        n.Proc("93306", 1, dx);
    }

    private static void HypertensiveHeartDisease(NoteBuilder n)
    {
        var lipids = n.Chance(0.5);
        var echo = n.Chance(0.25);
        var ecg = !echo && n.Chance(0.6);
        var isNew = n.Chance(0.25);
        var level = n.Chance(0.6) ? 4 : 3;
        var systolic = n.Between(132, 162);
        var regimen = n.Pick("losartan 100 mg daily and amlodipine 10 mg daily", "lisinopril 40 mg daily and chlorthalidone 25 mg daily", "valsartan 160 mg daily and amlodipine 5 mg daily");

        n.Header(isNew ? "Office visit, new patient (referral)" : "Office visit, established patient");
        n.ChiefComplaint(n.Pick("Hypertension with thickened heart muscle.", "Follow-up of hypertensive heart disease.", "LVH on ECG, referred."));
        n.Hpi($"{n.First} is {n.ASubject} with long-standing hypertension and left ventricular hypertrophy on prior testing. "
            + $"Home BP {systolic - n.Between(0, 8)}/{n.Between(82, 96)}. "
            + n.Pick("Denies orthopnea, PND, or leg swelling. ", "No heart failure symptoms: no orthopnea, edema, or exertional dyspnea. ")
            + n.Pick("No chest pain or palpitations. ", "Denies exertional chest pain. ")
            + n.Pick("Adherent to medications, trying to reduce salt.", "Admits to high-salt diet.", "Snoring noted by spouse; sleep study ordered by PCP."));
        n.History(
            "Hypertension with left ventricular hypertrophy." + (lipids ? " Hyperlipidemia." : string.Empty),
            regimen + (lipids ? "; atorvastatin 40 mg daily" : string.Empty) + ".");
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Respiratory | Ros.Gastrointestinal | Ros.Neurological);
        n.Exam(
            n.Vitals(systolic: systolic, diastolic: n.Between(82, 98)),
            n.General(),
            "Neck: no JVD, no carotid bruits.",
            n.Lungs(),
            "Heart: regular rhythm, sustained PMI, S4 present, no murmur.",
            "Extremities: no edema.");
        if (echo)
        {
            n.ProcedureNote($"Complete transthoracic echocardiogram with Doppler: concentric LVH, septal thickness {Tenths(n.Between(120, 150))} mm, LVEF {n.Between(58, 68)}%, grade 1 diastolic dysfunction, no significant valve disease.");
        }
        else if (ecg)
        {
            n.ProcedureNote(EcgText(n, $"normal sinus rhythm at {n.Between(60, 84)} bpm with LVH by voltage criteria and repolarization changes"));
        }

        var hhd = n.Dx("I11.9");
        var hld = lipids ? n.Dx("E78.5") : 0;
        n.BeginAssessment();
        n.Problem("Hypertensive heart disease without heart failure: LVH with preserved EF; no clinical heart failure. "
            + $"BP above goal; {n.Pick("add spironolactone 25 mg daily", "increase dose and add a thiazide", "maximize current agents")}, home BP log, BMP in 2 weeks.");
        if (lipids)
        {
            n.Problem("Hyperlipidemia; continue statin, LDL at goal.");
        }

        n.FollowUp("Return in 6-8 weeks.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, hhd, hld);
        if (echo)
        {
            n.Proc("93306", 1, hhd);
        }
        else if (ecg)
        {
            BillEcg(n, hhd);
        }
    }

    private static void CoronaryArteryDisease(NoteBuilder n)
    {
        var stent = n.Chance(0.55);
        var hypertension = n.Chance(0.6);
        var ecg = n.Chance(0.5);
        var level = n.Chance(0.6) ? 4 : 3;
        var stentYear = n.PastYear(1, 12);

        n.Header("Office visit, established patient");
        n.ChiefComplaint(n.Pick("Coronary artery disease follow-up.", "Annual cardiology visit.", "CAD check."));
        n.Hpi($"{n.First} is {n.ASubject} with coronary artery disease"
            + (stent ? $", s/p drug-eluting stent to the {n.Pick("LAD", "right coronary artery", "circumflex")} in {stentYear}. " : ", nonobstructive on CT angiography. ")
            + n.Pick("Denies angina or exertional chest pressure. ", "No chest pain with activity; no nitroglycerin use. ")
            + $"Walks {n.Between(1, 3)} miles most days. "
            + n.Pick("No dyspnea, palpitations, or syncope. ", "Negative for shortness of breath or claudication. ")
            + n.Pick("Tolerating medications well.", "Occasional muscle aches, not limiting."));
        n.History(
            "Coronary artery disease." + (hypertension ? " Hypertension." : string.Empty) + " Hyperlipidemia.",
            "Aspirin 81 mg daily, atorvastatin 80 mg daily, metoprolol succinate 25 mg daily" + (hypertension ? ", lisinopril 10 mg daily" : string.Empty) + ".");
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Respiratory | Ros.Gastrointestinal | Ros.Neurological);
        n.Exam(n.Vitals(systolic: hypertension ? n.Between(122, 142) : 0), n.General(), n.Neck(), n.Lungs(), n.Heart(), n.Extremities());
        if (ecg)
        {
            n.ProcedureNote(EcgText(n, $"normal sinus rhythm at {n.Between(56, 78)} bpm, no Q waves"));
        }

        var cad = n.Dx("I25.10");
        var lipid = n.Dx("E78.5");
        var htn = hypertension ? n.Dx("I10") : 0;
        var implant = stent ? n.Dx("Z95.5") : 0;
        n.BeginAssessment();
        n.Problem("Atherosclerotic heart disease of native coronary artery without angina pectoris. Stable. Continue aspirin, high-intensity statin, beta-blocker."
            + (stent ? " Presence of coronary stent; dual antiplatelet therapy completed." : string.Empty));
        n.Problem("Hyperlipidemia: LDL " + n.Between(48, 78) + " mg/dL on atorvastatin; goal under 70.");
        if (hypertension)
        {
            n.Problem("Essential hypertension, controlled.");
        }

        n.FollowUp("Return in 1 year, sooner for chest pain.");
        n.Proc(Established(level), 1, cad, lipid, htn, implant);
        if (ecg)
        {
            BillEcg(n, cad);
        }
    }
}
