namespace RevenueCycle.Core.Claims.X12;

/// <summary>
/// Plain-words descriptions of the code lists a 999 (005010X231A1) and a 277CA (005010X214) carry, so a biller
/// reads "Invalid code value" instead of IK403 7. A code not in a table comes back as "unknown code 'X'"
/// rather than failing: payers send new codes before anyone updates a table.
/// </summary>
public static class AckCodes
{
    private static readonly Dictionary<string, string> SegmentErrors = new(StringComparer.Ordinal)
    {
        // IK304, implementation segment syntax error code (X12 element 620).
        ["1"] = "Unrecognized segment ID",
        ["2"] = "Unexpected segment",
        ["3"] = "Required segment missing",
        ["4"] = "Loop occurs over maximum times",
        ["5"] = "Segment exceeds maximum use",
        ["6"] = "Segment not in defined transaction set",
        ["7"] = "Segment not in proper sequence",
        ["8"] = "Segment has data element errors",
        ["I4"] = "Implementation \"not used\" segment present",
        ["I6"] = "Implementation dependent segment missing",
        ["I7"] = "Implementation loop occurs under minimum times",
        ["I8"] = "Implementation segment below minimum use",
        ["I9"] = "Implementation dependent \"not used\" segment present",
    };

    private static readonly Dictionary<string, string> ElementErrors = new(StringComparer.Ordinal)
    {
        // IK403, implementation data element syntax error code (X12 element 621).
        ["1"] = "Required data element missing",
        ["2"] = "Conditional required data element missing",
        ["3"] = "Too many data elements",
        ["4"] = "Data element too short",
        ["5"] = "Data element too long",
        ["6"] = "Invalid character in data element",
        ["7"] = "Invalid code value",
        ["8"] = "Invalid date",
        ["9"] = "Invalid time",
        ["10"] = "Exclusion condition violated",
        ["12"] = "Too many repetitions",
        ["13"] = "Too many components",
        ["I6"] = "Code value not used in implementation",
        ["I9"] = "Implementation dependent data element missing",
        ["I10"] = "Implementation \"not used\" data element present",
        ["I11"] = "Implementation too few repetitions",
        ["I12"] = "Implementation pattern match failure",
        ["I13"] = "Implementation dependent \"not used\" data element present",
    };

    private static readonly Dictionary<string, string> Acknowledgments = new(StringComparer.Ordinal)
    {
        // IK501 (element 717) and AK901 (element 715); P exists only at the group level.
        ["A"] = "Accepted",
        ["E"] = "Accepted but errors were noted",
        ["M"] = "Rejected, message authentication code (MAC) failed",
        ["P"] = "Partially accepted, at least one transaction set was rejected",
        ["R"] = "Rejected",
        ["W"] = "Rejected, assurance failed validity tests",
        ["X"] = "Rejected, content after decryption could not be analyzed",
    };

    private static readonly Dictionary<string, string> TransactionSetErrors = new(StringComparer.Ordinal)
    {
        // IK502-IK506, implementation transaction set syntax error code (element 618).
        ["1"] = "Transaction set not supported",
        ["2"] = "Transaction set trailer missing",
        ["3"] = "Transaction set control number in header and trailer do not match",
        ["4"] = "Number of included segments does not match actual count",
        ["5"] = "One or more segments in error",
        ["6"] = "Missing or invalid transaction set identifier",
        ["7"] = "Missing or invalid transaction set control number",
        ["8"] = "Authentication key name unknown",
        ["9"] = "Encryption key name unknown",
        ["10"] = "Requested service (authentication or encryption) not available",
        ["11"] = "Unknown security recipient",
        ["12"] = "Incorrect message length (encryption only)",
        ["13"] = "Message authentication code failed",
        ["15"] = "Unknown security originator",
        ["16"] = "Syntax error in decrypted text",
        ["17"] = "Security not supported",
        ["18"] = "Transaction set not in functional group",
        ["19"] = "Invalid transaction set implementation convention reference",
        ["23"] = "Transaction set control number not unique within the functional group",
        ["24"] = "S3E security end segment missing for S3S security start segment",
        ["25"] = "S3S security start segment missing for S3E security end segment",
        ["26"] = "S4E security end segment missing for S4S security start segment",
        ["27"] = "S4S security start segment missing for S4E security end segment",
        ["I5"] = "Implementation one or more segments in error",
        ["I6"] = "Implementation convention not supported",
    };

