using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Coding;

/// <summary>Where a chart is in coding and billing.</summary>
public enum EncounterStatus
{
    /// <summary>Documented, waiting for a coder.</summary>
    AwaitingCoding,

    /// <summary>Assigned to a coder who is working it.</summary>
    InProgress,

    /// <summary>Waiting for the provider to answer a coder's query.</summary>
    OnHold,

    /// <summary>Coding complete; ready for a claim.</summary>
    Coded,

    /// <summary>On a claim.</summary>
    Billed,
}

public enum EncounterPriority
{
    Low,
    Normal,
    High,
    Urgent,
}

/// <summary>A visit: the clinical note and, once coded, its diagnoses and service lines.</summary>
public sealed class Encounter : IVersioned
{
    /// <summary>An 837P claim carries at most 12 diagnoses.</summary>
    public const int MaxDiagnoses = 12;

    /// <summary>An assignment lapses after this long without activity, and the chart returns to the queue.</summary>
    public static readonly TimeSpan AssignmentTimeout = TimeSpan.FromMinutes(30);

    private readonly List<EncounterDiagnosis> _diagnoses = [];
    private readonly List<ServiceLine> _serviceLines = [];

    private Encounter()
    {
    }

    public Encounter(int patientId, int providerId, int? referringProviderId, int? primaryPolicyId, DateOnly dateOfService, string placeOfService, string noteText, EncounterPriority priority, DateTime createdAtUtc)
    {
        if (placeOfService.Length != 2 || !placeOfService.All(char.IsAsciiDigit))
        {
            throw new DomainException($"Place of service '{placeOfService}' must be a two-digit CMS code such as 11 (office).");
        }

        PatientId = patientId;
        ProviderId = providerId;
        ReferringProviderId = referringProviderId;
        PrimaryPolicyId = primaryPolicyId;
        DateOfService = dateOfService;
        PlaceOfService = placeOfService;
        NoteText = noteText;
        Priority = priority;
        CreatedAtUtc = createdAtUtc;
        Status = EncounterStatus.AwaitingCoding;
    }

    public int Id { get; private set; }

    public int PatientId { get; private set; }

    /// <summary>The rendering provider.</summary>
    public int ProviderId { get; private set; }

    public int? ReferringProviderId { get; private set; }

    /// <summary>The coverage the visit is billed to first; null for self-pay.</summary>
    public int? PrimaryPolicyId { get; private set; }

    public DateOnly DateOfService { get; private set; }

    /// <summary>CMS place-of-service code (11 office, 02/10 telehealth, 22 outpatient hospital...).</summary>
    public string PlaceOfService { get; private set; } = "";

    public string NoteText { get; private set; } = "";

    /// <summary>The EHR's identifier of the visit, for idempotent interface imports.</summary>
    public string? ExternalId { get; private set; }

    public string? PriorAuthorizationNumber { get; private set; }

    public EncounterStatus Status { get; private set; }

    public EncounterPriority Priority { get; private set; }

    /// <summary>The coder who holds the chart. While assigned, no other coder can take it.</summary>
    public string? AssignedCoderId { get; private set; }

    public DateTime? AssignedAtUtc { get; private set; }

    /// <summary>The assignment lapses after this time so an abandoned chart returns to the queue.</summary>
    public DateTime? LockExpiresAtUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string? CodedByUserId { get; private set; }

    public DateTime? CodedAtUtc { get; private set; }

