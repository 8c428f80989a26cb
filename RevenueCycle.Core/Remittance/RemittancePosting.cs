using System.Text.Json;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Remittance.X12;

namespace RevenueCycle.Core.Remittance;

/// <summary>
/// The pure rules of posting an 835 claim (CLP loop) to one of our claims: which of its lines each
/// service line pays, and what a CLP means for the claim. Kept apart from the database so they are
/// tested on their own.
/// </summary>
public static class RemittancePosting
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>CLP02 22: the payer takes back an earlier payment (negative amounts).</summary>
    public static bool IsReversal(Era835Claim claim) => claim.StatusCode == "22";

    /// <summary>CLP02 19, 20, 21: processed as primary/secondary/tertiary and forwarded to the next payer (crossover).</summary>
    public static bool IsCrossover(Era835Claim claim) => claim.StatusCode is "19" or "20" or "21";

    /// <summary>CLP02 4: denied.</summary>
    public static bool IsDenied(Era835Claim claim) => claim.StatusCode == "4";

    public static string ToJson(Era835Claim claim) => JsonSerializer.Serialize(claim, Json);

    public static Era835Claim FromJson(string json) =>
        JsonSerializer.Deserialize<Era835Claim>(json, Json) ?? throw new JsonException("The stored remittance claim is empty.");

    /// <summary>
    /// Matches each service line to a line of the claim: by the line control number we sent
    /// (REF*6R), else code + modifiers + date, else code + date (payers drop modifiers). The
    /// submitted code (SVC06) is used when the payer changed the code. Returns the claim line for
    /// each service line, or null where none fits; a claim line is used once.
    /// </summary>
    public static IReadOnlyList<ClaimLine?> MatchLines(IReadOnlyList<Era835ServiceLine> serviceLines, IReadOnlyList<ClaimLine> claimLines)
    {
        var used = new HashSet<ClaimLine>();
        var matches = new ClaimLine?[serviceLines.Count];
        for (var pass = 0; pass < 3; pass++)
        {
            for (var i = 0; i < serviceLines.Count; i++)
            {
                if (matches[i] is not null)
                {
                    continue;
                }

                var service = serviceLines[i];
                var procedure = service.SubmittedProcedure ?? service.Procedure;
                var date = service.ServiceDate;
                var match = pass switch
                {
                    0 => service.LineControlNumber is { } control && int.TryParse(control, out var id) ? claimLines.FirstOrDefault(l => l.Id == id && l.Id != 0 && !used.Contains(l)) : null,
                    1 => claimLines.FirstOrDefault(l => !used.Contains(l) && l.Code == procedure.Code && (date is null || l.DateOfService == date) && l.Modifiers.SequenceEqual(procedure.Modifiers)),
                    _ => claimLines.FirstOrDefault(l => !used.Contains(l) && (l.Code == procedure.Code || l.Code == service.Procedure.Code) && (date is null || l.DateOfService == date)),
                };
                if (match is not null)
                {
                    matches[i] = match;
                    used.Add(match);
                }
            }
        }

        return matches;
    }

    /// <summary>The adjustment groups of the 835 as the ledger knows them; unknown groups are read as other adjustments.</summary>
    public static AdjustmentGroup Group(string code) => Enum.TryParse<AdjustmentGroup>(code, out var group) ? group : AdjustmentGroup.OA;
}
