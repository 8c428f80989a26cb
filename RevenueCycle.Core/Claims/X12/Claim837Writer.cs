using System.Globalization;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Claims.X12;

/// <summary>Writes an 837P (005010X222A1) interchange: one ISA/GS, one ST transaction set holding every claim.</summary>
public static class Claim837Writer
{
    public const string Version = "005010X222A1";
    private const string TransactionSetControlNumber = "0001";

    // SBR05 insurance type codes for Medicare secondary payer claims (005010X222A1, loop 2000B).
    private static readonly string[] MedicareSecondaryTypeCodes = ["12", "13", "14", "15", "16", "41", "42", "43", "47"];

    /// <summary>
    /// Writes the claims, grouped under one 2000A loop per billing provider. Throws
    /// <see cref="ArgumentException"/> for input the guide cannot carry (a delimiter inside a value,
    /// an ID too long for ISA06/ISA08, more than 12 diagnoses, a 7/8 claim without REF*F8...).
    /// </summary>
    public static string Write(Envelope837 envelope, IReadOnlyList<Claim837> claims, X12Delimiters? delimiters = null)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(claims);
        var d = delimiters ?? X12Delimiters.Default;
        var w = new X12SegmentWriter(d);
        var created = envelope.CreatedAt;
        var date = created.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var time = created.ToString("HHmm", CultureInfo.InvariantCulture);
        var icn = envelope.InterchangeControlNumber.ToString("D9", CultureInfo.InvariantCulture);
        if (icn.Length != 9 || envelope.InterchangeControlNumber < 0)
        {
            throw new ArgumentException("ISA13 interchange control number must fit in nine digits.", nameof(envelope));
        }

        if (envelope.UsageIndicator is not ('T' or 'P'))
        {
            throw new ArgumentException("ISA15 usage indicator must be T (test) or P (production).", nameof(envelope));
        }

        // ISA: fixed width; authorization and security information are not used (00 and ten spaces).
        w.AddRaw(string.Join(d.Element,
            "ISA", "00", new string(' ', 10), "00", new string(' ', 10),
            Fixed("ISA05", envelope.SenderQualifier, 2, d), Fixed("ISA06", envelope.SenderId, 15, d),
            Fixed("ISA07", envelope.ReceiverQualifier, 2, d), Fixed("ISA08", envelope.ReceiverId, 15, d),
            date[2..], time, d.Repetition.ToString(), "00501", icn, "0", envelope.UsageIndicator.ToString(),
            d.Component.ToString()));
        w.Add("GS", "HC", envelope.SenderId, envelope.ReceiverId, date, time,
            envelope.GroupControlNumber.ToString(CultureInfo.InvariantCulture), "X", Version);

        w.ResetCount();
        w.Add("ST", "837", TransactionSetControlNumber, Version);
        w.Add("BHT", "0019", "00", icn, date, time, "CH");

        // 1000A submitter, 1000B receiver.
        w.Add("NM1", "41", "2", envelope.SubmitterName, null, null, null, null, "46", envelope.SenderId);
        w.Add("PER", "IC", envelope.SubmitterContactName, "TE", envelope.SubmitterContactPhone);
        w.Add("NM1", "40", "2", envelope.ReceiverName, null, null, null, null, "46", envelope.ReceiverId);

        var hl = 0;
        foreach (var group in claims.GroupBy(c => c.BillingProvider))
        {
            // 2000A billing provider hierarchical level.
            var billing = group.Key;
            var billingHl = ++hl;
            w.Add("HL", Str(billingHl), null, "20", "1");
            if (!string.IsNullOrEmpty(billing.Taxonomy))
            {
                w.Add("PRV", "BI", "PXC", billing.Taxonomy);
            }

            // 2010AA billing provider name: 837P requires a 9-digit ZIP here.
            if (billing.Address.Zip.Length != 9)
            {
                throw new ArgumentException($"Billing provider {billing.Name}: the 837P requires a 9-digit ZIP (N403), not \"{billing.Address.Zip}\".", nameof(claims));
            }

            w.Add("NM1", "85", "2", billing.Name, null, null, null, null, "XX", billing.Npi);
            WriteAddress(w, billing.Address);
            w.Add("REF", "EI", billing.Tin);

            foreach (var claim in group)
            {
                hl = WriteClaim(w, claim, billingHl, hl);
            }
        }

