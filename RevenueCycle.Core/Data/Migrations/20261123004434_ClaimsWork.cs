using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClaimsWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ClaimLines_ClaimId_LineNumber",
                table: "ClaimLines");

            migrationBuilder.DropIndex(
                name: "IX_ClaimDiagnoses_ClaimId_Sequence",
                table: "ClaimDiagnoses");

            migrationBuilder.AddColumn<string>(
                name: "InsuranceTypeCode",
                table: "InsurancePolicies",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ClaimStatusChanges",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Status");

            migrationBuilder.AddColumn<DateOnly>(
                name: "AccidentDate",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdditionalInformation",
                table: "Claims",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AutoAccident",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AutoAccidentState",
                table: "Claims",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CleanOnFirstScrub",
                table: "Claims",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EditCount",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstScrubbedAtUtc",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HeldByScrubber",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastEditedAtUtc",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LastScrubErrors",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "LastScrubWarnings",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastScrubbedAtUtc",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OnsetDate",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OriginalPayerClaimNumber",
                table: "Claims",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OtherAccident",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RelatedToEmployment",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ServiceFacilityId",
                table: "Claims",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AcknowledgementFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AcknowledgementFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ControlNumberSequences",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LastValue = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControlNumberSequences", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "PayerRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: true),
                    FilingIndicator = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    DefinitionJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayerRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayerRules_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PriorAuthorizationRequirements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorAuthorizationRequirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriorAuthorizationRequirements_Payers_PayerId",
                        column: x => x.PayerId,
                        principalTable: "Payers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SavedClaimViews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FilterJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedClaimViews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScrubRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    RunAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsFirst = table.Column<bool>(type: "INTEGER", nullable: false),
                    Errors = table.Column<int>(type: "INTEGER", nullable: false),
                    Warnings = table.Column<int>(type: "INTEGER", nullable: false),
                    Holds = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScrubRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScrubRuns_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceFacilities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PlacesOfService = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AddressCity = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 55, nullable: false),
                    AddressLine2 = table.Column<string>(type: "TEXT", maxLength: 55, nullable: true),
                    AddressState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AddressZip = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceFacilities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionBatchFiles",
                columns: table => new
                {
                    SubmissionBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionBatchFiles", x => x.SubmissionBatchId);
                    table.ForeignKey(
                        name: "FK_SubmissionBatchFiles_SubmissionBatches_SubmissionBatchId",
                        column: x => x.SubmissionBatchId,
                        principalTable: "SubmissionBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimAcknowledgements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AcknowledgementFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmissionBatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Codes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimAcknowledgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimAcknowledgements_AcknowledgementFiles_AcknowledgementFileId",
                        column: x => x.AcknowledgementFileId,
                        principalTable: "AcknowledgementFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClaimAcknowledgements_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClaimAcknowledgements_SubmissionBatches_SubmissionBatchId",
                        column: x => x.SubmissionBatchId,
                        principalTable: "SubmissionBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScrubFindings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScrubRunId = table.Column<long>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    FixHint = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScrubFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScrubFindings_ScrubRuns_ScrubRunId",
                        column: x => x.ScrubRunId,
                        principalTable: "ScrubRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ServiceFacilityId",
                table: "Claims",
                column: "ServiceFacilityId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLines_ClaimId_LineNumber",
                table: "ClaimLines",
                columns: new[] { "ClaimId", "LineNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimDiagnoses_ClaimId_Sequence",
                table: "ClaimDiagnoses",
                columns: new[] { "ClaimId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AcknowledgementFiles_Sha256",
                table: "AcknowledgementFiles",
                column: "Sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimAcknowledgements_AcknowledgementFileId",
                table: "ClaimAcknowledgements",
                column: "AcknowledgementFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimAcknowledgements_ClaimId",
                table: "ClaimAcknowledgements",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimAcknowledgements_SubmissionBatchId",
                table: "ClaimAcknowledgements",
                column: "SubmissionBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_PayerRules_PayerId",
                table: "PayerRules",
                column: "PayerId");

            migrationBuilder.CreateIndex(
                name: "IX_PriorAuthorizationRequirements_PayerId_ProcedureCode",
                table: "PriorAuthorizationRequirements",
                columns: new[] { "PayerId", "ProcedureCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SavedClaimViews_UserId_Name",
                table: "SavedClaimViews",
                columns: new[] { "UserId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScrubFindings_RuleId",
                table: "ScrubFindings",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_ScrubFindings_ScrubRunId",
                table: "ScrubFindings",
                column: "ScrubRunId");

            migrationBuilder.CreateIndex(
                name: "IX_ScrubRuns_ClaimId_RunAtUtc",
                table: "ScrubRuns",
                columns: new[] { "ClaimId", "RunAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ScrubRuns_IsFirst_RunAtUtc",
                table: "ScrubRuns",
                columns: new[] { "IsFirst", "RunAtUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_Claims_ServiceFacilities_ServiceFacilityId",
                table: "Claims",
                column: "ServiceFacilityId",
                principalTable: "ServiceFacilities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Claims_ServiceFacilities_ServiceFacilityId",
                table: "Claims");

            migrationBuilder.DropTable(
                name: "ClaimAcknowledgements");

            migrationBuilder.DropTable(
                name: "ControlNumberSequences");

            migrationBuilder.DropTable(
                name: "PayerRules");

            migrationBuilder.DropTable(
                name: "PriorAuthorizationRequirements");

            migrationBuilder.DropTable(
                name: "SavedClaimViews");

            migrationBuilder.DropTable(
                name: "ScrubFindings");

            migrationBuilder.DropTable(
                name: "ServiceFacilities");

            migrationBuilder.DropTable(
                name: "SubmissionBatchFiles");

            migrationBuilder.DropTable(
                name: "AcknowledgementFiles");

            migrationBuilder.DropTable(
                name: "ScrubRuns");

            migrationBuilder.DropIndex(
                name: "IX_Claims_ServiceFacilityId",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_ClaimLines_ClaimId_LineNumber",
                table: "ClaimLines");

            migrationBuilder.DropIndex(
                name: "IX_ClaimDiagnoses_ClaimId_Sequence",
                table: "ClaimDiagnoses");

            migrationBuilder.DropColumn(
                name: "InsuranceTypeCode",
                table: "InsurancePolicies");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ClaimStatusChanges");

            migrationBuilder.DropColumn(
                name: "AccidentDate",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "AdditionalInformation",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "AutoAccident",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "AutoAccidentState",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "CleanOnFirstScrub",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "EditCount",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "FirstScrubbedAtUtc",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "HeldByScrubber",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "LastEditedAtUtc",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "LastScrubErrors",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "LastScrubWarnings",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "LastScrubbedAtUtc",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "OnsetDate",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "OriginalPayerClaimNumber",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "OtherAccident",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "RelatedToEmployment",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "ServiceFacilityId",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimLines_ClaimId_LineNumber",
                table: "ClaimLines",
                columns: new[] { "ClaimId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimDiagnoses_ClaimId_Sequence",
                table: "ClaimDiagnoses",
                columns: new[] { "ClaimId", "Sequence" },
                unique: true);
        }
    }
}
