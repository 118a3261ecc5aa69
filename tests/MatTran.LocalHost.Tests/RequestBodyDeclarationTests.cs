using MatTran.Api.Http;
using MatTran.Api.Remediations;
using MatTran.Api.Routing;
using MatTran.Inspections.Validation;

namespace MatTran.LocalHost.Tests;

/// <summary>
/// Every body a route binds goes through the edge check (<see cref="RequestTextFilter"/> walks <see cref="IRequestBody"/>
/// arguments) and declares a limit for each of its texts and lists, so a field added later cannot skip the check.
/// </summary>
[TestClass]
public sealed class RequestBodyDeclarationTests
{
    [TestMethod]
    public void Every_body_a_route_binds_is_marked_and_declares_the_limits_of_its_texts_and_lists()
    {
        var bodies = ApiRoutes.All
            .SelectMany(route => route.Handler.Method.GetParameters())
            .Select(parameter => parameter.ParameterType)
            .Select(type => Nullable.GetUnderlyingType(type) ?? type)
            // The API's own records among the parameters (services and ApiCaller are classes, not records).
            .Where(type => type.Assembly == typeof(ApiRoute).Assembly && type.GetMethod("<Clone>$") is not null)
            .Distinct()
            .ToList();

        Assert.IsNotEmpty(bodies);
        foreach (var body in bodies)
        {
            Assert.IsTrue(typeof(IRequestBody).IsAssignableFrom(body), $"{body.Name} is bound from a body but not an IRequestBody.");
            RequestTextValidator.EnsureDeclared(body);
        }

        // Read by their handlers from a form or JSON and checked there.
        RequestTextValidator.EnsureDeclared(typeof(MatTran.Api.Inspections.FeedbackBody));
        RequestTextValidator.EnsureDeclared(typeof(ReportForm));
    }
}
