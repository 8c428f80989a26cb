using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Demo;

/// <summary>Orthopedics visit templates.</summary>
public static partial class ClinicalNotes
{
    private static readonly Template[] OrthopedicsTemplates =
    [
        new("Knee osteoarthritis with injection", 35, 120, 5, KneeOsteoarthritis),
        new("Ankle sprain with x-ray", 2, 120, 4, AnkleSprain),
        new("Carpal tunnel syndrome", 18, 120, 3, CarpalTunnel),
        new("Lumbar radiculopathy", 25, 120, 3, LumbarRadiculopathy),
        new("Distal radius fracture follow-up", 5, 120, 3, DistalRadiusFracture),
        new("Shoulder impingement", 30, 120, 3, ShoulderImpingement),
        new("Nursemaid's elbow", 1, 5, 2, NursemaidsElbow),
        new("Metatarsus adductus", 0, 2, 2, MetatarsusAdductus),
    ];

    /// <summary>
    /// Modifier for an E/M billed on the same day as a minor procedure: normally 25. Deliberate problem
    /// (for the edit engine): in some visits the 25 is left off.
    /// </summary>
    private static string? Modifier25OrMissing(NoteBuilder n) => n.Chance(DeliberateErrorRate) ? null : "25";

    /// <summary>
    /// Bills triamcinolone acetonide, one J3301 unit per 10 mg. Deliberate problem (for the edit engine):
    /// in some visits the units are too high (10 units, or the milligrams entered as units).
    /// </summary>
    private static void BillTriamcinolone(NoteBuilder n, int milligrams, int pointer)
    {
        var units = milligrams / 10;
        if (n.Chance(DeliberateErrorRate))
        {
            units = n.Chance(0.5) ? Math.Max(10, units + 6) : milligrams;
        }

        n.Proc("J3301", units, pointer);
    }

