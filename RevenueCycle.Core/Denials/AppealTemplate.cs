using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Common.Pdf;

namespace RevenueCycle.Core.Denials;

/// <summary>The facts an appeal letter is filled from: the denied claim, the payer, the practice and the biller's argument.</summary>
/// <param name="PayerName">The payer the appeal goes to.</param>
/// <param name="PayerAddress">The payer's appeals mailing address.</param>
/// <param name="PatientName">The patient as the payer knows them.</param>
/// <param name="MemberId">The subscriber's member ID.</param>
/// <param name="ClaimNumber">The practice's claim number (patient control number).</param>
/// <param name="PayerClaimNumber">The payer's claim control number from the remittance; null or empty when not known.</param>
/// <param name="DateOfService">The (first) date of service.</param>
/// <param name="ProviderName">The rendering provider ("Ben Kildare, MD").</param>
/// <param name="ProviderNpi">The rendering provider's NPI.</param>
/// <param name="DenialCode">The claim adjustment reason code (CARC), e.g. "50".</param>
/// <param name="DenialDescription">Plain words for the CARC; null takes <see cref="CarcCatalog.Describe"/>.</param>
/// <param name="RemarkCodes">Remittance advice remark codes (RARC) from the 835, e.g. "N115"; may be empty.</param>
/// <param name="AmountAtStake">The amount the appeal asks the payer to pay.</param>
/// <param name="Argument">The biller's argument: why the denial is wrong. May hold several paragraphs separated by a blank line.</param>
/// <param name="Today">The letter's date.</param>
/// <param name="PracticeName">The practice sending the appeal.</param>
/// <param name="PracticeAddress">The practice's address for the letterhead and replies.</param>
/// <param name="SignerName">Who signs the letter.</param>
public sealed record AppealFacts(
    string PayerName,
    Address PayerAddress,
    string PatientName,
    string MemberId,
    string ClaimNumber,
    string? PayerClaimNumber,
    DateOnly DateOfService,
    string ProviderName,
    string ProviderNpi,
    string DenialCode,
    string? DenialDescription,
    IReadOnlyList<string> RemarkCodes,
    decimal AmountAtStake,
    string Argument,
    DateOnly Today,
    string PracticeName,
    Address PracticeAddress,
    string SignerName)
{
    /// <summary>The practice's phone for the letterhead; optional.</summary>
    public string? PracticePhone { get; init; }

    /// <summary>The signer's title ("Billing Manager"); optional.</summary>
    public string? SignerTitle { get; init; }
}

/// <summary>One line of the "RE:" block: a label and its value.</summary>
public sealed record AppealReferenceLine(string Label, string Value);

/// <summary>
/// A filled appeal letter, ready to print with <see cref="AppealLetterWriter"/>: every section is plain text without
/// placeholders.
/// </summary>
/// <param name="ClaimNumber">The claim the letter is about, for the header of pages 2 and later.</param>
/// <param name="Letterhead">The practice's name followed by its address and phone lines.</param>
/// <param name="Date">The date line.</param>
/// <param name="Recipient">The payer's address block, one entry per line.</param>
/// <param name="Reference">The "RE:" block.</param>
/// <param name="Paragraphs">The body; a paragraph may contain newlines, which are kept as line breaks.</param>
/// <param name="Signature">The closing and signature lines; an empty entry is a blank line (room to sign).</param>
public sealed record AppealLetter(
    string ClaimNumber,
    IReadOnlyList<string> Letterhead,
    string Date,
    IReadOnlyList<string> Recipient,
    IReadOnlyList<AppealReferenceLine> Reference,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Signature);

/// <summary>What <see cref="AppealTemplate.Fill"/> produced: the letter, or the problems that stopped it.</summary>
/// <param name="Letter">The filled letter; null when there are errors.</param>
/// <param name="Errors">Messages a biller understands, naming each unknown placeholder or stray brace.</param>
/// <param name="UnknownPlaceholders">The unknown placeholders as written, e.g. "{ClaimNo}".</param>
public sealed record AppealFillResult(AppealLetter? Letter, IReadOnlyList<string> Errors, IReadOnlyList<string> UnknownPlaceholders)
{
    /// <summary>Whether the letter was filled.</summary>
    public bool Succeeded => Letter is not null && Errors.Count == 0;
}

