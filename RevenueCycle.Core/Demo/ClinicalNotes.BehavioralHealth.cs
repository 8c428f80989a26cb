using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Demo;

/// <summary>Behavioral health visit templates; many are telehealth (POS 02 or 10 with modifier 95).</summary>
public static partial class ClinicalNotes
{
    private static readonly Template[] BehavioralHealthTemplates =
    [
        new("Diagnostic intake", 6, 120, 3, PsychiatricIntake),
        new("Depression psychotherapy", 12, 120, 4, DepressionPsychotherapy),
        new("Medication management with psychotherapy add-on", 12, 120, 3, MedicationManagement),
        new("Generalized anxiety psychotherapy", 10, 120, 3, AnxietyPsychotherapy),
        new("PTSD psychotherapy", 12, 120, 3, PtsdPsychotherapy),
        new("Adjustment disorder", 3, 120, 2, AdjustmentDisorder),
        new("Early childhood developmental intake", 0, 2, 1, DevelopmentalIntake),
    ];

    /// <summary>Major depressive disorder code and words for a severity (0 mild, 1 moderate, 2 severe) and episode.</summary>
    private static (string Code, string Words, int Phq9Min, int Phq9Max) Depression(int severity, bool recurrent) => (severity, recurrent) switch
    {
        (0, false) => ("F32.0", "Major depressive disorder, single episode, mild", 5, 9),
        (1, false) => ("F32.1", "Major depressive disorder, single episode, moderate", 10, 19),
        (_, false) => ("F32.2", "Major depressive disorder, single episode, severe without psychotic features", 20, 27),
        (0, true) => ("F33.0", "Major depressive disorder, recurrent, mild", 5, 9),
        (1, true) => ("F33.1", "Major depressive disorder, recurrent, moderate", 10, 19),
        _ => ("F33.2", "Major depressive disorder, recurrent, severe without psychotic features", 20, 27),
    };

    /// <summary>Psychotherapy code for the documented minutes: 90832 (16-37), 90834 (38-52), 90837 (53+).</summary>
    private static string PsychotherapyCode(int minutes) => minutes switch
    {
        < 38 => "90832",
        < 53 => "90834",
        _ => "90837",
    };

    /// <summary>Maybe makes the visit telehealth and writes how it was done. Returns true for telehealth.</summary>
    private static bool MaybeTelehealth(NoteBuilder n, double probability)
    {
        if (!n.Chance(probability))
        {
            return false;
        }

        var home = n.Chance(0.8);
        n.StartTelehealth(home);
        n.Section("VISIT DETAILS", "Synchronous two-way audio-video telehealth visit on a secure platform. "
            + (home ? "Patient located at home" : "Patient located at a partner clinic's telehealth room") + $" in the state; provider at the clinic office. "
            + "Identity verified with two identifiers; patient consented to telehealth and knows the emergency plan.");
        return true;
    }

    private static string BehavioralVitals(NoteBuilder n) => n.Telehealth
        ? $"Vitals: deferred (telehealth); patient-reported weight {n.WeightLb} lb."
        : n.Vitals();

    private static string MentalStatus(NoteBuilder n, string mood, string affect) =>
        "Mental status: " + n.Pick("casually dressed, good hygiene", "well groomed, appropriately dressed", "dressed appropriately, fair hygiene")
        + $"; {n.Pick("cooperative with good eye contact", "engaged and cooperative", "cooperative, intermittent eye contact")}; speech normal rate and volume; "
        + $"mood \"{mood}\"; affect {affect}; thought process linear and goal-directed; thought content without delusions; "
        + "denies suicidal or homicidal ideation, intent, or plan; no auditory or visual hallucinations; alert and oriented x3; insight and judgment "
        + n.Pick("good.", "fair.", "fair to good.");

    private static string RiskStatement(NoteBuilder n) =>
        n.Pick("Columbia suicide screen negative. ", "Risk assessment: denies suicidal ideation; no history of attempts; protective factors include family and work. ", "C-SSRS negative; safety plan reviewed. ");

