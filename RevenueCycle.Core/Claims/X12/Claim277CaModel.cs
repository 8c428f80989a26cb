namespace RevenueCycle.Core.Claims.X12;

/// <summary>What a 277CA says about a claim or a line: taken into adjudication, rejected (fix and resubmit), or neither.</summary>
public enum Ack277CaOutcome
{
    /// <summary>No status says accepted or rejected (A0 forwarded, A4 not found, E0-E4, D0, or no STC at all).</summary>
    Undetermined,

    /// <summary>A1 received, A2 accepted into adjudication, A5 split claim.</summary>
    Accepted,

    /// <summary>A3 returned as unprocessable, A6 missing information, A7 invalid information, A8 relational field in error.</summary>
    Rejected,
}

/// <summary>What <see cref="Claim277CaReader"/> found: the envelope of the first group and every 277CA transaction set.</summary>
public sealed record Parsed277Ca(AckEnvelope Envelope, IReadOnlyList<Ack277Ca> Transactions)
{
    /// <summary>Every claim of every transaction set, in file order.</summary>
    public IReadOnlyList<Ack277CaClaim> Claims => Transactions.SelectMany(t => t.Claims).ToList();
}

/// <summary>
/// One 277CA transaction set (005010X214): the payer or clearinghouse (2000A), us as the receiver (2000B, with
/// the batch's accepted and rejected totals), the billing providers (2000C) and the claims (2000D/2200D).
/// </summary>
/// <param name="ReferenceId">BHT03, the sender's reference for this acknowledgement.</param>
/// <param name="CreatedDate">BHT04.</param>
/// <param name="Source">2000A information source (NM1*PR payer or a clearinghouse), with DTP*050 received and DTP*009 processed dates.</param>
/// <param name="Receiver">2000B information receiver (NM1*41, the submitter), with the batch status and totals.</param>
public sealed record Ack277Ca(
    AckEnvelope Envelope,
    int SegmentNumber,
    string ControlNumber,
    string? ReferenceId,
    DateOnly? CreatedDate,
    Ack277CaParty? Source,
    DateOnly? ReceivedDate,
    DateOnly? ProcessedDate,
    Ack277CaParty? Receiver,
    IReadOnlyList<Ack277CaParty> Providers,
    IReadOnlyList<Ack277CaClaim> Claims);

/// <summary>
/// A 2000A, 2000B or 2000C level: the NM1 name and id, the TRN trace number, the STC statuses and the
/// QTY/AMT totals (QTY*90 or QA accepted claims, QTY*AA or QC rejected; AMT*YU accepted charges, AMT*YY rejected).
/// </summary>
/// <param name="LevelCode">HL03: 20 information source, 21 information receiver, 19 provider of service.</param>
/// <param name="EntityCode">NM101: PR payer, 41 submitter, 85 billing provider ...</param>
/// <param name="IdQualifier">NM108: PI payer id, 46 ETIN, XX NPI, FI TIN.</param>
public sealed record Ack277CaParty(
    int SegmentNumber,
    string LevelCode,
    string EntityCode,
    string Name,
    string? IdQualifier,
    string? Id,
    string? TraceNumber,
    IReadOnlyList<Ack277CaStatus> Statuses,
    int? AcceptedQuantity,
    int? RejectedQuantity,
    decimal? AcceptedAmount,
    decimal? RejectedAmount);

/// <summary>
/// Loop 2200D: one claim's acknowledgement. <see cref="PatientControlNumber"/> is TRN02, our CLM01; that
/// is how the acknowledgement is matched to the claim we sent.
/// </summary>
/// <param name="SegmentNumber">The HL*PT segment that opens the claim (loop 2000D).</param>
/// <param name="PayerClaimNumber">REF*1K, the payer's claim control number, when the claim was accepted.</param>
/// <param name="ClearinghouseTraceNumber">REF*D9.</param>
/// <param name="MemberId">NM109 of the NM1*QC patient loop (2100D).</param>
/// <param name="BillingProviderId">NM109 of the 2000C provider the claim sits under (usually the billing NPI).</param>
/// <param name="Statuses">The claim-level STC segments.</param>
/// <param name="Lines">Loop 2220D, service lines the payer chose to report on.</param>
public sealed record Ack277CaClaim(
    int SegmentNumber,
    string PatientControlNumber,
    string? PayerClaimNumber,
    string? ClearinghouseTraceNumber,
    string? PatientLastName,
    string? PatientFirstName,
    string? MemberId,
    string? BillingProviderId,
    DateOnly? ServiceDateFrom,
    DateOnly? ServiceDateTo,
    IReadOnlyList<Ack277CaStatus> Statuses,
    IReadOnlyList<Ack277CaLine> Lines)
{
    /// <summary>Rejected when any claim-level STC carries a rejection category; accepted when one carries A1, A2 or A5.</summary>
    public Ack277CaOutcome Outcome => Ack277CaStatus.Combine(Statuses);

    /// <summary>STC04 of the first status that carries it: the total charge the payer received.</summary>
    public decimal? TotalCharge => Statuses.FirstOrDefault(s => s.TotalCharge is not null)?.TotalCharge;

    /// <summary>
    /// The reason in plain words: for a rejected claim every rejecting status ("Rejected for invalid information:
    /// Entity's National Provider Identifier (NPI) (billing provider)"), otherwise the first status.
    /// </summary>
    public string Reason => Ack277CaStatus.Explain(Statuses);
}