/// <summary>
/// An editable appeal letter: six sections of text with <c>{Placeholder}</c> fields (see <see cref="Placeholders"/>).
/// <c>{{</c> and <c>}}</c> print a literal brace. The layout (letterhead at the top, the recipient in the envelope
/// window, the "RE:" block, the body, the signature) is fixed by <see cref="AppealLetterWriter"/>; the words are not.
/// </summary>
/// <param name="Letterhead">First line: the practice's name; further lines: its address and phone.</param>
/// <param name="Date">The date line.</param>
/// <param name="Recipient">The payer's address block.</param>
/// <param name="Reference">"Label: value" lines for the "RE:" block; a line whose value is empty after filling is left out.</param>
/// <param name="Body">The letter's paragraphs, separated by blank lines.</param>
/// <param name="Signature">Closing and signature lines; blank lines leave room to sign.</param>
public sealed record AppealTemplate(string Letterhead, string Date, string Recipient, string Reference, string Body, string Signature)
{
    /// <summary>Every placeholder the template may use.</summary>
    public static IReadOnlyList<string> Placeholders { get; } =
    [
        "PayerName", "PayerAddress", "PatientName", "MemberId", "ClaimNumber", "PayerClaimNumber", "DateOfService",
        "ProviderName", "ProviderNpi", "DenialReason", "RemarkCodes", "AmountAtStake", "Argument", "Today",
        "PracticeName", "PracticeAddress", "PracticePhone", "SignerName", "SignerTitle",
    ];

    /// <summary>The project's default letter: a formal request for reconsideration of a denied or reduced claim.</summary>
    public static AppealTemplate Default { get; } = new(
        Letterhead: "{PracticeName}\n{PracticeAddress}\n{PracticePhone}",
        Date: "{Today}",
        Recipient: "{PayerName}\nAttn: Appeals and Reconsiderations\n{PayerAddress}",
        Reference: """
            Patient: {PatientName}
            Member ID: {MemberId}
            Claim number: {ClaimNumber}
            Payer claim number: {PayerClaimNumber}
            Date of service: {DateOfService}
            Provider: {ProviderName}, NPI {ProviderNpi}
            Denial reason: {DenialReason}
            Remark codes: {RemarkCodes}
            Amount in dispute: {AmountAtStake}
            """,
        Body: """
            Dear Appeals Reviewer:

            {PracticeName} respectfully requests reconsideration of the claim referenced above, for services provided to {PatientName} by {ProviderName} on {DateOfService}. The claim was denied or reduced with reason {DenialReason}, leaving {AmountAtStake} unpaid. We believe this determination is incorrect, for the following reasons.

            {Argument}

            For these reasons, we ask that {PayerName} overturn the denial, reprocess the claim and pay the amount in dispute. Copies of the supporting records are enclosed. Should you need anything further to complete your review, please contact our billing office at the address above, quoting the claim number.

            Thank you for your prompt attention to this appeal.
            """,
        Signature: "Sincerely,\n\n\n{SignerName}\n{SignerTitle}\n{PracticeName}");

    private static readonly Regex Token = new(@"\{\{|\}\}|\{([A-Za-z][A-Za-z0-9]*)\}|\{|\}", RegexOptions.CultureInvariant);

    /// <summary>
    /// Substitutes <paramref name="facts"/> into <paramref name="template"/>. Placeholders are replaced in one pass, so
    /// braces inside a fact are printed as written. Unknown placeholders and braces without their pair are reported
    /// by name instead of being printed; a template that uses <c>{Argument}</c> needs a non-empty argument.
    /// </summary>
    public static AppealFillResult Fill(AppealTemplate template, AppealFacts facts)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(facts);
        var values = Values(facts);
        var errors = new List<string>();
        var unknown = new List<string>();

        string Substitute(string section, string text)
        {
            return Token.Replace(text ?? "", m =>
            {
                switch (m.Value)
                {
                    case "{{":
                        return "{";
                    case "}}":
                        return "}";
                    case "{" or "}":
                        errors.Add($"The {section} has a '{m.Value}' without its pair near \"{Near(text!, m.Index)}\"; write {{{{ or }}}} for a literal brace.");
                        return "";
                }

                var name = m.Groups[1].Value;
                if (values.TryGetValue(name, out var value))
                {
                    if (name == "Argument" && string.IsNullOrWhiteSpace(value))
                    {
                        errors.Add("The argument is empty: write why the denial is wrong before printing the appeal.");
                    }

                    return value;
                }

                if (!unknown.Contains(m.Value, StringComparer.Ordinal))
                {
                    unknown.Add(m.Value);
                    errors.Add($"Unknown placeholder {m.Value} in the {section}. Known placeholders: {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}.");
                }

                return "";
            });
        }