    private static string PsychHistory(NoteBuilder n) =>
        n.Pick("No psychiatric hospitalizations. ", "No prior hospitalizations or suicide attempts. ")
        + n.Pick("Father with alcohol use disorder. ", "Mother treated for depression. ", "Maternal aunt with bipolar disorder. ", "No family psychiatric history known. ")
        + n.Pick("No history of mania or psychosis; bipolar disorder ruled out on screening. ", "Denies periods of decreased need for sleep or grandiosity. ")
        + (n.Age >= 23
            ? n.Pick("Alcohol 1-2 drinks weekly; no drug use; substance use disorder not present.", "Denies alcohol or drug use.", "Tried cannabis in college, none since.")
            : n.Age >= 13 ? "Denies alcohol, vaping, or drug use." : "No substance use.");

    private static void PsychiatricIntake(NoteBuilder n)
    {
        var kind = n.R.Next(3);
        var severity = n.R.Next(3);
        var (code, words, phqMin, phqMax) = kind switch
        {
            0 => Depression(severity, recurrent: false),
            1 => ("F41.1", "Generalized anxiety disorder", 3, 9),
            _ => n.Chance(0.5) ? ("F43.22", "Adjustment disorder with anxiety", 3, 8) : ("F43.23", "Adjustment disorder with mixed anxiety and depressed mood", 6, 12),
        };
        var phq9 = n.Between(phqMin, phqMax);
        var gad7 = kind == 1 ? n.Between(10, 18) : n.Between(3, 11);
        var stressor = Stressor(n);
        var comorbidAnxiety = kind == 0 && gad7 >= 10 && n.Chance(0.6);

        n.Header("Behavioral health diagnostic evaluation, new patient");
        var tele = MaybeTelehealth(n, 0.4);
        n.ChiefComplaint(kind switch
        {
            0 => n.Pick("\"I feel down all the time.\"", "Depressed mood, referred by PCP.", "Low mood and poor sleep."),
            1 => n.Pick("\"I can't stop worrying.\"", "Anxiety, referred by PCP.", "Constant worry and tension."),
            _ => $"Stress after {stressor}.",
        });
        n.Hpi($"{n.First} is {n.ASubject} " + (n.Age < 12 ? $"seen with {n.Caregiver} " : string.Empty) + "presenting for initial psychiatric diagnostic evaluation. "
            + kind switch
            {
                0 => $"Reports {n.Days(30, 180)} of depressed mood most days, anhedonia, {n.Pick("early morning waking", "sleeping 10+ hours", "poor sleep")}, low energy, and poor concentration. ",
                1 => $"Reports {n.Days(180, 1460)} of excessive worry about work, health, and family that is hard to control, with muscle tension, restlessness, and trouble sleeping. ",
                _ => $"Since {stressor} {n.Days(21, 80)} ago, reports {(code == "F43.22" ? "nervousness and worry" : "tearfulness, worry, and low mood")} out of proportion to the stressor, affecting daily functioning. ",
            }
            + RiskStatement(n) + PsychHistory(n));
        n.History(string.Empty, n.Pick("None.", "Melatonin 3 mg at bedtime.", "Ibuprofen as needed."));
        n.ReviewOfSystems(kind == 1 ? "Positive for muscle tension and restlessness." : "Positive for fatigue and sleep disturbance.", Ros.Cardiovascular | Ros.Gastrointestinal | Ros.Neurological);
        n.Exam(
            BehavioralVitals(n),
            MentalStatus(n, kind switch { 0 => n.Pick("sad", "empty", "down"), 1 => n.Pick("anxious", "on edge", "worried"), _ => n.Pick("stressed", "overwhelmed") }, kind == 1 ? "anxious, full range" : "constricted, congruent"));
        n.Section("SCREENING TOOLS", $"PHQ-9 {phq9}, GAD-7 {gad7}.");

        var primary = n.Dx(code);
        var anxiety = comorbidAnxiety ? n.Dx("F41.1") : 0;
        n.BeginAssessment();
        n.Problem($"{words}. " + kind switch
        {
            0 => n.Pick("Start sertraline 50 mg daily via PCP coordination; weekly CBT.", "Begin weekly cognitive behavioral therapy; consider SSRI if no response in 6 weeks.", "Start escitalopram 10 mg daily and weekly psychotherapy."),
            1 => "CBT for anxiety weekly; sleep hygiene; consider SSRI.",
            _ => "Short-term supportive therapy and problem-solving; expected to improve as stressor resolves.",
        });
        if (comorbidAnxiety)
        {
            n.Problem("Generalized anxiety disorder, comorbid; addressed within the same CBT plan.");
        }

        n.FollowUp("Crisis line and 988 reviewed. Return in 1 week for first therapy session.");
        n.Proc("90791", 1, primary, anxiety, m1: tele ? "95" : null);
    }

