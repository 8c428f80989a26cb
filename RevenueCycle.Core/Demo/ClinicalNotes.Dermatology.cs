using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Demo;

/// <summary>Dermatology visit templates.</summary>
public static partial class ClinicalNotes
{
    private static readonly Template[] DermatologyTemplates =
    [
        new("Actinic keratosis destruction", 40, 120, 5, ActinicKeratoses),
        new("Skin lesion biopsy", 18, 120, 4, SkinBiopsy),
        new("Seborrheic keratosis", 30, 120, 3, SeborrheicKeratosis),
        new("Psoriasis", 10, 120, 3, Psoriasis),
        new("Acne vulgaris", 11, 45, 3, AcneVulgaris),
        new("Abscess incision and drainage", 2, 120, 3, AbscessDrainage),
        new("Atopic dermatitis", 0, 120, 3, AtopicDermatitis),
    ];

    /// <summary>"6 on the scalp, 3 on the dorsal hands and 2 on the face" for a lesion count.</summary>
    private static string LesionSites(NoteBuilder n, int count)
    {
        ReadOnlySpan<string> sites = ["scalp", "forehead", "nose and cheeks", "dorsal hands", "forearms", "ears"];
        var start = n.R.Next(sites.Length);
        var groups = Math.Min(count, n.Between(1, 3));
        if (groups == 1)
        {
            return (count == 1 ? "on the " : "all on the ") + sites[start];
        }

        var text = new System.Text.StringBuilder(120);
        var left = count;
        for (var i = 0; i < groups; i++)
        {
            var here = i == groups - 1 ? left : Math.Max(1, left / (groups - i) + n.Between(-1, 1));
            here = Math.Min(here, left - (groups - i - 1));
            left -= here;
            text.Append(i == 0 ? string.Empty : i == groups - 1 ? " and " : ", ")
                .Append(here).Append(" on the ").Append(sites[(start + i) % sites.Length]);
        }

        return text.ToString();
    }

