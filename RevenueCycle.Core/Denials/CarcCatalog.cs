namespace RevenueCycle.Core.Denials;

/// <summary>
/// Claim adjustment reason codes the application understands, with a plain-words description
/// written for this project and the denial root cause they map to. Codes not listed are treated
/// as "Other". CARC 1/2/3 and 45 are normal adjustments, not denials.
/// </summary>
public static class CarcCatalog
{
    private static readonly Dictionary<string, (string Description, DenialCategory? Category)> Codes = new()
    {
        ["1"] = ("Deductible amount", null),
        ["2"] = ("Coinsurance amount", null),
        ["3"] = ("Copayment amount", null),
        ["45"] = ("Charge is above the contracted fee schedule", null),
        ["23"] = ("Already adjusted by a prior payer", null),
        ["4"] = ("Procedure code does not fit the modifier used, or a modifier is missing", DenialCategory.Coding),
        ["6"] = ("Procedure does not fit the patient's age", DenialCategory.Coding),
        ["7"] = ("Procedure does not fit the patient's sex", DenialCategory.Coding),
        ["9"] = ("Diagnosis does not fit the patient's age", DenialCategory.Coding),
        ["10"] = ("Diagnosis does not fit the patient's sex", DenialCategory.Coding),
        ["11"] = ("Diagnosis does not support the procedure", DenialCategory.Coding),
        ["15"] = ("Authorization number missing or invalid", DenialCategory.Authorization),
        ["16"] = ("Claim is missing information or has billing errors (see remark code)", DenialCategory.MissingInformation),
        ["18"] = ("Exact duplicate of a claim already processed", DenialCategory.Duplicate),
        ["22"] = ("Another payer may be primary (coordination of benefits)", DenialCategory.CoordinationOfBenefits),
        ["27"] = ("Service after coverage ended", DenialCategory.Eligibility),
        ["29"] = ("Filed after the payer's timely-filing limit", DenialCategory.TimelyFiling),
        ["31"] = ("Patient is not identified as the payer's member", DenialCategory.Eligibility),
        ["50"] = ("Payer does not consider the service medically necessary", DenialCategory.MedicalNecessity),
        ["96"] = ("Service is not covered by the plan", DenialCategory.NonCovered),
        ["97"] = ("Paid as part of another service (bundled)", DenialCategory.Bundling),
        ["109"] = ("Not covered by this payer; send to the correct payer", DenialCategory.Eligibility),
        ["146"] = ("Diagnosis code not valid on the date of service", DenialCategory.Coding),
        ["151"] = ("Payer considers the number or frequency of services excessive", DenialCategory.MedicalNecessity),
        ["167"] = ("Diagnosis is not covered", DenialCategory.NonCovered),
        ["170"] = ("Not paid when performed by this type of provider", DenialCategory.NonCovered),
        ["181"] = ("Procedure code not valid on the date of service", DenialCategory.Coding),
        ["182"] = ("Modifier not valid on the date of service", DenialCategory.Coding),
        ["197"] = ("Precertification or authorization was not obtained", DenialCategory.Authorization),
        ["204"] = ("Service is not covered under the patient's current benefit plan", DenialCategory.NonCovered),
        ["236"] = ("Procedure pair not allowed together under NCCI (or modifier missing)", DenialCategory.Bundling),
    };

    /// <summary>Whether an adjustment with this reason is a denial to be worked, rather than a routine adjustment.</summary>
    public static bool IsDenial(string reasonCode) =>
        !Codes.TryGetValue(reasonCode, out var info) || info.Category is not null;

    public static DenialCategory CategoryOf(string reasonCode) =>
        Codes.TryGetValue(reasonCode, out var info) && info.Category is { } category ? category : DenialCategory.Other;

    public static string Describe(string reasonCode) =>
        Codes.TryGetValue(reasonCode, out var info) ? info.Description : $"Reason code {reasonCode}";
}