    private static readonly Dictionary<string, string> GroupErrors = new(StringComparer.Ordinal)
    {
        // AK905-AK909, functional group syntax error code (element 716).
        ["1"] = "Functional group not supported",
        ["2"] = "Functional group version not supported",
        ["3"] = "Functional group trailer missing",
        ["4"] = "Group control number in the functional group header and trailer do not agree",
        ["5"] = "Number of included transaction sets does not match actual count",
        ["6"] = "Group control number violates syntax",
        ["10"] = "Authentication key name unknown",
        ["11"] = "Encryption key name unknown",
        ["12"] = "Requested service (authentication or encryption) not available",
        ["13"] = "Unknown security recipient",
        ["14"] = "Unknown security originator",
        ["15"] = "Syntax error in decrypted text",
        ["16"] = "Security not supported",
        ["17"] = "Incorrect message length (encryption only)",
        ["18"] = "Message authentication code failed",
        ["19"] = "Functional group control number not unique within interchange",
        ["23"] = "S3E security end segment missing for S3S security start segment",
        ["24"] = "S3S security start segment missing for S3E security end segment",
        ["25"] = "S4E security end segment missing for S4S security start segment",
        ["26"] = "S4S security start segment missing for S4E security end segment",
    };

    private static readonly Dictionary<string, string> StatusCategories = new(StringComparer.Ordinal)
    {
        // STC01-1, health care claim status category code (code source 507).
        ["A0"] = "Forwarded to another entity",
        ["A1"] = "Received (not yet accepted for adjudication)",
        ["A2"] = "Accepted into the adjudication system",
        ["A3"] = "Returned as unprocessable",
        ["A4"] = "Not found",
        ["A5"] = "Split claim",
        ["A6"] = "Rejected for missing information",
        ["A7"] = "Rejected for invalid information",
        ["A8"] = "Rejected for a relational field in error",
        ["D0"] = "Data search unsuccessful",
        ["E0"] = "Response not possible, error on submitted request data",
        ["E1"] = "Response not possible, system status",
        ["E2"] = "Information holder is not responding",
        ["E3"] = "Correction required, relational fields in error",
        ["E4"] = "Trading partner agreement specific requirement not met",
    };

