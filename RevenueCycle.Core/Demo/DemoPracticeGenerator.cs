using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.CodeSets;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Denials;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Payers;
using RevenueCycle.Core.Providers;
using RevenueCycle.Core.Remittance;
using RevenueCycle.Core.Remittance.X12;

namespace RevenueCycle.Core.Demo;

/// <summary>How much demo data to make. The same seed and counts make the same practice.</summary>
public sealed record DemoOptions(int Encounters = 2_000, int? Patients = null, int Seed = 20_261_122)
{
    public const int MaxEncounters = 1_000_000;

    /// <summary>500 patients for the standard demo; one patient for every four visits at scale.</summary>
    public int PatientCount => Patients ?? Math.Max(500, Encounters / 4);
}

/// <summary>The staff the demo work is attributed to (coders code, billers post).</summary>
public sealed record DemoStaff(IReadOnlyList<string> CoderIds, string BillerId);

public sealed record DemoSummary(int Patients, int Encounters, int Claims, int Remittances, int Denials, TimeSpan Elapsed);

/// <summary>
/// Builds a realistic group practice: six providers, eight payers, patients with coverage, and
/// encounters over the last 120 days spread over every stage of the cycle (awaiting coding,
/// coded, claimed, held, submitted, rejected, paid, partially paid, denied, patient balance,
/// closed). Deterministic for a seed; written in chunks so a million encounters fit in memory.
/// </summary>
public sealed class DemoPracticeGenerator(IDbContextFactory<RevenueCycleDbContext> dbFactory, TimeProvider time)
{
    private const int DaysOfHistory = 120;
    private const int ChunkSize = 2_000;
    private const string ClearinghouseId = "RCCLEARHOUSE";

    private static readonly (string Group, string Carc, string? Rarc)[] ClaimDenials =
    [
        ("CO", "197", "N54"), ("CO", "16", "M51"), ("CO", "50", "N115"), ("CO", "27", null), ("CO", "29", null),
        ("CO", "18", null), ("CO", "109", null), ("CO", "22", "MA04"), ("CO", "11", "M76"), ("CO", "31", null),
    ];

    private static readonly (string Group, string Carc, string? Rarc)[] LineDenials =
    [
        ("CO", "97", "M15"), ("CO", "236", "M80"), ("CO", "4", "N519"), ("CO", "151", "N362"), ("CO", "96", "N130"),
    ];

    private static readonly string[] HoldReasons =
    [
        "Scrubber: prior authorization required by the payer for this procedure",
        "Scrubber: subscriber date of birth missing",
        "Scrubber: diagnosis pointer on line 2 points at no diagnosis",
        "Scrubber: timely filing deadline within 14 days",
        "Biller hold: waiting for the referring provider's NPI",
    ];

    private static readonly string[] RejectionReasons =
    [
        "277CA A7:562 Entity's National Provider Identifier (NPI) is invalid",
        "277CA A3:33 Subscriber and subscriber ID not found",
        "999 IK4 N4*03: ZIP code must be nine digits for the billing provider",
        "277CA A7:21 Missing or invalid information: patient date of birth",
        "277CA A3:116 Claim submitted to the wrong payer",
    ];

    private static readonly string[] QueryQuestions =
    [
        "Please clarify laterality (left, right or bilateral) for the documented pain.",
        "Is the diabetes documented with or without hyperglycemia? Please specify.",
        "The assessment mentions possible pneumonia: was it confirmed or ruled out?",
        "Please document the size and location of each lesion treated.",
        "Was the E/M service separately identifiable from the procedure? Please add a note.",
        "Please specify the episode of care (initial, subsequent, sequela) for the injury.",
    ];

