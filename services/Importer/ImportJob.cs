using System.Globalization;
using Huli.Matchmaking.Import;
using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Importer;

/// <summary>One run of the importer: read the file locally, send its good rows in batches, and report on the
/// whole file by its own row numbers.</summary>
internal sealed class ImportJob(ImportOptions options, Terminal terminal)
{
    // Kestrel refuses bodies over 30 MB by default; 500 rows of 20,000-character abstracts would come close.
    private const int MaxBatchBytes = 8 * 1024 * 1024;

    private static readonly LocalText RunAgain = new(
        "已答复的行都已保存：再次运行同一命令即可完成（它们会计为未变）",
        "the rows answered so far are stored: run the same command again to finish (they will count as unchanged)");

    public async Task<ImportExit> RunAsync(CancellationToken cancellationToken)
    {
        if (!RecordFileFormats.TryFromFileName(options.FilePath, out var format, out var unsupported))
        {
            return Refused(unsupported.Message.ToString());
        }

        var target = ImportTarget.For(options.Kind);
        var file = new ImportFile(options.FilePath, format, target.Columns);
        FinalReport? report = null;
        try
        {
            var survey = await file.SurveyAsync(cancellationToken);
            if (!survey.Header.CanRead)
            {
                return Refused(LocalText.Join(survey.Header.Errors.Select(error => error.Message)).ToString());
            }

            report = new FinalReport(file.Name, survey.Header, survey.Rows);
            report.Notice(survey.Notices.Select(notice => notice.Message.ToString()));
            await ImportProgress.RunAsync(terminal, file.Name, survey.Rows, progress => SendRowsAsync(file, target, report, progress, cancellationToken));
            ReportView.Write(terminal.Output, report.ToImportReport(), report.TotalRows, target);
            return ImportExit.Imported;
        }
        catch (ImportStopped stopped)
        {
            terminal.Error(AfterPartial(report, stopped.Message));
            return stopped.Exit;
        }
        catch (RecordFileException refused)
        {
            WritePartial(report);
            return Refused(LocalText.Join(refused.Problems.Select(problem => problem.Message)).ToString());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            terminal.Error(report is { AnyBatchAnswered: true }
                ? AfterPartial(report, new LocalText("已中断", "interrupted").ToString())
                : new LocalText(
                    "在 API 答复任何一行之前就中断了；正在发送的一批行可能已保存，这无妨：再次运行同一命令即可",
                    "interrupted before the API answered for any row; rows of a batch in flight may be stored, which is harmless: run the same command again").ToString());
            return ImportExit.Interrupted;
        }
        catch (IOException exception)
        {
            terminal.Error(new LocalText($"无法读取 {file.Name}：{exception.Message}", $"cannot read {file.Name}: {exception.Message}").ToString());
            return ImportExit.CannotRun;
        }
    }

    private async Task SendRowsAsync(ImportFile file, ImportTarget target, FinalReport report, ImportProgress progress, CancellationToken cancellationToken)
    {
        using var uploader = new BatchUploader(options, target, file.Name, progress.Retrying);
        var batch = new RowBatch(target.Columns);

        // Rows rejected while reading count as done with the next answer, so progress never runs ahead of the API.
        var rowsRead = 0;
        await foreach (var row in file.ReadRowsAsync(cancellationToken))
        {
            rowsRead++;
            if (row.HasProblems)
            {
                report.RejectRead(row);
                continue;
            }

            batch.Add(row);
            if (batch.Count >= options.BatchRows || batch.Bytes >= MaxBatchBytes)
            {
                await SendAsync(batch);
                batch = new RowBatch(target.Columns);
            }
        }

        if (batch.Count > 0)
        {
            await SendAsync(batch);
        }

        if (rowsRead > 0)
        {
            progress.Advance(rowsRead);
        }

        async Task SendAsync(RowBatch full)
        {
            report.Add(full, await uploader.UploadAsync(full, cancellationToken));
            progress.Advance(rowsRead);
            rowsRead = 0;
        }
    }

    private ImportExit Refused(string reason)
    {
        var name = Path.GetFileName(options.FilePath);
        terminal.Error(new LocalText($"{name} 被拒收：{reason}", $"{name} was refused: {reason}").ToString());
        return ImportExit.FileRefused;
    }

    /// <summary>What was done before the import stopped, so the person knows which rows are in.</summary>
    private void WritePartial(FinalReport? report)
    {
        if (report is { AnyBatchAnswered: true })
        {
            ReportView.Write(terminal.Output, report.ToImportReport(), report.TotalRows, ImportTarget.For(options.Kind));
        }
    }

    /// <returns>The reason, and how to finish when some rows are already stored.</returns>
    private string AfterPartial(FinalReport? report, string reason)
    {
        WritePartial(report);
        return report is { AnyBatchAnswered: true }
            ? new LocalText(
                string.Create(CultureInfo.InvariantCulture, $"{reason}，共 {report.TotalRows} 行，已处理 {report.RowsDone} 行；{RunAgain.Chinese}"),
                string.Create(CultureInfo.InvariantCulture, $"{reason} after {report.RowsDone} of {report.TotalRows} rows; {RunAgain.English}")).ToString()
            : reason;
    }
}
