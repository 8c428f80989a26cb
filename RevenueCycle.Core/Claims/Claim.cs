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

    public int Version { get; private set; }

    public IReadOnlyList<ClaimLine> Lines => _lines;

    public IReadOnlyList<ClaimDiagnosis> Diagnoses => _diagnoses;

    public IReadOnlyList<ClaimStatusChange> History => _history;

    public IReadOnlyList<ClaimSubmission> Submissions => _submissions;

    /// <summary>Builds the claim for a coded encounter: its diagnoses and service lines, billed to one policy.</summary>
    public static Claim FromEncounter(string controlNumber, Encounter encounter, int payerId, int? policyId, CoveragePriority payerSequence, int practiceId, DateTime nowUtc, string userId)
    {
        if (encounter.Status != EncounterStatus.Coded)
        {
            throw new DomainException("Only a coded chart can be billed.");
        }

        if (encounter.ServiceLines.Count > MaxLines)
        {
            throw new DomainException($"An 837P claim holds at most {MaxLines} lines; split the chart's lines over several claims.");
        }

        var claim = new Claim(controlNumber, encounter.PatientId, policyId, payerId, payerSequence, practiceId, encounter.ProviderId, encounter.ReferringProviderId, encounter.PlaceOfService, encounter.PriorAuthorizationNumber, nowUtc, userId);
        foreach (var diagnosis in encounter.Diagnoses.OrderBy(d => d.Sequence))
        {
            claim._diagnoses.Add(new ClaimDiagnosis(diagnosis.Sequence, diagnosis.Code));
        }

        foreach (var line in encounter.ServiceLines.OrderBy(l => l.Sequence))
        {
            claim._lines.Add(new ClaimLine(claim._lines.Count + 1, encounter.Id, encounter.DateOfService, line));
        }

        claim.ServiceFromDate = encounter.DateOfService;
        claim.ServiceToDate = encounter.DateOfService;
        claim.TotalCharge = claim._lines.Sum(l => l.Charge);
        encounter.MarkBilled();
        return claim;
    }

    public void Hold(string reason, DateTime nowUtc, string userId)
    {
        MoveTo(ClaimStatus.Held, nowUtc, userId, reason);
        StatusReason = reason;
    }

    public void ReleaseHold(DateTime nowUtc, string userId) => MoveTo(ClaimStatus.Ready, nowUtc, userId, "Released for submission");

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
        StatusReason = reason;
    }

    /// <summary>A rejected claim was fixed and goes back to the ready list.</summary>
    public void Reopen(DateTime nowUtc, string userId) => MoveTo(ClaimStatus.Ready, nowUtc, userId, "Corrected after rejection");

    public void AssignTo(string? userId) => AssignedToUserId = userId;

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

        return payment;
    }

    /// <summary>
    /// Posts a remittance's CAS adjustment: CO/PI contractual amounts lower the balance, PR moves it
    /// to the patient, a denial reason keeps it as an insurance balance to be worked, OA is information.
    /// </summary>
    public Adjustment PostAdjustment(ClaimLine line, AdjustmentGroup group, string reasonCode, string? remarkCodes, decimal amount, PaymentBatch? batch, RemittanceClaim? remittanceClaim, DateTime nowUtc, string userId) =>
        Adjust(line, Adjustment.KindOf(group, reasonCode), group, reasonCode, remarkCodes, amount, batch, remittanceClaim, nowUtc, userId);

    /// <summary>A write-off decided by the practice (denial not worth appealing, small balance).</summary>
    public Adjustment WriteOff(ClaimLine line, string reasonCode, decimal amount, DateTime nowUtc, string userId) =>
        Adjust(line, AdjustmentKind.WriteOff, AdjustmentGroup.CO, reasonCode, null, amount, null, null, nowUtc, userId);

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

    private void MoveTo(ClaimStatus to, DateTime nowUtc, string userId, string? note)
    {
        if (!ClaimLifecycle.CanMove(Status, to))
        {
            throw new DomainException($"Claim {ControlNumber} is {Status} and cannot move to {to}.");
        }

        _history.Add(new ClaimStatusChange(Status, to, nowUtc, userId, note));
        Status = to;
        StatusChangedAtUtc = nowUtc;
        if (to is not (ClaimStatus.Held or ClaimStatus.Rejected))
        {
            StatusReason = null;
        }
    }
}
