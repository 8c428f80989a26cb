using Microsoft.AspNetCore.Authorization;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Claims.Paper;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Web.Endpoints;

/// <summary>
/// Files a biller downloads: a submission batch as it was sent (837P or CMS-1500 PDF) and one
/// claim's CMS-1500. Billers and managers only; each download is audited by the service.
/// </summary>
internal static class ClaimFileEndpoints
{
    public static void MapClaimFiles(this WebApplication app)
    {
        var billing = new AuthorizeAttribute { Roles = Roles.BillingStaff };

        app.MapGet("/claims/batches/{batchId:int}/file", async (int batchId, ClaimSubmissionService submission, CancellationToken cancellationToken) =>
        {
            var file = await submission.GetFileAsync(batchId, cancellationToken);
            return file.Succeeded ? Results.File(file.Value!.Content, file.Value.ContentType, file.Value.FileName) : Results.NotFound(file.Error);
        }).RequireAuthorization(billing);

        app.MapGet("/denials/appeals/{appealId:int}/letter.pdf", async (int appealId, Core.Denials.DenialService denials, CancellationToken cancellationToken) =>
        {
            var letter = await denials.GetAppealLetterAsync(appealId, cancellationToken);
            return letter.Succeeded ? Results.File(letter.Value!, ClaimSubmissionService.PdfContentType, $"appeal-{appealId}.pdf") : Results.NotFound(letter.Error);
        }).RequireAuthorization(billing);

        app.MapGet("/payments/{batchId:int}/receipt.pdf", async (int batchId, Core.Statements.PatientAccountService accounts, CancellationToken cancellationToken) =>
        {
            var receipt = await accounts.GetReceiptAsync(batchId, cancellationToken);
            return receipt.Succeeded ? Results.File(receipt.Value!, ClaimSubmissionService.PdfContentType, $"receipt-{batchId}.pdf") : Results.NotFound(receipt.Error);
        }).RequireAuthorization(billing);

        app.MapGet("/patients/{patientId:int}/statement.pdf", async (int patientId, Core.Statements.PatientAccountService accounts, CancellationToken cancellationToken) =>
        {
            var statement = await accounts.GetStatementAsync(patientId, cancellationToken);
            return statement.Succeeded ? Results.File(statement.Value!, ClaimSubmissionService.PdfContentType, $"statement-{patientId}.pdf") : Results.NotFound(statement.Error);
        }).RequireAuthorization(billing);

        app.MapGet("/statements/runs/{runId:int}.pdf", async (int runId, Core.Statements.PatientAccountService accounts, CancellationToken cancellationToken) =>
        {
            var run = await accounts.GetStatementRunAsync(runId, cancellationToken);
            return run.Succeeded ? Results.File(run.Value!, ClaimSubmissionService.PdfContentType, $"statements-{runId}.pdf") : Results.NotFound(run.Error);
        }).RequireAuthorization(billing);

        app.MapGet("/claims/{claimId:int}/cms1500.pdf", async (int claimId, string? mode, ClaimSubmissionService submission, CancellationToken cancellationToken) =>
        {
            var form = await submission.GetFormAsync([claimId], mode == "data" ? Cms1500Mode.DataOnly : Cms1500Mode.PlainPaper, cancellationToken);
            return form.Succeeded ? Results.File(form.Value!.Content, form.Value.ContentType, form.Value.FileName) : Results.NotFound(form.Error);
        }).RequireAuthorization(billing);
    }
}
