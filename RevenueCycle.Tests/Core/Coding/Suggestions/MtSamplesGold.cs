namespace RevenueCycle.Tests.Core.Coding.Suggestions;

/// <summary>
/// ICD-10-CM codes hand-assigned to transcription samples in /work/shared/data/notes/mtsamples-subset.csv
/// (by the row's index column), reading each note as a careful outpatient coder would: confirmed
/// diagnoses from the assessment, chronic conditions treated or monitored, no ruled-out, historical or
/// family conditions, no symptoms that a confirmed diagnosis explains. The note text stays in the shared file.
/// </summary>
public static class MtSamplesGold
{
    public static IReadOnlyList<(int Index, string[] Codes)> Codes { get; } =
    [
        (0, ["J30.9"]),                                   // allergic rhinitis; asthma mentioned but not treated
        (3, ["I51.7", "I08.1"]),                          // left atrial enlargement; mitral + tricuspid regurgitation combine to I08.1
        (17, ["Z46.51"]),                                 // lap band adjustment; BMI not coded without a stated obesity diagnosis
        (26, ["N40.1"]),                                  // enlarged prostate with bladder neck obstruction
        (27, ["K42.9"]),                                  // umbilical hernia
        (30, ["R33.9", "N39.41", "R60.0", "R14.0"]),      // retention improving, urge incontinence, leg edema, distention; possible prolapse and rule-out ascites not coded
        (32, ["N20.1", "I25.10", "Z79.01"]),              // right distal ureteral calculus, CAD, on Coumadin
        (34, ["N31.9", "N39.41", "Z86.73"]),              // neurogenic bladder, urge incontinence, history of stroke
        (53, ["C61", "N52.9", "I10", "Z95.5"]),           // prostate adenocarcinoma, ED, hypertension, coronary stent
        (59, ["C61", "N39.41"]),                          // prostate adenocarcinoma, urgency incontinence
        (60, ["C61"]),                                    // prostate adenocarcinoma
        (65, ["C61", "R33.9"]),                           // prostate adenocarcinoma, urinary obstruction (retention)
        (73, ["N32.81", "R31.29"]),                       // overactive bladder, microscopic hematuria; "most likely" atrophic vaginitis not coded
        (81, ["N20.0", "R31.29"]),                        // left intrarenal stone, microhematuria
        (121, ["Q55.69"]),                                // high insertion of the median raphe (penile anomaly)
        (122, ["N39.0", "K21.9", "R13.10", "Z30.09"]),    // UTI, GERD, dysphagia, contraception consult
        (124, ["N95.2", "N32.81", "N39.41"]),             // atrophic vaginitis, overactive bladder, urge incontinence
        (125, ["N40.1", "R31.29"]),                       // BPH with lateral lobe obstruction, microscopic hematuria
        (128, ["R10.9", "F90.9"]),                        // left flank pain, ADHD on Ritalin; rule-out UTI not coded
        (129, ["N39.0", "B96.20", "N39.3"]),              // recurrent E. coli UTI, stress incontinence
        (131, ["N20.1"]),                                 // left ureteral stone
        (133, ["R97.20", "R35.1"]),                       // elevated PSA, nocturia
        (137, ["N52.9", "R97.20", "N42.31"]),             // erectile dysfunction, elevated PSA, high-grade PIN
        (184, ["M67.439"]),                               // dorsal wrist ganglion, side not stated
        (233, ["M65.311"]),                               // right trigger thumb
        (237, ["M65.30"]),                                // trigger finger, digit not stated
    ];
}
