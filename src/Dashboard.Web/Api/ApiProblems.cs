namespace Dashboard.Web.Api;

/// <summary>Problem-details answers that say what was wrong.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(IReadOnlyList<string> errors) =>
        TypedResults.Problem(
            title: "The request is not valid.",
            detail: string.Join(" ", errors),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    public static IResult Status(int statusCode, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: statusCode);
}
