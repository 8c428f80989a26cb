using System.Globalization;
using RevenueCycle.Core.Claims.X12;

namespace RevenueCycle.Core.Remittance.X12;

/// <summary>
/// Writes an 835 (005010X221A1) as a payer would: one ISA/GS, one ST per remittance (BPR, TRN,
/// DTM*405, N1*PR and N1*PE, LX, CLP with claim CAS, NM1*QC, SVC with DTM*472, CAS, REF*6R,
/// AMT*B6 and LQ, then PLB). The application reads 835s; this writer makes them for tests,
/// benchmarks and demonstration files, and round-trips through <see cref="Era835Reader"/>.
/// </summary>
public static class Era835Writer
{
    public const string Version = "005010X221A1";

    /// <param name="PayerName">N1*PR name.</param>
    /// <param name="PayerId">N1*PR REF*2U (and TRN03 "1" + id).</param>
    /// <param name="PayeeName">N1*PE name.</param>
    /// <param name="PayeeNpi">N1*PE XX id.</param>
    public sealed record Remit(string PayerName, string PayerId, string PayeeName, string PayeeNpi, string CheckNumber, DateOnly PaymentDate, IReadOnlyList<Era835Claim> Claims, IReadOnlyList<Era835ProviderAdjustment>? ProviderAdjustments = null)
    {
        /// <summary>BPR02: what the claims pay less the provider-level adjustments.</summary>
        public decimal Amount => Claims.Sum(c => c.PaidAmount) - (ProviderAdjustments ?? []).Sum(p => p.Amounts.Sum(a => a.Amount));
    }

    public static string Write(IReadOnlyList<Remit> remits, string senderId, string receiverId, int interchangeControlNumber, DateTime createdAt)
    {
        var d = X12Delimiters.Default;
        var w = new X12SegmentWriter(d);
        var date = created(createdAt, "yyyyMMdd");
        var icn = interchangeControlNumber.ToString("D9", CultureInfo.InvariantCulture);
        w.AddRaw(string.Join(d.Element, "ISA", "00", new string(' ', 10), "00", new string(' ', 10), "ZZ", senderId.PadRight(15), "ZZ", receiverId.PadRight(15),
            date[2..], created(createdAt, "HHmm"), d.Repetition.ToString(), "00501", icn, "0", "P", d.Component.ToString()));
        w.Add("GS", "HP", senderId, receiverId, date, created(createdAt, "HHmm"), Str(interchangeControlNumber), "X", Version);
        var st = 0;
        foreach (var remit in remits)
        {
            var control = (++st).ToString("D4", CultureInfo.InvariantCulture);
            w.ResetCount();
            w.Add("ST", "835", control, Version);
            var amount = remit.Amount;
            w.Add("BPR", "I", Number(amount), "C", amount == 0 ? "NON" : "ACH", amount == 0 ? null : "CCP", amount == 0 ? null : "01", amount == 0 ? null : "999999999", amount == 0 ? null : "DA", amount == 0 ? null : "123456", amount == 0 ? null : "1" + remit.PayerId, null, amount == 0 ? null : "01", amount == 0 ? null : "999988880", amount == 0 ? null : "DA", amount == 0 ? null : "98765", X12SegmentWriter.Date(remit.PaymentDate));
            w.Add("TRN", "1", remit.CheckNumber, "1" + remit.PayerId);
            w.Add("DTM", "405", X12SegmentWriter.Date(remit.PaymentDate));
            w.Add("N1", "PR", remit.PayerName);
            w.Add("REF", "2U", remit.PayerId);
            w.Add("N1", "PE", remit.PayeeName, "XX", remit.PayeeNpi);
            if (remit.Claims.Count > 0)
            {
                w.Add("LX", "1");
            }

            foreach (var claim in remit.Claims)
            {
                w.Add("CLP", claim.PatientControlNumber, claim.StatusCode, Number(claim.ChargeAmount), Number(claim.PaidAmount), claim.PatientResponsibility is { } pr ? Number(pr) : null,
                    claim.FilingIndicator ?? "12", claim.PayerClaimNumber, claim.FacilityCode ?? "11", claim.FrequencyCode ?? "1");
                WriteCas(w, claim.Adjustments);
                if (claim.Person("QC") is { } patient)
                {
                    w.Add("NM1", "QC", "1", patient.LastOrOrganizationName, patient.FirstName, patient.MiddleName, null, null, patient.IdQualifier, patient.Id);
                }

                foreach (var line in claim.Lines)
                {
                    w.Add("SVC", new[] { line.Procedure.Qualifier, line.Procedure.Code }.Concat(line.Procedure.Modifiers).ToArray(), Number(line.ChargeAmount), Number(line.PaidAmount), null,
                        line.Units is { } units ? Number(units) : null,
                        line.SubmittedProcedure is { } submitted ? new[] { submitted.Qualifier, submitted.Code }.Concat(submitted.Modifiers).ToArray() : null);
                    if (line.ServiceDate is { } dos)
                    {
                        w.Add("DTM", "472", X12SegmentWriter.Date(dos));
                    }

                    WriteCas(w, line.Adjustments);
                    if (line.LineControlNumber is { } control6R)
                    {
                        w.Add("REF", "6R", control6R);
                    }

                    if (line.AllowedAmount is { } allowed)
                    {
                        w.Add("AMT", "B6", Number(allowed));
                    }

                    foreach (var remark in line.RemarkCodes)
                    {
                        w.Add("LQ", "HE", remark);
                    }
                }
            }

            foreach (var plb in remit.ProviderAdjustments ?? [])
            {
                var elements = new List<object?> { plb.ProviderId, X12SegmentWriter.Date(plb.FiscalPeriodDate) };
                foreach (var a in plb.Amounts)
                {
                    elements.Add(a.Reference is null ? a.ReasonCode : new[] { a.ReasonCode, a.Reference });
                    elements.Add(Number(a.Amount));
                }

                w.Add("PLB", elements.ToArray());
            }

            w.Add("SE", Str(w.Count + 1), control);
        }

        w.Add("GE", Str(remits.Count), Str(interchangeControlNumber));
        w.Add("IEA", "1", icn);
        return w.ToString();

        static string created(DateTime at, string format) => at.ToString(format, CultureInfo.InvariantCulture);
    }

    // CAS: one segment per group code, up to six reason/amount/quantity triplets each.
    private static void WriteCas(X12SegmentWriter w, IReadOnlyList<Era835Adjustment> adjustments)
    {
        foreach (var group in adjustments.GroupBy(a => a.GroupCode))
        {
            foreach (var chunk in group.Chunk(6))
            {
                var elements = new List<object?> { group.Key };
                foreach (var a in chunk)
                {
                    elements.Add(a.ReasonCode);
                    elements.Add(Number(a.Amount));
                    elements.Add(a.Quantity is { } q ? Number(q) : null);
                }

                w.Add("CAS", elements.ToArray());
            }
        }
    }

    private static string Number(decimal value) => X12SegmentWriter.Number(value);

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
