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

        app.MapGet("/claims/{claimId:int}/cms1500.pdf", async (int claimId, string? mode, ClaimSubmissionService submission, CancellationToken cancellationToken) =>
        {
            var form = await submission.GetFormAsync([claimId], mode == "data" ? Cms1500Mode.DataOnly : Cms1500Mode.PlainPaper, cancellationToken);
            return form.Succeeded ? Results.File(form.Value!.Content, form.Value.ContentType, form.Value.FileName) : Results.NotFound(form.Error);
        }).RequireAuthorization(billing);
    }
}
