using Microsoft.AspNetCore.Authorization;
using RevenueCycle.Core.Claims;
using RevenueCycle.Core.Claims.Paper;
using RevenueCycle.Core.Common;

namespace RevenueCycle.Web.Endpoints;

/// <summary>
/// Files a biller downloads: a submission batch as it was sent (837P or CMS-1500 PDF), one claim's
/// CMS-1500, an appeal letter, a receipt, a patient's statement and a statement run. Billers and
/// managers only; the services audit the ones that show patient data.
/// </summary>
internal static class ClaimFileEndpoints
{
    public static void MapClaimFiles(this WebApplication app)
    {
        var billing = new AuthorizeAttribute { Roles = Roles.BillingStaff };

        app.MapGet("/claims/batches/{batchId:int}/file", async (int batchId, ClaimSubmissionService submission, CancellationToken cancellationToken) =>
            Send(await submission.GetFileAsync(batchId, cancellationToken))).RequireAuthorization(billing);

        app.MapGet("/claims/{claimId:int}/cms1500.pdf", async (int claimId, string? mode, ClaimSubmissionService submission, CancellationToken cancellationToken) =>
            Send(await submission.GetFormAsync([claimId], mode == "data" ? Cms1500Mode.DataOnly : Cms1500Mode.PlainPaper, cancellationToken))).RequireAuthorization(billing);

        app.MapGet("/denials/appeals/{appealId:int}/letter.pdf", async (int appealId, Core.Denials.DenialService denials, CancellationToken cancellationToken) =>
            SendPdf(await denials.GetAppealLetterAsync(appealId, cancellationToken), $"appeal-{appealId}.pdf")).RequireAuthorization(billing);

        app.MapGet("/payments/{batchId:int}/receipt.pdf", async (int batchId, Core.Statements.PatientAccountService accounts, CancellationToken cancellationToken) =>
            SendPdf(await accounts.GetReceiptAsync(batchId, cancellationToken), $"receipt-{batchId}.pdf")).RequireAuthorization(billing);

        app.MapGet("/patients/{patientId:int}/statement.pdf", async (int patientId, Core.Statements.PatientAccountService accounts, CancellationToken cancellationToken) =>
            SendPdf(await accounts.GetStatementAsync(patientId, cancellationToken), $"statement-{patientId}.pdf")).RequireAuthorization(billing);

        app.MapGet("/statements/runs/{runId:int}.pdf", async (int runId, Core.Statements.PatientAccountService accounts, CancellationToken cancellationToken) =>
            SendPdf(await accounts.GetStatementRunAsync(runId, cancellationToken), $"statements-{runId}.pdf")).RequireAuthorization(billing);
    }

    private static IResult SendPdf(Result<byte[]> pdf, string fileName) =>
        Send(pdf.Succeeded ? Result.Success(new BatchFile(fileName, ClaimSubmissionService.PdfContentType, pdf.Value!)) : Result.Failure<BatchFile>(pdf.Error!));

    // The file, or the service's reason in plain words (a new browser tab shows it as text, not JSON).
    private static IResult Send(Result<BatchFile> file) =>
        file.Succeeded
            ? Results.File(file.Value!.Content, file.Value.ContentType, file.Value.FileName)
            : Results.Text(file.Error, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