    private static string Stressor(NoteBuilder n) => n.Age < 18
        ? n.Pick("the parents' divorce", "moving to a new city", "the death of a grandparent", "starting a new school", "a close friend moving away")
        : n.Pick("a job loss", "a divorce", "moving to a new city", "the death of a parent", "a breakup", "a new job with long hours");

    private static void DepressionPsychotherapy(NoteBuilder n)
    {
        var recurrent = n.Chance(0.65);
        var severity = n.R.Next(3);
        var (code, words, phqMin, phqMax) = Depression(severity, recurrent);
        var minutes = n.Chance(0.15) ? n.Between(28, 37) : n.Chance(0.55) ? n.Between(38, 52) : n.Between(53, 60);
        var session = n.Between(3, 24);

        n.Header("Psychotherapy session, established patient");
        var tele = MaybeTelehealth(n, 0.45);
        n.ChiefComplaint(n.Pick("Individual therapy for depression.", "Ongoing psychotherapy, depression.", "Weekly therapy session."));
        n.Hpi($"{n.First} is {n.ASubject} seen for session {session} of individual psychotherapy for {words.ToLowerInvariant()}"
            + (recurrent ? $" (prior episodes in {n.PastYear(3, 15)} and {n.PastYear(1, 2)}). " : ". ")
            + n.Pick("Reports some improvement in energy; still struggling with motivation. ", "Had a difficult week after a conflict at home. ", "Completed behavioral activation homework 3 of 7 days. ", "Sleep improving; mood still low in the mornings. ")
            + RiskStatement(n)
            + n.Pick("Taking sertraline 100 mg daily as prescribed by PCP.", "On bupropion XL 300 mg daily.", "Not on medication by preference.")
            + " " + n.Pick("No manic symptoms.", "Denies psychotic symptoms."));
        n.History(string.Empty, n.Pick("Sertraline 100 mg daily.", "Bupropion XL 300 mg daily.", "None."));
        n.ReviewOfSystems("Positive for low mood and fatigue.", Ros.Constitutional | Ros.Cardiovascular | Ros.Neurological);
        n.Exam(BehavioralVitals(n), MentalStatus(n, n.Pick("a little better", "down", "tired", "okay"), n.Pick("mildly constricted, brightens at times", "dysthymic, congruent", "constricted")));
        n.Section("PSYCHOTHERAPY", $"Modality: {n.Pick("cognitive behavioral therapy", "behavioral activation", "interpersonal therapy")}. "
            + n.Pick("Identified automatic thoughts and practiced cognitive restructuring. ", "Scheduled pleasant activities and reviewed barriers. ", "Explored role transition and communication patterns. ")
            + $"PHQ-9 today {n.Between(phqMin, phqMax)}. Patient engaged and receptive. Psychotherapy time: {minutes} minutes.");

        var dx = n.Dx(code);
        n.BeginAssessment();
        n.Problem($"{words}. {n.Pick("Partial response; continue weekly CBT.", "Symptoms stable; continue current frequency.", "Slow progress; coordinate with PCP about medication adjustment.")} Homework assigned.");
        n.FollowUp("Return in 1 week. Crisis resources reviewed.");
        n.Proc(PsychotherapyCode(minutes), 1, dx, m1: tele ? "95" : null);
    }