/// <summary>Loop 2220D: a service line (SVC) with its own statuses, REF*FJ line item control number (our REF*6R) and DTP*472 dates.</summary>
/// <param name="ProcedureQualifier">SVC01-1: HC (CPT/HCPCS), NU (revenue code) ...</param>
/// <param name="Units">SVC07.</param>
public sealed record Ack277CaLine(
    int SegmentNumber,
    string ProcedureQualifier,
    string ProcedureCode,
    IReadOnlyList<string> Modifiers,
    decimal? Charge,
    decimal? Units,
    string? LineControlNumber,
    DateOnly? ServiceDateFrom,
    DateOnly? ServiceDateTo,
    IReadOnlyList<Ack277CaStatus> Statuses)
{
    /// <summary>The line's verdict, from its own STC segments.</summary>
    public Ack277CaOutcome Outcome => Ack277CaStatus.Combine(Statuses);

    /// <summary>The reason in plain words, as for a claim.</summary>
    public string Reason => Ack277CaStatus.Explain(Statuses);
}

/// <summary>
/// One STC segment: up to three status composites (STC01, STC10, STC11), the date (STC02), the action code
/// (STC03: WQ accept, U reject), the total charge (STC04) and free text (STC12).
/// </summary>
public sealed record Ack277CaStatus(
    int SegmentNumber,
    IReadOnlyList<Ack277CaStatusCode> Codes,
    DateOnly? EffectiveDate,
    string? ActionCode,
    decimal? TotalCharge,
    string? Message)
{
    /// <summary>Rejected when any composite is a rejection, accepted when any is an acceptance.</summary>
    public Ack277CaOutcome Outcome => Codes.Any(c => c.Outcome == Ack277CaOutcome.Rejected)
        ? Ack277CaOutcome.Rejected
        : Codes.Any(c => c.Outcome == Ack277CaOutcome.Accepted) ? Ack277CaOutcome.Accepted : Ack277CaOutcome.Undetermined;

    /// <summary>Every composite in plain words, joined with "; ", then the free text.</summary>
    public string Description => string.Join("; ", Codes.Select(c => c.Description).Concat(Message is null ? [] : [Message]));

    internal static Ack277CaOutcome Combine(IReadOnlyList<Ack277CaStatus> statuses) =>
        statuses.Any(s => s.Outcome == Ack277CaOutcome.Rejected)
            ? Ack277CaOutcome.Rejected
            : statuses.Any(s => s.Outcome == Ack277CaOutcome.Accepted) ? Ack277CaOutcome.Accepted : Ack277CaOutcome.Undetermined;

    internal static string Explain(IReadOnlyList<Ack277CaStatus> statuses)
    {
        if (statuses.Count == 0)
        {
            return "No status was reported.";
        }

        var rejections = statuses.Where(s => s.Outcome == Ack277CaOutcome.Rejected).ToList();
        return rejections.Count > 0 ? string.Join("; ", rejections.Select(s => s.Description)) : statuses[0].Description;
    }
}

/// <summary>
/// An STC composite: category (STC0x-1, A1-A8 ...), status (STC0x-2, 21, 562 ...) and the entity it is about (STC0x-3, 85, IL, QC ...).
/// </summary>
public sealed record Ack277CaStatusCode(string Category, string Status, string? Entity)
{
    /// <summary>A3, A6, A7 and A8 reject the claim; A1, A2 and A5 mean it was taken; anything else decides nothing.</summary>
    public Ack277CaOutcome Outcome => Category switch
    {
        "A3" or "A6" or "A7" or "A8" => Ack277CaOutcome.Rejected,
        "A1" or "A2" or "A5" => Ack277CaOutcome.Accepted,
        _ => Ack277CaOutcome.Undetermined,
    };

    /// <summary>E.g. "Rejected for invalid information: Entity's National Provider Identifier (NPI) (billing provider)".</summary>
    public string Description
    {
        get
        {
            var text = $"{AckCodes.StatusCategory(Category)}: {(Status.Length == 0 ? "no status code" : AckCodes.Status(Status))}";
            return Entity is null ? text : $"{text} ({AckCodes.Entity(Entity)})";
        }
    }
}