    /// <summary>Seconds the coder spent on the chart (productivity).</summary>
    public int CodingSeconds { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<EncounterDiagnosis> Diagnoses => _diagnoses;

    public IReadOnlyList<ServiceLine> ServiceLines => _serviceLines;

    public void AssignTo(string coderId, DateTime nowUtc, TimeSpan lockDuration)
    {
        var lockHeldByOther = AssignedCoderId is not null && AssignedCoderId != coderId && LockExpiresAtUtc > nowUtc;
        if (lockHeldByOther)
        {
            throw new DomainException("Another coder is working this chart.");
        }

        if (Status is not (EncounterStatus.AwaitingCoding or EncounterStatus.InProgress))
        {
            throw new DomainException($"A chart that is {Status} cannot be assigned for coding.");
        }

        AssignedCoderId = coderId;
        AssignedAtUtc = nowUtc;
        LockExpiresAtUtc = nowUtc + lockDuration;
        Status = EncounterStatus.InProgress;
    }

    /// <summary>Whether the coder holds this chart now (assigned to them and the lock not lapsed).</summary>
    public bool IsHeldBy(string coderId, DateTime nowUtc) =>
        Status == EncounterStatus.InProgress && AssignedCoderId == coderId && LockExpiresAtUtc > nowUtc;

    /// <summary>
    /// The coder's work in progress replaces the chart's codes; saving renews the assignment so an
    /// active coder never loses the chart.
    /// </summary>
    public void ReplaceCoding(string coderId, DateTime nowUtc, IReadOnlyList<string> diagnoses, IReadOnlyList<(string Code, IReadOnlyList<string> Modifiers, int Units, IReadOnlyList<int> Pointers, decimal Charge)> lines)
    {
        if (!IsHeldBy(coderId, nowUtc))
        {
            throw new DomainException("This chart is not assigned to you any more; take it again from the queue.");
        }

        if (diagnoses.Count > MaxDiagnoses)
        {
            throw new DomainException($"A chart can carry at most {MaxDiagnoses} diagnoses.");
        }

        _diagnoses.Clear();
        _serviceLines.Clear();
        foreach (var code in diagnoses)
        {
            AddDiagnosis(code);
        }

        foreach (var (code, modifiers, units, pointers, charge) in lines)
        {
            AddServiceLine(code, modifiers, units, pointers, charge);
        }

        LockExpiresAtUtc = nowUtc + AssignmentTimeout;
    }

    public void ReleaseAssignment()
    {
        if (Status != EncounterStatus.InProgress)
        {
            throw new DomainException($"A chart that is {Status} is not assigned.");
        }

        AssignedCoderId = null;
        AssignedAtUtc = null;
        LockExpiresAtUtc = null;
        Status = EncounterStatus.AwaitingCoding;
    }

    public void AddDiagnosis(string code)
    {
        EnsureEditable();
        if (_diagnoses.Count >= MaxDiagnoses)
        {
            throw new DomainException($"A chart can carry at most {MaxDiagnoses} diagnoses.");
        }

        if (_diagnoses.Any(d => d.Code == code))
        {
            throw new DomainException($"{code} is already on the chart.");
        }

        _diagnoses.Add(new EncounterDiagnosis(_diagnoses.Count + 1, code));
    }

    public ServiceLine AddServiceLine(string code, IReadOnlyList<string> modifiers, int units, IReadOnlyList<int> pointers, decimal charge)
    {
        EnsureEditable();
        var line = new ServiceLine(_serviceLines.Count + 1, code, modifiers, units, pointers, charge);
        _serviceLines.Add(line);
        return line;
    }

    /// <summary>The coder asks the provider a question; the chart waits.</summary>
    public ProviderQuery PutOnHold(string question, string coderId, DateTime nowUtc)
    {
        if (Status is not (EncounterStatus.AwaitingCoding or EncounterStatus.InProgress))
        {
            throw new DomainException($"A chart that is {Status} cannot be put on hold.");
        }

        Status = EncounterStatus.OnHold;
        return new ProviderQuery(Id, question, coderId, nowUtc) { Encounter = this };
    }

    /// <summary>The provider answered: the chart returns to the queue.</summary>
    public void ResumeAfterQuery()
    {
        if (Status != EncounterStatus.OnHold)
        {
            throw new DomainException("Only a chart on hold can return to the queue.");
        }

        Status = AssignedCoderId is null ? EncounterStatus.AwaitingCoding : EncounterStatus.InProgress;
    }

    public void CompleteCoding(string coderId, DateTime nowUtc, int secondsSpent)
    {
        if (Status is not (EncounterStatus.AwaitingCoding or EncounterStatus.InProgress))
        {
            throw new DomainException($"A chart that is {Status} cannot be completed.");
        }

        if (_diagnoses.Count == 0 || _serviceLines.Count == 0)
        {
            throw new DomainException("A chart needs at least one diagnosis and one service line to be complete.");
        }

        Status = EncounterStatus.Coded;
        CodedByUserId = coderId;
        CodedAtUtc = nowUtc;
        CodingSeconds = Math.Max(0, secondsSpent);
        AssignedCoderId = null;
        LockExpiresAtUtc = null;
    }

    public void MarkBilled()
    {
        if (Status != EncounterStatus.Coded)
        {
            throw new DomainException($"Only a coded chart can be billed; this one is {Status}.");
        }

        Status = EncounterStatus.Billed;
    }

    private void EnsureEditable()
    {
        if (Status is EncounterStatus.Coded or EncounterStatus.Billed)
        {
            throw new DomainException("The chart is already coded; its codes cannot change here.");
        }
    }
}
