using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Remittance;

namespace RevenueCycle.Core.Claims;

/// <summary>
/// A professional claim to one payer. Its money columns are the sums of its lines' ledgers, kept
/// by the posting methods here so worklists and KPIs read them without summing postings.
/// </summary>
public sealed class Claim : IVersioned
{
    /// <summary>An 837P claim carries at most 50 service lines.</summary>
    public const int MaxLines = 50;

    private readonly List<ClaimLine> _lines = [];
    private readonly List<ClaimDiagnosis> _diagnoses = [];
    private readonly List<ClaimStatusChange> _history = [];
    private readonly List<ClaimSubmission> _submissions = [];

    private Claim()
    {
    }

    private Claim(string controlNumber, int patientId, int? policyId, int payerId, CoveragePriority payerSequence, int practiceId, int renderingProviderId, int? referringProviderId, string placeOfService, string? priorAuthorizationNumber, DateTime createdAtUtc, string createdByUserId)
    {
        ControlNumber = controlNumber;
        PatientId = patientId;
        PolicyId = policyId;
        PayerId = payerId;
        PayerSequence = payerSequence;
        PracticeId = practiceId;
        RenderingProviderId = renderingProviderId;
        ReferringProviderId = referringProviderId;
        PlaceOfService = placeOfService;
        PriorAuthorizationNumber = priorAuthorizationNumber;
        FrequencyCode = "1";
        CreatedAtUtc = createdAtUtc;
        CreatedByUserId = createdByUserId;
        Status = ClaimStatus.Ready;
        StatusChangedAtUtc = createdAtUtc;
        _history.Add(new ClaimStatusChange(null, ClaimStatus.Ready, createdAtUtc, createdByUserId, "Claim created"));
    }

    public int Id { get; private set; }

    /// <summary>Patient control number (837P CLM01, returned in 835 CLP01): unique and never reused.</summary>
    public string ControlNumber { get; private set; } = "";

    public int PatientId { get; private set; }

    /// <summary>The policy billed; null for self-pay.</summary>
    public int? PolicyId { get; private set; }

    public int PayerId { get; private set; }

    /// <summary>Primary, secondary or tertiary payer for these services (SBR01).</summary>
    public CoveragePriority PayerSequence { get; private set; }

    public int PracticeId { get; private set; }

    public int RenderingProviderId { get; private set; }

    public int? ReferringProviderId { get; private set; }

    public string PlaceOfService { get; private set; } = "";

    /// <summary>Claim frequency (CLM05-3): 1 original, 7 replacement, 8 void.</summary>
    public string FrequencyCode { get; private set; } = "1";

    /// <summary>The claim this one replaces or voids (frequency 7/8).</summary>
    public int? OriginalClaimId { get; private set; }

    /// <summary>The payer's claim control number (835 CLP07); sent in REF*F8 on replacements.</summary>
    public string? PayerClaimNumber { get; private set; }

    public string? PriorAuthorizationNumber { get; private set; }

    public DateOnly ServiceFromDate { get; private set; }

    public DateOnly ServiceToDate { get; private set; }

    public decimal TotalCharge { get; private set; }

    public decimal InsurancePaid { get; private set; }

    public decimal PatientPaid { get; private set; }

    /// <summary>Contractual adjustments and write-offs (CO, PI, approved write-offs).</summary>
    public decimal Adjusted { get; private set; }

    /// <summary>What payers assigned to the patient (PR: deductible, coinsurance, copay).</summary>
    public decimal PatientResponsibility { get; private set; }

    /// <summary>Open balance: charge less payments and adjustments.</summary>
    public decimal Balance => TotalCharge - InsurancePaid - PatientPaid - Adjusted;

    /// <summary>
    /// <see cref="Balance"/> as stored, kept by every change to the charge, payments and adjustments,
    /// so the worklist filters and sorts on an indexed column instead of an expression.
    /// </summary>
    public decimal OpenBalance { get; private set; }

    public decimal PatientBalance => PatientResponsibility - PatientPaid;

    public decimal InsuranceBalance => Balance - PatientBalance;

    public ClaimStatus Status { get; private set; }

    public DateTime StatusChangedAtUtc { get; private set; }

