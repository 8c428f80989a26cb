using Microsoft.EntityFrameworkCore;
using RevenueCycle.Core.Audit;
using RevenueCycle.Core.Claims.Scrubbing;
using RevenueCycle.Core.Coding;
using RevenueCycle.Core.Common;
using RevenueCycle.Core.Data;
using RevenueCycle.Core.Patients;

namespace RevenueCycle.Core.Claims;

public sealed record ScrubSummary(int Scrubbed, int Passed, int Held, int Warnings);

/// <summary>
/// Runs the scrubber over claims 2,500 at a time: loads them with their patients, policies
/// and providers, the live claim lines that could duplicate them (one query per chunk), the
/// payer's prior-authorization list and the active payer rules; stores every run with its
/// findings; holds what fails and releases what the scrubber held once it passes.
/// </summary>
public sealed class ClaimScrubService(IDbContextFactory<RevenueCycleDbContext> dbFactory, ICurrentActor currentActor, TimeProvider time, CodingReferenceCache references)
{
    private const int Chunk = 2_500;

    public async Task<Result<ScrubSummary>> ScrubAsync(IReadOnlyCollection<int> claimIds, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsInAnyRole(Roles.Biller, Roles.Manager))
        {
            return Result.Failure<ScrubSummary>("Only billers and managers scrub claims.");
        }