    private static void ActinicKeratoses(NoteBuilder n)
    {
        var roll = n.R.Next(100);
        var count = roll < 25 ? n.Between(1, 3) : roll < 85 ? n.Between(4, 14) : n.Between(15, 24);
        var billEm = n.Chance(0.4);
        var isNew = n.Chance(0.25);
        var level = n.Chance(0.7) ? 3 : 4;
        var skinType = n.Pick("I", "II", "II", "III");

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint(n.Pick("Rough scaly spots.", "Sun damage check and scaly spots.", "Precancer treatment."));
        n.Hpi($"{n.First} is {n.ASubject}, Fitzpatrick skin type {skinType}, with extensive past sun exposure ({n.Pick("outdoor work", "years of golf", "farming", "sailing")}), "
            + $"presenting with rough, scaly spots on sun-exposed skin for {n.Days(60, 720)}. "
            + n.Pick("Some are tender when rubbed. ", "They catch on clothing and occasionally bleed. ", "Tried moisturizer without change. ")
            + n.Pick("Denies any rapidly growing or non-healing lesions. ", "No new or changing moles. ")
            + n.Pick("Uses sunscreen inconsistently.", "Wears a hat outdoors now.", "No prior skin cancers."));
        n.History(string.Empty, n.Pick("None.", "Lisinopril 10 mg daily.", "Multivitamin."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Musculoskeletal);
        n.Exam(
            n.Vitals(),
            n.General(),
            $"Skin: {(billEm ? "full-body skin exam performed. " : "focused exam of sun-exposed areas. ")}{count} erythematous, gritty, scaly macules and thin papules: {LesionSites(n, count)}. "
                + "No induration, ulceration, or pearly borders; squamous cell carcinoma not suspected. "
                + (billEm ? "Scattered stuck-on brown waxy papules on the trunk consistent with seborrheic keratoses. " : string.Empty)
                + "Pigmented lesions benign appearing; no lesions suspicious for melanoma.");
        n.ProcedureNote($"Destruction of premalignant lesions by cryotherapy: after verbal consent, liquid nitrogen was applied to {count} actinic keratos{(count == 1 ? "is" : "es")} "
            + "with two freeze-thaw cycles and a 1-2 mm halo. Expected blistering and crusting reviewed. Tolerated well.");

        var ak = n.Dx("L57.0");
        var sk = billEm ? n.Dx("L82.1") : 0;
        n.BeginAssessment();
        n.Problem($"Actinic keratosis, {count} lesion{(count == 1 ? string.Empty : "s")}, treated with cryotherapy. "
            + n.Pick("Discussed field therapy with 5-fluorouracil cream if recurrent.", "Daily broad-spectrum SPF 30+ and sun-protective clothing.", "Photodynamic therapy option discussed."));
        if (billEm)
        {
            n.Problem("Seborrheic keratoses (non-inflamed), trunk: benign, reassurance, no treatment needed. Full skin check otherwise unremarkable.");
        }

        n.FollowUp($"Return in {n.Pick("6 months", "3 months", "1 year")} for skin check.");
        if (billEm)
        {
            n.Proc(isNew ? NewVisit(level) : Established(level), 1, ak, sk, m1: Modifier25OrMissing(n));
        }

        // Deliberate problem (for the edit engine): with 15 or more lesions, some visits bill 17000 plus
        // 17003 with 14+ units instead of the single 17004. Twice the usual rate, as few visits have 15+ lesions.
        if (count >= 15 && !n.Chance(DeliberateErrorRate * 2))
        {
            n.Proc("17004", 1, ak);
        }
        else
        {
            n.Proc("17000", 1, ak);
            if (count > 1)
            {
                n.Proc("17003", count - 1, ak);
            }
        }
    }

    private static void SkinBiopsy(NoteBuilder n)
    {
        var uncertain = n.Chance(0.3);
        var count = uncertain ? 1 : (n.Chance(0.75) ? 1 : 2);
        var billEm = n.Chance(0.5);
        var isNew = n.Chance(0.35);
        var level = n.Chance(0.65) ? 3 : 4;
        var site = n.Pick("left upper back", "right upper back", "right forearm", "left shoulder", "central chest", "right lateral thigh", "left calf");
        var secondSite = site.Contains("back", StringComparison.Ordinal) ? "left flank" : "mid upper back";
        var size = n.Between(4, 9);

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint(uncertain ? "Recheck of a previously biopsied spot." : n.Pick("Changing spot on the skin.", "New skin growth.", "Mole check, one spot of concern."));
        n.Hpi($"{n.First} is {n.ASubject} "
            + (uncertain
                ? $"returning for a pigmented lesion on the {site}. Prior shave biopsy here was read as a melanocytic tumor of uncertain malignant potential with involved margins; residual pigment is visible at the scar. "
                : $"with a {n.Pick("pink, scaly", "pearly", "dark brown, irregular", "crusted, non-healing")} spot on the {site} that has {n.Pick("grown over 3 months", "bled twice", "changed color", "not healed in 6 weeks")}. ")
            + n.Pick("No itching or pain. ", "Occasionally itchy. ")
            + n.Pick("Denies other changing moles. ", "No other new lesions noted. ")
            + n.Pick("No personal history of skin cancer.", "Uses sunscreen in summer.", "Was a lifeguard as a teenager."));
        n.History(string.Empty, n.Pick("None.", "Atorvastatin 20 mg daily.", "Levothyroxine 75 mcg daily."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Musculoskeletal | Ros.Neurological);
        n.Exam(
            n.Vitals(),
            n.General(),
            $"Skin: {(billEm ? "full-body skin exam performed. " : string.Empty)}{size} mm "
                + (uncertain ? "well-healed scar with irregular residual brown pigment at the edge" : n.Pick("pink pearly papule with arborizing vessels on dermoscopy", "irregularly pigmented macule with asymmetric network on dermoscopy", "scaly erythematous plaque"))
                + $" on the {site}"
                + (count == 2 ? $"; second {n.Between(3, 6)} mm pink scaly papule on the {secondSite}" : string.Empty)
                + ". No palpable lymphadenopathy. Remaining nevi regular and symmetric.");
        n.ProcedureNote($"Tangential (shave) biopsy{(count == 2 ? " x2" : string.Empty)}: after informed consent and time-out, the {site} lesion"
            + (count == 2 ? $" and the {secondSite} lesion were" : " was")
            + $" prepped with alcohol and anesthetized with 1% lidocaine with epinephrine ({n.Between(1, 2)} mL each). A DermaBlade was used to remove the lesion"
            + (count == 2 ? "s" : string.Empty) + " to the mid-dermis. Hemostasis with aluminum chloride; petrolatum and bandage applied. Specimens labeled and sent to dermatopathology.");

        var dx = n.Dx(uncertain ? "D48.5" : "L98.9");
        n.BeginAssessment();
        n.Problem(uncertain
            ? $"Neoplasm of uncertain behavior of skin, {site}: re-biopsy of residual pigment for margins. Melanoma not diagnosed; will decide on re-excision with pathology."
            : $"Skin lesion of uncertain nature (disorder of skin, unspecified), {site}{(count == 2 ? $" and {secondSite}" : string.Empty)}: biopsy to rule out basal cell carcinoma versus squamous cell carcinoma; will treat per pathology.");
        if (billEm)
        {
            n.Problem("Full skin examination otherwise benign; counseled on sun protection and monthly self-exams.");
        }

        n.FollowUp("Wound care reviewed. Pathology results in 7-10 days by phone.");
        if (billEm)
        {
            n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx, m1: Modifier25OrMissing(n));
        }

        n.Proc("11102", 1, dx);
        if (count == 2)
        {
            n.Proc("11103", 1, dx);
        }
    }

    private static void SeborrheicKeratosis(NoteBuilder n)
    {
        var inflamed = n.Chance(0.55);
        var count = inflamed ? n.Between(1, 6) : 0;
        var billEm = !inflamed || n.Chance(0.35);
        var isNew = n.Chance(0.4);
        var level = n.Chance(0.7) ? 3 : 2;
        var site = n.Pick("waistband", "bra line", "scalp", "neck", "back");
        if (site == "bra line" && !n.Female)
        {
            site = "belt line";
        }

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint(inflamed ? "Irritated growths that catch on clothing." : "Brown spots, worried about skin cancer.");
        n.Hpi($"{n.First} is {n.ASubject} with "
            + (inflamed
                ? $"{count} raised growth{(count == 1 ? string.Empty : "s")} along the {site} that {(count == 1 ? "has" : "have")} become itchy, red, and bleed when rubbed by clothing over the past {n.Days(14, 90)}. "
                : $"multiple brown, waxy spots on the trunk increasing in number over {n.Days(365, 1800)}, concerned about skin cancer. ")
            + n.Pick("No personal history of skin cancer. ", "Denies rapid growth or ulceration. ")
            + n.Pick("Mother had similar spots.", "No other skin concerns.", "Uses moisturizer daily."));
        n.History(string.Empty, n.Pick("None.", "Amlodipine 5 mg daily.", "Omeprazole 20 mg daily."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Musculoskeletal);
        n.Exam(
            n.Vitals(),
            n.General(),
            "Skin: " + (inflamed
                ? $"{count} stuck-on, verrucous tan-brown papule{(count == 1 ? string.Empty : "s")} on the {site} with surrounding erythema, crust, and excoriation. "
                : "numerous stuck-on, waxy tan to brown papules on the back and chest with horn cysts on dermoscopy, no erythema or irritation. ")
            + "No atypical pigmented lesions; melanoma not suspected.");
        if (inflamed)
        {
            n.ProcedureNote($"Destruction of {count} inflamed seborrheic keratos{(count == 1 ? "is" : "es")} on the {site} with liquid nitrogen cryotherapy, two freeze-thaw cycles. Verbal consent obtained; aftercare reviewed. Tolerated well.");
        }

        var dx = n.Dx(inflamed ? "L82.0" : "L82.1");
        n.BeginAssessment();
        n.Problem(inflamed
            ? $"Inflamed seborrheic keratos{(count == 1 ? "is" : "es")}, symptomatic (irritated, bleeding); treated with cryotherapy today."
            : "Seborrheic keratoses, non-inflamed, benign. Reassurance given; cosmetic removal is not covered and was declined.");
        n.FollowUp("Return as needed or for annual skin check.");
        if (billEm)
        {
            n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx, m1: inflamed ? "25" : null);
        }

        if (inflamed)
        {
            n.Proc("17110", 1, dx);
        }
    }

    private static void Psoriasis(NoteBuilder n)
    {
        var biologic = n.Age >= 18 && n.Chance(0.35);
        var bsa = biologic ? n.Between(8, 20) : n.Between(2, 9);
        var isNew = n.Chance(0.25);
        var level = biologic || isNew ? 4 : (n.Chance(0.6) ? 3 : 4);
        var drug = n.Pick("adalimumab 40 mg every 2 weeks", "risankizumab 150 mg every 12 weeks", "secukinumab 300 mg monthly");

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint(n.Pick("Psoriasis follow-up.", "Scaly plaques on elbows and knees.", "Psoriasis flare."));
        n.Hpi($"{n.First} is {n.ASubject} with plaque psoriasis since {n.PastYear(1, 15)}"
            + (biologic ? $", on {drug}. " : ", treated with topical steroids. ")
            + $"Reports {n.Pick("itching and flaking", "a flare after a stressful month", "improvement but persistent scalp plaques")}. "
            + n.Pick("Denies joint pain, swelling, or morning stiffness. ", "No joint pain or heel pain. ")
            + n.Pick("No nail changes. ", "Some nail pitting noted. ")
            + (biologic ? "No recent infections; QuantiFERON negative in the spring." : n.Pick("Triggers include winter dryness.", "Strep throat has triggered flares in the past.")));
        n.History(string.Empty, biologic ? drug + "; clobetasol 0.05% ointment as needed." : n.Pick("Triamcinolone 0.1% cream twice daily.", "Clobetasol 0.05% ointment twice daily on weekdays, calcipotriene on weekends."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Eyes | Ros.Musculoskeletal | Ros.Gastrointestinal);
        n.Exam(
            n.Vitals(),
            n.General(),
            $"Skin: well-demarcated erythematous plaques with silvery scale on the {n.Pick("extensor elbows and knees", "scalp, elbows, and lower back", "knees, shins, and gluteal cleft")}, body surface area about {bsa}%. No pustules.",
            "Joints: no synovitis, dactylitis, or enthesitis.");

        var dx = n.Dx("L40.0");
        n.BeginAssessment();
        n.Problem($"Psoriasis vulgaris, {(bsa >= 10 ? "moderate to severe" : "mild to moderate")}, BSA {bsa}%. Psoriatic arthritis not suspected (no joint symptoms). "
            + (biologic
                ? $"Continue {drug}; annual TB screening up to date; CBC and CMP ordered."
                : bsa >= 5
                    ? n.Pick("Start narrowband UVB phototherapy three times weekly.", "Continue topical regimen; add calcipotriene cream.")
                    : n.Pick("Continue topical regimen; add calcipotriene cream.", "Switch to clobetasol foam for scalp.")));
        n.FollowUp($"Return in {n.Pick("3 months", "4 months", "6 months")}.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx);
    }

    private static void AcneVulgaris(NoteBuilder n)
    {
        var isotretinoin = n.Age >= 14 && n.Chance(0.25);
        var isNew = n.Chance(0.3);
        var level = isotretinoin ? 4 : (n.Chance(0.7) ? 3 : 4);
        var regimen = n.Female && n.Age >= 16 && n.Chance(0.3)
            ? "spironolactone 50 mg daily with tretinoin 0.025% cream nightly"
            : n.Pick("adapalene 0.1% gel nightly and benzoyl peroxide 5% wash", "doxycycline 100 mg daily for 3 months with adapalene-benzoyl peroxide gel", "tretinoin 0.05% cream nightly and clindamycin-benzoyl peroxide gel in the morning");

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint(n.Pick("Acne.", "Breakouts on face and back.", "Acne follow-up."));
        n.Hpi($"{n.First} is {n.ASubject} with acne for {n.Days(180, 1460)} on the {n.Pick("face", "face and upper back", "forehead, cheeks, and chest")}. "
            + n.Pick("Failed over-the-counter benzoyl peroxide and salicylic acid. ", "Improved partly on topical tretinoin. ", "Leaving dark marks and some small scars. ")
            + (n.Female ? n.Pick("Periods are regular; no excess hair growth. ", "Flares before menses; no hirsutism. ") : "No steroid or supplement use. ")
            + n.Pick("No depression or mood changes.", "Affecting confidence at school and work; denies depressed mood."));
        n.History(string.Empty, n.Pick("Adapalene 0.1% gel.", "None.", "Benzoyl peroxide 5% wash."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Gastrointestinal | Ros.Psychiatric);
        n.Exam(
            n.Vitals(),
            n.General(),
            $"Skin: open and closed comedones with {n.Between(8, 30)} inflammatory papules and {n.Between(0, 6)} pustules on the {n.Pick("cheeks and forehead", "face and upper back", "jawline and chest")}; "
                + (isotretinoin ? "several nodules and early atrophic scarring." : "no nodules or cysts."));

        var dx = n.Dx("L70.0");
        n.BeginAssessment();
        n.Problem("Acne vulgaris, " + (isotretinoin ? "moderate to severe with scarring, failed oral antibiotics. " : "mild to moderate. ")
            + (isotretinoin
                ? "Starting isotretinoin enrollment: iPLEDGE registration, baseline lipid panel and liver tests ordered"
                    + (n.Female ? ", two negative pregnancy tests required and two forms of contraception counseled." : ".")
                : $"Start {regimen}.")
            + (n.Female ? " Polycystic ovary syndrome not suspected." : string.Empty)
            + " Gentle cleanser and non-comedogenic moisturizer; sun protection.");
        n.FollowUp($"Return in {(isotretinoin ? "30 days" : "8-12 weeks")}.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx);
    }

    private static void AbscessDrainage(NoteBuilder n)
    {
        var (code, site, words) = n.R.Next(6) switch
        {
            0 => ("L02.411", "right axilla", "Cutaneous abscess of right axilla"),
            1 => ("L02.412", "left axilla", "Cutaneous abscess of left axilla"),
            2 => ("L02.31", n.Pick("right buttock", "left buttock"), "Cutaneous abscess of buttock"),
            3 => ("L02.415", n.Pick("right thigh", "right lower leg"), "Cutaneous abscess of right lower limb"),
            4 => ("L02.416", n.Pick("left thigh", "left lower leg"), "Cutaneous abscess of left lower limb"),
            _ => ("L02.212", n.Pick("upper back", "lower back"), "Cutaneous abscess of back"),
        };
        var billEm = n.Chance(0.4);
        var isNew = n.Chance(0.4);
        var level = n.Chance(0.7) ? 3 : 2;
        var size = n.Between(15, 40);
        var antibiotics = n.Chance(0.5);
        var antibiotic = n.SulfaAllergy || n.Age < 8
            ? (n.Age < 8 ? $"clindamycin 10 mg/kg ({Math.Min(450, n.WeightKg10)} mg) three times daily for 7 days" : "doxycycline 100 mg twice daily for 7 days")
            : "trimethoprim-sulfamethoxazole DS twice daily for 7 days";

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint($"Painful boil on the {site}.");
        n.Hpi($"{n.First} is {n.ASubject} " + (n.Age < 12 ? $"brought in by {n.Caregiver} " : string.Empty)
            + $"with {n.Days(3, 7)} of a painful, enlarging red lump on the {site}, now tender and {n.Pick("fluctuant", "pointing with a yellow head", "throbbing")}. "
            + n.Pick("No fever or chills. ", "Denies fever. ")
            + n.Pick("First episode; no recurrent boils. ", "No similar lesions before. ")
            + n.Pick("Warm compresses without improvement.", "A family member had a similar boil last month.", "Tried squeezing it at home."));
        n.History(string.Empty, n.Pick("None.", "Ibuprofen as needed.", "Cetirizine daily."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Cardiovascular | Ros.Gastrointestinal);
        n.Exam(
            n.Vitals(),
            n.General(),
            $"Skin: {size} mm fluctuant, tender, erythematous nodule on the {site} with a central pustule; erythema confined to the lesion with no spreading cellulitis or lymphangitic streaking. No other lesions.");
        n.ProcedureNote($"Incision and drainage of abscess, simple, {site}. Consent obtained, time-out performed. Prepped with chlorhexidine and anesthetized with {n.Between(3, 6)} mL 1% lidocaine. "
            + $"A {n.Between(8, 15)} mm linear incision released {n.Pick("moderate", "copious")} purulent material; loculations broken with a hemostat. "
            + "Culture sent. Cavity irrigated with saline and packed with iodoform gauze; dressing applied. EBL minimal. Tolerated well.");

        var dx = n.Dx(code);
        n.BeginAssessment();
        n.Problem($"{words} ({site}), drained in clinic. " + (antibiotics ? $"Start {antibiotic} pending culture. " : "Antibiotics not needed after adequate drainage. ")
            + "No surrounding cellulitis. Hidradenitis suppurativa not suspected with a single first episode.");
        n.FollowUp("Return in 2 days for packing removal; sooner for fever or spreading redness.");
        if (billEm)
        {
            n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx, m1: "25");
        }

        n.Proc("10060", 1, dx);
    }

    private static void AtopicDermatitis(NoteBuilder n)
    {
        var infant = n.Age < 2;
        var isNew = n.Chance(0.35);
        var level = n.Chance(0.6) ? 3 : 4;
        var areas = infant ? n.Pick("cheeks and extensor arms", "cheeks, scalp, and trunk", "face and legs") : n.Pick("antecubital and popliteal fossae", "neck and flexural arms", "hands and wrists", "eyelids and neck");

        n.Header(isNew ? "Office visit, new patient" : "Office visit, established patient");
        n.ChiefComplaint(infant ? "Dry, itchy rash." : n.Pick("Eczema flare.", "Itchy rash.", "Eczema follow-up."));
        n.Hpi($"{n.First} is {n.ASubject} " + (n.Age < 12 ? $"seen with {n.Caregiver} " : string.Empty)
            + $"with {(infant ? "an itchy, dry rash" : "a recurrent itchy rash")} on the {areas} for {n.Days(30, infant ? 180 : 1460)}. "
            + n.Pick("Worse in winter and after hot baths. ", "Scratching disrupts sleep several nights a week. ", "Flares with sweating and wool clothing. ")
            + n.Pick("No oozing, crusting, or fever. ", "No weeping or honey-colored crusts. ")
            + n.Pick("Using fragrance-free moisturizer once daily.", "Hydrocortisone 1% helped a little.", "No known food triggers."));
        n.History(string.Empty, infant ? n.Pick("Vitamin D drops.", "None.") : n.Pick("Hydrocortisone 2.5% ointment as needed.", "Cetirizine at bedtime.", "None."));
        n.ReviewOfSystems(string.Empty, Ros.Constitutional | Ros.Respiratory | Ros.Gastrointestinal);
        n.Exam(
            n.Vitals(),
            n.General(),
            $"Skin: ill-defined erythematous, xerotic patches with excoriations{(infant ? string.Empty : " and mild lichenification")} on the {areas}. No vesicles, crusting, or punched-out erosions.");

        var dx = n.Dx(infant ? "L20.83" : "L20.9");
        n.BeginAssessment();
        n.Problem((infant ? "Infantile eczema (atopic dermatitis of infancy)" : "Atopic dermatitis") + ", "
            + n.Pick("moderate flare", "mild to moderate", "moderate, poorly controlled") + ". Secondary bacterial infection ruled out; no impetigo or eczema herpeticum. "
            + (infant
                ? "Hydrocortisone 2.5% ointment twice daily for 7 days, thick emollient twice daily, short lukewarm baths."
                : n.Pick("Triamcinolone 0.1% ointment twice daily for 2 weeks to body, tacrolimus for face.", "Start dupilumab after discussion; conjunctivitis risk reviewed.", "Mid-potency steroid ointment, bleach baths twice weekly, twice-daily emollients.")));
        n.FollowUp($"Return in {n.Pick("4 weeks", "6 weeks", "3 months")}.");
        n.Proc(isNew ? NewVisit(level) : Established(level), 1, dx);
    }
}