    /// <summary>Why the claim is held or was rejected, in the words the biller sees.</summary>
    public string? StatusReason { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    public DateTime? FirstSubmittedAtUtc { get; private set; }

    public DateTime? LastSubmittedAtUtc { get; private set; }

    /// <summary>When the payer first adjudicated the claim (first-pass KPIs read this).</summary>
    public DateTime? FirstAdjudicatedAtUtc { get; private set; }

    /// <summary>Whether the first adjudication was a denial (initial denial rate).</summary>
    public bool? FirstAdjudicationDenied { get; private set; }

    public string? AssignedToUserId { get; private set; }

    /// <summary>Where the service was performed when it is not the billing provider's address (837P 2310C, box 32).</summary>
    public int? ServiceFacilityId { get; private set; }

    /// <summary>CLM11 EM / box 10a: the condition is related to employment.</summary>
    public bool RelatedToEmployment { get; private set; }

    /// <summary>CLM11 AA / box 10b: auto accident, with the state it happened in.</summary>
    public bool AutoAccident { get; private set; }

    public string? AutoAccidentState { get; private set; }

    /// <summary>CLM11 OA / box 10c: another accident.</summary>
    public bool OtherAccident { get; private set; }

    /// <summary>DTP*439: required when the claim is related to an accident.</summary>
    public DateOnly? AccidentDate { get; private set; }

    /// <summary>DTP*431 / box 14: onset of the current illness.</summary>
    public DateOnly? OnsetDate { get; private set; }

    /// <summary>NTE*ADD / box 19: additional claim information for the payer.</summary>
    public string? AdditionalInformation { get; private set; }

    /// <summary>For a secondary (or tertiary) claim: the claim the previous payer adjudicated, whose payments and adjustments go in loops 2320 and 2430.</summary>
    public int? PrimaryClaimId { get; private set; }

    /// <summary>The payer's claim number of the claim a replacement (7) or void (8) refers to: REF*F8, box 22.</summary>
    public string? OriginalPayerClaimNumber { get; private set; }

    public DateTime? FirstScrubbedAtUtc { get; private set; }

    /// <summary>
    /// Whether the first scrub passed with no manual change before it: the clean-claim-rate KPI
    /// (HFMA MAP CL-1) counts these. Null until the claim is first scrubbed.
    /// </summary>
    public bool? CleanOnFirstScrub { get; private set; }

    public DateTime? LastScrubbedAtUtc { get; private set; }

    public int LastScrubErrors { get; private set; }

    public int LastScrubWarnings { get; private set; }

    /// <summary>Held by the scrubber (released by a passing scrub) rather than by a biller.</summary>
    public bool HeldByScrubber { get; private set; }

    /// <summary>How many times a biller changed the claim's data.</summary>
    public int EditCount { get; private set; }

    public DateTime? LastEditedAtUtc { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ClaimLine> Lines => _lines;

    public IReadOnlyList<ClaimDiagnosis> Diagnoses => _diagnoses;

    public IReadOnlyList<ClaimStatusChange> History => _history;

    public IReadOnlyList<ClaimSubmission> Submissions => _submissions;

    /// <summary>Builds the claim for a coded encounter: its diagnoses and service lines, billed to one policy.</summary>
    public static Claim FromEncounter(string controlNumber, Encounter encounter, int payerId, int? policyId, CoveragePriority payerSequence, int practiceId, DateTime nowUtc, string userId)
    {
        if (encounter.ServiceLines.Count > MaxLines)
        {
            throw new DomainException($"An 837P claim holds at most {MaxLines} lines; split the chart's lines over several claims.");
        }

        return FromEncounter(() => controlNumber, encounter, payerId, policyId, payerSequence, practiceId, null, nowUtc, userId)[0];
    }

    /// <summary>
    /// Builds the claims for a coded encounter: one claim, or one per 50 lines when the chart has
    /// more (each with every diagnosis), and marks the encounter billed.
    /// </summary>
    public static IReadOnlyList<Claim> FromEncounter(Func<string> nextControlNumber, Encounter encounter, int payerId, int? policyId, CoveragePriority payerSequence, int practiceId, int? serviceFacilityId, DateTime nowUtc, string userId)
    {
        if (encounter.Status != EncounterStatus.Coded)
        {
            throw new DomainException("Only a coded chart can be billed.");
        }

        if (encounter.ServiceLines.Count == 0)
        {
            throw new DomainException("The chart has no service lines to bill.");
        }

        var claims = new List<Claim>();
        foreach (var chunk in encounter.ServiceLines.OrderBy(l => l.Sequence).Chunk(MaxLines))
        {
            var claim = new Claim(nextControlNumber(), encounter.PatientId, policyId, payerId, payerSequence, practiceId, encounter.ProviderId, encounter.ReferringProviderId, encounter.PlaceOfService, encounter.PriorAuthorizationNumber, nowUtc, userId)
            {
                ServiceFacilityId = serviceFacilityId,
            };
            foreach (var diagnosis in encounter.Diagnoses.OrderBy(d => d.Sequence))
            {
                claim._diagnoses.Add(new ClaimDiagnosis(diagnosis.Sequence, diagnosis.Code));
            }

            foreach (var line in chunk)
            {
                claim._lines.Add(new ClaimLine(claim._lines.Count + 1, encounter.Id, encounter.DateOfService, line));
            }

            claim.Recalculate();
            claims.Add(claim);
        }

        encounter.MarkBilled();
        return claims;
    }

    /// <summary>Whether a biller may change the claim's data: before submission, while held, or after a rejection.</summary>
    public bool IsEditable => Status is ClaimStatus.Ready or ClaimStatus.Held or ClaimStatus.Rejected;

    /// <summary>Changes the claim-level data (box 10, 14, 17, 19, 23, 24B, 32). Returns false when nothing changed.</summary>
    public bool ChangeDetails(ClaimDetailsChange change, DateTime nowUtc, string userId)
    {
        EnsureEditable();
        if (string.IsNullOrWhiteSpace(change.PlaceOfService) || change.PlaceOfService.Trim().Length != 2 || !change.PlaceOfService.Trim().All(char.IsAsciiDigit))
        {
            throw new DomainException("The place of service is a two-digit CMS code, such as 11 for the office.");
        }

        if (change.AutoAccident && (change.AutoAccidentState?.Trim().Length != 2))
        {
            throw new DomainException("An auto accident needs the two-letter state where it happened (box 10b).");
        }

        if ((change.AutoAccident || change.OtherAccident) && change.AccidentDate is null)
        {
            throw new DomainException("An accident-related claim needs the accident date.");
        }

        var changes = new List<string>();
        void Note(string what, object? before, object? after)
        {
            if (!Equals(before, after))
            {
                changes.Add($"{what} {(before is null or "" ? "(none)" : before)} → {(after is null or "" ? "(none)" : after)}");
            }
        }

        var pos = change.PlaceOfService.Trim();
        var auth = Blank(change.PriorAuthorizationNumber);
        var state = change.AutoAccident ? change.AutoAccidentState!.Trim().ToUpperInvariant() : null;
        var info = Blank(change.AdditionalInformation);
        Note("place of service", PlaceOfService, pos);
        Note("prior authorization", PriorAuthorizationNumber, auth);
        Note("referring provider", ReferringProviderId, change.ReferringProviderId);
        Note("service facility", ServiceFacilityId, change.ServiceFacilityId);
        Note("employment related", RelatedToEmployment, change.RelatedToEmployment);
        Note("auto accident", AutoAccident, change.AutoAccident);
        Note("auto accident state", AutoAccidentState, state);
        Note("other accident", OtherAccident, change.OtherAccident);
        Note("accident date", AccidentDate, change.AccidentDate);
        Note("onset date", OnsetDate, change.OnsetDate);
        Note("additional information", AdditionalInformation, info);
        if (changes.Count == 0)
        {
            return false;
        }

        PlaceOfService = pos;
        PriorAuthorizationNumber = auth;
        ReferringProviderId = change.ReferringProviderId;
        ServiceFacilityId = change.ServiceFacilityId;
        RelatedToEmployment = change.RelatedToEmployment;
        AutoAccident = change.AutoAccident;
        AutoAccidentState = state;
        OtherAccident = change.OtherAccident;
        AccidentDate = change.AutoAccident || change.OtherAccident ? change.AccidentDate : null;
        OnsetDate = change.OnsetDate;
        AdditionalInformation = info;
        RecordEdit(changes, nowUtc, userId);
        return true;
    }

    /// <summary>Corrects one service line. Returns false when nothing changed.</summary>
    public bool ChangeLine(int lineNumber, ClaimLineChange change, DateTime nowUtc, string userId)
    {
        EnsureEditable();
        var line = _lines.SingleOrDefault(l => l.LineNumber == lineNumber) ?? throw new DomainException($"Claim {ControlNumber} has no line {lineNumber}.");
        if (change.Pointers.Any(p => p > _diagnoses.Count))
        {
            throw new DomainException($"Line {lineNumber}: the claim has {_diagnoses.Count} diagnoses, so a pointer can be 1 to {_diagnoses.Count}.");
        }

        var changes = line.Change(change);
        if (changes.Count == 0)
        {
            return false;
        }

        Recalculate();
        RecordEdit(changes, nowUtc, userId);
        return true;
    }

    /// <summary>Replaces the diagnosis list (box 21 A-L, HI); every line's pointers must still point at a diagnosis.</summary>
    public bool ChangeDiagnoses(IReadOnlyList<string> codes, DateTime nowUtc, string userId)
    {
        EnsureEditable();
        var cleaned = codes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).ToList();
        if (cleaned.Count is 0 or > 12)
        {
            throw new DomainException("A claim carries one to twelve diagnoses.");
        }

        if (cleaned.Distinct().Count() != cleaned.Count)
        {
            throw new DomainException("A diagnosis is listed twice.");
        }

        if (_lines.SelectMany(l => l.Pointers).DefaultIfEmpty(0).Max() is var highest && highest > cleaned.Count)
        {
            throw new DomainException($"A line points at diagnosis {highest}; change that line's pointers before removing diagnoses.");
        }

        var before = string.Join(", ", _diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code));
        var after = string.Join(", ", cleaned);
        if (before == after)
        {
            return false;
        }

        var ordered = _diagnoses.OrderBy(d => d.Sequence).ToList();
        for (var i = 0; i < cleaned.Count; i++)
        {
            if (i < ordered.Count)
            {
                ordered[i].ChangeCode(cleaned[i]);
            }
            else
            {
                _diagnoses.Add(new ClaimDiagnosis(i + 1, cleaned[i]));
            }
        }

        foreach (var extra in ordered.Skip(cleaned.Count))
        {
            _diagnoses.Remove(extra);
        }

        RecordEdit([$"diagnoses {before} → {after}"], nowUtc, userId);
        return true;
    }

