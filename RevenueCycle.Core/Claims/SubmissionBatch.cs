namespace RevenueCycle.Core.Claims;

public enum SubmissionFormat
{
    /// <summary>X12 837P 005010X222A1.</summary>
    X12837P,

    /// <summary>Printed CMS-1500 (02/12).</summary>
    Cms1500,
}

public enum AcknowledgementStatus
{
    Pending,
    Accepted,
    PartiallyAccepted,
    Rejected,
}

/// <summary>
/// One file sent to one receiver. The interchange (ISA13) and group (GS06) control numbers are
/// stored so they are unique per sender and a 999 can be matched back.
/// </summary>
public sealed class SubmissionBatch
{
    private SubmissionBatch()
    {
    }

    public SubmissionBatch(string receiverId, SubmissionFormat format, int interchangeControlNumber, int groupControlNumber, DateTime createdAtUtc, string createdByUserId)
    {
        ReceiverId = receiverId;
        Format = format;
        InterchangeControlNumber = interchangeControlNumber;
        GroupControlNumber = groupControlNumber;
        CreatedAtUtc = createdAtUtc;
        CreatedByUserId = createdByUserId;
        AcknowledgementStatus = AcknowledgementStatus.Pending;
    }

    public int Id { get; private set; }

    /// <summary>The clearinghouse (ISA08) or, for paper, the payer.</summary>
    public string ReceiverId { get; private set; } = "";

    public SubmissionFormat Format { get; private set; }

    public int InterchangeControlNumber { get; private set; }

    public int GroupControlNumber { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    public int ClaimCount { get; private set; }

    public decimal TotalCharge { get; private set; }

    public string? FileName { get; private set; }

    public AcknowledgementStatus AcknowledgementStatus { get; private set; }

    public void RecordContents(int claimCount, decimal totalCharge, string? fileName)
    {
        ClaimCount = claimCount;
        TotalCharge = totalCharge;
        FileName = fileName;
    }

    public void RecordAcknowledgement(AcknowledgementStatus status) => AcknowledgementStatus = status;
}

/// <summary>A claim's inclusion in a batch; a resubmitted claim has several.</summary>
public sealed class ClaimSubmission
{
    private ClaimSubmission()
    {
    }

    internal ClaimSubmission(SubmissionBatch batch, DateTime submittedAtUtc)
    {
        SubmissionBatch = batch;
        SubmittedAtUtc = submittedAtUtc;
    }

    public long Id { get; private set; }

    public int ClaimId { get; private set; }

    public int SubmissionBatchId { get; private set; }

    public SubmissionBatch? SubmissionBatch { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }
}

/// <summary>The file a batch was sent as (837P text or CMS-1500 PDF), kept so it can be downloaded again.</summary>
public sealed class SubmissionBatchFile
{
    private SubmissionBatchFile()
    {
    }

    public SubmissionBatchFile(SubmissionBatch batch, string contentType, byte[] content)
    {
        SubmissionBatch = batch;
        ContentType = contentType;
        Content = content;
    }

    public int SubmissionBatchId { get; private set; }

    public SubmissionBatch? SubmissionBatch { get; private set; }

    public string ContentType { get; private set; } = "";

    public byte[] Content { get; private set; } = [];
}