    private static void MedicationManagement(NoteBuilder n)
    {
        var severity = n.R.Next(2);
        var (code, words, phqMin, phqMax) = Depression(severity, recurrent: n.Chance(0.6));
        var anxiety = n.Chance(0.55);
        var addOn = n.Chance(0.6);
        var minutes = n.Chance(0.6) ? n.Between(16, 37) : n.Between(38, 52);
        var level = n.Chance(0.6) ? 4 : 3;
        var medication = n.Pick("escitalopram", "sertraline", "fluoxetine", "venlafaxine XR", "bupropion XL");
        var dose = medication switch
        {
            "escitalopram" => n.Pick("10", "20"),
            "sertraline" => n.Pick("50", "100", "150"),
            "fluoxetine" => n.Pick("20", "40"),
            "venlafaxine XR" => n.Pick("75", "150"),
            _ => n.Pick("150", "300"),
        };
        var change = n.Chance(0.4);

        n.Header("Psychiatric medication management, established patient");
        var tele = MaybeTelehealth(n, 0.35);
        n.ChiefComplaint(n.Pick("Medication follow-up.", "Depression and anxiety follow-up.", "Psychiatric med check."));
        n.Hpi($"{n.First} is {n.ASubject} with {words.ToLowerInvariant()}" + (anxiety ? " and generalized anxiety disorder" : string.Empty)
            + $" on {medication} {dose} mg daily. "
            + (change ? "Mood improved only partially; still anhedonic. " : "Mood notably better; sleeping 7 hours. ")
            + n.Pick("Denies side effects including GI upset or sexual dysfunction. ", "Mild nausea the first week, now resolved. ", "No activation or agitation. ")
            + RiskStatement(n)
            + n.Pick("No manic symptoms since starting the antidepressant.", "Denies hypomanic symptoms."));
        n.History(string.Empty, $"{medication} {dose} mg daily" + (anxiety ? "; hydroxyzine 25 mg as needed for anxiety" : string.Empty) + ".");
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Cardiovascular | Ros.Gastrointestinal | Ros.Neurological);
        n.Exam(BehavioralVitals(n), MentalStatus(n, change ? "so-so" : "better", change ? "mildly constricted" : "euthymic, full range"));
        if (addOn)
        {
            n.Section("PSYCHOTHERAPY", $"Separate from medication management: supportive and cognitive behavioral psychotherapy focused on {n.Pick("negative self-talk", "worry time and relaxation skills", "work stress and boundaries", "sleep routines")}. "
                + $"Psychotherapy time: {minutes} minutes, distinct from E/M time.");
        }

        n.Section("SCREENING TOOLS", $"PHQ-9 {n.Between(phqMin, phqMax)}" + (anxiety ? $", GAD-7 {n.Between(8, 15)}." : "."));
        var mdd = n.Dx(code);
        var gad = anxiety ? n.Dx("F41.1") : 0;
        n.BeginAssessment();
        n.Problem($"{words}. " + (change ? $"Increase {medication} to the next dose step; recheck in 4 weeks." : $"Continue {medication} {dose} mg daily."));
        if (anxiety)
        {
            n.Problem("Generalized anxiety disorder, improving; continue hydroxyzine as needed, practice relaxation skills.");
        }

        n.FollowUp($"Return in {(change ? "4 weeks" : "8 weeks")}. 988 crisis line reviewed.");
        n.Proc(Established(level), 1, mdd, gad, m1: tele ? "95" : null);
        if (addOn)
        {
            n.Proc(minutes < 38 ? "90833" : "90836", 1, mdd, gad, m1: tele ? "95" : null);
        }