    /// <summary>
    /// Moves the other claim's lines and diagnoses onto this one (same patient, provider and payer,
    /// neither yet submitted) and voids the other.
    /// </summary>
    public void Combine(Claim other, DateTime nowUtc, string userId)
    {
        if (other == this)
        {
            throw new DomainException("A claim cannot be combined with itself.");
        }

        foreach (var claim in new[] { this, other })
        {
            if (claim.Status is not (ClaimStatus.Ready or ClaimStatus.Held) || claim.FirstSubmittedAtUtc is not null)
            {
                throw new DomainException($"Claim {claim.ControlNumber} is {claim.Status}; only claims not yet submitted can be combined.");
            }
        }

        if (other.PatientId != PatientId || other.RenderingProviderId != RenderingProviderId || other.PayerId != PayerId || other.PolicyId != PolicyId)
        {
            throw new DomainException($"Claims {ControlNumber} and {other.ControlNumber} differ in patient, provider or payer; only claims of one patient, provider and payer can be combined.");
        }

        if (_lines.Count + other._lines.Count > MaxLines)
        {
            throw new DomainException($"Together the claims have {_lines.Count + other._lines.Count} lines; an 837P claim holds at most {MaxLines}.");
        }

        var codes = _diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code).ToList();
        var map = new Dictionary<int, int>();
        foreach (var diagnosis in other._diagnoses.OrderBy(d => d.Sequence))
        {
            var index = codes.IndexOf(diagnosis.Code);
            if (index < 0)
            {
                codes.Add(diagnosis.Code);
                index = codes.Count - 1;
            }

            map[diagnosis.Sequence] = index + 1;
        }