    private static readonly Dictionary<string, string> Statuses = new(StringComparer.Ordinal)
    {
        // STC01-2, health care claim status code (code source 508): the ones clearinghouses send most on a 277CA.
        ["0"] = "Cannot provide further status electronically",
        ["3"] = "Claim has been adjudicated and is awaiting payment cycle",
        ["16"] = "Claim has been forwarded to entity",
        ["19"] = "Entity acknowledges receipt of claim",
        ["20"] = "Accepted for processing",
        ["21"] = "Missing or invalid information",
        ["24"] = "Entity not approved as an electronic submitter",
        ["25"] = "Entity not approved",
        ["26"] = "Entity not found",
        ["27"] = "Policy canceled",
        ["29"] = "Subscriber and policy number/contract number mismatched",
        ["30"] = "Subscriber and subscriber id mismatched",
        ["31"] = "Subscriber and policyholder name mismatched",
        ["32"] = "Subscriber and policy number/contract number not found",
        ["33"] = "Subscriber and subscriber id not found",
        ["34"] = "Subscriber and policyholder name not found",
        ["35"] = "Claim not found",
        ["54"] = "Duplicate of a previously processed claim/line",
        ["78"] = "Duplicate of an existing claim/line, awaiting processing",
        ["85"] = "Entity not primary",
        ["86"] = "Diagnosis and patient gender mismatch",
        ["88"] = "Entity not eligible for benefits for submitted dates of service",
        ["96"] = "No agreement with entity",
        ["97"] = "Patient eligibility not found with entity",
        ["109"] = "Entity not eligible",
        ["116"] = "Claim submitted to the incorrect payer",
        ["117"] = "Claim requires signature-on-file indicator",
        ["121"] = "Service line number greater than maximum allowable for payer",
        ["125"] = "Entity's name",
        ["126"] = "Entity's address",
        ["128"] = "Entity's tax id",
        ["145"] = "Entity's specialty/taxonomy code",
        ["153"] = "Entity's id number",
        ["155"] = "Entity's relationship to patient",
        ["157"] = "Entity's gender",
        ["158"] = "Entity's date of birth",
        ["163"] = "Entity's policy/group number",
        ["164"] = "Entity's contract/member number",
        ["178"] = "Submitted charges",
        ["187"] = "Date(s) of service",
        ["188"] = "Statement from-through dates",
        ["247"] = "Line information",
        ["249"] = "Place of service",
        ["252"] = "Entity's prior authorization/certification number",
        ["254"] = "Principal diagnosis code",
        ["255"] = "Diagnosis code",
        ["400"] = "Claim is out of balance",
        ["453"] = "Procedure code modifier(s) for service(s) rendered",
        ["454"] = "Procedure code for services rendered",
        ["464"] = "Payer assigned claim control number",
        ["474"] = "Procedure code and patient gender mismatch",
        ["475"] = "Procedure code not valid for patient age",
        ["476"] = "Missing or invalid units of service",
        ["477"] = "Diagnosis code pointer is missing or invalid",
        ["479"] = "Other carrier payer ID is missing or invalid",
        ["480"] = "Entity's claim filing indicator",
        ["481"] = "Claim/submission format is invalid",
        ["496"] = "Submitter not approved for electronic claim submissions on behalf of this entity",
        ["500"] = "Entity's postal/ZIP code",
        ["501"] = "Entity's state/province",
        ["502"] = "Entity's city",
        ["503"] = "Entity's street address",
        ["504"] = "Entity's last name",
        ["505"] = "Entity's first name",
        ["509"] = "External cause of injury code",
        ["510"] = "Future date",
        ["511"] = "Invalid character",
        ["512"] = "Length invalid for receiver's application system",
        ["535"] = "Claim frequency code",
        ["562"] = "Entity's National Provider Identifier (NPI)",
        ["583"] = "Line item charge amount",
        ["584"] = "Line item control number",
        ["633"] = "Related causes code (accident, auto accident, employment)",
        ["663"] = "Entity's group name",
        ["672"] = "Other payer's payment information is out of balance",
        ["684"] = "Rejected, syntax error noted for this claim (see the 999)",
    };

    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        // STC01-3 and NM101, entity identifier code (element 98).
        ["03"] = "dependent",
        ["1P"] = "provider",
        ["40"] = "receiver",
        ["41"] = "submitter",
        ["45"] = "drop-off location",
        ["71"] = "attending physician",
        ["72"] = "operating physician",
        ["77"] = "service location",
        ["82"] = "rendering provider",
        ["85"] = "billing provider",
        ["87"] = "pay-to provider",
        ["DK"] = "ordering physician",
        ["DN"] = "referring provider",
        ["DQ"] = "supervising physician",
        ["GB"] = "other insured",
        ["IL"] = "subscriber",
        ["PR"] = "payer",
        ["QC"] = "patient",
        ["TT"] = "transfer to",
    };

    /// <summary>IK304: what is wrong with a segment (1 unrecognized segment ID ... 8 segment has data element errors).</summary>
    public static string SegmentError(string code) => Describe(SegmentErrors, code);

    /// <summary>IK403: what is wrong with an element (1 required element missing, 4 too short, 7 invalid code value ...).</summary>
    public static string ElementError(string code) => Describe(ElementErrors, code);

    /// <summary>IK501 and AK901: A accepted, E accepted with errors, P partially accepted (group only), R/M/W/X rejected.</summary>
    public static string Acknowledgment(string code) => Describe(Acknowledgments, code);

    /// <summary>IK502-IK506: why a transaction set was rejected or noted (5 one or more segments in error ...).</summary>
    public static string TransactionSetError(string code) => Describe(TransactionSetErrors, code);

    /// <summary>AK905-AK909: why a functional group was rejected (2 version not supported, 5 count mismatch ...).</summary>
    public static string GroupError(string code) => Describe(GroupErrors, code);

    /// <summary>STC01-1: the claim status category (A1 received, A2 accepted, A3/A6/A7/A8 rejected ...).</summary>
    public static string StatusCategory(string code) => Describe(StatusCategories, code);

    /// <summary>STC01-2: the claim status code (21 missing or invalid information, 562 NPI ...).</summary>
    public static string Status(string code) => Describe(Statuses, code);

    /// <summary>STC01-3: whose data the status is about (85 billing provider, IL subscriber, QC patient ...).</summary>
    public static string Entity(string code) => Describe(Entities, code);

    private static string Describe(Dictionary<string, string> table, string code) =>
        table.TryGetValue(code, out var description) ? description : $"unknown code '{code}'";
}
