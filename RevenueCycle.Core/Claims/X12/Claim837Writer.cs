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

    // CAS01 claim adjustment group codes.
    private static readonly string[] CasGroupCodes = ["CO", "CR", "OA", "PI", "PR"];

    // 2320 SBR02 individual relationship codes: the patient's relationship to the other subscriber.
    private static readonly string[] OtherSubscriberRelationships = ["01", "18", "19", "20", "21", "39", "40", "53", "G8"];

    // 2320 SBR01 payer responsibility sequence codes (A-H are the fourth to eleventh payers, U unknown).
    private const string PayerSequenceCodes = "PSTABCDEFGHU";

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
        var otherPayers = CheckOtherPayers(claim);

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

        foreach (var other in otherPayers)
        {
            WriteOtherPayer(w, other);
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

            foreach (var adjudication in line.PriorAdjudications ?? [])
            {
                // 2430 line adjudication: SVD, CAS, DTP*573, AMT*EAF.
                var adjudicated = new[] { "HC", adjudication.ProcedureCode }.Concat(adjudication.Modifiers).ToArray();
                w.Add("SVD", adjudication.OtherPayerId, X12SegmentWriter.Number(adjudication.PaidAmount), adjudicated, null,
                    X12SegmentWriter.Number(adjudication.PaidUnits));
                WriteAdjustments(w, adjudication.Adjustments);
                w.Add("DTP", "573", "D8", X12SegmentWriter.Date(adjudication.AdjudicationDate));
                if (adjudication.RemainingPatientLiability is { } liability)
                {
                    w.Add("AMT", "EAF", X12SegmentWriter.Number(liability));
                }
            }
        }

        return hl;
    }

    /// <summary>Loops 2320 (SBR, CAS, AMT, OI), 2330A other subscriber and 2330B other payer, in the guide's order.</summary>
    private static void WriteOtherPayer(X12SegmentWriter w, OtherPayer837 other)
    {
        w.Add("SBR", other.PayerSequence.ToString(), other.PatientRelationship, other.GroupNumber, null, null, null, null, null,
            other.ClaimFilingIndicator);
        WriteAdjustments(w, other.Adjustments);
        if (other.PaidAmount is { } paid)
        {
            w.Add("AMT", "D", X12SegmentWriter.Number(paid));
        }

        if (other.RemainingPatientLiability is { } liability)
        {
            w.Add("AMT", "EAF", X12SegmentWriter.Number(liability));
        }

        // OI03 benefits assignment and OI06 release of information mirror CLM08 and CLM09 (both Y). OI04 (P, signature
        // generated by the provider because the patient was not present) is left out, as CLM10 is.
        w.Add("OI", null, null, "Y", null, null, "Y");

        // 2330A other subscriber: NM102 2 (non-person) when there is no first name.
        var subscriber = other.Subscriber;
        w.Add("NM1", "IL", string.IsNullOrEmpty(subscriber.FirstName) ? "2" : "1", subscriber.LastName, subscriber.FirstName,
            null, null, null, "MI", subscriber.MemberId);
        WriteAddress(w, subscriber.Address);

        // 2330B other payer: NM1, DTP*573 adjudication date, then REF*F8 (the guide puts DTP before the REF segments).
        w.Add("NM1", "PR", "2", other.Payer.Name, null, null, null, null, "PI", other.Payer.PayerId);
        if (other.AdjudicationDate is { } adjudicated)
        {
            w.Add("DTP", "573", "D8", X12SegmentWriter.Date(adjudicated));
        }

        if (!string.IsNullOrEmpty(other.ClaimControlNumber))
        {
            w.Add("REF", "F8", other.ClaimControlNumber);
        }
    }

    /// <summary>CAS segments: one per group code, in the order the group codes first appear, six triplets at most per segment.</summary>
    private static void WriteAdjustments(X12SegmentWriter w, IReadOnlyList<Cas837> adjustments)
    {
        foreach (var group in adjustments.GroupBy(a => a.GroupCode))
        {
            foreach (var chunk in group.Chunk(6))
            {
                var elements = new List<object?> { group.Key };
                foreach (var adjustment in chunk)
                {
                    elements.Add(adjustment.ReasonCode);
                    elements.Add(X12SegmentWriter.Number(adjustment.Amount));
                    elements.Add(adjustment.Quantity is { } quantity ? X12SegmentWriter.Number(quantity) : null);
                }

                w.Add("CAS", elements.ToArray());
            }
        }
    }

    /// <summary>
    /// Checks loops 2320/2430 against the guide: codes, repeat counts, SVD01 naming a 2330B payer, the adjudication
    /// date, and balancing. For each 2430 (summed per payer when a payer unbundled the line) SV102 = SVD02 + line CAS;
    /// for each payer that adjudicated the claim, CLM02 = AMT*D + claim-level CAS + that payer's line-level CAS.
    /// </summary>
    private static IReadOnlyList<OtherPayer837> CheckOtherPayers(Claim837 claim)
    {
        var pcn = claim.PatientControlNumber;
        var others = claim.OtherPayers ?? [];
        if (others.Count > 10)
        {
            throw new ArgumentException($"Claim {pcn}: the 837P carries at most 10 other payers (loop 2320), not {others.Count}.");
        }

        foreach (var other in others)
        {
            var id = other.Payer.PayerId;
            var where = $"Claim {pcn} other payer {id}";
            if (string.IsNullOrEmpty(id) || others.Count(o => o.Payer.PayerId == id) > 1)
            {
                throw new ArgumentException($"{where}: each other payer needs its own payer ID (2330B NM109), which 2430 SVD01 refers to.");
            }

            if (!PayerSequenceCodes.Contains(other.PayerSequence, StringComparison.Ordinal)
                || other.PayerSequence == claim.Subscriber.PayerSequence
                || others.Count(o => o.PayerSequence == other.PayerSequence) > 1)
            {
                throw new ArgumentException($"{where}: SBR01 \"{other.PayerSequence}\" must be a payer sequence (P, S, T...) used by no other payer on the claim (the claim's own is {claim.Subscriber.PayerSequence}).");
            }

            if (!OtherSubscriberRelationships.Contains(other.PatientRelationship))
            {
                throw new ArgumentException($"{where}: SBR02 \"{other.PatientRelationship}\" is not a relationship code ({string.Join(", ", OtherSubscriberRelationships)}).");
            }

            if (string.IsNullOrEmpty(other.ClaimFilingIndicator) || string.IsNullOrEmpty(other.Subscriber.MemberId) || string.IsNullOrEmpty(other.Subscriber.LastName))
            {
                throw new ArgumentException($"{where}: the claim filing indicator (SBR09) and the other subscriber's name and member ID (2330A) are required.");
            }

            CheckAdjustments($"{where} (2320)", other.Adjustments);
            if (other.PaidAmount is null && (other.Adjustments.Count > 0 || other.RemainingPatientLiability is not null || other.AdjudicationDate is not null))
            {
                throw new ArgumentException($"{where}: adjustments, remaining liability or an adjudication date are sent only with the payer paid amount (AMT*D) of a payer that adjudicated the claim.");
            }
        }

        for (var i = 0; i < claim.Lines.Count; i++)
        {
            var line = claim.Lines[i];
            var adjudications = line.PriorAdjudications ?? [];
            var where = $"Claim {pcn} line {i + 1}";
            if (adjudications.Count > 15)
            {
                throw new ArgumentException($"{where}: the 837P carries at most 15 line adjudications (loop 2430), not {adjudications.Count}.");
            }

            foreach (var adjudication in adjudications)
            {
                var payer = others.FirstOrDefault(o => o.Payer.PayerId == adjudication.OtherPayerId)
                    ?? throw new ArgumentException($"{where}: SVD01 \"{adjudication.OtherPayerId}\" is not the payer ID (2330B NM109) of any other payer on the claim.");
                if (payer.PaidAmount is null)
                {
                    throw new ArgumentException($"{where}: other payer {payer.Payer.PayerId} adjudicated the line (2430) but has no payer paid amount (2320 AMT*D).");
                }

                if (adjudication.Modifiers.Count > 4 || string.IsNullOrEmpty(adjudication.ProcedureCode))
                {
                    throw new ArgumentException($"{where}: SVD03 needs the adjudicated procedure code and at most 4 modifiers.");
                }

                CheckAdjustments($"{where} (2430)", adjudication.Adjustments);
            }

            foreach (var byPayer in adjudications.GroupBy(a => a.OtherPayerId))
            {
                var paid = byPayer.Sum(a => a.PaidAmount);
                var adjusted = byPayer.Sum(a => a.Adjustments.Sum(c => c.Amount));
                if (paid + adjusted != line.Charge)
                {
                    throw new ArgumentException(
                        $"{where}: other payer {byPayer.Key} paid {Money(paid)} (SVD02) and adjusted {Money(adjusted)} (2430 CAS), "
                        + $"{Money(paid + adjusted)} in all, but the line charge (SV102) is {Money(line.Charge)}; the 2430 loop does not balance.");
                }
            }
        }

        foreach (var other in others)
        {
            if (other.PaidAmount is not { } paid)
            {
                continue;
            }

            var id = other.Payer.PayerId;
            var lineAdjudications = claim.Lines.SelectMany(l => l.PriorAdjudications ?? []).Where(a => a.OtherPayerId == id).ToList();
            var claimAdjusted = other.Adjustments.Sum(c => c.Amount);
            var lineAdjusted = lineAdjudications.Sum(a => a.Adjustments.Sum(c => c.Amount));
            if (paid + claimAdjusted + lineAdjusted != claim.TotalCharge)
            {
                throw new ArgumentException(
                    $"Claim {pcn} other payer {id}: paid {Money(paid)} (AMT*D) + claim adjustments {Money(claimAdjusted)} (2320 CAS) "
                    + $"+ line adjustments {Money(lineAdjusted)} (2430 CAS) = {Money(paid + claimAdjusted + lineAdjusted)}, "
                    + $"but the claim charge (CLM02) is {Money(claim.TotalCharge)}; the claim does not balance.");
            }

            if (lineAdjudications.Count == 0 && other.AdjudicationDate is null)
            {
                throw new ArgumentException($"Claim {pcn} other payer {id}: a payer that adjudicated the claim without line adjudications (2430) needs its adjudication date (2330B DTP*573).");
            }
        }

        return others;
    }

    /// <summary>CAS group codes and reason codes present; at most five CAS segments per loop after grouping.</summary>
    private static void CheckAdjustments(string where, IReadOnlyList<Cas837> adjustments)
    {
        foreach (var adjustment in adjustments)
        {
            if (!CasGroupCodes.Contains(adjustment.GroupCode) || string.IsNullOrEmpty(adjustment.ReasonCode))
            {
                throw new ArgumentException($"{where}: CAS \"{adjustment.GroupCode}-{adjustment.ReasonCode}\" needs a group code ({string.Join(", ", CasGroupCodes)}) and a reason code.");
            }
        }

        var segments = adjustments.GroupBy(a => a.GroupCode).Sum(g => (g.Count() + 5) / 6);
        if (segments > 5)
        {
            throw new ArgumentException($"{where}: the adjustments need {segments} CAS segments; the guide allows 5 per loop.");
        }
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

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
