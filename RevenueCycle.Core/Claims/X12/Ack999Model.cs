namespace RevenueCycle.Core.Claims.X12;

/// <summary>The interchange (ISA) and functional group (GS) an acknowledgement arrived in.</summary>
/// <param name="SenderQualifier">ISA05.</param>
/// <param name="SenderId">ISA06, the clearinghouse or payer that sent the acknowledgement.</param>
/// <param name="ReceiverQualifier">ISA07.</param>
/// <param name="ReceiverId">ISA08, us.</param>
/// <param name="InterchangeControlNumber">ISA13 of the acknowledgement itself (not of our 837).</param>
/// <param name="UsageIndicator">ISA15: T test, P production.</param>
/// <param name="GroupControlNumber">GS06 of the acknowledgement's own group.</param>
/// <param name="Version">GS08, e.g. 005010X231A1 or 005010X214.</param>
/// <param name="CreatedAt">GS04/GS05, when the sender built the file; null when they are not a valid date and time.</param>
public sealed record AckEnvelope(
    string SenderQualifier,
    string SenderId,
    string ReceiverQualifier,
    string ReceiverId,
    string InterchangeControlNumber,
    char UsageIndicator,
    string GroupControlNumber,
    string Version,
    DateTime? CreatedAt);

/// <summary>What <see cref="Ack999Reader"/> found: the envelope of the first group and every 999 transaction set in the file.</summary>
public sealed record Parsed999(AckEnvelope Envelope, IReadOnlyList<Ack999> Acknowledgements);

/// <summary>
/// One 999 transaction set (ST/SE): the acknowledgement of one functional group we sent. AK1 names that group
/// by its GS06 (<see cref="AcknowledgedGroupControlNumber"/>), which is how the 999 is matched to a submission batch.
/// </summary>
/// <param name="Envelope">The ISA/GS this transaction set came in.</param>
/// <param name="SegmentNumber">The ST segment, counted from the first ISA.</param>
/// <param name="ControlNumber">ST02 of the 999.</param>
/// <param name="FunctionalIdentifier">AK101, HC for an 837 group.</param>
/// <param name="AcknowledgedGroupControlNumber">AK102: GS06 of the 837 group being acknowledged.</param>
/// <param name="AcknowledgedVersion">AK103, e.g. 005010X222A1.</param>
/// <param name="TransactionSets">One AK2 loop per transaction set of that group.</param>
/// <param name="GroupStatus">AK9, the verdict on the whole group.</param>
public sealed record Ack999(
    AckEnvelope Envelope,
    int SegmentNumber,
    string ControlNumber,
    string FunctionalIdentifier,
    string AcknowledgedGroupControlNumber,
    string? AcknowledgedVersion,
    IReadOnlyList<Ack999TransactionSet> TransactionSets,
    Ack999GroupStatus GroupStatus);

/// <summary>
/// AK2 loop: the response for one transaction set (an ST of our 837): its id and control number (AK201/AK202),
/// the segment errors (IK3 loops) and the verdict (IK5).
/// </summary>
/// <param name="StatusCode">IK501: A accepted, E accepted with errors, R rejected (M, W, X are rejections too).</param>
/// <param name="ErrorCodes">IK502-IK506 (5 one or more segments in error ...).</param>
public sealed record Ack999TransactionSet(
    int SegmentNumber,
    string TransactionSetId,
    string ControlNumber,
    string? ImplementationReference,
    IReadOnlyList<Ack999SegmentError> SegmentErrors,
    string StatusCode,
    IReadOnlyList<string> ErrorCodes)
{
    /// <summary>A and E: the payer takes the transaction set (E with noted errors); everything else is a rejection.</summary>
    public bool IsAccepted => StatusCode is "A" or "E";

    /// <summary>IK501 in plain words.</summary>
    public string StatusDescription => AckCodes.Acknowledgment(StatusCode);

    /// <summary>IK502-IK506 in plain words.</summary>
    public IReadOnlyList<string> ErrorDescriptions => ErrorCodes.Select(AckCodes.TransactionSetError).ToList();
}

/// <summary>
/// IK3 loop: a segment of our 837 that the receiver found wrong, with the element errors (IK4) inside it.
/// </summary>
/// <param name="SegmentNumber">The IK3 segment in the 999 file.</param>
/// <param name="SegmentId">IK301, e.g. NM1.</param>
/// <param name="Position">IK302: the segment's position in our transaction set, counted from ST = 1.</param>
/// <param name="LoopId">IK303, e.g. 2010AA.</param>
/// <param name="ErrorCode">IK304 (1 unrecognized segment ID, 2 unexpected, 3 required segment missing, 8 has data element errors ...).</param>
/// <param name="PatientControlNumber">From the loop's CTX*CLM01 context, when the receiver names the claim.</param>
public sealed record Ack999SegmentError(
    int SegmentNumber,
    string SegmentId,
    int Position,
    string? LoopId,
    string ErrorCode,
    string? PatientControlNumber,
    IReadOnlyList<Ack999ElementError> ElementErrors)
{
    /// <summary>IK304 in plain words.</summary>
    public string Description => AckCodes.SegmentError(ErrorCode);
}

/// <summary>IK4: one element of the segment in error.</summary>
/// <param name="Position">IK401-1, the element's position in the segment (NM109 is 9).</param>
/// <param name="ComponentPosition">IK401-2, for a composite.</param>
/// <param name="RepetitionPosition">IK401-3, for a repeating element.</param>
/// <param name="ElementReference">IK402, the X12 data element number (e.g. 67 for an identification code).</param>
/// <param name="ErrorCode">IK403 (1 required element missing, 4 too short, 5 too long, 6 invalid character, 7 invalid code value, 8 invalid date ...).</param>
/// <param name="BadValue">IK404, a copy of the bad value when the receiver sends it.</param>
public sealed record Ack999ElementError(
    int SegmentNumber,
    int Position,
    int? ComponentPosition,
    int? RepetitionPosition,
    string? ElementReference,
    string ErrorCode,
    string? BadValue)
{
    /// <summary>IK403 in plain words.</summary>
    public string Description => AckCodes.ElementError(ErrorCode);
}

/// <summary>AK9: the verdict on the whole group and the transaction-set counts.</summary>
/// <param name="Code">AK901: A accepted, E accepted with errors, P partially accepted, R rejected (M, W, X rejections too).</param>
/// <param name="IncludedCount">AK902, transaction sets in our group.</param>
/// <param name="ReceivedCount">AK903, transaction sets the receiver got.</param>
/// <param name="AcceptedCount">AK904, transaction sets accepted (A or E).</param>
/// <param name="ErrorCodes">AK905-AK909 (functional group syntax error codes).</param>
public sealed record Ack999GroupStatus(
    int SegmentNumber,
    string Code,
    int IncludedCount,
    int ReceivedCount,
    int AcceptedCount,
    IReadOnlyList<string> ErrorCodes)
{
    /// <summary>A or E: every transaction set was taken.</summary>
    public bool IsAccepted => Code is "A" or "E";

    /// <summary>P: some transaction sets were rejected; look at each AK2's IK5.</summary>
    public bool IsPartiallyAccepted => Code == "P";

    /// <summary>R, M, W or X: nothing in the group was taken.</summary>
    public bool IsRejected => !IsAccepted && !IsPartiallyAccepted;

    /// <summary>AK901 in plain words.</summary>
    public string Description => AckCodes.Acknowledgment(Code);

    /// <summary>AK905-AK909 in plain words.</summary>
    public IReadOnlyList<string> ErrorDescriptions => ErrorCodes.Select(AckCodes.GroupError).ToList();
}
