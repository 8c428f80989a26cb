using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class RemittancesAndDenials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Imbalance",
                table: "Remittances",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideReason",
                table: "Remittances",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostedByUserId",
                table: "Remittances",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DetailJson",
                table: "RemittanceClaims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolvedAtUtc",
                table: "RemittanceClaims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedByUserId",
                table: "RemittanceClaims",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "RemittanceClaims",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Posted");

            migrationBuilder.AddColumn<string>(
                name: "SuspenseReason",
                table: "RemittanceClaims",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UnderpaidAmount",
                table: "RemittanceClaims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "PrimaryClaimId",
                table: "Claims",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DenialAppeals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DenialId = table.Column<int>(type: "INTEGER", nullable: false),
                    LetterText = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    LetterPdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DenialAppeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DenialAppeals_Denials_DenialId",
                        column: x => x.DenialId,
                        principalTable: "Denials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProviderLevelAdjustments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RemittanceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    FiscalPeriodDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderLevelAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderLevelAdjustments_Remittances_RemittanceId",
                        column: x => x.RemittanceId,
                        principalTable: "Remittances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WriteOffRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DenialId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WriteOffRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WriteOffRequests_Denials_DenialId",
                        column: x => x.DenialId,
                        principalTable: "Denials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RemittanceClaims_State",
                table: "RemittanceClaims",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PrimaryClaimId",
                table: "Claims",
                column: "PrimaryClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_DenialAppeals_DenialId",
                table: "DenialAppeals",
                column: "DenialId");

            migrationBuilder.CreateIndex(
                name: "IX_DenialAppeals_Outcome_DecidedAtUtc",
                table: "DenialAppeals",
                columns: new[] { "Outcome", "DecidedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ProviderLevelAdjustments_RemittanceId",
                table: "ProviderLevelAdjustments",
                column: "RemittanceId");

            migrationBuilder.CreateIndex(
                name: "IX_WriteOffRequests_DenialId",
                table: "WriteOffRequests",
                column: "DenialId");

            migrationBuilder.CreateIndex(
                name: "IX_WriteOffRequests_Status_RequestedAtUtc",
                table: "WriteOffRequests",
                columns: new[] { "Status", "RequestedAtUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_Claims_Claims_PrimaryClaimId",
                table: "Claims",
                column: "PrimaryClaimId",
                principalTable: "Claims",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Claims_Claims_PrimaryClaimId",
                table: "Claims");

            migrationBuilder.DropTable(
                name: "DenialAppeals");

            migrationBuilder.DropTable(
                name: "ProviderLevelAdjustments");

            migrationBuilder.DropTable(
                name: "WriteOffRequests");

            migrationBuilder.DropIndex(
                name: "IX_RemittanceClaims_State",
                table: "RemittanceClaims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_PrimaryClaimId",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "Imbalance",
                table: "Remittances");

            migrationBuilder.DropColumn(
                name: "OverrideReason",
                table: "Remittances");

            migrationBuilder.DropColumn(
                name: "PostedByUserId",
                table: "Remittances");

            migrationBuilder.DropColumn(
                name: "DetailJson",
                table: "RemittanceClaims");

            migrationBuilder.DropColumn(
                name: "ResolvedAtUtc",
                table: "RemittanceClaims");

            migrationBuilder.DropColumn(
                name: "ResolvedByUserId",
                table: "RemittanceClaims");

            migrationBuilder.DropColumn(
                name: "State",
                table: "RemittanceClaims");

            migrationBuilder.DropColumn(
                name: "SuspenseReason",
                table: "RemittanceClaims");

            migrationBuilder.DropColumn(
                name: "UnderpaidAmount",
                table: "RemittanceClaims");

            migrationBuilder.DropColumn(
                name: "PrimaryClaimId",
                table: "Claims");
        }
    }
}
