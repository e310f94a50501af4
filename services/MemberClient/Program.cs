using Huli.Matchmaking.MemberClient;

var login = MemberLogin.Read(args, Environment.GetEnvironmentVariable, out var problem);
if (login is null)
{
    Console.Error.WriteLine($"{problem}{Environment.NewLine}{MemberLogin.Usage}");
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var bus = MemberBus.Create(login, Console.Out);
await bus.StartAsync(stop.Token);
Console.WriteLine($"已连接 Connected as {login.User}, reading {login.Queue}. Ctrl+C 退出 to quit.");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C: stop consuming below.
}

using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
await bus.StopAsync(stopping.Token);
return 0;
