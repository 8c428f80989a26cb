namespace RevenueCycle.Core.Claims;

/// <summary>
/// The clearinghouse the 837P files go to (configuration section <c>Claims:Submission</c>): its
/// interchange IDs and the delimiters it expects. The defaults suit a test interchange (ISA15 T).
/// </summary>
public sealed class ClaimSubmissionOptions
{
    public const string Section = "Claims:Submission";

    /// <summary>ISA05: ZZ mutually defined, 30 federal TIN...</summary>
    public string SenderQualifier { get; set; } = "ZZ";

    /// <summary>ISA06 / GS02 / loop 1000A NM109: the practice's submitter ID at the clearinghouse.</summary>
    public string SenderId { get; set; } = "RCPRACTICE";

    public string ReceiverQualifier { get; set; } = "ZZ";

    /// <summary>ISA08 / GS03 / loop 1000B NM109.</summary>
    public string ReceiverId { get; set; } = "RCCLEARHOUSE";

    public string ReceiverName { get; set; } = "CLEARINGHOUSE";

    /// <summary>Loop 1000A PER contact; the submitter name is the practice's.</summary>
    public string ContactName { get; set; } = "BILLING OFFICE";

    public string ContactPhone { get; set; } = "5555550100";

    /// <summary>ISA15: T for test, P for production.</summary>
    public string UsageIndicator { get; set; } = "T";

    public char ElementSeparator { get; set; } = '*';

    public char ComponentSeparator { get; set; } = ':';

    public char RepetitionSeparator { get; set; } = '^';

    public char SegmentTerminator { get; set; } = '~';

    /// <summary>Write a line break after each segment terminator (most clearinghouses accept it; some want none).</summary>
    public bool LineBreakAfterSegment { get; set; } = true;
}
