using Huli.Matchmaking.Evaluation;

// make eval DATA=dir [POOL=1] [OUT=file]   measures the Matcher's ranking on one evaluation set
// make retrain [ABLATION=1]                 learns the ranking model from the dev sets and coordinators' decisions
var options = EvaluationOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(EvaluationOptions.Usage);
    return 2;
}

return options.Command switch
{
    "eval" => await EvaluateCommand.RunAsync(options.Data!, options.Pool, options.Output, CancellationToken.None),
    _ => await RetrainCommand.RunAsync(options, CancellationToken.None),
};
