namespace RevenueCycle.Core.Claims.Paper;

/// <summary>What <see cref="Cms1500Writer"/> puts on the page.</summary>
public enum Cms1500Mode
{
    /// <summary>Only the claim data, positioned for the pre-printed red (OCR dropout ink) CMS-1500 form.</summary>
    DataOnly,

    /// <summary>The data plus the form itself (box outlines, numbers and captions), for payers that take a plain-paper copy.</summary>
    PlainPaper,
}
