using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Huli.Matchmaking.Benchmarks;

/// <summary>
/// The generated results, written as JSON Lines files of <see cref="BenchmarkOptions.ChunkSize"/> rows. Each
/// record pairs a paper's title with sentences of other papers' abstracts (rotated, some dropped, some mixed in
/// from a third paper), adds a closing sentence, an institute and the form's fields from realistic lists; a
/// title's later listings get a suffix, so titles and external ids are unique. About 80% are Chinese and 20%
/// English; some come with keywords and fields, the rest leave them to the sort step. The same seed gives the
/// same files.
/// </summary>
public sealed class BenchmarkCorpus
{
    private const double EnglishShare = 0.20;

    private BenchmarkCorpus(IReadOnlyList<string> files)
    {
        Files = files;
    }

    public IReadOnlyList<string> Files { get; }

    public int Count { get; private set; }

    public int Chinese { get; private set; }

    public int English { get; private set; }

    public int WithKeywords { get; private set; }

    public int WithFields { get; private set; }

    /// <summary>Records that miss keywords or fields, so the sort step extracts or classifies for them.</summary>
    public int LeftToSorting { get; private set; }

    public long Bytes { get; private set; }

    public double AverageAbstractChars { get; private set; }

    public int ChunkSize { get; private set; }

    public static BenchmarkCorpus Generate(BenchmarkOptions options, string folder)
    {
        Directory.CreateDirectory(folder);
        var papers = SourcePapers.Load(options.DataPath);
        var generator = new Generator(papers, new Random(options.Seed));
        var files = new List<string>();
        var corpus = new BenchmarkCorpus(files) { ChunkSize = options.ChunkSize };
        long abstractChars = 0;
        StreamWriter? writer = null;
        try
        {
            for (var i = 0; i < options.Records; i++)
            {
                if (i % options.ChunkSize == 0)
                {
                    writer?.Dispose();
                    var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"results-{files.Count + 1:D3}.jsonl"));
                    files.Add(file);
                    writer = new StreamWriter(file, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                }

                var english = generator.NextIsEnglish(EnglishShare);
                var record = english ? generator.English(i) : generator.Chinese(i);
                writer!.WriteLine(JsonSerializer.Serialize(record, BenchmarkRecord.Json));
                corpus.Count++;
                if (english)
                {
                    corpus.English++;
                }
                else
                {
                    corpus.Chinese++;
                }

                corpus.WithKeywords += record.Keywords is { Count: > 0 } ? 1 : 0;
                corpus.WithFields += record.Fields is { Count: > 0 } ? 1 : 0;
                corpus.LeftToSorting += record.Keywords is { Count: > 0 } && record.Fields is { Count: > 0 } ? 0 : 1;
                abstractChars += record.Abstract.Length;
            }
        }
        finally
        {
            writer?.Dispose();
        }

