using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RevenueCycle.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class WorklistIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "OpenBalance",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Existing claims: the balance the entity computes (money is integer cents in every column).
            migrationBuilder.Sql("UPDATE \"Claims\" SET \"OpenBalance\" = \"TotalCharge\" - \"InsurancePaid\" - \"PatientPaid\" - \"Adjusted\";");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ServiceFromDate_OpenBalance",
                table: "Claims",
                columns: new[] { "ServiceFromDate", "OpenBalance" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Status_PayerId_OpenBalance",
                table: "Claims",
                columns: new[] { "Status", "PayerId", "OpenBalance" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Status_RenderingProviderId_ServiceFromDate",
                table: "Claims",
                columns: new[] { "Status", "RenderingProviderId", "ServiceFromDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_ServiceFromDate_OpenBalance",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Status_PayerId_OpenBalance",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Status_RenderingProviderId_ServiceFromDate",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "OpenBalance",
                table: "Claims");
        }
    }
}
