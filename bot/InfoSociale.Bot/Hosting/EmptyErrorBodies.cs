using InfoSociale.Bot.DirectLine;
using Microsoft.AspNetCore.Diagnostics;

namespace InfoSociale.Bot.Hosting;

// Errors the framework answers without a body (no such address, wrong method, a bad request line) get one in the
// Direct Line error shape, so every refusal says what it is.
public static class EmptyErrorBodies
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var status = context.HttpContext.Response.StatusCode;
        var (code, message) = status switch
        {
            StatusCodes.Status404NotFound => ("NotFound", "Nothing is served at this address."),
            StatusCodes.Status405MethodNotAllowed => ("MethodNotAllowed", "This address does not take this HTTP method."),
            StatusCodes.Status413PayloadTooLarge => ("RequestTooLarge", "The body is larger than this server accepts."),
            StatusCodes.Status431RequestHeaderFieldsTooLarge => ("HeadersTooLarge", "The request headers are too large."),
            >= 500 => ("ServerError", "The server could not answer; try again in a minute."),
            _ => ("BadRequest", "The request could not be understood."),
        };
        return DirectLineError.Of(status, code, message).ExecuteAsync(context.HttpContext);
    }
}
