using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using RevenueCycle.Core.CodeSets.Search;
using RevenueCycle.Tests.Core.CodeSets.Search;

namespace RevenueCycle.Benchmarks;

/// <summary>
/// The encoder's top 20 over the full ICD-10-CM FY2021 order file (95,358 codes) plus the HCPCS
/// records, for a mix of what coders type: code prefixes, one word, two partial words,
/// abbreviations. Target: under 2 ms at the 99th percentile.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 60)]
[IterationTime(100)]
public class EncoderSearchBenchmarks
{
    private static readonly DateOnly DateOfService = new(2021, 3, 15);

    private EncoderIndex _index = EncoderIndex.Empty;

    public static IEnumerable<string> Queries { get; } =
    [
        // Code prefixes, with and without the dot
        "e1165", "E11.6", "e11.65", "j188", "S52", "M54.5", "I50.9",
        // One word, whole or partial
        "diabetes", "pneumonia", "fracture", "hypert", "migr",
        // Two or three partial words in any order
        "diab hyperglyc", "fx radius distal", "chronic kidney", "low back pain", "acute resp fail", "open wound head",
        // Abbreviations
        "htn", "chf", "copd", "dm2", "afib", "uti",
    ];

    [ParamsSource(nameof(Queries))]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _index = EncoderIndex.Build(ReferenceCodeFiles.ReadIcd10CmOrderFile().Concat(ReferenceCodeFiles.ReadHcpcsRecords()));

    [Benchmark]
    public int Search() => _index.Search(new EncoderQuery(Query, DateOfService)).Count;

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new PercentileColumn(99), StatisticColumn.P95, StatisticColumn.Max);
    }

    /// <summary>The 99th percentile of the iteration times (BenchmarkDotNet shows P95 at most).</summary>
    private sealed class PercentileColumn(int percentile) : IColumn
    {
        public string Id => $"P{percentile}";

        public string ColumnName => $"P{percentile}";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => $"Percentile {percentile} of the iteration means";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            return statistics is null ? "NA" : (statistics.Percentiles.Percentile(percentile) / 1000.0).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) + " μs";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
