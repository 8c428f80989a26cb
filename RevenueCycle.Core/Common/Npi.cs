namespace RevenueCycle.Core.Common;

/// <summary>
/// National Provider Identifier check digit: Luhn over the constant prefix 80840 followed by the
/// first nine digits (CMS NPI standard), so a typo is caught before the payer rejects the claim.
/// </summary>
public static class Npi
{
    public static bool IsValid(string? npi) =>
        npi is { Length: 10 } && npi.All(char.IsAsciiDigit) && CheckDigit(npi[..9]) == npi[9] - '0';

    /// <summary>Appends the check digit to a nine-digit identifier.</summary>
    public static string WithCheckDigit(string firstNineDigits)
    {
        if (firstNineDigits.Length != 9 || !firstNineDigits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("An NPI starts with nine digits.", nameof(firstNineDigits));
        }

        return firstNineDigits + CheckDigit(firstNineDigits);
    }

    private static int CheckDigit(string firstNineDigits)
    {
        var digits = "80840" + firstNineDigits;
        var sum = 0;

        // Luhn: double every second digit from the right of the payload (the check digit's neighbour first).
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10;
    }
}
