using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class RemittancePosting : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_RemittanceClaims_State",
                table: "RemittanceClaims",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderLevelAdjustments_RemittanceId",
                table: "ProviderLevelAdjustments",
                column: "RemittanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProviderLevelAdjustments");

            migrationBuilder.DropIndex(
                name: "IX_RemittanceClaims_State",
                table: "RemittanceClaims");

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
        }
    }
}