        w.Add("SE", Str(w.Count + 1), TransactionSetControlNumber);
        w.Add("GE", "1", envelope.GroupControlNumber.ToString(CultureInfo.InvariantCulture));
        w.Add("IEA", "1", icn);
        return w.ToString();
    }

    private static int WriteClaim(X12SegmentWriter w, Claim837 claim, int billingHl, int hl)
    {
        var subscriber = claim.Subscriber;
        if (subscriber.IsPatient != (claim.Patient is null))
        {
            throw new ArgumentException($"Claim {claim.PatientControlNumber}: a patient (loop 2000C) is given exactly when the subscriber's relationship is not self (18).");
        }

        if (claim.Diagnoses.Count is < 1 or > 12)
        {
            throw new ArgumentException($"Claim {claim.PatientControlNumber}: the 837P carries 1 to 12 diagnoses, not {claim.Diagnoses.Count}.");
        }

        if (claim.Lines.Count is < 1 or > 50)
        {
            throw new ArgumentException($"Claim {claim.PatientControlNumber}: the 837P carries 1 to 50 service lines, not {claim.Lines.Count}.");
        }

        if (claim.FrequencyCode is "7" or "8" && string.IsNullOrEmpty(claim.PayerClaimControlNumber))
        {
            throw new ArgumentException($"Claim {claim.PatientControlNumber}: a replacement (7) or void (8) needs the payer's claim control number (REF*F8).");
        }

        var relatedCauses = RelatedCauses(claim);

        // 2000B subscriber hierarchical level: child code 1 when a 2000C patient level follows.
        var subscriberHl = ++hl;
        w.Add("HL", Str(subscriberHl), Str(billingHl), "22", subscriber.IsPatient ? "0" : "1");

        // SBR05 says why Medicare pays second; the guide sends it only on a claim to a secondary or tertiary payer.
        var medicareSecondary = subscriber.PayerSequence is 'S' or 'T' ? claim.MedicareSecondaryTypeCode : null;
        if (medicareSecondary is not null && !MedicareSecondaryTypeCodes.Contains(medicareSecondary))
        {
            throw new ArgumentException($"Claim {claim.PatientControlNumber}: SBR05 \"{medicareSecondary}\" is not a Medicare secondary payer type ({string.Join(", ", MedicareSecondaryTypeCodes)}).");
        }

        w.Add("SBR", subscriber.PayerSequence.ToString(), subscriber.IsPatient ? Subscriber837.Self : null,
            subscriber.GroupNumber, null, medicareSecondary, null, null, null, subscriber.ClaimFilingIndicator);

        // 2010BA subscriber name.
        w.Add("NM1", "IL", "1", subscriber.LastName, subscriber.FirstName, null, null, null, "MI", subscriber.MemberId);
        WriteAddress(w, subscriber.Address);
        WriteDemographics(w, subscriber.BirthDate, subscriber.Sex);

        // 2010BB payer name.
        w.Add("NM1", "PR", "2", claim.Payer.Name, null, null, null, null, "PI", claim.Payer.PayerId);

        if (claim.Patient is { } patient)
        {
            // 2000C patient hierarchical level and 2010CA patient name.
            w.Add("HL", Str(++hl), Str(subscriberHl), "23", "0");
            w.Add("PAT", subscriber.RelationshipToPatient);
            w.Add("NM1", "QC", "1", patient.LastName, patient.FirstName);
            WriteAddress(w, patient.Address);
            WriteDemographics(w, patient.BirthDate, patient.Sex);
        }

        // 2300 claim information: CLM05 is place of service : B (professional) : frequency; CLM11 the related
        // causes (CLM11-3 is not used in the 837P, CLM11-4 is the auto accident state).
        w.Add("CLM", claim.PatientControlNumber, X12SegmentWriter.Number(claim.TotalCharge), null, null,
            new[] { claim.PlaceOfService, "B", claim.FrequencyCode }, "Y", "A", "Y", "Y", null,
            relatedCauses.Count == 0 ? null : new[] { relatedCauses[0], relatedCauses.ElementAtOrDefault(1), null, claim.AutoAccidentState });

        // The 2300 DTP segments come in the guide's order: 431 onset of current illness before 439 accident.
        if (claim.OnsetDate is { } onset)
        {
            w.Add("DTP", "431", "D8", X12SegmentWriter.Date(onset));
        }

        if (claim.AccidentDate is { } accident)
        {
            w.Add("DTP", "439", "D8", X12SegmentWriter.Date(accident));
        }

        if (!string.IsNullOrEmpty(claim.PriorAuthorization))
        {
            w.Add("REF", "G1", claim.PriorAuthorization);
        }

        if (claim.FrequencyCode is "7" or "8")
        {
            w.Add("REF", "F8", claim.PayerClaimControlNumber);
        }

        if (!string.IsNullOrEmpty(claim.ClaimNote))
        {
            // NTE comes after the REF segments and before HI.
            w.Add("NTE", "ADD", claim.ClaimNote);
        }

        // HI: ABK principal, ABF the others; ICD-10-CM codes travel without their dot.
        var hi = claim.Diagnoses
            .Select((code, i) => (object?)new[] { i == 0 ? "ABK" : "ABF", code.Replace(".", "", StringComparison.Ordinal) })
            .ToArray();
        w.Add("HI", hi);

        if (claim.Referring is { } referring)
        {
            // 2310A referring provider.
            w.Add("NM1", "DN", "1", referring.LastName, referring.FirstName, null, null, null, "XX", referring.Npi);
        }

        if (claim.Rendering is { } rendering)
        {
            // 2310B rendering provider.
            w.Add("NM1", "82", "1", rendering.LastName, rendering.FirstName, null, null, null, "XX", rendering.Npi);
            if (!string.IsNullOrEmpty(rendering.Taxonomy))
            {
                w.Add("PRV", "PE", "PXC", rendering.Taxonomy);
            }
        }

        if (claim.ServiceFacility is { } facility)
        {
            // 2310C service facility location.
            var hasNpi = !string.IsNullOrEmpty(facility.Npi);
            w.Add("NM1", "77", "2", facility.Name, null, null, null, null, hasNpi ? "XX" : null, facility.Npi);
            WriteAddress(w, facility.Address);
        }

        var lineNumber = 0;
        foreach (var line in claim.Lines)
        {
            if (line.Modifiers.Count > 4 || line.DiagnosisPointers.Count is < 1 or > 4)
            {
                throw new ArgumentException($"Claim {claim.PatientControlNumber} line {lineNumber + 1}: at most 4 modifiers and 1 to 4 diagnosis pointers.");
            }

            // 2400 service line.
            w.Add("LX", Str(++lineNumber));
            var procedure = new[] { "HC", line.ProcedureCode }.Concat(line.Modifiers).ToArray();
            w.Add("SV1", procedure, X12SegmentWriter.Number(line.Charge), "UN", X12SegmentWriter.Number(line.Units), null, null,
                line.DiagnosisPointers.Select(Str).ToArray());
            w.Add("DTP", "472", "D8", X12SegmentWriter.Date(line.ServiceDate));
            if (!string.IsNullOrEmpty(line.LineControlNumber))
            {
                w.Add("REF", "6R", line.LineControlNumber);
            }
        }

        return hl;
    }

    /// <summary>CLM11-1/2, checked against the guide's situational rules for CLM11-4 and DTP*439.</summary>
    private static IReadOnlyList<string> RelatedCauses(Claim837 claim)
    {
        var causes = claim.RelatedCauses ?? [];
        var pcn = claim.PatientControlNumber;
        if (causes.Count > 2 || causes.Any(c => c is not ("AA" or "EM" or "OA")) || causes.Distinct().Count() != causes.Count)
        {
            throw new ArgumentException($"Claim {pcn}: CLM11 carries one or two different related causes out of AA (auto accident), EM (employment) and OA (other accident), not \"{string.Join(",", causes)}\".");
        }

        var auto = causes.Contains("AA");
        if (auto != !string.IsNullOrEmpty(claim.AutoAccidentState))
        {
            throw new ArgumentException(auto
                ? $"Claim {pcn}: an auto accident (CLM11 AA) needs the state it happened in (CLM11-4)."
                : $"Claim {pcn}: the auto accident state (CLM11-4) is sent only with related cause AA.");
        }

        if (auto && claim.AutoAccidentState!.Length != 2)
        {
            throw new ArgumentException($"Claim {pcn}: the auto accident state (CLM11-4) is a two-letter code, not \"{claim.AutoAccidentState}\".");
        }

        if (causes.Any(c => c is "AA" or "OA") && claim.AccidentDate is null)
        {
            throw new ArgumentException($"Claim {pcn}: an accident (CLM11 AA or OA) needs the accident date (DTP*439).");
        }

        if (claim.AccidentDate is not null && causes.Count == 0)
        {
            throw new ArgumentException($"Claim {pcn}: an accident date (DTP*439) is sent only with a related cause in CLM11.");
        }

        if (claim.ClaimNote is { Length: > 80 })
        {
            throw new ArgumentException($"Claim {pcn}: the claim note (NTE02) is at most 80 characters, not {claim.ClaimNote.Length}.");
        }

        return causes;
    }

    private static void WriteAddress(X12SegmentWriter w, Address? address)
    {
        if (address is null)
        {
            return;
        }

        w.Add("N3", address.Line1, string.IsNullOrEmpty(address.Line2) ? null : address.Line2);
        w.Add("N4", address.City, address.State, address.Zip);
    }

    private static void WriteDemographics(X12SegmentWriter w, DateOnly? birthDate, Sex sex)
    {
        if (birthDate is { } dob)
        {
            w.Add("DMG", "D8", X12SegmentWriter.Date(dob), sex switch { Sex.Female => "F", Sex.Male => "M", _ => "U" });
        }
    }

    private static string Fixed(string field, string value, int width, X12Delimiters d)
    {
        if (value.Length > width || d.FoundIn(value) is not null)
        {
            throw new ArgumentException($"{field} \"{value}\" must be at most {width} characters without a delimiter.");
        }

        return value.PadRight(width);
    }

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
