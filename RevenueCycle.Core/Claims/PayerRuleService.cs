using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims.Scrubbing;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;

namespace RevenueCycle.Core.Claims;

public sealed record PayerRuleRow(int Id, string Name, bool IsActive, PayerRuleDefinition? Definition, string ScopeText, IReadOnlyList<string> Problems, DateTime UpdatedAtUtc, string UpdatedBy, int Version);

/// <summary>A claim of the trial sample the rule would flag.</summary>
public sealed record PayerRuleHit(int ClaimId, string ControlNumber, ClaimStatus Status, string Message, int? LineNumber);

public sealed record PayerRuleTrial(int SampleSize, IReadOnlyList<PayerRuleHit> Hits);

/// <summary>
/// The payer-specific scrubber rules that managers and admins write without a code change: list,
/// try on a sample of real claims before saving, save (validated, versioned, audited), switch off.
/// </summary>
public sealed class PayerRuleService(IDbContextFactory<RevenueCycleDbContext> dbFactory, ICurrentActor currentActor, TimeProvider time, CodingReferenceCache references)
{
    public const int DefaultSampleSize = 500;

    public async Task<IReadOnlyList<PayerRuleRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rules = await db.PayerRules.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var payers = await db.Payers.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var userIds = rules.Select(r => r.UpdatedByUserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return rules.Select(r =>
        {
            PayerRuleDefinition? definition = null;
            IReadOnlyList<string> problems;
            try
            {
                definition = PayerRuleDefinition.FromJson(r.DefinitionJson);
                problems = definition.Validate();
            }
            catch (System.Text.Json.JsonException e)
            {
                problems = [$"The stored rule cannot be read: {e.Message}"];
            }

            return new PayerRuleRow(r.Id, r.Name, r.IsActive, definition, ScopeText(definition?.Scope, payers), problems, r.UpdatedAtUtc, users.GetValueOrDefault(r.UpdatedByUserId) ?? r.UpdatedByUserId, r.Version);
        }).ToList();
    }

    /// <summary>Runs the rule, alone, over the most recent claims in its scope and returns the claims it would flag.</summary>
    public async Task<Result<PayerRuleTrial>> TryAsync(PayerRuleDefinition definition, int sampleSize = DefaultSampleSize, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Manager, Roles.Admin))
        {
            return Result.Failure<PayerRuleTrial>("Only managers and admins write payer rules.");
        }

        var problems = definition.Validate();
        if (problems.Count > 0)
        {
            return Result.Failure<PayerRuleTrial>(string.Join(" ", problems));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claims = db.Claims.AsNoTracking().Where(c => c.PolicyId != null);
        if (definition.Scope.Kind == RuleScopeKind.Payer && definition.Scope.PayerId is { } payerId)
        {
            claims = claims.Where(c => c.PayerId == payerId);
        }
        else if (definition.Scope.Kind == RuleScopeKind.FilingIndicator && definition.Scope.FilingIndicators is { } indicators)
        {
            var codes = indicators.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var payerIds = await db.Payers.Where(p => codes.Contains(p.ClaimFilingIndicator)).Select(p => p.Id).ToListAsync(cancellationToken);
            claims = claims.Where(c => payerIds.Contains(c.PayerId));
        }

        var ids = await claims.OrderByDescending(c => c.Id).Take(sampleSize).Select(c => c.Id).ToListAsync(cancellationToken);
        var docs = (await ClaimDocuments.LoadAsync(db, ids, tracked: false, cancellationToken)).Where(d => d.Policy is not null).ToList();
        var context = new ScrubContext(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), await references.GetReferenceAsync(cancellationToken));
        var results = ClaimScrubber.ScrubBatch(docs.Select(ClaimScrubService.ToScrubClaim).ToList(), context, [definition]);
        var hits = new List<PayerRuleHit>();
        for (var i = 0; i < docs.Count; i++)
        {
            foreach (var finding in results[i].Findings.Where(f => f.RuleId.StartsWith(ScrubRules.PayerRulePrefix, StringComparison.Ordinal)))
            {
                hits.Add(new PayerRuleHit(docs[i].Claim.Id, docs[i].Claim.ControlNumber, docs[i].Claim.Status, finding.Message, finding.LineNumber));
            }
        }

        return Result.Success(new PayerRuleTrial(docs.Count, hits));
    }

    /// <summary>Creates (id null) or updates a rule; the update is refused if someone else saved the rule since it was loaded.</summary>
    public async Task<Result<int>> SaveAsync(int? id, int version, PayerRuleDefinition definition, bool isActive, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Manager, Roles.Admin))
        {
            return Result.Failure<int>("Only managers and admins write payer rules.");
        }

        var problems = definition.Validate();
        if (problems.Count > 0)
        {
            return Result.Failure<int>(string.Join(" ", problems));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = definition.Name.Trim();
        if (await db.PayerRules.AnyAsync(r => r.Name == name && r.Id != id, cancellationToken))
        {
            return Result.Failure<int>($"Another rule is already called \"{name}\"; rule names identify findings, so they must be unique.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var payerId = definition.Scope.Kind == RuleScopeKind.Payer ? definition.Scope.PayerId : null;
        var filing = definition.Scope.Kind == RuleScopeKind.FilingIndicator ? definition.Scope.FilingIndicators?.Split(',')[0] : null;
        PayerRule rule;
        if (id is null)
        {
            rule = new PayerRule(name, payerId, filing, definition.ToJson(), isActive, now, actor.UserId);
            db.PayerRules.Add(rule);
        }
        else
        {
            rule = await db.PayerRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new DomainException($"There is no payer rule {id}.");
            if (rule.Version != version)
            {
                return Result.Failure<int>($"The rule \"{rule.Name}\" was changed by someone else after you opened it; reload it and make your change again.");
            }

            rule.Update(name, payerId, filing, definition.ToJson(), isActive, now, actor.UserId);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success(rule.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure<int>($"The rule \"{name}\" was changed by someone else at the same moment; reload it and make your change again.");
        }
    }

    /// <summary>Turns a denial pattern (reason, code, payer) into the payer rule that would have caught it, saved active.</summary>
    public async Task<Result<string>> CreateFromDenialPatternAsync(string reasonCode, string procedureCode, int payerId, string payerName, CancellationToken cancellationToken = default)
    {
        var definition = Denials.DenialPrevention.SuggestPayerRule(reasonCode, procedureCode, payerId, payerName);
        if (definition is null)
        {
            return Result.Failure<string>("This reason is a routine adjustment; no rule is needed.");
        }

        var saved = await SaveAsync(null, 0, definition, isActive: true, cancellationToken);
        return saved.Succeeded ? Result.Success(definition.Name) : Result.Failure<string>(saved.Error!);
    }

    private static string ScopeText(RuleScope? scope, IReadOnlyDictionary<int, string> payers) => scope?.Kind switch
    {
        RuleScopeKind.Payer => payers.GetValueOrDefault(scope.PayerId ?? 0) ?? $"payer {scope.PayerId}",
        RuleScopeKind.FilingIndicator => $"filing indicator {scope.FilingIndicators}",
        RuleScopeKind.AllPayers => "all payers",
        _ => "?",
    };
}
