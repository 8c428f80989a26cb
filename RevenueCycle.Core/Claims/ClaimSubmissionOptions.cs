namespace RevenueCycle.Core.Claims;

/// <summary>
/// Where the 837P files go (configuration section <c>Claims:Submission</c>): the default
/// clearinghouse's interchange IDs and delimiters at the top level, and more clearinghouses under
/// <see cref="Clearinghouses"/>, each serving the payers it lists. The defaults suit a test
/// interchange (ISA15 T).
/// </summary>
public sealed class ClaimSubmissionOptions : ClearinghouseOptions
{
    public const string Section = "Claims:Submission";

    /// <summary>Other clearinghouses; a payer listed in one's <see cref="ClearinghouseOptions.PayerIds"/> goes there.</summary>
    public List<ClearinghouseOptions> Clearinghouses { get; set; } = [];

    /// <summary>The clearinghouse for a payer (by its payer ID): the one that lists it, else the default.</summary>
    public ClearinghouseOptions For(string payerIdCode) =>
        Clearinghouses.FirstOrDefault(c => c.PayerIds.Contains(payerIdCode, StringComparer.OrdinalIgnoreCase)) ?? this;

    /// <summary>The clearinghouse whose ISA08 is this receiver.</summary>
    public ClearinghouseOptions? ByReceiver(string receiverId) =>
        ReceiverId == receiverId ? this : Clearinghouses.FirstOrDefault(c => c.ReceiverId == receiverId);
}

/// <summary>One clearinghouse: its interchange IDs, contact and delimiters.</summary>
public class ClearinghouseOptions
{
    /// <summary>The payer IDs (payer.PayerIdCode) sent through this clearinghouse; unused on the default.</summary>
    public List<string> PayerIds { get; set; } = [];

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
