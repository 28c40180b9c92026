using InfoSociale.Bot.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InfoSociale.Bot.DirectLine;

// The Direct Line error shape: {"error":{"code":"TokenExpired","message":"..."}}.
public sealed record DirectLineErrorBody(DirectLineErrorDetail Error);

public sealed record DirectLineErrorDetail(string Code, string Message);

public static class DirectLineError
{
    public static JsonHttpResult<DirectLineErrorBody> Of(int status, string code, string message) =>
        TypedResults.Json(new DirectLineErrorBody(new DirectLineErrorDetail(code, message)), statusCode: status);

    public static JsonHttpResult<DirectLineErrorBody> From(RequestRefusal refusal) => Of(refusal.Status, refusal.Code, refusal.Message);

    public static JsonHttpResult<DirectLineErrorBody> BadArgument(string message) => Of(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static JsonHttpResult<DirectLineErrorBody> NotFound(string conversationId) =>
        Of(StatusCodes.Status404NotFound, "NotFound", $"Conversation '{conversationId}' does not exist.");
}
