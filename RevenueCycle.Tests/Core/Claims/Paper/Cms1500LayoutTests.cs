using RevenueCycle.Core.Claims.Paper;

namespace RevenueCycle.Tests.Core.Claims.Paper;

public sealed class Cms1500LayoutTests
{
    [Fact]
    public void EveryField_LiesInsideItsBox()
    {
        foreach (var field in Cms1500Layout.Fields)
        {
            var box = Cms1500Layout.Box(field.Box);
            Assert.True(
                field.X >= box.Left && field.Right <= box.Right + 0.01f && field.Line >= box.FirstLine && field.Line <= box.LastLine,
                $"Field at line {field.Line} column {field.Column} (width {field.Width}) is outside box {box.Id}.");
        }
    }

    [Fact]
    public void Boxes_DoNotOverlap_AndStayOnTheLetterPage()
    {
        var boxes = Cms1500Layout.Boxes;
        foreach (var box in boxes)
        {
            Assert.True(box.Left >= 0 && box.Right <= Cms1500Layout.PageWidth && box.Top >= 0 && box.Bottom <= Cms1500Layout.PageHeight, box.Id);
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a.FirstLine <= b.LastLine && b.FirstLine <= a.LastLine && a.FirstColumn <= b.LastColumn && b.FirstColumn <= a.LastColumn;
                Assert.False(overlap, $"Boxes {a.Id} and {b.Id} overlap.");
            }
        }
    }

    [Fact]
    public void FieldsOnOneLine_DoNotShareColumns()
    {
        // Box 28 prints either the total (dollars and cents) or CONTINUED, never both.
        var fields = Cms1500Layout.Fields.Where(f => f != Cms1500Layout.TotalChargeContinued).ToList();
        foreach (var a in fields)
        {
            foreach (var b in fields.Where(b => !ReferenceEquals(a, b) && b.Line == a.Line))
            {
                var shared = a.Column < b.Column + b.Width && b.Column < a.Column + a.Width;
                Assert.False(shared, $"Fields at line {a.Line}, columns {a.Column} and {b.Column}, overlap.");
            }
        }
    }

    [Fact]
    public void ServiceLines_AreTwoPrintLinesApart_SixToAPage()
    {
        Assert.Equal(6, Cms1500Layout.ServiceLinesPerPage);
        for (var row = 1; row < Cms1500Layout.ServiceLinesPerPage; row++)
        {
            Assert.Equal(24f, Cms1500Layout.ServiceLine(row).Procedure.Baseline - Cms1500Layout.ServiceLine(row - 1).Procedure.Baseline, 3);
        }

        Assert.True(Cms1500Layout.ServiceLine(5).RenderingNpi.Baseline < Cms1500Layout.Box("28").Top);
        Assert.True(Cms1500Layout.ServiceLine(0).Procedure.Baseline > Cms1500Layout.Box("23").Bottom);
        Assert.Throws<ArgumentOutOfRangeException>(() => Cms1500Layout.ServiceLine(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cms1500Layout.Diagnosis(12));
    }

    [Theory]
    [InlineData("MB", Cms1500Coverage.Medicare)]
    [InlineData("MA", Cms1500Coverage.Medicare)]
    [InlineData("MC", Cms1500Coverage.Medicaid)]
    [InlineData("CH", Cms1500Coverage.Tricare)]
    [InlineData("VA", Cms1500Coverage.ChampVa)]
    [InlineData("CI", Cms1500Coverage.GroupHealthPlan)]
    [InlineData("BL", Cms1500Coverage.GroupHealthPlan)]
    [InlineData("HM", Cms1500Coverage.GroupHealthPlan)]
    [InlineData("14", Cms1500Coverage.GroupHealthPlan)]
    [InlineData("WC", Cms1500Coverage.Other)]
    [InlineData(null, Cms1500Coverage.Other)]
    public void CoverageFor_MapsTheClaimFilingIndicator(string? indicator, Cms1500Coverage expected)
    {
        Assert.Equal(expected, Cms1500Claim.CoverageFor(indicator));
    }

    [Theory]
    [InlineData("18", Cms1500Relationship.Self)]
    [InlineData("01", Cms1500Relationship.Spouse)]
    [InlineData("19", Cms1500Relationship.Child)]
    [InlineData("G8", Cms1500Relationship.Other)]
    public void RelationshipFor_MapsTheIndividualRelationshipCode(string code, Cms1500Relationship expected)
    {
        Assert.Equal(expected, Cms1500Claim.RelationshipFor(code));
    }
}
