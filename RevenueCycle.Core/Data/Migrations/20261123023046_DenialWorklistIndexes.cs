using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class DenialWorklistIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PayerId",
                table: "Denials",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProviderId",
                table: "Denials",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing denials take their claim's payer and rendering provider.
            migrationBuilder.Sql("UPDATE \"Denials\" SET \"PayerId\" = (SELECT c.\"PayerId\" FROM \"Claims\" c WHERE c.\"Id\" = \"Denials\".\"ClaimId\"), \"ProviderId\" = (SELECT c.\"RenderingProviderId\" FROM \"Claims\" c WHERE c.\"Id\" = \"Denials\".\"ClaimId\");");

            migrationBuilder.CreateIndex(
                name: "IX_Denials_PayerId_Status_AmountAtStake",
                table: "Denials",
                columns: new[] { "PayerId", "Status", "AmountAtStake" });

            migrationBuilder.CreateIndex(
                name: "IX_Denials_ProviderId_Status_AmountAtStake",
                table: "Denials",
                columns: new[] { "ProviderId", "Status", "AmountAtStake" });

            migrationBuilder.CreateIndex(
                name: "IX_Denials_ReasonCode_Status_AmountAtStake",
                table: "Denials",
                columns: new[] { "ReasonCode", "Status", "AmountAtStake" });

            migrationBuilder.CreateIndex(
                name: "IX_Denials_Status_AmountAtStake",
                table: "Denials",
                columns: new[] { "Status", "AmountAtStake" });

            migrationBuilder.CreateIndex(
                name: "IX_Denials_Status_DeniedOn",
                table: "Denials",
                columns: new[] { "Status", "DeniedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Denials_PayerId_Status_AmountAtStake",
                table: "Denials");

            migrationBuilder.DropIndex(
                name: "IX_Denials_ProviderId_Status_AmountAtStake",
                table: "Denials");

            migrationBuilder.DropIndex(
                name: "IX_Denials_ReasonCode_Status_AmountAtStake",
                table: "Denials");

            migrationBuilder.DropIndex(
                name: "IX_Denials_Status_AmountAtStake",
                table: "Denials");

            migrationBuilder.DropIndex(
                name: "IX_Denials_Status_DeniedOn",
                table: "Denials");

            migrationBuilder.DropColumn(
                name: "PayerId",
                table: "Denials");

            migrationBuilder.DropColumn(
                name: "ProviderId",
                table: "Denials");
        }
    }
}
