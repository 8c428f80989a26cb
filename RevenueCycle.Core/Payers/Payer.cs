using RevenueCycle.Core.Common;

namespace RevenueCycle.Core.Payers;

/// <summary>How claims reach the payer.</summary>
public enum SubmissionMethod
{
    /// <summary>X12 837P through the clearinghouse.</summary>
    Edi,

    /// <summary>Printed CMS-1500.</summary>
    Paper,

    /// <summary>No insurance claim: the patient is billed (self-pay).</summary>
    None,
}

/// <summary>An insurance payer (or the self-pay pseudo-payer).</summary>
public sealed class Payer
{
    private Payer()
    {
    }

    public Payer(string name, string payerIdCode, string claimFilingIndicator, int timelyFilingDays, int appealDays, SubmissionMethod submissionMethod, Address address)
    {
        if (timelyFilingDays <= 0 || appealDays <= 0)
        {
            throw new DomainException("Timely-filing and appeal windows must be a positive number of days.");
        }

        Name = name;
        PayerIdCode = payerIdCode;
        ClaimFilingIndicator = claimFilingIndicator;
        TimelyFilingDays = timelyFilingDays;
        AppealDays = appealDays;
        SubmissionMethod = submissionMethod;
        Address = address;
        IsActive = true;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The clearinghouse payer ID (837P 2010BB NM109, 835 TRN03/N1*PR).</summary>
    public string PayerIdCode { get; private set; } = "";

    /// <summary>Claim filing indicator (SBR09): MB Medicare Part B, MC Medicaid, CI commercial, BL Blue Cross, HM HMO, 09 self-pay.</summary>
    public string ClaimFilingIndicator { get; private set; } = "";

    /// <summary>Timely filing: days from the DOS the payer accepts a claim (Medicare: 365).</summary>
    public int TimelyFilingDays { get; private set; }

    /// <summary>Days from the denial date to file an appeal (Medicare redetermination: 120).</summary>
    public int AppealDays { get; private set; }

    public SubmissionMethod SubmissionMethod { get; private set; }

    public Address Address { get; private set; } = Address.Empty;

    public bool IsActive { get; private set; }

    public bool IsSelfPay => SubmissionMethod == SubmissionMethod.None;
}
