using Huli.Matchmaking.Localisation;

namespace Huli.Matchmaking.Alliance.Features.Members;

internal static class BrokerGuard
{
    /// <summary>A broker that cannot be reached is the installation's problem, not the caller's: 503 with what
    /// happened to the request, rather than a bare 500.</summary>
    public static async Task<IResult> Run(Func<Task<IResult>> send)
    {
        try
        {
            return await send();
        }
        catch (MemberBrokerUnavailableException)
        {
            return TypedResults.Problem(
                title: new LocalText("无法连接成员消息总线，未做任何更改。请稍后重试。", "The member broker could not be reached; nothing was changed. Try again shortly.").ToString(),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