        if (codes.Count > 12)
        {
            throw new DomainException($"Together the claims have {codes.Count} different diagnoses; a claim carries at most 12.");
        }

        foreach (var (code, index) in codes.Select((c, i) => (c, i)).Skip(_diagnoses.Count))
        {
            _diagnoses.Add(new ClaimDiagnosis(index + 1, code));
        }

        foreach (var line in other._lines.OrderBy(l => l.LineNumber).ToList())
        {
            other._lines.Remove(line);
            line.Renumber(_lines.Count + 1);
            line.MovePointers(p => map[p]);
            _lines.Add(line);
        }

        Recalculate();
        other.Recalculate();
        RecordEdit([$"combined with claim {other.ControlNumber}"], nowUtc, userId);
        other.MoveTo(ClaimStatus.Voided, nowUtc, userId, $"Combined into claim {ControlNumber}");
    }

    /// <summary>Moves the given lines to a new claim with the same header; the diagnoses they point at go with them.</summary>
    public Claim SplitOff(IReadOnlyCollection<int> lineNumbers, string newControlNumber, DateTime nowUtc, string userId)
    {
        EnsureEditable();
        if (FirstSubmittedAtUtc is not null)
        {
            throw new DomainException($"Claim {ControlNumber} was already submitted; correct it instead of splitting it.");
        }

        var moving = _lines.Where(l => lineNumbers.Contains(l.LineNumber)).OrderBy(l => l.LineNumber).ToList();
        if (moving.Count == 0 || moving.Count == _lines.Count)
        {
            throw new DomainException("Choose some, but not all, of the claim's lines to split off.");
        }

        var split = new Claim(newControlNumber, PatientId, PolicyId, PayerId, PayerSequence, PracticeId, RenderingProviderId, ReferringProviderId, PlaceOfService, PriorAuthorizationNumber, nowUtc, userId);
        split.CopyHeaderFrom(this);
        var used = moving.SelectMany(l => l.Pointers).Distinct().Order().ToList();
        var codes = _diagnoses.ToDictionary(d => d.Sequence, d => d.Code);
        foreach (var (sequence, index) in used.Select((s, i) => (s, i)))
        {
            split._diagnoses.Add(new ClaimDiagnosis(index + 1, codes[sequence]));
        }

        foreach (var line in moving)
        {
            _lines.Remove(line);
            line.Renumber(split._lines.Count + 1);
            line.MovePointers(p => used.IndexOf(p) + 1);
            split._lines.Add(line);
        }

        foreach (var (line, index) in _lines.OrderBy(l => l.LineNumber).Select((l, i) => (l, i)).ToList())
        {
            line.Renumber(index + 1);
        }

        Recalculate();
        split.Recalculate();
        RecordEdit([$"lines split off to claim {newControlNumber}"], nowUtc, userId);
        split._history.Add(new ClaimStatusChange(ClaimStatus.Ready, ClaimStatus.Ready, nowUtc, userId, $"Split off claim {ControlNumber}", ClaimEventKind.Edit));
        return split;
    }

    /// <summary>
    /// A corrected claim (frequency 7) or a void (frequency 8) of an adjudicated claim: a new claim
    /// with the same services carrying the payer's claim number in REF*F8; the original is marked
    /// replaced or voided and linked.
    /// </summary>
    public Claim CreateCorrection(bool voidIt, string newControlNumber, DateTime nowUtc, string userId)
    {
        if (!ClaimLifecycle.IsAdjudicated(Status))
        {
            throw new DomainException($"Claim {ControlNumber} is {Status}; a replacement or void is sent only for a claim the payer has adjudicated. Correct a ready, held or rejected claim directly.");
        }

        if (string.IsNullOrEmpty(PayerClaimNumber))
        {
            throw new DomainException($"Claim {ControlNumber} has no payer claim number from a remittance; the payer needs it (REF*F8) to match a replacement or void.");
        }

        var correction = new Claim(newControlNumber, PatientId, PolicyId, PayerId, PayerSequence, PracticeId, RenderingProviderId, ReferringProviderId, PlaceOfService, PriorAuthorizationNumber, nowUtc, userId);
        correction.CopyHeaderFrom(this);
        correction.FrequencyCode = voidIt ? "8" : "7";
        correction.OriginalClaimId = Id;
        correction.OriginalPayerClaimNumber = PayerClaimNumber;
        foreach (var diagnosis in _diagnoses.OrderBy(d => d.Sequence))
        {
            correction._diagnoses.Add(new ClaimDiagnosis(diagnosis.Sequence, diagnosis.Code));
        }

        foreach (var line in _lines.OrderBy(l => l.LineNumber))
        {
            correction._lines.Add(new ClaimLine(line));
        }

        correction.Recalculate();
        correction._history.Add(new ClaimStatusChange(ClaimStatus.Ready, ClaimStatus.Ready, nowUtc, userId, $"{(voidIt ? "Void" : "Replacement")} of claim {ControlNumber} (payer claim {PayerClaimNumber})", ClaimEventKind.Edit));
        MoveTo(voidIt ? ClaimStatus.Voided : ClaimStatus.Replaced, nowUtc, userId, $"{(voidIt ? "Voided" : "Replaced")} by claim {newControlNumber}");
        return correction;
    }

    /// <summary>
    /// The claim to the next payer once this one's payer has adjudicated and a balance remains: the
    /// same services, billed to the secondary (or tertiary) policy, carrying this claim's
    /// adjudication (the 837P's loops 2320/2430 are written from it).
    /// </summary>
    public Claim CreateNextPayerClaim(string controlNumber, int policyId, int payerId, CoveragePriority sequence, DateTime nowUtc, string userId)
    {
        if (!ClaimLifecycle.IsAdjudicated(Status) || Status == ClaimStatus.Denied && InsurancePaid == 0 && PatientResponsibility == 0)
        {
            throw new DomainException($"Claim {ControlNumber} is {Status}; the next payer is billed after this payer has adjudicated (paid or applied patient responsibility).");
        }

        if (Balance <= 0)
        {
            throw new DomainException($"Claim {ControlNumber} has no balance left for another payer.");
        }

        if (sequence <= PayerSequence)
        {
            throw new DomainException($"The next payer must come after the {PayerSequence.ToString().ToLowerInvariant()} payer.");
        }

        var next = new Claim(controlNumber, PatientId, policyId, payerId, sequence, PracticeId, RenderingProviderId, ReferringProviderId, PlaceOfService, PriorAuthorizationNumber, nowUtc, userId);
        next.CopyHeaderFrom(this);
        next.PrimaryClaimId = Id;
        foreach (var diagnosis in _diagnoses.OrderBy(d => d.Sequence))
        {
            next._diagnoses.Add(new ClaimDiagnosis(diagnosis.Sequence, diagnosis.Code));
        }

        foreach (var line in _lines.OrderBy(l => l.LineNumber))
        {
            next._lines.Add(new ClaimLine(line));
        }

        next.Recalculate();
        next._history.Add(new ClaimStatusChange(ClaimStatus.Ready, ClaimStatus.Ready, nowUtc, userId, $"Billed to the {sequence.ToString().ToLowerInvariant()} payer after claim {ControlNumber}", ClaimEventKind.Edit));
        AddTimelineNote($"{Balance:C} left: claim {controlNumber} bills the {sequence.ToString().ToLowerInvariant()} payer", nowUtc, userId);
        return next;
    }

    /// <summary>Cancels a claim that was never adjudicated (a duplicate, a visit billed in error).</summary>
    public void Void(string reason, DateTime nowUtc, string userId)
    {
        if (Status is not (ClaimStatus.Ready or ClaimStatus.Held or ClaimStatus.Rejected))
        {
            throw new DomainException($"Claim {ControlNumber} is {Status}; send a void (frequency 8) for a claim the payer has adjudicated.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the claim is voided.");
        }

        MoveTo(ClaimStatus.Voided, nowUtc, userId, reason.Trim());
    }

    /// <summary>
    /// Records a scrub: the first one decides whether the claim counts as clean; errors or holds on
    /// a ready claim hold it, and a passing scrub releases a claim the scrubber held.
    /// </summary>
    public void RecordScrub(int errors, int warnings, int holds, string summary, DateTime nowUtc, string userId)
    {
        var passed = errors == 0 && holds == 0;
        if (FirstScrubbedAtUtc is null)
        {
            FirstScrubbedAtUtc = nowUtc;
            CleanOnFirstScrub = passed && EditCount == 0;
        }

        LastScrubbedAtUtc = nowUtc;
        LastScrubErrors = errors;
        LastScrubWarnings = warnings;

        // The run itself (a ScrubRun row) is the timeline's scrub entry; a hold or release adds its own.
        switch (ScrubMove(passed))
        {
            case ScrubEffect.Hold:
                Hold(summary, nowUtc, userId);
                HeldByScrubber = true;
                break;
            case ScrubEffect.NewHoldReason:
                StatusReason = summary;
                break;
            case ScrubEffect.Release:
                ReleaseHold(nowUtc, userId);
                break;
            case ScrubEffect.Reopen:
                Reopen(nowUtc, userId);
                break;
        }
    }

    /// <summary>Whether recording a scrub with these counts moves the claim (holds, releases, reopens it or changes its hold reason).</summary>
    public bool ScrubMovesStatus(int errors, int holds) => ScrubMove(errors == 0 && holds == 0) != ScrubEffect.None;

    private enum ScrubEffect
    {
        None,
        Hold,
        NewHoldReason,
        Release,
        Reopen,
    }

    // What a scrub does to the claim's status: a failing ready claim is held, a claim the scrubber
    // held gets the new reason or is released, a rejected claim corrected since returns to ready.
    private ScrubEffect ScrubMove(bool passed) => (passed, Status) switch
    {
        (false, ClaimStatus.Ready) => ScrubEffect.Hold,
        (false, ClaimStatus.Held) when HeldByScrubber => ScrubEffect.NewHoldReason,
        (true, ClaimStatus.Held) when HeldByScrubber => ScrubEffect.Release,
        (true, ClaimStatus.Rejected) when LastEditedAtUtc > StatusChangedAtUtc => ScrubEffect.Reopen,
        _ => ScrubEffect.None,
    };

    /// <summary>The demo's history: a first scrub, clean or not, without a timeline row per claim.</summary>
    internal void RecordDemoScrub(bool clean, DateTime atUtc)
    {
        FirstScrubbedAtUtc = LastScrubbedAtUtc = atUtc;
        CleanOnFirstScrub = clean;
        LastScrubErrors = clean ? 0 : 1;
    }

    /// <summary>A line in the timeline that is not a status move: a note, a remit attached.</summary>
    public void AddTimelineNote(string note, DateTime nowUtc, string userId) =>
        _history.Add(new ClaimStatusChange(Status, Status, nowUtc, userId, note, ClaimEventKind.Note));

    private void CopyHeaderFrom(Claim source)
    {
        ServiceFacilityId = source.ServiceFacilityId;
        RelatedToEmployment = source.RelatedToEmployment;
        AutoAccident = source.AutoAccident;
        AutoAccidentState = source.AutoAccidentState;
        OtherAccident = source.OtherAccident;
        AccidentDate = source.AccidentDate;
        OnsetDate = source.OnsetDate;
        AdditionalInformation = source.AdditionalInformation;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException($"Claim {ControlNumber} is {Status}; only a ready, held or rejected claim can be changed. Send a replacement claim to correct one the payer has adjudicated.");
        }
    }

    private void RecordEdit(IReadOnlyList<string> changes, DateTime nowUtc, string userId)
    {
        EditCount++;
        LastEditedAtUtc = nowUtc;
        var note = "Changed " + string.Join("; ", changes);
        _history.Add(new ClaimStatusChange(Status, Status, nowUtc, userId, note.Length > 500 ? note[..497] + "..." : note, ClaimEventKind.Edit));
    }

    private void Recalculate()
    {
        TotalCharge = _lines.Sum(l => l.Charge);
        OpenBalance = Balance;
        if (_lines.Count > 0)
        {
            ServiceFromDate = _lines.Min(l => l.DateOfService);
            ServiceToDate = _lines.Max(l => l.DateOfService);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public void Hold(string reason, DateTime nowUtc, string userId)
    {
        MoveTo(ClaimStatus.Held, nowUtc, userId, reason);
        StatusReason = reason.Length > 500 ? reason[..497] + "..." : reason;
        HeldByScrubber = false;
    }

    public void ReleaseHold(DateTime nowUtc, string userId)
    {
        MoveTo(ClaimStatus.Ready, nowUtc, userId, "Released for submission");
        HeldByScrubber = false;
    }

    public void Submit(SubmissionBatch batch, DateTime nowUtc, string userId)
    {
        MoveTo(ClaimStatus.Submitted, nowUtc, userId, $"Submitted in batch {batch.InterchangeControlNumber:D9}");
        FirstSubmittedAtUtc ??= nowUtc;
        LastSubmittedAtUtc = nowUtc;
        _submissions.Add(new ClaimSubmission(batch, nowUtc));
    }

    public void Accept(DateTime nowUtc, string userId) => MoveTo(ClaimStatus.Accepted, nowUtc, userId, "Accepted by the clearinghouse");

    public void Reject(string reason, DateTime nowUtc, string userId)
    {
        MoveTo(ClaimStatus.Rejected, nowUtc, userId, reason);
        StatusReason = reason.Length > 500 ? reason[..497] + "..." : reason;
    }

    /// <summary>A rejected claim was fixed and goes back to the ready list.</summary>
    public void Reopen(DateTime nowUtc, string userId) => MoveTo(ClaimStatus.Ready, nowUtc, userId, "Corrected after rejection");

    public void AssignTo(string? userId) => AssignedToUserId = string.IsNullOrEmpty(userId) ? null : userId;

    public Payment PostPayment(ClaimLine line, PaymentSource source, decimal amount, PaymentBatch batch, RemittanceClaim? remittanceClaim, DateTime nowUtc, string userId)
    {
        var owned = OwnLine(line);
        var payment = new Payment(this, owned, source, amount, batch, remittanceClaim, nowUtc, userId);
        owned.ApplyPayment(source, amount);
        if (source == PaymentSource.Patient)
        {
            PatientPaid += amount;
        }
        else
        {
            InsurancePaid += amount;
        }

        OpenBalance = Balance;
        return payment;
    }

    /// <summary>
    /// Posts a remittance's CAS adjustment: CO/PI contractual amounts lower the balance, PR moves it
    /// to the patient, a denial reason keeps it as an insurance balance to be worked, OA is information.
    /// </summary>
    public Adjustment PostAdjustment(ClaimLine line, AdjustmentGroup group, string reasonCode, string? remarkCodes, decimal amount, PaymentBatch? batch, RemittanceClaim? remittanceClaim, DateTime nowUtc, string userId) =>
        Adjust(line, Adjustment.KindOf(group, reasonCode), group, reasonCode, remarkCodes, amount, batch, remittanceClaim, nowUtc, userId);

    /// <summary>A write-off decided by the practice (denial not worth appealing, small balance); above the threshold a manager approved it.</summary>
    public Adjustment WriteOff(ClaimLine line, string reasonCode, decimal amount, DateTime nowUtc, string userId, string? approvedByUserId = null)
    {
        if (amount <= 0 || amount > OwnLine(line).InsuranceBalance)
        {
            throw new DomainException($"Line {line.LineNumber} ({line.Code}) has {line.InsuranceBalance:C} of insurance balance; a write-off must be more than zero and no more than that.");
        }

        var adjustment = Adjust(line, AdjustmentKind.WriteOff, AdjustmentGroup.CO, reasonCode, null, amount, null, null, nowUtc, userId);
        adjustment.Approve(approvedByUserId);
        return adjustment;
    }

    /// <summary>Moves part of a line's insurance balance to the patient (a denial the patient owes, such as a non-covered service).</summary>
    public Adjustment TransferToPatient(ClaimLine line, string reasonCode, decimal amount, DateTime nowUtc, string userId)
    {
        if (amount <= 0 || amount > OwnLine(line).InsuranceBalance)
        {
            throw new DomainException($"Line {line.LineNumber} ({line.Code}) has {line.InsuranceBalance:C} of insurance balance to move to the patient.");
        }

        return Adjust(line, AdjustmentKind.PatientResponsibility, AdjustmentGroup.PR, reasonCode, null, amount, null, null, nowUtc, userId);
    }

    /// <summary>A self-pay visit: no insurance claim, the patient owes the whole charge.</summary>
    public void BillToPatient(DateTime nowUtc, string userId)
    {
        if (Status != ClaimStatus.Ready)
        {
            throw new DomainException($"Claim {ControlNumber} is {Status}; only a ready claim can be billed to the patient.");
        }

        foreach (var line in _lines)
        {
            line.ApplyAdjustment(AdjustmentKind.PatientResponsibility, line.Balance - line.PatientBalance);
        }

        PatientResponsibility = _lines.Sum(l => l.PatientResponsibility);
        MoveTo(ClaimStatus.PatientBalance, nowUtc, userId, "Self-pay: billed to the patient");
    }

    private Adjustment Adjust(ClaimLine line, AdjustmentKind kind, AdjustmentGroup group, string reasonCode, string? remarkCodes, decimal amount, PaymentBatch? batch, RemittanceClaim? remittanceClaim, DateTime nowUtc, string userId)
    {
        var owned = OwnLine(line);
        var adjustment = new Adjustment(this, owned, kind, group, reasonCode, remarkCodes, amount, batch, remittanceClaim, nowUtc, userId);
        owned.ApplyAdjustment(kind, amount);
        if (kind == AdjustmentKind.PatientResponsibility)
        {
            PatientResponsibility += amount;
        }
        else if (Adjustment.ReducesBalance(kind))
        {
            Adjusted += amount;
        }

        OpenBalance = Balance;
        return adjustment;
    }

    /// <summary>
    /// After a remittance (or an appeal, reversal or write-off) the status follows the money:
    /// denied when the payer paid nothing for a denial reason, paid when nothing is left,
    /// patient balance when only the patient's part is left, partially paid otherwise.
    /// </summary>
    public void RecordAdjudication(bool deniedByPayer, string? payerClaimNumber, DateTime nowUtc, string userId)
    {
        PayerClaimNumber = payerClaimNumber ?? PayerClaimNumber;
        var nothingAllowed = InsurancePaid == 0 && PatientResponsibility == 0;
        var outcome = (deniedByPayer || nothingAllowed) && Balance > 0 ? ClaimStatus.Denied
            : Balance == 0 ? ClaimStatus.Paid
            : InsuranceBalance == 0 ? ClaimStatus.PatientBalance
            : ClaimStatus.PartiallyPaid;
        if (FirstAdjudicatedAtUtc is null)
        {
            FirstAdjudicatedAtUtc = nowUtc;
            FirstAdjudicationDenied = outcome == ClaimStatus.Denied;
        }

        if (outcome != Status)
        {
            MoveTo(outcome, nowUtc, userId, outcome == ClaimStatus.Denied ? "Denied by the payer" : "Remittance posted");
        }
    }

    /// <summary>
    /// The payer took back its payment (835 CLP02 22, posted as negative entries): the claim is
    /// partially paid again, waiting for the payer's corrected adjudication.
    /// </summary>
    public void RecordReversal(string? payerClaimNumber, DateTime nowUtc, string userId)
    {
        PayerClaimNumber = payerClaimNumber ?? PayerClaimNumber;
        var outcome = Balance == 0 ? ClaimStatus.Paid : ClaimStatus.PartiallyPaid;
        if (ClaimLifecycle.IsAdjudicated(Status) && outcome != Status)
        {
            MoveTo(outcome, nowUtc, userId, "The payer reversed its payment (CLP02 22)");
        }
        else
        {
            AddTimelineNote("The payer reversed its payment (CLP02 22)", nowUtc, userId);
        }
    }

    public void Close(DateTime nowUtc, string userId, string reason) => MoveTo(ClaimStatus.Closed, nowUtc, userId, reason);

    /// <summary>
    /// After a patient payment or a write-off on an adjudicated claim: closed when nothing is
    /// left, patient balance when only the patient's part is.
    /// </summary>
    public void SettleAfterPosting(DateTime nowUtc, string userId, string note)
    {
        if (!ClaimLifecycle.IsAdjudicated(Status))
        {
            return;
        }

        var outcome = Balance == 0 ? ClaimStatus.Closed : InsuranceBalance == 0 ? ClaimStatus.PatientBalance : Status;
        if (outcome != Status)
        {
            MoveTo(outcome, nowUtc, userId, note);
        }
    }

    private ClaimLine OwnLine(ClaimLine line) =>
        _lines.Contains(line) ? line : throw new DomainException($"Line {line.LineNumber} is not on claim {ControlNumber}.");

    private void MoveTo(ClaimStatus to, DateTime nowUtc, string userId, string note)
    {
        if (!ClaimLifecycle.CanMove(Status, to))
        {
            throw new DomainException($"Claim {ControlNumber} is {Status} and cannot move to {to}.");
        }

        _history.Add(new ClaimStatusChange(Status, to, nowUtc, userId, note.Length > 500 ? note[..497] + "..." : note));
        Status = to;
        StatusChangedAtUtc = nowUtc;
        if (to is not (ClaimStatus.Held or ClaimStatus.Rejected))
        {
            StatusReason = null;
        }
    }
}

/// <summary>The claim-level data a biller may correct.</summary>
public sealed record ClaimDetailsChange(
    string PlaceOfService,
    string? PriorAuthorizationNumber,
    int? ReferringProviderId,
    int? ServiceFacilityId,
    bool RelatedToEmployment,
    bool AutoAccident,
    string? AutoAccidentState,
    bool OtherAccident,
    DateOnly? AccidentDate,
    DateOnly? OnsetDate,
    string? AdditionalInformation);
