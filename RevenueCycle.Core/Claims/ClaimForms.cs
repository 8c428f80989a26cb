using RevenueCycle.Core.Claims.Paper;

namespace RevenueCycle.Core.Claims;

/// <summary>CMS-1500 (02/12) forms for claims: the 837P view of each claim plus what only the paper form carries.</summary>
public static class ClaimForms
{
    public static byte[] WritePdf(IReadOnlyList<ClaimDocument> documents, Cms1500Mode mode = Cms1500Mode.PlainPaper, DateOnly? signatureDate = null) =>
        Cms1500Writer.Write(documents.Select(d => ToForm(d, signatureDate)).ToList(), mode);

    public static Cms1500Claim ToForm(ClaimDocument doc, DateOnly? signatureDate = null)
    {
        var claim = doc.Claim;
        var insuredAddress = doc.Policy?.Subscriber is { } s && doc.Policy.Relationship != Patients.SubscriberRelationship.Self ? s.Address : doc.Patient.Address;
        return new Cms1500Claim(doc.ToClaim837())
        {
            PayerAddress = string.IsNullOrEmpty(doc.Payer.Address.Line1) ? null : doc.Payer.Address,
            PatientPhone = doc.Patient.Phone,
            InsuredAddress = string.IsNullOrEmpty(insuredAddress.Line1) ? null : insuredAddress,
            EmploymentRelated = claim.RelatedToEmployment,
            AutoAccidentState = claim.AutoAccident ? claim.AutoAccidentState : null,
            OtherAccident = claim.OtherAccident,
            CurrentIllnessDate = claim.OnsetDate,
            AdditionalInformation = claim.AdditionalInformation,
            AmountPaid = claim.InsurancePaid + claim.PatientPaid,
            SignatureDate = signatureDate ?? DateOnly.FromDateTime(claim.CreatedAtUtc),
            BillingProviderPhone = doc.Practice.Phone,
        };
    }
}
