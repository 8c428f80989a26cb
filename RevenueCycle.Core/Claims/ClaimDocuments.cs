using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Claims.X12;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Patients;
using RevenueCycle.Core.Payers;
using RevenueCycle.Core.Providers;

namespace RevenueCycle.Core.Claims;

/// <summary>How the previous payer adjudicated a claim, for the next payer's claim (837P loops 2320, 2330 and 2430).</summary>
/// <param name="Lines">By line number: what that payer paid and its adjustments (net of reversals).</param>
public sealed record PriorAdjudication(
    Payer Payer,
    InsurancePolicy Policy,
    Patient Patient,
    decimal Paid,
    decimal PatientResponsibility,
    DateOnly AdjudicatedOn,
    string? PayerClaimNumber,
    IReadOnlyDictionary<int, (decimal Paid, IReadOnlyList<Cas837> Adjustments)> Lines);

/// <summary>A claim with everything the 837P, the CMS-1500 and the scrubber read about it.</summary>
public sealed record ClaimDocument(
    Claim Claim,
    Patient Patient,
    InsurancePolicy? Policy,
    Payer Payer,
    Practice Practice,
    Provider Rendering,
    Provider? Referring,
    ServiceFacility? Facility,
    PriorAdjudication? Prior = null)
{
    /// <summary>The claim as the 837P carries it. Self-pay claims (no policy) have no 837P.</summary>
    public Claim837 ToClaim837()
    {
        var claim = Claim;
        var policy = Policy ?? throw new InvalidOperationException($"Claim {claim.ControlNumber} is self-pay and has no 837P.");
        var relationship = SubscriberRelationshipCodes.X12Code(policy.Relationship);
        var subscriber = policy.Subscriber is { } s && policy.Relationship != SubscriberRelationship.Self
            ? new Subscriber837(s.LastName, s.FirstName, policy.MemberId, s.DateOfBirth, s.Sex, Blank(s.Address), policy.GroupNumber, relationship, Sequence(claim), Payer.ClaimFilingIndicator)
            : new Subscriber837(Patient.LastName, Patient.FirstName, policy.MemberId, Patient.DateOfBirth, Patient.Sex, Blank(Patient.Address), policy.GroupNumber, Subscriber837.Self, Sequence(claim), Payer.ClaimFilingIndicator);
        var patient = subscriber.IsPatient ? null : new Patient837(Patient.LastName, Patient.FirstName, Patient.DateOfBirth, Patient.Sex, Blank(Patient.Address));
        var diagnoses = claim.Diagnoses.OrderBy(d => d.Sequence).Select(d => d.Code).ToList();
        var prior = Prior;
        var lines = claim.Lines.OrderBy(l => l.LineNumber)
            .Select(l => new ServiceLine837(l.DateOfService, l.Code, l.Modifiers, l.Charge, l.Units, l.Pointers, l.Id > 0 ? l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                prior is not null && prior.Lines.TryGetValue(l.LineNumber, out var adjudicated)
                    ? [new LineAdjudication837(prior.Payer.PayerIdCode, adjudicated.Paid, l.Code, l.Modifiers, l.Units, adjudicated.Adjustments, prior.AdjudicatedOn)]
                    : null))
            .ToList();
        return new Claim837(
            new BillingProvider837(Practice.Name, Practice.Npi, Practice.TaxId, Practice.Address, Blank(Practice.TaxonomyCode)),
            subscriber,
            patient,
            new Payer837(Payer.Name, Payer.PayerIdCode),
            claim.ControlNumber,
            claim.TotalCharge,
            claim.PlaceOfService,
            claim.FrequencyCode,
            claim.OriginalPayerClaimNumber,
            claim.PriorAuthorizationNumber,
            diagnoses,
            new Provider837(Rendering.LastName, Rendering.FirstName, Rendering.Npi, Blank(Rendering.TaxonomyCode)),
            Referring is { } r ? new Provider837(r.LastName, r.FirstName, r.Npi) : null,
            Facility is { } f ? new ServiceFacility837(f.Name, f.Npi, f.Address) : null,
            lines,
            RelatedCauses(claim),
            claim.AutoAccident ? claim.AutoAccidentState : null,
            claim.AutoAccident || claim.OtherAccident ? claim.AccidentDate : null,
            claim.OnsetDate,
            claim.PayerSequence == CoveragePriority.Primary ? null : policy.InsuranceTypeCode,
            claim.AdditionalInformation,
            prior is null ? null : [OtherPayer(prior)]);
    }

    // Loop 2320/2330A/2330B: the previous payer, its subscriber and what it paid.
    private static OtherPayer837 OtherPayer(PriorAdjudication prior)
    {
        var policy = prior.Policy;
        var holder = policy.Subscriber is { } s && policy.Relationship != SubscriberRelationship.Self
            ? new OtherSubscriber837(s.LastName, s.FirstName, policy.MemberId, string.IsNullOrEmpty(s.Address.Line1) ? null : s.Address)
            : new OtherSubscriber837(prior.Patient.LastName, prior.Patient.FirstName, policy.MemberId, string.IsNullOrEmpty(prior.Patient.Address.Line1) ? null : prior.Patient.Address);
        return new OtherPayer837(
            policy.Priority switch { CoveragePriority.Secondary => 'S', CoveragePriority.Tertiary => 'T', _ => 'P' },
            SubscriberRelationshipCodes.X12Code(policy.Relationship),
            policy.GroupNumber,
            prior.Payer.ClaimFilingIndicator,
            holder,
            new Payer837(prior.Payer.Name, prior.Payer.PayerIdCode),
            prior.Paid,
            [],
            prior.PatientResponsibility,
            prior.AdjudicatedOn,
            prior.PayerClaimNumber);
    }

    // CLM11: at most two causes in the 837P; auto or other accident first, then employment.
    private static IReadOnlyList<string>? RelatedCauses(Claim claim)
    {
        var causes = new List<string>();
        if (claim.AutoAccident)
        {
            causes.Add("AA");
        }
        else if (claim.OtherAccident)
        {
            causes.Add("OA");
        }

        if (claim.RelatedToEmployment)
        {
            causes.Add("EM");
        }

        return causes.Count == 0 ? null : causes;
    }

    private static char Sequence(Claim claim) => claim.PayerSequence switch
    {
        CoveragePriority.Secondary => 'S',
        CoveragePriority.Tertiary => 'T',
        _ => 'P',
    };

    private static Common.Address? Blank(Common.Address address) => string.IsNullOrEmpty(address.Line1) ? null : address;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>Loads claims with their patients, policies, payers and providers in a few set queries, for any number of claims.</summary>
/// <remarks>
/// The id lists go to SQLite as one JSON parameter (<c>EF.Parameter</c>, read with json_each), not as
/// one parameter per id: with thousands of ids the split queries of the Include spent most of their
/// time on the parameters (about 0.7 s for 2,000 claims against 0.09 s).
/// </remarks>
public static class ClaimDocuments
{
    private const int Chunk = 2_000;

    public static async Task<IReadOnlyList<ClaimDocument>> LoadAsync(RevenueCycleDbContext db, IReadOnlyCollection<int> claimIds, bool tracked, CancellationToken cancellationToken)
    {
        var claims = new List<Claim>(claimIds.Count);
        foreach (var chunk in claimIds.Distinct().Chunk(Chunk))
        {
            var query = db.Claims.Include(c => c.Lines).Include(c => c.Diagnoses).Where(c => EF.Parameter(chunk).Contains(c.Id)).AsSplitQuery();
            claims.AddRange(await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken));
        }

        return await ComposeAsync(db, claims, cancellationToken);
    }

    /// <summary>Adds the reference rows to claims already loaded.</summary>
    public static async Task<IReadOnlyList<ClaimDocument>> ComposeAsync(RevenueCycleDbContext db, IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        var patientIds = claims.Select(c => c.PatientId).Distinct().ToList();
        var policyIds = claims.Where(c => c.PolicyId is not null).Select(c => c.PolicyId!.Value).Distinct().ToList();
        var providerIds = claims.Select(c => c.RenderingProviderId).Concat(claims.Where(c => c.ReferringProviderId is not null).Select(c => c.ReferringProviderId!.Value)).Distinct().ToList();
        var patients = new Dictionary<int, Patient>();
        foreach (var chunk in patientIds.Chunk(Chunk))
        {
            foreach (var p in await db.Patients.AsNoTracking().Where(p => EF.Parameter(chunk).Contains(p.Id)).ToListAsync(cancellationToken))
            {
                patients[p.Id] = p;
            }
        }

        var policies = new Dictionary<int, InsurancePolicy>();
        foreach (var chunk in policyIds.Chunk(Chunk))
        {
            foreach (var p in await db.InsurancePolicies.AsNoTracking().Where(p => EF.Parameter(chunk).Contains(p.Id)).ToListAsync(cancellationToken))
            {
                policies[p.Id] = p;
            }
        }

        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var priors = await PriorAdjudicationsAsync(db, claims.Where(c => c.PrimaryClaimId is not null).Select(c => c.PrimaryClaimId!.Value).Distinct().ToList(), patients, cancellationToken);
        var payers = await db.Payers.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var practices = await db.Practices.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var facilities = await db.ServiceFacilities.AsNoTracking().ToDictionaryAsync(f => f.Id, cancellationToken);
        return claims.Select(c => new ClaimDocument(
                c,
                patients[c.PatientId],
                c.PolicyId is { } policyId ? policies.GetValueOrDefault(policyId) : null,
                payers[c.PayerId],
                practices[c.PracticeId],
                providers[c.RenderingProviderId],
                c.ReferringProviderId is { } referring ? providers.GetValueOrDefault(referring) : null,
                c.ServiceFacilityId is { } facility ? facilities.GetValueOrDefault(facility) : null,
                c.PrimaryClaimId is { } primary ? priors.GetValueOrDefault(primary) : null))
            .ToList();
    }

    // The previous payers' adjudications: payments and the payer's adjustments per line, net of reversals.
    private static async Task<Dictionary<int, PriorAdjudication>> PriorAdjudicationsAsync(RevenueCycleDbContext db, List<int> primaryIds, Dictionary<int, Patient> patients, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, PriorAdjudication>();
        if (primaryIds.Count == 0)
        {
            return result;
        }

        var primaries = await db.Claims.AsNoTracking().Include(c => c.Lines).Where(c => primaryIds.Contains(c.Id)).AsSplitQuery().ToListAsync(cancellationToken);
        var policyIds = primaries.Where(c => c.PolicyId is not null).Select(c => c.PolicyId!.Value).ToList();
        var policies = await db.InsurancePolicies.AsNoTracking().Where(p => policyIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var payers = await db.Payers.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var payments = await db.Payments.AsNoTracking().Where(p => primaryIds.Contains(p.ClaimId) && p.Source == Remittance.PaymentSource.Payer)
            .GroupBy(p => p.ClaimLineId).Select(g => new { LineId = g.Key, Amount = g.Sum(p => p.Amount) }).ToListAsync(cancellationToken);
        var adjustments = await db.Adjustments.AsNoTracking().Where(a => primaryIds.Contains(a.ClaimId) && a.PaymentBatchId != null)
            .GroupBy(a => new { a.ClaimLineId, a.Group, a.ReasonCode }).Select(g => new { g.Key.ClaimLineId, g.Key.Group, g.Key.ReasonCode, Amount = g.Sum(a => a.Amount) }).ToListAsync(cancellationToken);
        var dates = await (from rc in db.RemittanceClaims.AsNoTracking()
                           join r in db.Remittances on rc.RemittanceId equals r.Id
                           where rc.ClaimId != null && primaryIds.Contains(rc.ClaimId.Value)
                           group r by rc.ClaimId into g
                           select new { ClaimId = g.Key!.Value, Date = g.Max(r => r.PaymentDate) }).ToDictionaryAsync(x => x.ClaimId, x => x.Date, cancellationToken);
        foreach (var primary in primaries.Where(p => p.PolicyId is not null && policies.ContainsKey(p.PolicyId.Value)))
        {
            var lines = new Dictionary<int, (decimal, IReadOnlyList<Cas837>)>();
            foreach (var line in primary.Lines)
            {
                var cas = adjustments.Where(a => a.ClaimLineId == line.Id && a.Amount != 0).Select(a => new Cas837(a.Group.ToString(), a.ReasonCode, a.Amount)).ToList();
                lines[line.LineNumber] = (payments.Where(p => p.LineId == line.Id).Sum(p => p.Amount), cas);
            }

            var adjudicated = dates.TryGetValue(primary.Id, out var date) ? date : DateOnly.FromDateTime(primary.FirstAdjudicatedAtUtc ?? primary.StatusChangedAtUtc);
            result[primary.Id] = new PriorAdjudication(payers[primary.PayerId], policies[primary.PolicyId!.Value], patients.GetValueOrDefault(primary.PatientId) ?? await db.Patients.AsNoTracking().SingleAsync(p => p.Id == primary.PatientId, cancellationToken),
                primary.InsurancePaid, primary.PatientResponsibility, adjudicated, primary.PayerClaimNumber, lines);
        }

        return result;
    }
}
