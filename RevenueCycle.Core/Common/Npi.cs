namespace RevenueCycle.Core.Common;

/// <summary>
/// National Provider Identifier check digit: Luhn over the constant prefix 80840 followed by the
/// first nine digits (CMS NPI standard), so a typo is caught before the payer rejects the claim.
/// </summary>
public static class Npi
{
    /// <summary>True for ten digits whose last is the Luhn check digit; allocation-free (the claim scrubber calls it per claim).</summary>
    public static bool IsValid(string? npi)
    {
        if (npi is not { Length: 10 })
        {
            return false;
        }

        foreach (var c in npi)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return CheckDigit(npi.AsSpan(0, 9)) == npi[9] - '0';
    }

    /// <summary>Appends the check digit to a nine-digit identifier.</summary>
    public static string WithCheckDigit(string firstNineDigits)
    {
        if (firstNineDigits.Length != 9 || !firstNineDigits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("An NPI starts with nine digits.", nameof(firstNineDigits));
        }

        return firstNineDigits + CheckDigit(firstNineDigits);
    }

    private static int CheckDigit(ReadOnlySpan<char> firstNineDigits)
    {
        // Luhn over "80840" + the nine digits: double every second digit from the right of the
        // payload (the check digit's neighbour first). The prefix's contribution is constant: 24.
        var sum = 24;
        for (var i = 0; i < firstNineDigits.Length; i++)
        {
            var digit = firstNineDigits[firstNineDigits.Length - 1 - i] - '0';
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
