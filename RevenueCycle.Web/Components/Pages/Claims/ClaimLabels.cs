using RevenueCycle.Core.Claims;

namespace RevenueCycle.Web.Components.Pages.Claims;

/// <summary>Claim words as billers say them.</summary>
public static class ClaimLabels
{
    public static string Status(ClaimStatus status) => status switch
    {
        ClaimStatus.Held => "Held",
        ClaimStatus.PartiallyPaid => "Partially paid",
        ClaimStatus.PatientBalance => "Patient balance",
        _ => status.ToString(),
    };

    public static string Frequency(string code) => code switch
    {
        "7" => "Replacement (7)",
        "8" => "Void (8)",
        _ => "Original (1)",
    };
}