    /// <summary>Whether the database already holds a practice (the demo is only seeded into an empty database).</summary>
    public async Task<bool> HasDataAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Practices.AnyAsync(cancellationToken);
    }

    public async Task<Result<DemoSummary>> GenerateAsync(DemoOptions options, DemoStaff staff, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options.Encounters is < 1 or > DemoOptions.MaxEncounters)
        {
            return Result.Failure<DemoSummary>($"The number of encounters must be between 1 and {DemoOptions.MaxEncounters:N0}.");
        }

        if (staff.CoderIds.Count == 0)
        {
            return Result.Failure<DemoSummary>("The demo needs at least one coder to attribute coding to.");
        }

        if (await HasDataAsync(cancellationToken))
        {
            return Result.Failure<DemoSummary>("The database already holds a practice; demo data is only added to an empty database.");
        }

        var stopwatch = Stopwatch.StartNew();
        var run = new Run(options, staff, time.GetUtcNow().UtcDateTime);
        await using (var db = await CreateBulkContextAsync(cancellationToken))
        {
            await run.CreateReferenceDataAsync(db, cancellationToken);
        }

        progress?.Report("Practice, providers, payers, fee schedules and code sets created.");
        for (var start = 0; start < options.PatientCount; start += ChunkSize * 5)
        {
            await using var db = await CreateBulkContextAsync(cancellationToken);
            await run.CreatePatientsAsync(db, Math.Min(ChunkSize * 5, options.PatientCount - start), cancellationToken);
        }

        progress?.Report($"{options.PatientCount:N0} patients with coverage created.");
        for (var start = 0; start < options.Encounters; start += ChunkSize)
        {
            await using var db = await CreateBulkContextAsync(cancellationToken);
            await run.CreateEncountersAsync(db, Math.Min(ChunkSize, options.Encounters - start), cancellationToken);
            progress?.Report($"{Math.Min(start + ChunkSize, options.Encounters):N0} of {options.Encounters:N0} encounters.");
        }

        var summary = new DemoSummary(options.PatientCount, options.Encounters, run.ClaimCount, run.RemittanceCount, run.DenialCount, stopwatch.Elapsed);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.AppendAuditAsync([new AuditEntry(run.NowUtc, AuditActor.System, AuditActions.Command, "DemoPractice", null, null, null, $$"""{"seed":{{options.Seed}},"patients":{{summary.Patients}},"encounters":{{summary.Encounters}},"claims":{{summary.Claims}}}""")], cancellationToken);
            db.AuditChanges = false;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success(summary);
    }

    private async Task<RevenueCycleDbContext> CreateBulkContextAsync(CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AuditChanges = false;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    private enum Stage
    {
        AwaitingCoding,
        InProgress,
        OnHold,
        Coded,
        Ready,
        Held,
        Submitted,
        Accepted,
        Rejected,
        Adjudicated,
    }

    private sealed record DemoPatient(int Id, DemoPatientFacts Facts, int? PrimaryPolicyId, int PayerIndex, bool IsChild);

    private sealed record ProviderInfo(int Id, Specialty Specialty, double Share);

    /// <summary>One generation: the random stream, counters and the ids of what was already written.</summary>
    private sealed class Run(DemoOptions options, DemoStaff staff, DateTime nowUtc)
    {
        private readonly Random _random = new(options.Seed);
        private readonly DateOnly _today = DateOnly.FromDateTime(nowUtc);
        private readonly List<DemoPatient> _children = [];
        private readonly List<DemoPatient> _adults = [];
        private readonly List<ProviderInfo> _providers = [];
        private readonly List<int> _referringProviderIds = [];
        private readonly List<Payer> _payers = [];
        private readonly Dictionary<string, decimal> _charges = [];
        private readonly List<Dictionary<string, decimal>> _allowedByPayer = [];
        private int _practiceId;
        private int _patientSequence;
        private int _claimSequence;
        private int _interchangeSequence;
        private int _traceSequence;
        private long _payerClaimSequence = 26_300_000_000;

        public DateTime NowUtc { get; } = nowUtc;

        public int ClaimCount => _claimSequence;

        public int RemittanceCount { get; private set; }

        public int DenialCount { get; private set; }

        public async Task CreateReferenceDataAsync(RevenueCycleDbContext db, CancellationToken cancellationToken)
        {
            var practice = DemoReferenceData.Practice();
            db.Practices.Add(practice);
            foreach (var payer in DemoReferenceData.Payers)
            {
                db.Payers.Add(payer.Payer);
            }

            db.ServiceFacilities.Add(DemoReferenceData.Hospital());
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (payerId, code) in DemoReferenceData.PriorAuthorizations)
            {
                db.PriorAuthorizationRequirements.Add(new PriorAuthorizationRequirement(DemoReferenceData.Payers.Single(p => p.Payer.PayerIdCode == payerId).Payer.Id, code));
            }

            _practiceId = practice.Id;
            _payers.AddRange(DemoReferenceData.Payers.Select(p => p.Payer));

            foreach (var (first, last, credential, npiStem, specialty, share) in DemoReferenceData.RenderingProviders)
            {
                var provider = new Provider(practice.Id, ProviderKind.Rendering, first, last, credential, Npi.WithCheckDigit(npiStem), specialty);
                db.Providers.Add(provider);
                await db.SaveChangesAsync(cancellationToken);
                _providers.Add(new ProviderInfo(provider.Id, specialty, share));
            }

            foreach (var (first, last, credential, npiStem, specialty) in DemoReferenceData.ReferringProviders)
            {
                var provider = new Provider(null, ProviderKind.Referring, first, last, credential, Npi.WithCheckDigit(npiStem), specialty);
                db.Providers.Add(provider);
                await db.SaveChangesAsync(cancellationToken);
                _referringProviderIds.Add(provider.Id);
            }

            var effective = _today.AddYears(-1);
            var defaultSchedule = new FeeSchedule("Practice charges", null, effective);
            foreach (var code in ClinicalNotes.ProcedureCatalog)
            {
                defaultSchedule.SetFee(code.Code, null, code.Charge, code.ExpectedAllowed);
                _charges[code.Code] = code.Charge;
            }

            db.FeeSchedules.Add(defaultSchedule);
            foreach (var (payer, factor) in DemoReferenceData.Payers)
            {
                var allowed = new Dictionary<string, decimal>();
                _allowedByPayer.Add(allowed);
                if (payer.IsSelfPay)
                {
                    continue;
                }

                var schedule = new FeeSchedule($"{payer.Name} contract", payer.Id, effective);
                foreach (var code in ClinicalNotes.ProcedureCatalog)
                {
                    var expected = Math.Min(code.Charge, Math.Round(code.ExpectedAllowed * factor, 2));
                    schedule.SetFee(code.Code, null, code.Charge, expected);
                    allowed[code.Code] = expected;
                }

                db.FeeSchedules.Add(schedule);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task CreatePatientsAsync(RevenueCycleDbContext db, int count, CancellationToken cancellationToken)
        {
            var created = new List<(Patient Patient, int PayerIndex, bool IsChild)>();
            for (var i = 0; i < count; i++)
            {
                var ageRoll = _random.NextDouble();
                var age = ageRoll < 0.20 ? _random.Next(0, 18) : ageRoll < 0.75 ? _random.Next(18, 65) : _random.Next(65, 94);
                var sex = _random.Next(2) == 0 ? Sex.Female : Sex.Male;
                var firstName = Pick(sex == Sex.Female ? DemoReferenceData.FemaleNames : DemoReferenceData.MaleNames);
                var lastName = Pick(DemoReferenceData.LastNames);
                var dateOfBirth = _today.AddYears(-age).AddDays(-_random.Next(1, 365));
                var address = RandomAddress();
                var patient = new Patient($"MRN{++_patientSequence:D7}", firstName, lastName, dateOfBirth, sex, address, RandomPhone(), NowUtc.AddDays(-DaysOfHistory - _random.Next(0, 700)));
                var payerIndex = AddCoverage(patient, age, lastName, address);
                db.Patients.Add(patient);
                created.Add((patient, payerIndex, age < 18));
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (patient, payerIndex, isChild) in created)
            {
                var primary = patient.Policies.FirstOrDefault(p => p.Priority == CoveragePriority.Primary);
                var facts = new DemoPatientFacts(patient.FirstName, patient.LastName, patient.AgeOn(_today), patient.Sex == Sex.Female ? 'F' : 'M');
                var demoPatient = new DemoPatient(patient.Id, facts, primary?.Id, payerIndex, isChild);
                (isChild ? _children : _adults).Add(demoPatient);
            }
        }

        /// <summary>Adds the patient's policies and returns the index of the primary payer (self-pay when uninsured).</summary>
        private int AddCoverage(Patient patient, int age, string lastName, Address address)
        {
            var roll = _random.NextDouble();
            var effective = _today.AddYears(-_random.Next(1, 6)).AddDays(-_random.Next(0, 365));
            if (age >= 65)
            {
                var primary = roll < 0.90 ? DemoReferenceData.Medicare : RandomCommercial();
                patient.AddPolicy(_payers[primary].Id, MemberId(primary), GroupNumber(primary), CoveragePriority.Primary, SubscriberRelationship.Self, null, effective);
                if (primary == DemoReferenceData.Medicare && _random.NextDouble() < 0.30)
                {
                    var secondary = _random.NextDouble() < 0.4 ? DemoReferenceData.Medicaid : DemoReferenceData.FirstCommercial + 3;
                    patient.AddPolicy(_payers[secondary].Id, MemberId(secondary), GroupNumber(secondary), CoveragePriority.Secondary, SubscriberRelationship.Self, null, effective);
                }

                return primary;
            }

            if (age < 18)
            {
                if (roll < 0.05)
                {
                    return DemoReferenceData.SelfPay;
                }

                var payer = roll < 0.40 ? DemoReferenceData.Medicaid : RandomCommercial();
                if (payer == DemoReferenceData.Medicaid)
                {
                    patient.AddPolicy(_payers[payer].Id, MemberId(payer), null, CoveragePriority.Primary, SubscriberRelationship.Self, null, effective);
                }
                else
                {
                    var parentSex = _random.Next(2) == 0 ? Sex.Female : Sex.Male;
                    var parent = new Subscriber(Pick(parentSex == Sex.Female ? DemoReferenceData.FemaleNames : DemoReferenceData.MaleNames), lastName, _today.AddYears(-_random.Next(age + 20, age + 45)).AddDays(-_random.Next(1, 365)), parentSex, address);
                    patient.AddPolicy(_payers[payer].Id, MemberId(payer), GroupNumber(payer), CoveragePriority.Primary, SubscriberRelationship.Child, parent, effective);
                }

                return payer;
            }

            if (roll < 0.08)
            {
                return DemoReferenceData.SelfPay;
            }

            var adultPayer = roll < 0.20 ? DemoReferenceData.Medicaid : RandomCommercial();
            if (adultPayer != DemoReferenceData.Medicaid && _random.NextDouble() < 0.30)
            {
                var spouseSex = patient.Sex == Sex.Female ? Sex.Male : Sex.Female;
                var spouse = new Subscriber(Pick(spouseSex == Sex.Female ? DemoReferenceData.FemaleNames : DemoReferenceData.MaleNames), lastName, patient.DateOfBirth.AddDays(_random.Next(-2_000, 2_000)), spouseSex, address);
                patient.AddPolicy(_payers[adultPayer].Id, MemberId(adultPayer), GroupNumber(adultPayer), CoveragePriority.Primary, SubscriberRelationship.Spouse, spouse, effective);
            }
            else
            {
                patient.AddPolicy(_payers[adultPayer].Id, MemberId(adultPayer), GroupNumber(adultPayer), CoveragePriority.Primary, SubscriberRelationship.Self, null, effective);
            }

            if (adultPayer != DemoReferenceData.Medicaid && _random.NextDouble() < 0.06)
            {
                var secondary = RandomCommercial();
                if (secondary != adultPayer)
                {
                    patient.AddPolicy(_payers[secondary].Id, MemberId(secondary), GroupNumber(secondary), CoveragePriority.Secondary, SubscriberRelationship.Self, null, effective);
                }
            }

            return adultPayer;
        }

        public async Task CreateEncountersAsync(RevenueCycleDbContext db, int count, CancellationToken cancellationToken)
        {
            // Phase 1: encounters with their coding, saved so claims can reference them.
            var visits = new List<Visit>(count);
            for (var i = 0; i < count; i++)
            {
                visits.Add(CreateVisit(db));
            }

            await db.SaveChangesAsync(cancellationToken);

            // Phase 2: claims, holds, submissions, acknowledgements.
            var batches = new Dictionary<(DateOnly, string), SubmissionBatch>();
            foreach (var visit in visits.Where(v => v.Stage >= Stage.Ready))
            {
                CreateClaim(db, visit, batches);
            }

            await db.SaveChangesAsync(cancellationToken);

            // Phase 3: remittances, postings, denials and patient payments.
            var adjudicated = visits.Where(v => v.Claim is not null && v.Stage == Stage.Adjudicated && !_payers[v.PayerIndex].IsSelfPay).ToList();
            foreach (var group in adjudicated.GroupBy(v => (v.PayerIndex, Week: v.AdjudicatedAtUtc.DayNumber() / 7, v.LeaveUnposted)))
            {
                PostRemittance(db, group.Key.PayerIndex, group.ToList(), group.Key.LeaveUnposted);
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var visit in visits.Where(v => v.Claim is { Status: ClaimStatus.Denied or ClaimStatus.PartiallyPaid }))
            {
                CreateDenials(db, visit);
            }

            PostPatientPayments(db, visits.Where(v => v.Claim is { Status: ClaimStatus.PatientBalance }).ToList());
            await db.SaveChangesAsync(cancellationToken);
        }

        private sealed class Visit(Encounter encounter, DemoVisit demo, DemoPatient patient, Stage stage)
        {
            public Encounter Encounter { get; } = encounter;

            public DemoVisit Demo { get; } = demo;

            public DemoPatient Patient { get; } = patient;

            public Stage Stage { get; set; } = stage;

            public int PayerIndex => Patient.PayerIndex;

            public DateTime CodedAtUtc { get; set; }

            public DateTime ClaimedAtUtc { get; set; }

            public DateTime SubmittedAtUtc { get; set; }

            public DateTime AcknowledgedAtUtc { get; set; }

            public DateTime AdjudicatedAtUtc { get; set; }

            public bool LeaveUnposted { get; set; }

            public Claim? Claim { get; set; }

            public RemittanceClaim? RemittanceClaim { get; set; }

            public List<(ClaimLine Line, string Group, string Carc, string? Rarc, decimal Amount)> DeniedLines { get; } = [];
        }

        private Visit CreateVisit(RevenueCycleDbContext db)
        {
            var provider = PickProvider();
            var wantChild = provider.Specialty == Specialty.Pediatrics || (provider.Specialty == Specialty.FamilyMedicine && _random.NextDouble() < 0.15);
            var pool = (wantChild && _children.Count > 0) || _adults.Count == 0 ? _children : _adults;
            var patient = pool[_random.Next(pool.Count)];
            var dateOfService = RandomWeekday();
            var demo = ClinicalNotes.Generate(provider.Specialty, _random, patient.Facts, dateOfService);
            var referring = provider.Specialty is Specialty.Cardiology or Specialty.Orthopedics or Specialty.Dermatology && _random.NextDouble() < 0.35
                ? _referringProviderIds[_random.Next(_referringProviderIds.Count)]
                : (int?)null;
            var priorityRoll = _random.NextDouble();
            var priority = priorityRoll < 0.03 ? EncounterPriority.Urgent : priorityRoll < 0.13 ? EncounterPriority.High : priorityRoll < 0.23 ? EncounterPriority.Low : EncounterPriority.Normal;
            var createdAt = dateOfService.ToDateTime(new TimeOnly(21, 0), DateTimeKind.Utc);
            var encounter = new Encounter(patient.Id, provider.Id, referring, patient.PrimaryPolicyId, dateOfService, demo.PlaceOfService, demo.NoteText, priority, createdAt);
            db.Encounters.Add(encounter);

            var visit = new Visit(encounter, demo, patient, PlanStage(createdAt, out var timeline)) { CodedAtUtc = timeline.Coded, ClaimedAtUtc = timeline.Claimed, SubmittedAtUtc = timeline.Submitted, AcknowledgedAtUtc = timeline.Acknowledged, AdjudicatedAtUtc = timeline.Adjudicated };
            visit.LeaveUnposted = visit.Stage == Stage.Adjudicated && visit.AdjudicatedAtUtc > NowUtc.AddDays(-4) && _random.NextDouble() < 0.5;
            var coder = staff.CoderIds[_random.Next(staff.CoderIds.Count)];
            switch (visit.Stage)
            {
                case Stage.AwaitingCoding:
                    break;
                case Stage.InProgress:
                    encounter.AssignTo(staff.CoderIds[0], NowUtc.AddMinutes(-_random.Next(5, 50)), TimeSpan.FromHours(1));
                    break;
                case Stage.OnHold:
                    db.ProviderQueries.Add(encounter.PutOnHold(Pick(QueryQuestions), coder, NowUtc.AddHours(-_random.Next(2, 96))));
                    break;
                default:
                    Code(encounter, demo);
                    encounter.CompleteCoding(coder, visit.CodedAtUtc, _random.Next(240, 1_500));
                    break;
            }

            return visit;
        }

        private readonly record struct Timeline(DateTime Coded, DateTime Claimed, DateTime Submitted, DateTime Acknowledged, DateTime Adjudicated);

        /// <summary>
        /// Draws the stage the visit should reach, then walks its timeline (coding 1-4 days after the
        /// visit, claim the next day, adjudication 12-30 days after submission) and stops at the last
        /// step that has already happened, so recent visits sit early in the cycle.
        /// </summary>
        private Stage PlanStage(DateTime createdAtUtc, out Timeline timeline)
        {
            var roll = _random.NextDouble();
            var target = roll switch
            {
                < 0.03 => Stage.AwaitingCoding,
                < 0.04 => Stage.InProgress,
                < 0.06 => Stage.OnHold,
                < 0.09 => Stage.Coded,
                < 0.12 => Stage.Ready,
                < 0.15 => Stage.Held,
                < 0.18 => Stage.Submitted,
                < 0.21 => Stage.Accepted,
                < 0.24 => Stage.Rejected,
                _ => Stage.Adjudicated,
            };
            var coded = createdAtUtc.AddDays(_random.Next(1, 4)).AddHours(-_random.Next(0, 10));
            var claimed = coded.AddHours(_random.Next(1, 30));
            var submitted = claimed.AddHours(_random.Next(1, 24));
            var acknowledged = submitted.AddHours(_random.Next(2, 36));
            var adjudicated = submitted.AddDays(_random.Next(12, 31));
            timeline = new Timeline(coded, claimed, submitted, acknowledged, adjudicated);
            if (target <= Stage.OnHold)
            {
                return target;
            }

            if (coded > NowUtc)
            {
                var early = _random.NextDouble();
                return early < 0.12 ? Stage.InProgress : early < 0.18 ? Stage.OnHold : Stage.AwaitingCoding;
            }

            if (target == Stage.Coded || claimed > NowUtc)
            {
                return Stage.Coded;
            }

            if (target is Stage.Ready or Stage.Held)
            {
                return target;
            }

            if (submitted > NowUtc)
            {
                return Stage.Ready;
            }

            if (target == Stage.Submitted || acknowledged > NowUtc)
            {
                return Stage.Submitted;
            }

            if (target is Stage.Accepted or Stage.Rejected)
            {
                return target;
            }

            return adjudicated > NowUtc ? Stage.Accepted : Stage.Adjudicated;
        }

        private void Code(Encounter encounter, DemoVisit demo)
        {
            foreach (var diagnosis in demo.DiagnosisCodes)
            {
                encounter.AddDiagnosis(diagnosis);
            }

            foreach (var procedure in demo.Procedures)
            {
                var charge = _charges.GetValueOrDefault(procedure.Code) * procedure.Units;
                encounter.AddServiceLine(procedure.Code, procedure.Modifiers, procedure.Units, procedure.DiagnosisPointers, charge);
            }
        }

        private void CreateClaim(RevenueCycleDbContext db, Visit visit, Dictionary<(DateOnly, string), SubmissionBatch> batches)
        {
            var payer = _payers[visit.PayerIndex];
            var billedBy = staff.BillerId;
            var controlNumber = $"RC{++_claimSequence:D8}";
            var claim = Claim.FromEncounter(controlNumber, visit.Encounter, payer.Id, visit.Patient.PrimaryPolicyId, CoveragePriority.Primary, _practiceId, visit.ClaimedAtUtc, billedBy);
            db.Claims.Add(claim);
            visit.Claim = claim;
            if (payer.IsSelfPay)
            {
                claim.BillToPatient(visit.ClaimedAtUtc, billedBy);
                visit.Stage = Stage.Adjudicated;
                visit.AdjudicatedAtUtc = visit.ClaimedAtUtc;
                return;
            }

            if (visit.Stage == Stage.Ready)
            {
                return;
            }

            if (visit.Stage == Stage.Held)
            {
                claim.Hold(Pick(HoldReasons), visit.ClaimedAtUtc.AddMinutes(5), billedBy);
                claim.RecordDemoScrub(clean: false, visit.ClaimedAtUtc.AddMinutes(5));
                return;
            }

            // About one submitted claim in twenty needed a biller's change before its first scrub.
            claim.RecordDemoScrub(clean: _random.NextDouble() >= 0.05, visit.ClaimedAtUtc.AddMinutes(5));

            var paper = payer.SubmissionMethod == SubmissionMethod.Paper;
            var receiver = paper ? payer.PayerIdCode : ClearinghouseId;
            var day = DateOnly.FromDateTime(visit.SubmittedAtUtc);
            if (!batches.TryGetValue((day, receiver), out var batch))
            {
                _interchangeSequence++;
                batch = new SubmissionBatch(receiver, paper ? SubmissionFormat.Cms1500 : SubmissionFormat.X12837P, _interchangeSequence, _interchangeSequence, visit.SubmittedAtUtc, billedBy);
                batches[(day, receiver)] = batch;
                db.SubmissionBatches.Add(batch);
            }

            claim.Submit(batch, visit.SubmittedAtUtc, billedBy);
            batch.RecordContents(batch.ClaimCount + 1, batch.TotalCharge + claim.TotalCharge, paper ? $"cms1500-{batch.InterchangeControlNumber:D9}.pdf" : $"837p-{batch.InterchangeControlNumber:D9}.x12");
            if (visit.Stage == Stage.Rejected)
            {
                claim.Reject(Pick(RejectionReasons), visit.AcknowledgedAtUtc, billedBy);
                batch.RecordAcknowledgement(AcknowledgementStatus.PartiallyAccepted);
                return;
            }

            if (visit.Stage >= Stage.Accepted && !paper)
            {
                claim.Accept(visit.AcknowledgedAtUtc, billedBy);
                if (batch.AcknowledgementStatus == AcknowledgementStatus.Pending)
                {
                    batch.RecordAcknowledgement(AcknowledgementStatus.Accepted);
                }
            }
        }

        private void PostRemittance(RevenueCycleDbContext db, int payerIndex, IReadOnlyList<Visit> visits, bool leaveUnposted)
        {
            var payer = _payers[payerIndex];
            var priced = visits.Select(v => (Visit: v, Lines: Price(v, payerIndex))).ToList();
            var total = priced.Sum(p => p.Lines.Sum(l => l.Paid));
            var checkDay = DateOnly.FromDateTime(visits.Max(v => v.AdjudicatedAtUtc));
            var paper = payer.SubmissionMethod == SubmissionMethod.Paper;
            var checkNumber = paper ? $"{++_traceSequence + 400_000}" : $"EFT{++_traceSequence:D9}";
            var receivedAt = visits.Max(v => v.AdjudicatedAtUtc);
            var batch = new PaymentBatch(PaymentBatchSource.Era835, payer.Id, checkNumber, checkDay, total, paper ? PaymentMethod.Check : PaymentMethod.Ach, receivedAt, staff.BillerId);
            var fileName = $"era-{payer.PayerIdCode}-{checkDay:yyyyMMdd}-{checkNumber}.835";
            var remittance = new Remittance.Remittance(batch, payer.Id, checkNumber, total, checkDay, fileName, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fileName))), receivedAt, staff.BillerId);
            db.PaymentBatches.Add(batch);
            db.Remittances.Add(remittance);
            RemittanceCount++;

            foreach (var (visit, lines) in priced)
            {
                var claim = visit.Claim!;
                var denied = lines.All(l => l.Paid == 0 && l.Cas.All(c => c.Group != "PR"));
                var payerClaimNumber = $"{++_payerClaimSequence}";
                var patientResponsibility = lines.SelectMany(l => l.Cas).Where(c => c.Group == "PR").Sum(c => c.Amount);
                visit.RemittanceClaim = remittance.AddClaim(claim.ControlNumber, denied ? "4" : "1", claim.TotalCharge, lines.Sum(l => l.Paid), patientResponsibility, payerClaimNumber, claim.Id);
                if (leaveUnposted)
                {
                    // Kept as the 835 said it, so a biller can post it from the remittances page.
                    visit.RemittanceClaim.Keep(RemittancePosting.ToJson(AsEra835(claim, denied, payerClaimNumber, patientResponsibility, lines, checkDay)), RemittanceClaimState.Matched, null);
                }
                else
                {
                    Post(db, visit, lines, batch, denied, payerClaimNumber);
                }
            }

            if (!leaveUnposted)
            {
                var postedAt = Min(receivedAt.AddHours(_random.Next(1, 20)), NowUtc);
                batch.MarkPosted(postedAt, staff.BillerId);
                remittance.MarkPosted(postedAt);
            }
        }

        private static Era835Claim AsEra835(Claim claim, bool denied, string payerClaimNumber, decimal patientResponsibility, List<PricedLine> lines, DateOnly paid) =>
            new(0, claim.ControlNumber, denied ? "4" : "1", claim.TotalCharge, lines.Sum(l => l.Paid), patientResponsibility, "12", payerClaimNumber, "11", "1", [], [], [], [],
                [new Era835Amount("AU", claim.TotalCharge)],
                lines.Select(l => new Era835ServiceLine(0, new Era835Procedure("HC", l.Line.Code, l.Line.Modifiers), l.Line.Charge, l.Paid, l.Line.Units, null,
                    [new Era835Date("472", l.Line.DateOfService)],
                    l.Cas.Select(c => new Era835Adjustment(c.Group, c.Carc, c.Amount, null)).ToList(),
                    [], [], l.Cas.Where(c => c.Rarc is not null).Select(c => c.Rarc!).ToList())).ToList());

        private sealed record PricedLine(ClaimLine Line, decimal Paid, List<(string Group, string Carc, string? Rarc, decimal Amount)> Cas);

        /// <summary>Prices a claim as the payer would: contract allowance, deductible, copay, coinsurance, and the odd denial.</summary>
        private List<PricedLine> Price(Visit visit, int payerIndex)
        {
            var claim = visit.Claim!;
            var allowedTable = _allowedByPayer[payerIndex];
            var roll = _random.NextDouble();
            var denyClaim = roll < 0.08;
            var denyOneLine = !denyClaim && claim.Lines.Count > 1 && roll < 0.16;
            var deniedLineNumber = denyOneLine ? _random.Next(2, claim.Lines.Count + 1) : 0;
            var claimDenial = Pick(ClaimDenials);
            var lineDenial = Pick(LineDenials);
            // Copays: commercial plans $10-40 per visit; Medicaid a nominal $3 that most visits waive.
            var copayLeft = payerIndex >= DemoReferenceData.FirstCommercial ? (decimal)(_random.Next(2, 9) * 5)
                : payerIndex == DemoReferenceData.Medicaid && _random.NextDouble() < 0.3 ? 3m
                : 0m;
            var deductible = _random.NextDouble() < 0.12 ? (decimal)_random.Next(40, 250) : 0m;

            var priced = new List<PricedLine>();
            foreach (var line in claim.Lines)
            {
                var cas = new List<(string Group, string Carc, string? Rarc, decimal Amount)>();
                if (denyClaim || line.LineNumber == deniedLineNumber)
                {
                    var (group, carc, rarc) = denyClaim ? claimDenial : lineDenial;
                    cas.Add((group, carc, rarc, line.Charge));
                    priced.Add(new PricedLine(line, 0m, cas));
                    continue;
                }

                var expected = allowedTable.GetValueOrDefault(line.Code) * line.Units;

                // Payers sometimes pay under contract; posting flags those as underpaid.
                var allowed = Math.Min(line.Charge, _random.NextDouble() < 0.05 ? Math.Round(expected * 0.9m, 2) : expected);
                if (line.Charge > allowed)
                {
                    cas.Add(("CO", "45", null, line.Charge - allowed));
                }

                var patientShare = 0m;
                if (deductible > 0 && allowed > 0)
                {
                    var applied = Math.Min(deductible, allowed);
                    cas.Add(("PR", "1", null, applied));
                    deductible -= applied;
                    patientShare += applied;
                }

                var isVisit = line.Code.StartsWith("992", StringComparison.Ordinal) || line.Code.StartsWith("9083", StringComparison.Ordinal);
                if (copayLeft > 0 && isVisit && allowed - patientShare > 0)
                {
                    var copay = Math.Min(copayLeft, allowed - patientShare);
                    cas.Add(("PR", "3", null, copay));
                    copayLeft = 0;
                    patientShare += copay;
                }
                else if (payerIndex == DemoReferenceData.Medicare || (payerIndex >= DemoReferenceData.FirstCommercial && !isVisit))
                {
                    // Medicare Part B pays 80 % of the allowed amount; commercial plans apply coinsurance to procedures.
                    var coinsurance = Math.Round((allowed - patientShare) * 0.2m, 2);
                    if (coinsurance > 0)
                    {
                        cas.Add(("PR", "2", null, coinsurance));
                        patientShare += coinsurance;
                    }
                }

                priced.Add(new PricedLine(line, allowed - patientShare, cas));
            }

            return priced;
        }

        private void Post(RevenueCycleDbContext db, Visit visit, List<PricedLine> lines, PaymentBatch batch, bool denied, string payerClaimNumber)
        {
            var claim = visit.Claim!;
            var when = visit.AdjudicatedAtUtc;
            foreach (var (line, paid, cas) in lines)
            {
                if (paid != 0)
                {
                    db.Payments.Add(claim.PostPayment(line, PaymentSource.Payer, paid, batch, visit.RemittanceClaim, when, staff.BillerId));
                }

                foreach (var (group, carc, rarc, amount) in cas)
                {
                    db.Adjustments.Add(claim.PostAdjustment(line, Enum.Parse<AdjustmentGroup>(group), carc, rarc, amount, batch, visit.RemittanceClaim, when, staff.BillerId));
                    if (group != "PR" && CarcCatalog.IsDenial(carc))
                    {
                        visit.DeniedLines.Add((line, group, carc, rarc, amount));
                    }
                }
            }

            claim.RecordAdjudication(denied, payerClaimNumber, when, staff.BillerId);
        }

        private void CreateDenials(RevenueCycleDbContext db, Visit visit)
        {
            var claim = visit.Claim!;
            var payer = _payers[visit.PayerIndex];
            var deniedOn = DateOnly.FromDateTime(visit.AdjudicatedAtUtc);
            var wholeClaim = claim.Status == ClaimStatus.Denied;
            foreach (var group in visit.DeniedLines.GroupBy(d => wholeClaim ? 0 : d.Line.Id))
            {
                var first = group.First();
                var denial = new Denial(claim.Id, wholeClaim ? null : first.Line.Id, visit.RemittanceClaim?.Id, first.Group, first.Carc, first.Rarc, CarcCatalog.CategoryOf(first.Carc), group.Sum(d => d.Amount), deniedOn, deniedOn.AddDays(payer.AppealDays), visit.AdjudicatedAtUtc, claim.PayerId, claim.RenderingProviderId);
                db.Denials.Add(denial);
                DenialCount++;
                var ageDays = _today.DayNumber - deniedOn.DayNumber;
                var work = _random.NextDouble();
                if (ageDays > 30 && work < 0.12)
                {
                    // Small denials not worth an appeal are written off; the claim settles.
                    foreach (var (line, _, carc, _, amount) in group)
                    {
                        db.Adjustments.Add(claim.WriteOff(line, carc, amount, visit.AdjudicatedAtUtc.AddDays(20), staff.BillerId));
                    }

                    denial.Resolve(DenialStatus.WrittenOff, visit.AdjudicatedAtUtc.AddDays(20));
                    claim.SettleAfterPosting(visit.AdjudicatedAtUtc.AddDays(20), staff.BillerId, "Denied amount written off");
                }
                else if (ageDays > 20 && work < 0.30)
                {
                    denial.AssignTo(staff.BillerId);
                    denial.Resolve(DenialStatus.Appealed, visit.AdjudicatedAtUtc.AddDays(15));
                }
                else if (work < 0.55)
                {
                    denial.AssignTo(staff.BillerId);
                    denial.ScheduleFollowUp(_today.AddDays(_random.Next(1, 15)));
                }
            }
        }

        private void PostPatientPayments(RevenueCycleDbContext db, IReadOnlyList<Visit> visits)
        {
            var payments = new List<(Claim Claim, DateTime PaidAt, PaymentMethod Method, List<(ClaimLine Line, decimal Amount)> Lines)>();
            foreach (var visit in visits)
            {
                var claim = visit.Claim!;
                var paidAt = visit.AdjudicatedAtUtc.AddDays(_random.Next(10, 45));
                var roll = _random.NextDouble();
                if (paidAt > NowUtc || roll > 0.7)
                {
                    continue;
                }

                // Most patients pay the whole balance; some pay half now.
                var fraction = roll < 0.55 ? 1m : 0.5m;
                var method = roll < 0.4 ? PaymentMethod.Card : roll < 0.6 ? PaymentMethod.Check : PaymentMethod.Cash;
                var lines = claim.Lines.Where(l => l.PatientBalance > 0).Select(l => (l, Math.Round(l.PatientBalance * fraction, 2))).ToList();
                payments.Add((claim, paidAt, method, lines));
            }

            foreach (var day in payments.GroupBy(p => DateOnly.FromDateTime(p.PaidAt)))
            {
                var total = day.Sum(p => p.Lines.Sum(l => l.Amount));
                var batch = new PaymentBatch(PaymentBatchSource.Patient, null, $"PT{day.Key:yyyyMMdd}-{++_traceSequence}", day.Key, total, day.First().Method, day.Min(p => p.PaidAt), staff.BillerId);
                db.PaymentBatches.Add(batch);
                foreach (var (claim, paidAt, _, lines) in day)
                {
                    foreach (var (line, amount) in lines)
                    {
                        db.Payments.Add(claim.PostPayment(line, PaymentSource.Patient, amount, batch, null, paidAt, staff.BillerId));
                    }

                    claim.SettleAfterPosting(paidAt, staff.BillerId, "Patient payment posted");
                }

                batch.MarkPosted(day.Max(p => p.PaidAt), staff.BillerId);
            }
        }

        private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

        private ProviderInfo PickProvider()
        {
            var roll = _random.NextDouble();
            foreach (var provider in _providers)
            {
                roll -= provider.Share;
                if (roll < 0)
                {
                    return provider;
                }
            }

            return _providers[^1];
        }

        private DateOnly RandomWeekday()
        {
            while (true)
            {
                var day = _today.AddDays(-_random.Next(0, DaysOfHistory));
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    return day;
                }
            }
        }

        private int RandomCommercial() => DemoReferenceData.FirstCommercial + _random.Next(DemoReferenceData.CommercialCount);

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        private Address RandomAddress()
        {
            var (city, zip) = Pick(DemoReferenceData.Towns);
            return new Address($"{_random.Next(10, 9_900)} {Pick(DemoReferenceData.Streets)}", _random.NextDouble() < 0.1 ? $"Apt {_random.Next(1, 40)}" : null, city, "PA", zip);
        }

        private string RandomPhone() => $"717555{_random.Next(0, 10_000):D4}";

        private string MemberId(int payerIndex)
        {
            const string MbiLetters = "ACDEFGHJKMNPQRTUVWXY";
            string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + _random.Next(10))));
            char Letter() => MbiLetters[_random.Next(MbiLetters.Length)];
            char AlphaNumeric() => _random.Next(2) == 0 ? Letter() : (char)('0' + _random.Next(10));
            return payerIndex switch
            {
                // Medicare Beneficiary Identifier: 11 characters in a fixed pattern of digits and letters.
                DemoReferenceData.Medicare => $"{(char)('1' + _random.Next(9))}{Letter()}{AlphaNumeric()}{Digits(1)}{Letter()}{AlphaNumeric()}{Digits(1)}{Letter()}{Letter()}{Digits(2)}",
                DemoReferenceData.Medicaid => Digits(10),
                2 => "W" + Digits(9),
                3 => Digits(9),
                4 => "U" + Digits(8),
                5 => "YPA" + Digits(9),
                _ => "MMB" + Digits(7),
            };
        }

        private string? GroupNumber(int payerIndex) =>
            payerIndex >= DemoReferenceData.FirstCommercial && payerIndex != DemoReferenceData.SelfPay ? $"GRP{_random.Next(10_000, 99_999)}" : null;
    }
}

internal static class DateTimeDayNumber
{
    public static int DayNumber(this DateTime value) => DateOnly.FromDateTime(value).DayNumber;
}