        var letterhead = Lines(Substitute("letterhead", template.Letterhead)).Where(l => l.Length > 0).ToList();
        var date = Substitute("date", template.Date).Trim();
        var recipient = Lines(Substitute("recipient", template.Recipient)).Where(l => l.Length > 0).ToList();
        var reference = Lines(Substitute("reference block", template.Reference))
            .Where(l => l.Length > 0)
            .Select(ReferenceLine)
            .Where(r => r.Value.Length > 0)
            .ToList();
        var paragraphs = Regex.Split(Substitute("body", template.Body).Replace("\r\n", "\n", StringComparison.Ordinal), @"\n[ \t]*\n")
            .Select(p => string.Join('\n', Lines(p).Where(l => l.Length > 0)))
            .Where(p => p.Length > 0)
            .ToList();
        // A signature line left empty by an optional fact ({SignerTitle}) goes; a blank line written in the template stays.
        var signature = TrimBlankEnds(Lines(template.Signature ?? "")
            .SelectMany(line => line.Length == 0 ? [""] : Lines(Substitute("signature", line)).Where(l => l.Length > 0))
            .ToList());

        if (errors.Count > 0)
        {
            return new AppealFillResult(null, errors, unknown);
        }

        return new AppealFillResult(new AppealLetter(facts.ClaimNumber, letterhead, date, recipient, reference, paragraphs, signature), [], []);
    }

    private static Dictionary<string, string> Values(AppealFacts f)
    {
        var reason = string.IsNullOrWhiteSpace(f.DenialDescription) ? CarcCatalog.Describe(f.DenialCode) : f.DenialDescription.Trim();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PayerName"] = f.PayerName,
            ["PayerAddress"] = AddressBlock(f.PayerAddress),
            ["PatientName"] = f.PatientName,
            ["MemberId"] = f.MemberId,
            ["ClaimNumber"] = f.ClaimNumber,
            ["PayerClaimNumber"] = f.PayerClaimNumber ?? "",
            ["DateOfService"] = f.DateOfService.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
            ["ProviderName"] = f.ProviderName,
            ["ProviderNpi"] = f.ProviderNpi,
            ["DenialReason"] = $"CARC {f.DenialCode} ({reason})",
            ["RemarkCodes"] = string.Join(", ", f.RemarkCodes.Where(c => !string.IsNullOrWhiteSpace(c))),
            ["AmountAtStake"] = UsMoney.Format(f.AmountAtStake),
            ["Argument"] = f.Argument.Trim(),
            ["Today"] = f.Today.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            ["PracticeName"] = f.PracticeName,
            ["PracticeAddress"] = AddressBlock(f.PracticeAddress),
            ["PracticePhone"] = f.PracticePhone ?? "",
            ["SignerName"] = f.SignerName,
            ["SignerTitle"] = f.SignerTitle ?? "",
        };
    }

    private static string AddressBlock(Address a)
    {
        var zip = a.Zip.Length == 9 ? $"{a.Zip[..5]}-{a.Zip[5..]}" : a.Zip;
        var text = new StringBuilder(a.Line1);
        if (!string.IsNullOrWhiteSpace(a.Line2))
        {
            text.Append('\n').Append(a.Line2);
        }

        return text.Append('\n').Append(CultureInfo.InvariantCulture, $"{a.City}, {a.State} {zip}").ToString();
    }

    private static AppealReferenceLine ReferenceLine(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new AppealReferenceLine("", line) : new AppealReferenceLine(line[..colon].Trim(), line[(colon + 1)..].Trim());
    }

    private static List<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToList();

    private static List<string> TrimBlankEnds(List<string> lines)
    {
        var start = lines.FindIndex(l => l.Length > 0);
        var end = lines.FindLastIndex(l => l.Length > 0);
        return start < 0 ? [] : lines[start..(end + 1)];
    }

    private static string Near(string text, int index)
    {
        var start = Math.Max(0, index - 15);
        return text[start..Math.Min(text.Length, index + 15)].Replace('\n', ' ').Trim();
    }
}