        corpus.Bytes = files.Sum(f => new FileInfo(f).Length);
        corpus.AverageAbstractChars = corpus.Count == 0 ? 0 : (double)abstractChars / corpus.Count;
        return corpus;
    }

    /// <summary>The first <paramref name="limit"/> records, read back from the files.</summary>
    public IEnumerable<BenchmarkRecord> ReadRecords(int limit)
    {
        var read = 0;
        foreach (var file in Files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (read++ >= limit)
                {
                    yield break;
                }

                yield return JsonSerializer.Deserialize<BenchmarkRecord>(line, BenchmarkRecord.Json)!;
            }
        }
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Count:N0} records in {Files.Count} files of up to {ChunkSize:N0} rows ({Bytes / 1024.0 / 1024:0.0} MiB): "
        + $"{Chinese:N0} Chinese, {English:N0} English; {WithKeywords:N0} with keywords, {WithFields:N0} with fields, "
        + $"{LeftToSorting:N0} left to keyword extraction or classification; abstracts {AverageAbstractChars:0} characters on average");

    /// <summary>Draws the records. Kept apart from the file writing so the order of draws is the whole recipe.</summary>
    private sealed class Generator(SourcePapers papers, Random random)
    {
        private static readonly DateOnly FirstCompletion = new(2016, 1, 1);

        private readonly int[] chineseTitleOrder = Shuffled(papers.ChineseTitles.Count, random);
        private readonly int[] englishTitleOrder = Shuffled(papers.English.Count, random);
        private int chineseDrawn;
        private int englishDrawn;

        public bool NextIsEnglish(double share) => random.NextDouble() < share;

        public BenchmarkRecord Chinese(int index)
        {
            var n = papers.ChineseTitles.Count;
            var titlePaper = papers.ChineseTitles[chineseTitleOrder[chineseDrawn % n]];
            var round = chineseDrawn++ / n;
            var title = round == 0 ? titlePaper.Title : titlePaper.Title + Cycle(RecordVariety.ChineseTitleSuffixes, round - 1);

            var source = OtherThan(papers.ChineseAbstracts, titlePaper.Id);
            var mixedIn = random.NextDouble() < 0.5 ? OtherThan(papers.ChineseAbstracts, source.Id) : null;
            var (institute, region) = Pick(RecordVariety.Institutes);
            var sentences = Sentences(source, mixedIn);
            var closing = string.Format(CultureInfo.InvariantCulture, Pick(RecordVariety.ChineseClosings), institute, region);
            if (closing.Length > 0)
            {
                sentences.Add(closing);
            }

            var (hasKeywords, hasFields) = Completeness();
            List<string>? keywords = null;
            if (hasKeywords)
            {
                keywords = [.. source.Keywords];
                if (mixedIn is { Keywords.Count: > 0 })
                {
                    keywords.Add(Pick(mixedIn.Keywords));
                }

                keywords = keywords.Distinct().OrderBy(_ => random.Next()).ToList();
            }

            List<string>? fields = null;
            if (hasFields)
            {
                fields = source.Discipline is { } d && RecordVariety.FieldsByDiscipline.TryGetValue(d, out var mapped)
                    ? [.. mapped]
                    : [Pick(RecordVariety.FieldCodes)];
                if (random.NextDouble() < 0.2)
                {
                    fields = fields.Append(Pick(RecordVariety.FieldCodes)).Distinct().ToList();
                }
            }

            return Form(index, title, string.Join("。", sentences) + "。", keywords, fields, institute, region);
        }

        public BenchmarkRecord English(int index)
        {
            var n = papers.English.Count;
            var titlePaper = papers.English[englishTitleOrder[englishDrawn % n]];
            var round = englishDrawn++ / n;
            var title = round == 0 ? titlePaper.Title : titlePaper.Title + Cycle(RecordVariety.EnglishTitleSuffixes, round - 1);

            var source = OtherThan(papers.English, titlePaper.Id);
            var mixedIn = random.NextDouble() < 0.3 ? OtherThan(papers.English, source.Id) : null;
            var (institute, region) = Pick(RecordVariety.Institutes);
            var sentences = Sentences(source, mixedIn);
            var closing = Pick(RecordVariety.EnglishClosings);
            if (closing.Length > 0)
            {
                sentences.Add(closing + ".");
            }

            var (hasKeywords, hasFields) = Completeness();
            var keywords = hasKeywords
                ? RecordVariety.EnglishKeywords.OrderBy(_ => random.Next()).Take(random.Next(3, 6)).ToList()
                : null;
            var fields = hasFields ? [.. Pick(RecordVariety.EnglishFields)] : (List<string>?)null;
            return Form(index, title, string.Join(" ", sentences), keywords, fields, institute, region);
        }

        /// <summary>The source's sentences rotated, perhaps one dropped, perhaps one or two of another abstract's
        /// put in somewhere.</summary>
        private List<string> Sentences(SourcePaper source, SourcePaper? mixedIn)
        {
            var count = source.Sentences.Count;
            var start = random.Next(count);
            var sentences = Enumerable.Range(0, count).Select(k => source.Sentences[(start + k) % count]).ToList();
            if (sentences.Count > 3 && random.NextDouble() < 0.5)
            {
                sentences.RemoveAt(random.Next(sentences.Count));
            }

            if (mixedIn is not null)
            {
                foreach (var sentence in mixedIn.Sentences.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
                {
                    sentences.Insert(random.Next(sentences.Count + 1), sentence);
                }
            }

            return sentences;
        }

        /// <summary>45% give keywords and fields, 15% keywords only, 10% fields only, 30% neither.</summary>
        private (bool Keywords, bool Fields) Completeness() => random.NextDouble() switch
        {
            < 0.45 => (true, true),
            < 0.60 => (true, false),
            < 0.70 => (false, true),
            _ => (false, false),
        };

        private BenchmarkRecord Form(int index, string title, string text, List<string>? keywords, List<string>? fields, string institute, string region)
        {
            int? trl = random.NextDouble() < 0.9 ? WeightedTrl() : null;
            var modes = random.NextDouble() < 0.9
                ? RecordVariety.CooperationModes.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList()
                : null;
            decimal? priceMin = null, priceMax = null;
            var price = random.NextDouble();
            if (price < 0.7)
            {
                var range = Pick(RecordVariety.PriceRanges);
                priceMax = range.Max;
                priceMin = price < 0.6 ? range.Min : null;
            }

            return new BenchmarkRecord
            {
                ExternalId = string.Create(CultureInfo.InvariantCulture, $"BENCH-{index + 1:D6}"),
                Title = title,
                Abstract = text,
                Keywords = keywords,
                Fields = fields,
                Trl = trl,
                Institute = institute,
                CooperationModes = modes,
                PriceMin = priceMin,
                PriceMax = priceMax,
                Region = random.NextDouble() < 0.85 ? region : null,
                CompletedOn = FirstCompletion.AddDays(random.Next(0, 3650)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        }

        private int WeightedTrl()
        {
            var roll = random.Next(RecordVariety.TrlWeights.Sum());
            for (var level = 0; level < RecordVariety.TrlWeights.Length; level++)
            {
                roll -= RecordVariety.TrlWeights[level];
                if (roll < 0)
                {
                    return level;
                }
            }

            return 5;
        }

        private SourcePaper OtherThan(IReadOnlyList<SourcePaper> pool, string id)
        {
            var k = random.Next(pool.Count);
            return pool[pool[k].Id == id ? (k + 1) % pool.Count : k];
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private static T Cycle<T>(IReadOnlyList<T> items, int round) => items[round % items.Count];

        private static int[] Shuffled(int count, Random random)
        {
            var order = Enumerable.Range(0, count).ToArray();
            random.Shuffle(order);
            return order;
        }
    }
}
