namespace RevenueCycle.Core.Claims;

/// <summary>CMS-1500 forms for claims.</summary>
public static class ClaimForms
{
    public static byte[] WritePdf(IReadOnlyList<ClaimDocument> documents) => throw new NotSupportedException($"{documents.Count}");
}