        var reference = await references.GetReferenceAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var (scrubbed, passed, held, warnings) = (0, 0, 0, 0);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rules = await LoadRulesAsync(db, cancellationToken);
        var priorAuthorizations = await db.PriorAuthorizationRequirements.AsNoTracking().Select(r => new { r.PayerId, r.ProcedureCode }).ToListAsync(cancellationToken);
        foreach (var chunk in claimIds.Distinct().Chunk(Chunk))
        {
            db.ChangeTracker.Clear();
            var docs = (await ClaimDocuments.LoadAsync(db, chunk, tracked: false, cancellationToken))
                .Where(d => d.Claim.IsEditable && d.Policy is not null)
                .ToList();
            if (docs.Count == 0)
            {
                continue;
            }

            var context = new ScrubContext(DateOnly.FromDateTime(now), reference, priorAuthorizations.Select(p => (p.PayerId, p.ProcedureCode)), await DuplicatesAsync(db, docs, cancellationToken));
            var results = ClaimScrubber.ScrubBatch(docs.Select(ToScrubClaim).ToList(), context, rules);
            var moving = new List<(int ClaimId, ScrubResult Result)>();
            var quiet = new List<(int ClaimId, ScrubResult Result)>();
            for (var i = 0; i < docs.Count; i++)
            {
                var claim = docs[i].Claim;
                var result = results[i];
                (claim.ScrubMovesStatus(result.ErrorCount, result.HoldCount) ? moving : quiet).Add((claim.Id, result));
                scrubbed++;
                passed += result.Passed ? 1 : 0;
                held += result.Passed ? 0 : 1;
                warnings += result.WarningCount > 0 ? 1 : 0;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await StoreRunsAsync(db, docs.Select((d, i) => (d.Claim.Id, d.Claim.FirstScrubbedAtUtc is null, results[i])).ToList(), now, actor.UserId, cancellationToken);

            // Claims whose status moves (held, released, reopened) go through the entity, audited row by row.
            var movingIds = moving.Select(m => m.ClaimId).ToList();
            var tracked = await db.Claims.Where(c => EF.Parameter(movingIds).Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
            foreach (var (claimId, result) in moving)
            {
                tracked[claimId].RecordScrub(result.ErrorCount, result.WarningCount, result.HoldCount, Summarize(result), now, actor.UserId);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Result.Failure<ScrubSummary>($"Some claims were changed by someone else while they were being scrubbed; {scrubbed - docs.Count:N0} were scrubbed. Scrub again.");
            }

            // The others only record the run's counts: one UPDATE per outcome (covered by the summary audit entry below).
            foreach (var group in quiet.GroupBy(q => (q.Result.ErrorCount, q.Result.WarningCount, q.Result.Passed)))
            {
                var ids = group.Select(g => g.ClaimId).ToList();
                var (errors, warningCount, ok) = group.Key;
                await db.Claims.Where(c => EF.Parameter(ids).Contains(c.Id)).ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.LastScrubbedAtUtc, now)
                    .SetProperty(c => c.LastScrubErrors, errors)
                    .SetProperty(c => c.LastScrubWarnings, warningCount)
                    .SetProperty(c => c.FirstScrubbedAtUtc, c => c.FirstScrubbedAtUtc ?? now)
                    .SetProperty(c => c.CleanOnFirstScrub, c => c.CleanOnFirstScrub ?? (ok && c.EditCount == 0))
                    .SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (scrubbed > 0)
        {
            await db.AppendAuditAsync([new AuditEntry(now, actor, AuditActions.Command, nameof(ScrubRun), null, null, null,
                $$"""{"scrubbed":{{scrubbed}},"passed":{{passed}},"held":{{held}},"claims":[{{string.Join(",", claimIds.Take(1000))}}]}""")], cancellationToken);
            db.AuditChanges = false;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Result.Success(new ScrubSummary(scrubbed, passed, held, warnings));
    }

    // The runs of a chunk in a few multi-row INSERTs (numbers inline, the time and user as parameters),
    // then their findings with the new run ids: a scrub of 10,000 claims stores 10,000 runs.
    private static async Task StoreRunsAsync(RevenueCycleDbContext db, List<(int ClaimId, bool IsFirst, ScrubResult Result)> runs, DateTime now, string userId, CancellationToken cancellationToken)
    {
        // Parameters made by the provider's own connection, so the statement runs on SQLite and PostgreSQL alike.
        using var factory = db.Database.GetDbConnection().CreateCommand();
        object Parameter(string name, object value)
        {
            var parameter = factory.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            return parameter;
        }

        var parameters = new[] { Parameter("@now", now), Parameter("@user", userId), Parameter("@yes", true), Parameter("@no", false) };
        foreach (var rows in runs.Chunk(2_000))
        {
            var sql = new System.Text.StringBuilder("INSERT INTO \"ScrubRuns\" (\"ClaimId\", \"RunAtUtc\", \"UserId\", \"IsFirst\", \"Errors\", \"Warnings\", \"Holds\") VALUES ");
            for (var i = 0; i < rows.Length; i++)
            {
                var (claimId, isFirst, result) = rows[i];
                sql.Append(i == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture, $"({claimId},@now,@user,{(isFirst ? "@yes" : "@no")},{result.ErrorCount},{result.WarningCount},{result.HoldCount})");
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }

        var withFindings = runs.Where(r => r.Result.Findings.Count > 0).ToList();
        if (withFindings.Count == 0)
        {
            return;
        }

        var ids = withFindings.Select(r => r.ClaimId).ToList();
        var runIds = await db.ScrubRuns.Where(r => r.RunAtUtc == now && r.UserId == userId && EF.Parameter(ids).Contains(r.ClaimId))
            .GroupBy(r => r.ClaimId).Select(g => new { ClaimId = g.Key, Id = g.Max(r => r.Id) })
            .ToDictionaryAsync(r => r.ClaimId, r => r.Id, cancellationToken);
        foreach (var (claimId, _, result) in withFindings)
        {
            db.ScrubFindings.AddRange(result.Findings.Select(f => new ScrubFindingRecord(f.RuleId, f.Severity.ToString(), f.Message, f.Field, f.LineNumber, f.FixHint).ForRun(runIds[claimId])));
        }
    }

    /// <summary>The active payer rules as the scrubber reads them.</summary>
    public static async Task<IReadOnlyList<PayerRuleDefinition>> LoadRulesAsync(RevenueCycleDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.PayerRules.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Id).Select(r => r.DefinitionJson).ToListAsync(cancellationToken);
        var rules = new List<PayerRuleDefinition>();
        foreach (var json in stored)
        {
            try
            {
                rules.Add(PayerRuleDefinition.FromJson(json));
            }
            catch (System.Text.Json.JsonException)
            {
                // A rule that cannot be read is shown on the payer-rules page; the others still apply.
            }
        }

        return rules;
    }

    /// <summary>The claim as the scrubber sees it.</summary>
    public static ScrubClaim ToScrubClaim(ClaimDocument doc)
    {
        var c = doc.Claim;
        var policy = doc.Policy!;
        var patient = doc.Patient;
        var subscriber = policy.Subscriber is { } s && policy.Relationship != SubscriberRelationship.Self
            ? new ScrubSubscriber(s.LastName, s.FirstName, policy.MemberId, s.DateOfBirth, s.Sex, Blank(s.Address), SubscriberRelationshipCodes.X12Code(policy.Relationship), policy.GroupNumber)
            : new ScrubSubscriber(patient.LastName, patient.FirstName, policy.MemberId, patient.DateOfBirth, patient.Sex, Blank(patient.Address), "18", policy.GroupNumber);
        var causes = new List<string>();
        if (c.AutoAccident)
        {
            causes.Add("AA");
        }

        if (c.OtherAccident)
        {
            causes.Add("OA");
        }

        if (c.RelatedToEmployment)
        {
            causes.Add("EM");
        }

        return new ScrubClaim(
            c.Id,
            c.ControlNumber,
            c.FrequencyCode,
            c.FrequencyCode is "7" or "8" ? c.OriginalPayerClaimNumber : c.PayerClaimNumber,
            c.PlaceOfService,
            c.PriorAuthorizationNumber,
            c.TotalCharge,
            c.ServiceFromDate,
            c.ServiceToDate,
            causes.Count == 0 ? null : string.Join(",", causes),
            new ScrubBillingProvider(doc.Practice.Name, doc.Practice.Npi, doc.Practice.TaxId, doc.Practice.TaxonomyCode, Blank(doc.Practice.Address)),
            new ScrubProvider(doc.Rendering.LastName, doc.Rendering.FirstName, doc.Rendering.Npi, doc.Rendering.TaxonomyCode),
            doc.Referring is { } r ? new ScrubProvider(r.LastName, r.FirstName, r.Npi, r.TaxonomyCode) : null,
            new ScrubPatient(patient.Id, patient.LastName, patient.FirstName, patient.DateOfBirth, patient.Sex, patient.DateOfDeath, Blank(patient.Address)),
            subscriber,
            new ScrubPayer(doc.Payer.Id, doc.Payer.Name, doc.Payer.PayerIdCode, doc.Payer.ClaimFilingIndicator, doc.Payer.TimelyFilingDays, doc.Payer.SubmissionMethod),
            c.PayerSequence,
            policy.InsuranceTypeCode,
            c.Diagnoses.OrderBy(d => d.Sequence).Select(d => new ScrubDiagnosis(d.Sequence, d.Code)).ToList(),
            c.Lines.OrderBy(l => l.LineNumber).Select(l => new ScrubLine(l.LineNumber, l.DateOfService, l.Code, l.Modifiers, l.Units, l.Charge, l.Pointers)).ToList());
    }

    // The live lines of the chunk's patients over its dates of service: one query, hashed by the scrubber.
    private static async Task<DuplicateClaimIndex> DuplicatesAsync(RevenueCycleDbContext db, List<ClaimDocument> docs, CancellationToken cancellationToken)
    {
        var patientIds = docs.Select(d => d.Claim.PatientId).Distinct().ToList();
        // Claims starting on one of the chunk's service days: a duplicate bills the same patient, day and code.
        var days = docs.Select(d => d.Claim.ServiceFromDate).Distinct().ToList();
        var first = docs.Min(d => d.Claim.ServiceFromDate);
        var last = docs.Max(d => d.Claim.ServiceToDate);
        var lines = await (from c in db.Claims.AsNoTracking()
                           where EF.Parameter(patientIds).Contains(c.PatientId) && EF.Parameter(days).Contains(c.ServiceFromDate)
                                 && c.Status != ClaimStatus.Voided && c.Status != ClaimStatus.Replaced && c.FrequencyCode == "1"
                           join l in db.ClaimLines on c.Id equals l.ClaimId
                           where l.DateOfService >= first && l.DateOfService <= last
                           select new LiveClaimLine(c.Id, c.ControlNumber, c.PatientId, c.PayerId, l.DateOfService, l.Code))
            .ToListAsync(cancellationToken);
        return DuplicateClaimIndex.FromLines(lines);
    }

    private static string Summarize(ScrubResult result)
    {
        if (result.Findings.Count == 0)
        {
            return "Scrubber: passed with no findings.";
        }

        var blocking = result.Findings.Where(f => f.Severity != ScrubSeverity.Warning).ToList();
        var shown = (blocking.Count > 0 ? blocking : result.Findings).Take(3).Select(f => f.Message);
        var counts = $"{result.ErrorCount} error(s), {result.HoldCount} hold(s), {result.WarningCount} warning(s)";
        return $"Scrubber: {counts}: {string.Join(" ", shown)}";
    }

    private static Address? Blank(Address address) => string.IsNullOrEmpty(address.Line1) ? null : address;
}
