using Dashboard.Data.Queries;

namespace Dashboard.Web.Api;

/// <summary>GET /api/articles (paged, filtered), GET /api/articles/{id} (text, facts, dates), GET /api/outlets.</summary>
internal static class ArticlesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/articles", GetArticlesAsync)
            .WithName("GetArticles")
            .WithSummary("Articles matching a filter, newest first (page is 1-based)")
            .Produces<ArticlesPageResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/articles/{id:int}", GetArticleAsync)
            .WithName("GetArticle")
            .WithSummary("One article: its text, its facts and the dates it mentions")
            .Produces<ArticleDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/outlets", GetOutletsAsync)
            .WithName("GetOutlets")
            .WithSummary("Every outlet with its article and fact counts")
            .Produces<IReadOnlyList<OutletRow>>();
    }

    private static async Task<IResult> GetArticlesAsync([AsParameters] FilterParameters filterParameters, [AsParameters] PageParameters pageParameters,
        IExportQueries queries, CancellationToken ct)
    {
        var errors = new List<string>();
        var filter = filterParameters.Parse(errors);
        var (index, size) = pageParameters.Parse(errors);
        if (errors.Count > 0) return ApiProblems.BadRequest(errors);

        var page = await queries.GetArticlesPageAsync(filter, index, size, ct);
        return ApiJson.Ok(new ArticlesPageResponse(page.Total, index + 1, size, page.Items));
    }

    private static async Task<IResult> GetArticleAsync(int id, IExportQueries queries, CancellationToken ct)
    {
        var article = await queries.GetArticleAsync(id, ct);
        return article is null
            ? ApiProblems.Status(StatusCodes.Status404NotFound, "No such article.", $"There is no article with id {id}.")
            : ApiJson.Ok(article);
    }

    private static async Task<IResult> GetOutletsAsync(IExportQueries queries, CancellationToken ct) =>
        ApiJson.Ok(await queries.GetOutletsAsync(ct));
}