    private static void KneeOsteoarthritis(NoteBuilder n)
    {
        var roll = n.R.Next(20);
        var side = roll < 9 ? Side.Right : roll < 17 ? Side.Left : Side.Both;
        var isNew = n.Chance(0.3);
        var inject = n.Chance(0.75);
        var billEm = !inject || isNew || n.Chance(0.4);
        var level = isNew ? (n.Chance(0.6) ? 3 : 4) : (n.Chance(0.65) ? 3 : 4);
        var milligrams = side == Side.Both ? 80 : 40;
        var knee = side == Side.Both ? "both knees" : $"the {Word(side)} knee";
        var grade = n.Between(2, 4);

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint($"Pain in {knee}.");
        n.Hpi($"{n.First} is {n.ASubject} with {n.Days(180, 2200)} of aching pain in {knee}, worse with stairs and after prolonged standing, "
            + $"rated {n.Between(4, 8)}/10, with morning stiffness under 30 minutes. "
            + n.Pick("Has tried acetaminophen and topical diclofenac. ", "Completed 6 weeks of physical therapy with partial relief. ", "NSAIDs help but cause stomach upset. ")
            + (isNew ? "No prior injections. " : $"Last injection {n.Between(3, 8)} months ago gave good relief. ")
            + n.Pick("Denies locking, giving way, fevers, or redness. ", "No mechanical symptoms. No fever. ")
            + n.Pick($"Rheumatoid arthritis was ruled out by {n.His} PCP with negative RF and CCP.", "No history of gout.", "No prior knee surgery."));
        n.History(n.Pick("Osteoarthritis of the knee.", "Knee osteoarthritis.", "Knee arthritis."), n.Pick("Acetaminophen 1000 mg twice daily.", "Meloxicam 15 mg daily.", "Diclofenac gel as needed."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Cardiovascular | Ros.Skin | Ros.Neurological);
        var exam = $"crepitus, medial joint line tenderness, range of motion 0-{n.Between(105, 125)} degrees, no effusion, no warmth or erythema, ligaments stable.";
        n.Exam(
            n.Vitals(),
            n.General(),
            side == Side.Both ? "Knees: bilateral " + exam : $"{char.ToUpperInvariant(Word(side)[0])}{Word(side)[1..]} knee: " + exam,
            "Neurovascular: distal pulses intact, sensation intact.",
            "Gait: mildly antalgic.");
        if (isNew)
        {
            n.Section("IMAGING", $"X-rays of {knee}, 3 views (AP, lateral, sunrise), obtained and reviewed today: medial joint space narrowing, osteophytes, subchondral sclerosis, Kellgren-Lawrence grade {grade}. No fracture.");
        }

        if (inject)
        {
            n.ProcedureNote($"Intra-articular injection, {(side == Side.Both ? "bilateral knees" : Word(side) + " knee")}. Risks including infection, bleeding, and post-injection flare discussed; consent signed. Time-out performed. "
                + $"Skin prepped with chlorhexidine. Using a {n.Pick("superolateral", "anterolateral")} approach, triamcinolone acetonide 40 mg (1 mL of 40 mg/mL) mixed with {n.Between(3, 5)} mL of 1% lidocaine was injected "
                + (side == Side.Both ? "into each knee (80 mg total). " : "into the joint. ")
                + "No aspirate obtained. Bandage applied. Tolerated well, no complications.");
        }

        var code = side switch
        {
            Side.Right => "M17.11",
            Side.Left => "M17.12",
            _ => "M17.0",
        };
        var oa = n.Dx(code);
        n.BeginAssessment();
        n.Problem((side switch
        {
            Side.Right => "Unilateral primary osteoarthritis, right knee",
            Side.Left => "Unilateral primary osteoarthritis, left knee",
            _ => "Bilateral primary osteoarthritis of knees",
        }) + ". " + (inject ? "Corticosteroid injection performed as above. " : "Declined injection today. ")
            + "Septic arthritis not suspected. "
            + n.Pick("Home exercise program and weight management.", "Continue PT exercises, trial of unloader brace.", "Discussed total knee arthroplasty if conservative care fails."));
        n.FollowUp($"Return in {n.Pick("3 months", "6 weeks", "3-4 months")}" + (inject ? "; no repeat injection sooner than 3 months." : "."));
        if (billEm)
        {
            n.Proc(isNew ? NewVisit(level) : Established(level), 1, oa, m1: inject ? Modifier25OrMissing(n) : null);
        }

        if (isNew)
        {
            if (side == Side.Both)
            {
                n.Proc("73562", 1, oa, m1: "RT");
                n.Proc("73562", 1, oa, m1: "LT");
            }
            else
            {
                n.Proc("73562", 1, oa, m1: Modifier(side));
            }
        }

        if (inject)
        {
            n.Proc("20610", 1, oa, m1: Modifier(side));
            BillTriamcinolone(n, milligrams, oa);
        }
    }

    private static void AnkleSprain(NoteBuilder n)
    {
        var side = n.Chance(0.5) ? Side.Right : Side.Left;
        var xray = n.Chance(0.8);
        var brace = n.Chance(0.5);
        var isNew = n.Chance(0.6);
        var level = n.Chance(0.6) ? 3 : 4;
        var ankle = Word(side) + " ankle";
        var how = n.Age < 12
            ? n.Pick("jumping on a trampoline", "falling off playground equipment", "tripping while running at recess")
            : n.Age >= 60
                ? n.Pick("stepping off a curb", "missing a step on the stairs", "walking on an uneven sidewalk")
                : n.Pick("stepping off a curb", "landing on another player's foot playing basketball", "missing a step on the stairs", "trail running");

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint($"{char.ToUpperInvariant(ankle[0])}{ankle[1..]} injury.");
        n.Hpi($"{n.First} is {n.ASubject} " + (n.Age < 12 ? $"brought in by {n.Caregiver} " : string.Empty)
            + $"who rolled the {ankle} (inversion) {n.Days(1, 5)} ago while {how}. "
            + $"Immediate swelling and pain over the outside of the ankle, {(n.Chance(0.5) ? "able to bear weight with a limp" : "limping, painful to bear weight")}. "
            + n.Pick("Denies numbness or tingling in the foot. ", "No numbness; toes move normally. ")
            + n.Pick("No prior ankle injuries. ", "Sprained the same ankle once years ago, fully recovered. ")
            + n.Pick("Using ice and elevation.", "Took ibuprofen with some relief.", "Wrapped it with an elastic bandage."));
        n.History(string.Empty, n.Pick("None.", "Ibuprofen as needed.", "Multivitamin."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Skin | Ros.Neurological);
        n.Exam(
            n.Vitals(),
            n.General(),
            $"{char.ToUpperInvariant(ankle[0])}{ankle[1..]}: moderate lateral swelling and ecchymosis, tenderness anterior and inferior to the lateral malleolus"
                + (xray ? ", and tenderness at the posterior edge of the lateral malleolus" : ", no bony tenderness at the malleoli, navicular, or fifth metatarsal base")
                + $". Anterior drawer {n.Pick("mildly lax", "stable with pain")}. Thompson test negative; Achilles intact.",
            "Neurovascular: dorsalis pedis 2+, sensation intact, capillary refill under 2 seconds.");
        if (xray)
        {
            n.Section("IMAGING", $"X-rays of the {ankle}, 3 views, obtained and reviewed today: soft-tissue swelling laterally, no fracture or dislocation, mortise intact.");
        }

        if (brace)
        {
            n.ProcedureNote($"Fitted with a prefabricated lace-up ankle brace, {ankle}, off the shelf; fit checked and instructions on wear given.");
        }

        var sprain = n.Dx(side == Side.Right ? "S93.401A" : "S93.402A");
        n.BeginAssessment();
        n.Problem($"Sprain of {ankle}, initial encounter. "
            + (xray ? "Fracture ruled out on x-ray. " : "Ottawa rules negative; fracture unlikely, x-ray not needed. ")
            + "Rest, ice, compression, elevation; weight bearing as tolerated"
            + (brace ? " in the brace. " : ". ")
            + (n.Age < 12 ? "Ibuprofen weight-based dosing as needed." : "Naproxen 500 mg twice daily for 7 days.") + " Ankle range-of-motion exercises after 48 hours.");
        n.FollowUp("Return in 2-3 weeks if not improving; PT referral if instability persists.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, sprain);
        if (xray)
        {
            n.Proc("73610", 1, sprain, m1: Modifier(side));
        }

        if (brace)
        {
            n.Proc("L1906", 1, sprain, m1: Modifier(side));
        }
    }

    private static void CarpalTunnel(NoteBuilder n)
    {
        var roll = n.R.Next(10);
        var side = roll < 5 ? Side.Right : roll < 8 ? Side.Left : Side.Both;
        var inject = side != Side.Both && n.Chance(0.45);
        var methylprednisolone = n.Chance(0.5);
        var isNew = n.Chance(0.5);
        var level = n.Chance(0.6) ? 4 : 3;
        var hands = side == Side.Both ? "both hands" : $"the {Word(side)} hand";
        var code = side switch
        {
            Side.Right => "G56.01",
            Side.Left => "G56.02",
            _ => "G56.03",
        };

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint($"Numbness and tingling in {hands}.");
        n.Hpi($"{n.First} is {n.ASubject} with {n.Days(60, 540)} of numbness and tingling in the thumb, index, and middle fingers of {hands}, "
            + "waking at night and shaking the hand for relief. "
            + n.Pick("Works long hours at a keyboard. ", "Symptoms worse with driving and holding a phone. ", "Uses vibrating tools at work. ")
            + n.Pick("Denies neck pain or weakness in the arm. ", "No neck pain radiating to the arm. ")
            + n.Pick("Diabetes and thyroid disease were ruled out with normal labs last month.", "Tried a wrist splint from the pharmacy with partial relief.", "No prior hand surgery."));
        n.History(string.Empty, n.Pick("None.", "Ibuprofen as needed.", "Multivitamin."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Musculoskeletal | Ros.Skin);
        n.Exam(
            n.Vitals(),
            n.General(),
            $"Wrist{(side == Side.Both ? "s" : string.Empty)}: Tinel's and Phalen's positive {(side == Side.Both ? "bilaterally" : "on the " + Word(side))}; "
                + $"two-point discrimination {n.Between(5, 8)} mm in the median distribution; {n.Pick("no thenar atrophy", "mild thenar weakness, no atrophy")}.",
            "Neck: Spurling's test negative, full range of motion.",
            "Neuro: ulnar and radial sensory distributions intact, reflexes symmetric.");
        if (inject)
        {
            n.ProcedureNote($"Carpal tunnel injection, {Word(side)} wrist. Consent obtained, time-out performed, skin prepped with chlorhexidine. "
                + "Using a 25-gauge needle just ulnar to the palmaris longus at the distal wrist crease, "
                + (methylprednisolone ? "methylprednisolone acetate 40 mg" : "triamcinolone acetonide 10 mg")
                + " with 1 mL of 1% lidocaine was injected into the carpal tunnel. No paresthesias during injection. Tolerated well.");
        }

        var cts = n.Dx(code);
        n.BeginAssessment();
        n.Problem(side switch
        {
            Side.Right => "Carpal tunnel syndrome, right upper limb",
            Side.Left => "Carpal tunnel syndrome, left upper limb",
            _ => "Carpal tunnel syndrome, bilateral upper limbs",
        } + ". Cervical radiculopathy ruled out clinically. " + (inject ? "Steroid injection performed today. " : string.Empty)
            + "Neutral wrist splints at night; EMG/nerve conduction study ordered; discussed carpal tunnel release if persistent.");
        n.FollowUp("Return after nerve conduction study.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, cts, m1: inject ? "25" : null);
        if (inject)
        {
            n.Proc("20526", 1, cts, m1: Modifier(side));
            if (methylprednisolone)
            {
                n.Proc("J1030", 1, cts);
            }
            else
            {
                n.Proc("J3301", 1, cts);
            }
        }
    }

    private static void LumbarRadiculopathy(NoteBuilder n)
    {
        var side = n.Chance(0.5) ? Side.Right : Side.Left;
        var isNew = n.Chance(0.55);
        var xray = isNew && n.Chance(0.7);
        var level = n.Chance(0.65) ? 4 : 3;
        var root = n.Pick("L5", "S1", "L4");

        n.Header(isNew ? "Office visit, new patient (referral)" : "Office visit, established patient");
        n.ChiefComplaint($"Low back pain radiating down the {Word(side)} leg.");
        n.Hpi($"{n.First} is {n.ASubject} with {n.Days(21, 150)} of low back pain radiating to the {Word(side)} "
            + (root == "S1" ? "posterior calf and lateral foot" : root == "L5" ? "lateral leg and top of the foot" : "anterior thigh and medial shin")
            + $", with intermittent numbness in the same distribution. Leg pain {n.Between(5, 8)}/10, worse than back pain, worse with sitting. "
            + n.Pick("Denies bowel or bladder dysfunction or saddle numbness. ", "No urinary retention or incontinence; no groin numbness. ")
            + n.Pick("No fever, weight loss, or history of cancer. ", "No trauma. No fevers or night sweats. ")
            + n.Pick("Completed 6 weeks of PT with minimal improvement.", "A short course of prednisone helped temporarily.", "Using naproxen with modest relief."));
        n.History(string.Empty, n.Pick("Naproxen 500 mg twice daily.", "Gabapentin 300 mg at bedtime.", "Acetaminophen as needed."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Gastrointestinal | Ros.Genitourinary);
        n.Exam(
            n.Vitals(),
            n.General(),
            "Lumbar spine: paraspinal tenderness, flexion limited by leg pain.",
            $"Neuro: straight leg raise positive on the {Word(side)} at {n.Between(30, 55)} degrees, crossed SLR negative; "
                + (root == "S1" ? $"{Word(side)} Achilles reflex diminished, plantarflexion 5/5" : root == "L5" ? "great toe extension 4+/5, reflexes symmetric" : $"{Word(side)} patellar reflex diminished, quadriceps 5/5")
                + "; decreased light touch in the " + root + " dermatome.",
            "Hips: painless full range of motion bilaterally; hip arthritis ruled out as the pain source.",
            "Gait: able to heel and toe walk.");
        if (xray)
        {
            n.Section("IMAGING", $"Lumbar spine x-rays, AP and lateral, reviewed today: {n.Pick("mild disc space narrowing at L4-5 and L5-S1", "mild degenerative changes")}, no spondylolisthesis, no fracture.");
        }

        var radiculopathy = n.Dx("M54.16");
        n.BeginAssessment();
        n.Problem($"Radiculopathy, lumbar region, {Word(side)} {root} distribution. Possible disc herniation, to be evaluated by MRI. "
            + "Cauda equina syndrome ruled out clinically. "
            + n.Pick("Gabapentin titration to 300 mg three times daily.", "Medrol Dosepak and continue PT.", "Refer for epidural steroid injection if MRI concordant.")
            + " Lumbar MRI without contrast ordered.");
        n.FollowUp("Return after MRI; ED for bowel or bladder changes or progressive weakness.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, radiculopathy);
        if (xray)
        {
            n.Proc("72100", 1, radiculopathy);
        }
    }

    private static void DistalRadiusFracture(NoteBuilder n)
    {
        var side = n.Chance(0.5) ? Side.Right : Side.Left;
        var colles = n.Age >= 18 && n.Chance(0.5);
        var weeks = n.Between(2, 6);
        var level = n.Chance(0.7) ? 3 : 4;
        var code = (colles, side) switch
        {
            (true, Side.Right) => "S52.531D",
            (true, _) => "S52.532D",
            (false, Side.Right) => "S52.501D",
            _ => "S52.502D",
        };
        var fracture = colles ? $"Colles' fracture of the {Word(side)} radius" : $"{Word(side)} distal radius fracture";

        n.Header("Office visit, established patient (fracture follow-up)");
        n.ChiefComplaint($"Follow-up of {fracture}.");
        n.Hpi($"{n.First} is {n.ASubject} " + (n.Age < 12 ? $"seen with {n.Caregiver} " : string.Empty)
            + $"{weeks} weeks after a {fracture} from a fall on an outstretched hand. "
            + "Initially reduced and splinted in the emergency department; managed nonoperatively in a short-arm cast here. "
            + n.Pick("Pain is minimal, using acetaminophen occasionally. ", "Pain well controlled; no medication needed. ")
            + n.Pick("Denies numbness or tingling in the fingers. ", "No finger numbness; cast comfortable. ")
            + "No fever or skin problems under the cast.");
        n.History(string.Empty, n.Pick("Acetaminophen as needed.", "None.", "Vitamin D and calcium."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Skin | Ros.Neurological);
        n.Exam(
            n.Vitals(),
            n.General(),
            weeks >= 5
                ? $"{char.ToUpperInvariant(Word(side)[0])}{Word(side)[1..]} wrist (cast removed): mild swelling, minimal tenderness at the fracture site, skin intact, no pressure areas."
                : $"{char.ToUpperInvariant(Word(side)[0])}{Word(side)[1..]} wrist: cast intact and well fitting, fingers warm and pink with brisk capillary refill.",
            "Neurovascular: radial pulse 2+, median, ulnar, and radial nerve sensation and motor intact; acute carpal tunnel syndrome not suspected.",
            "Elbow and fingers: full range of motion.");
        n.Section("IMAGING", $"X-rays of the {Word(side)} wrist, 3 views, obtained and reviewed today: fracture in stable, acceptable alignment with early callus; no loss of reduction. Scaphoid intact.");

        var dx = n.Dx(code);
        n.BeginAssessment();
        n.Problem($"{(colles ? $"Colles' fracture of {Word(side)} radius" : $"Fracture of lower end of {Word(side)} radius")}, subsequent encounter for closed fracture with routine healing, {weeks} weeks out. "
            + (weeks >= 5 ? "Cast discontinued; transition to removable wrist splint and begin home range-of-motion exercises." : "Continue the current cast; no lifting with the injured arm.")
            + " Scaphoid fracture ruled out on films.");
        n.FollowUp($"Return in {n.Pick("2 weeks", "3 weeks")} with repeat x-rays.");
        n.Proc(Established(level), 1, dx);
        n.Proc("73110", 1, dx, m1: Modifier(side));
    }

    private static void ShoulderImpingement(NoteBuilder n)
    {
        var side = n.Chance(0.6) ? Side.Right : Side.Left;
        var isNew = n.Chance(0.4);
        var xray = isNew && n.Chance(0.6);
        var inject = n.Chance(0.65);
        var triamcinolone = n.Chance(0.7);
        var level = n.Chance(0.6) ? 3 : 4;
        var shoulder = Word(side) + " shoulder";

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint($"{char.ToUpperInvariant(shoulder[0])}{shoulder[1..]} pain.");
        n.Hpi($"{n.First} is {n.ASubject} with {n.Days(30, 240)} of {shoulder} pain over the lateral deltoid, worse reaching overhead and lying on that side at night. "
            + n.Pick("Works overhead as a painter. ", "Started swimming laps this year. ", "No specific injury. ", "Painted the house last spring, pain since. ")
            + n.Pick("Denies neck pain, numbness, or weakness. ", "No radiation below the elbow, no numbness. ")
            + n.Pick("Ibuprofen helps somewhat.", "Did 4 weeks of home exercises with partial relief.", "No prior injections."));
        n.History(string.Empty, n.Pick("Ibuprofen 400 mg as needed.", "None.", "Acetaminophen as needed."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Cardiovascular | Ros.Neurological);
        n.Exam(
            n.Vitals(),
            n.General(),
            $"{char.ToUpperInvariant(shoulder[0])}{shoulder[1..]}: full passive range of motion, painful arc 70-120 degrees, positive Neer and Hawkins signs; "
                + "rotator cuff strength 5/5 in all planes, negative drop-arm test.",
            "Neck: Spurling's negative.",
            "Neurovascular: intact distally.");
        if (xray)
        {
            n.Section("IMAGING", $"X-rays of the {shoulder}, 3 views, obtained and reviewed: type II acromion, no glenohumeral arthritis, no calcific deposits, no fracture.");
        }

        if (inject)
        {
            n.ProcedureNote($"Subacromial injection, {shoulder}. Consent obtained, time-out performed, posterior approach after chlorhexidine prep. "
                + (triamcinolone ? "Triamcinolone acetonide 40 mg" : "Methylprednisolone acetate 40 mg")
                + $" with {n.Between(4, 6)} mL 1% lidocaine injected into the subacromial bursa. Post-injection impingement test markedly improved. No complications.");
        }

        var impingement = n.Dx(side == Side.Right ? "M75.41" : "M75.42");
        n.BeginAssessment();
        n.Problem($"Impingement syndrome of {shoulder}. Rotator cuff tear not suspected given full strength; adhesive capsulitis ruled out with full passive motion. "
            + (inject ? "Subacromial steroid injection today. " : string.Empty)
            + "Physical therapy for scapular stabilization and rotator cuff strengthening.");
        n.FollowUp("Return in 6 weeks; MRI if no improvement.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, impingement, m1: inject ? Modifier25OrMissing(n) : null);
        if (xray)
        {
            n.Proc("73030", 1, impingement, m1: Modifier(side));
        }

        if (inject)
        {
            n.Proc("20610", 1, impingement, m1: Modifier(side));
            if (triamcinolone)
            {
                BillTriamcinolone(n, 40, impingement);
            }
            else
            {
                n.Proc("J1030", 1, impingement);
            }
        }
    }

    private static void NursemaidsElbow(NoteBuilder n)
    {
        var side = n.Chance(0.6) ? Side.Left : Side.Right;
        var billEm = n.Chance(0.3);
        var arm = Word(side) + " arm";

        n.Header("Office visit, established patient (same day)");
        n.ChiefComplaint($"Not using {arm}.");
        n.Hpi($"{n.First} is {n.ASubject} brought in by {n.Caregiver} for refusing to use the {arm} since "
            + n.Pick("being lifted by the hand over a curb", "a sibling pulled on the arm while playing", "being swung by the arms") + $" {n.Between(1, 5)} hours ago. "
            + "Holds the arm slightly flexed and pronated against the body. "
            + n.Pick("No fall or direct blow. ", "No fall from height. ")
            + n.Pick("No fever. No swelling noted at home.", "Denies fever or bruising."));
        n.History(string.Empty, "None.");
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Skin);
        n.Exam(
            n.Vitals(),
            n.General(),
            $"{char.ToUpperInvariant(arm[0])}{arm[1..]}: no swelling, deformity, or bruising; no point tenderness at the clavicle, humerus, or wrist; resists supination.",
            "Neurovascular: radial pulse 2+, capillary refill brisk.");
        n.ProcedureNote($"Closed reduction of radial head subluxation, {Word(side)} elbow: with the elbow flexed to 90 degrees, "
            + n.Pick("hyperpronation", "supination and flexion") + " performed with a palpable click at the radial head. "
            + $"Within {n.Between(5, 15)} minutes the child was reaching for toys overhead with the arm. No complications.");

        var dx = n.Dx(side == Side.Right ? "S53.031A" : "S53.032A");
        n.BeginAssessment();
        n.Problem($"Nursemaid's elbow ({Word(side)} radial head subluxation), initial encounter. Reduced successfully in clinic. "
            + "Fracture not suspected given full use after reduction; no x-ray needed. Caregiver taught to avoid lifting or swinging by the hands.");
        n.FollowUp("Return if not using the arm normally by tomorrow.");
        if (billEm)
        {
            n.Proc(Established(n.Chance(0.5) ? 2 : 3), 1, dx, m1: "25");
        }

        n.Proc("24640", 1, dx, m1: Modifier(side));
    }

    private static void MetatarsusAdductus(NoteBuilder n)
    {
        var roll = n.R.Next(10);
        var right = roll < 5 || roll >= 8;
        var left = roll >= 5;
        var isNew = n.Chance(0.7);
        var level = n.Chance(0.7) ? 3 : 2;
        var feet = right && left ? "both feet" : right ? "the right foot" : "the left foot";

        n.Header(isNew ? "Office visit, new patient (referral)" : "Office visit, established patient");
        n.ChiefComplaint($"Curved {(right && left ? "feet" : "foot")}.");
        n.Hpi($"{n.First} is {n.ASubject} referred by the pediatrician, seen with {n.Caregiver}, for inward curving of {feet} noticed since birth. "
            + n.Pick("Otherwise healthy. ", "Doing stretches at home as shown by the pediatrician. ")
            + n.Pick("No concerns with hip movement or leg length. ", "Kicks both legs equally. ")
            + n.Pick("No family history of clubfoot.", "Older sibling had a similar foot shape that resolved."));
        n.History(string.Empty, n.Pick("Vitamin D drops.", "None."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Skin | Ros.Neurological);
        n.Exam(
            n.Vitals(),
            n.General(),
            $"Feet: forefoot adduction of {feet} with a convex lateral border; heel bisector through the {n.Pick("third", "third-fourth")} toe web space; flexible, corrects past neutral with gentle pressure. "
                + "Ankle dorsiflexion full and hindfoot neutral; clubfoot ruled out.",
            "Hips: Ortolani and Barlow negative, symmetric abduction; hip dysplasia not suspected.",
            "Spine: straight, no sacral dimple.");

        var first = right ? n.Dx("Q66.221") : n.Dx("Q66.222");
        var second = right && left ? n.Dx("Q66.222") : 0;
        n.BeginAssessment();
        n.Problem($"Congenital metatarsus adductus, {(right && left ? "right and left foot" : right ? "right foot" : "left foot")}, flexible. "
            + "Expect spontaneous improvement; stretching exercises taught to the family. Serial casting only if rigid at follow-up.");
        n.FollowUp("Return in 3 months.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, first, second);
    }
}
