using MassTransit;

namespace Huli.Matchmaking.MemberClient;

public static class MemberBus
{
    /// <summary>A bus that only consumes the member's own queue. It declares nothing the member may not
    /// configure: no exchanges for the message types (the Alliance's bindings route to the queue) and no fault
    /// events (a member may not publish into the system's exchanges); a notice that fails goes to the member's
    /// own _error queue.</summary>
    public static IBusControl Create(MemberLogin login, TextWriter output) =>
        Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(login.Broker, host =>
            {
                host.Username(login.User);
                host.Password(login.Password);
            });
            rabbit.ReceiveEndpoint(login.Queue, endpoint =>
            {
                endpoint.ConfigureConsumeTopology = false;
                endpoint.PublishFaults = false;
                endpoint.UseMessageRetry(r => r.Interval(3, TimeSpan.FromSeconds(1)));
                endpoint.Consumer(() => new MemberPairingNoticeConsumer(output));
            });
        });
}
