namespace RevenueCycle.Core.Claims;

public enum AcknowledgementKind
{
    /// <summary>999 implementation acknowledgement: per transaction set.</summary>
    Ack999,

    /// <summary>277CA claim acknowledgement: per claim.</summary>
    Ack277CA,
}

/// <summary>An imported acknowledgement file; its SHA-256 makes a second import of the same file a no-op.</summary>
public sealed class AcknowledgementFile
{
    private AcknowledgementFile()
    {
    }

    public AcknowledgementFile(AcknowledgementKind kind, string fileName, string sha256, DateTime importedAtUtc, string userId, string summary)
    {
        Kind = kind;
        FileName = fileName;
        Sha256 = sha256;
        ImportedAtUtc = importedAtUtc;
        UserId = userId;
        Summary = summary.Length > 1000 ? summary[..997] + "..." : summary;
    }

    public int Id { get; private set; }

    public AcknowledgementKind Kind { get; private set; }

    public string FileName { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public DateTime ImportedAtUtc { get; private set; }

    public string UserId { get; private set; } = "";

    public string Summary { get; private set; } = "";
}

/// <summary>What an acknowledgement said about one claim (277CA) or one batch (999), shown on the claim.</summary>
public sealed class ClaimAcknowledgement
{
    private ClaimAcknowledgement()
    {
    }

    public ClaimAcknowledgement(int acknowledgementFileId, int? claimId, int? submissionBatchId, bool accepted, string codes, string message, DateTime receivedAtUtc)
    {
        AcknowledgementFileId = acknowledgementFileId;
        ClaimId = claimId;
        SubmissionBatchId = submissionBatchId;
        Accepted = accepted;
        Codes = codes.Length > 200 ? codes[..200] : codes;
        Message = message.Length > 1000 ? message[..997] + "..." : message;
        ReceivedAtUtc = receivedAtUtc;
    }

    public long Id { get; private set; }

    public int AcknowledgementFileId { get; private set; }

    public int? ClaimId { get; private set; }

    public int? SubmissionBatchId { get; private set; }

    public bool Accepted { get; private set; }

    /// <summary>The status codes as received, e.g. "A7:562:85" or "IK5 R 5".</summary>
    public string Codes { get; private set; } = "";

    public string Message { get; private set; } = "";

    public DateTime ReceivedAtUtc { get; private set; }
}