        if (!tele)
        {
            n.Proc("96127", anxiety ? 2 : 1, mdd, gad);
        }
    }

    private static void AnxietyPsychotherapy(NoteBuilder n)
    {
        var minutes = n.Chance(0.6) ? n.Between(38, 52) : n.Between(53, 58);
        var gad7 = n.Between(6, 16);

        n.Header("Psychotherapy session, established patient");
        var tele = MaybeTelehealth(n, 0.45);
        n.ChiefComplaint(n.Pick("Therapy for anxiety.", "Ongoing CBT for worry.", "Anxiety follow-up session."));
        n.Hpi($"{n.First} is {n.ASubject} with generalized anxiety disorder in weekly CBT. "
            + n.Pick("Worry about finances and health persists but is less consuming. ", "Had two nights of poor sleep from racing thoughts. ", "Practicing diaphragmatic breathing daily. ", "Avoided a social event this week because of worry. ")
            + n.Pick("Denies panic attacks. ", "No discrete panic attacks; panic disorder not suspected. ")
            + n.Pick("Caffeine reduced to one cup daily. ", "Thyroid testing by PCP was normal. ")
            + RiskStatement(n));
        n.History("Generalized anxiety disorder.", n.Pick("Escitalopram 10 mg daily.", "Buspirone 10 mg twice daily.", "None."));
        n.ReviewOfSystems("Positive for muscle tension and difficulty sleeping.", Ros.Constitutional | Ros.Cardiovascular | Ros.Respiratory | Ros.Gastrointestinal);
        n.Exam(BehavioralVitals(n), MentalStatus(n, n.Pick("anxious", "a bit better", "tense"), n.Pick("anxious, reactive", "mildly anxious, full range")));
        n.Section("PSYCHOTHERAPY", "Modality: cognitive behavioral therapy. "
            + n.Pick("Worry exposure and scheduled worry time; challenged catastrophic predictions. ", "Progressive muscle relaxation practiced in session; reviewed thought records. ", "Behavioral experiments around uncertainty intolerance. ")
            + $"GAD-7 today {gad7}. Psychotherapy time: {minutes} minutes.");

        var dx = n.Dx("F41.1");
        n.BeginAssessment();
        n.Problem($"Generalized anxiety disorder, {(gad7 >= 10 ? "moderate" : "mild")} symptoms, improving with CBT. Continue weekly sessions; homework: daily worry log.");
        n.FollowUp("Return in 1 week.");
        n.Proc(PsychotherapyCode(minutes), 1, dx, m1: tele ? "95" : null);
    }

    private static void PtsdPsychotherapy(NoteBuilder n)
    {
        var chronic = n.Chance(0.6);
        var minutes = n.Chance(0.35) ? n.Between(40, 52) : n.Between(53, 75);
        var trauma = n.Age < 18
            ? n.Pick("a serious car accident", "witnessing violence at a relative's home", "a house fire")
            : n.Pick("a serious car accident", "combat deployment", "an assault", "a house fire", "a workplace injury");
        var pcl5 = n.Between(34, 62);

        n.Header("Psychotherapy session, established patient");
        var tele = MaybeTelehealth(n, 0.45);
        n.ChiefComplaint(n.Pick("Trauma-focused therapy.", "PTSD therapy session.", "Nightmares and flashbacks, ongoing therapy."));
        n.Hpi($"{n.First} is {n.ASubject} with post-traumatic stress disorder after {trauma} "
            + (chronic ? $"in {n.PastYear(1, 12)}; symptoms have persisted well beyond 3 months. " : "earlier this year. ")
            + "Reports intrusive memories, nightmares, avoidance of reminders, and hypervigilance. "
            + n.Pick("Nightmares down from nightly to twice a week. ", "Drove past the site this week with moderate distress. ", "Startle response still strong. ")
            + n.Pick("Denies dissociative episodes. ", "No flashbacks with loss of awareness. ")
            + (trauma.Contains("accident", StringComparison.Ordinal) ? "No head injury at the time; traumatic brain injury ruled out. " : string.Empty)
            + RiskStatement(n));
        n.History("Post-traumatic stress disorder.", n.Pick("Prazosin 2 mg at bedtime; sertraline 100 mg daily.", "Sertraline 150 mg daily.", "None."));
        n.ReviewOfSystems("Positive for sleep disturbance and irritability.", Ros.Constitutional | Ros.Cardiovascular | Ros.Gastrointestinal);
        n.Exam(BehavioralVitals(n), MentalStatus(n, n.Pick("on guard", "tired", "okay"), n.Pick("anxious, constricted", "guarded, congruent")));
        n.Section("PSYCHOTHERAPY", n.R.Next(3) switch
            {
                0 => "Modality: cognitive processing therapy. Reviewed impact statement and identified stuck points. ",
                1 => $"Modality: prolonged exposure. Imaginal exposure with processing; SUDS peaked at {n.Between(60, 85)} and declined to {n.Between(25, 45)}. ",
                _ => "Modality: trauma-focused CBT. Built trauma narrative and practiced grounding skills. ",
            }
            + $"PCL-5 today {pcl5}. Psychotherapy time: {minutes} minutes.");

        var dx = n.Dx(chronic ? "F43.12" : "F43.10");
        n.BeginAssessment();
        n.Problem((chronic ? "Post-traumatic stress disorder, chronic" : "Post-traumatic stress disorder") + $". PCL-5 {pcl5}. Continue weekly trauma-focused therapy; in-vivo exposure homework assigned.");
        n.FollowUp("Return in 1 week. Crisis plan reviewed.");
        n.Proc(PsychotherapyCode(minutes), 1, dx, m1: tele ? "95" : null);
    }

    private static void AdjustmentDisorder(NoteBuilder n)
    {
        var kind = n.R.Next(3);
        var (code, words) = kind switch
        {
            0 => ("F43.20", "Adjustment disorder, unspecified"),
            1 => ("F43.22", "Adjustment disorder with anxiety"),
            _ => ("F43.23", "Adjustment disorder with mixed anxiety and depressed mood"),
        };
        var young = n.Age < 8;
        var minutes = young ? n.Between(30, 45) : n.Chance(0.5) ? n.Between(38, 52) : n.Between(53, 58);
        var stressor = Stressor(n);

        n.Header("Psychotherapy session, established patient");
        var tele = !young && MaybeTelehealth(n, 0.35);
        n.ChiefComplaint(young ? "Behavior changes after a family stressor." : $"Coping with {stressor}.");
        n.Hpi($"{n.First} is {n.ASubject} " + (n.Age < 12 ? $"seen with {n.Caregiver} " : string.Empty)
            + $"in ongoing therapy for difficulty adjusting to {stressor} {n.Days(30, 150)} ago. "
            + (young
                ? n.Pick("More clingy at drop-off and waking at night. ", "Tantrums have increased at home; doing fine at school. ", "Regressed with toileting accidents, now improving. ")
                : kind switch
                {
                    1 => "Feels nervous and keyed up, trouble concentrating. ",
                    2 => "Tearful some days, worried, and less interested in friends. ",
                    _ => "Irritable and withdrawn, trouble keeping up with responsibilities. ",
                })
            + n.Pick("Symptoms do not meet criteria for major depression. ", "Not meeting criteria for a depressive or anxiety disorder; no prior psychiatric history. ")
            + (young ? "No safety concerns per caregiver." : RiskStatement(n)));
        n.History(string.Empty, n.Pick("None.", "Melatonin 1 mg at bedtime.", "Multivitamin."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Gastrointestinal | Ros.Neurological);
        n.Exam(
            BehavioralVitals(n),
            young
                ? "Mental status: shy initially then engaged in play; speech age-appropriate; mood \"okay\" per child, affect bright with play; no unusual behaviors observed."
                : MentalStatus(n, n.Pick("stressed", "better this week", "sad"), n.Pick("mildly anxious", "constricted, brightens", "euthymic")));
        n.Section("PSYCHOTHERAPY", (young
                ? "Child-centered play therapy with caregiver coaching on predictable routines and validating feelings. "
                : "Supportive therapy and problem-solving; practiced coping skills and scheduled supportive social contact. ")
            + $"Psychotherapy time: {minutes} minutes.");

        var dx = n.Dx(code);
        n.BeginAssessment();
        n.Problem($"{words}, related to {stressor}. Improving; continue {(young ? "play therapy every other week" : "weekly therapy")}, anticipate discharge within 3 months.");
        n.FollowUp(young ? "Return in 2 weeks with caregiver." : "Return in 1 week.");
        n.Proc(PsychotherapyCode(minutes), 1, dx, m1: tele ? "95" : null);
    }

    private static void DevelopmentalIntake(NoteBuilder n)
    {
        var concern = n.Pick("not yet babbling or responding to name as expected", "late to sit and not yet crawling", "few words and limited pointing", "not yet walking and few gestures");

        n.Header("Behavioral health diagnostic evaluation, new patient");
        n.ChiefComplaint("Developmental concerns, referred by the pediatrician.");
        n.Hpi($"{n.First} is {n.ASubject} seen with {n.Caregiver} for concerns that the child is {concern}. "
            + n.Pick("Born at term; no NICU stay. ", "Full-term birth, went home with parents on day 2. ")
            + "Hearing screen passed at birth and again this month. "
            + n.Pick("Eats and sleeps well. ", "Sleep is fragmented but improving. ")
            + "No regression of skills; no seizures. "
            + n.Pick("Autism spectrum disorder not suspected at this time; M-CHAT low risk where age-appropriate.", "Social engagement and eye contact appropriate; autism not suspected."));
        n.History(string.Empty, "None.");
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Gastrointestinal | Ros.Neurological);
        n.Exam(
            n.Vitals(),
            n.General(),
            "Observation: engages with caregiver, social smile, tracks faces, reaches for toys; mild delays in "
                + n.Pick("gross motor", "expressive language", "fine motor and language") + " skills during play-based observation.");
        n.Section("SCREENING TOOLS", $"ASQ-3 completed and scored: below cutoff in {n.Pick("gross motor", "communication", "communication and fine motor")}, other domains typical.");

        var dx = n.Dx("R62.0");
        n.BeginAssessment();
        n.Problem("Delayed milestone in childhood. Refer to early intervention for evaluation and services; home activities reviewed with family. "
            + "Global developmental delay not diagnosed at this time; recheck in 3 months.");
        n.FollowUp("Return in 3 months or after early intervention evaluation.");
        n.Proc("90791", 1, dx);
        n.Proc("96110", 1, dx);
    }
}
