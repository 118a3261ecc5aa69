using MatTran.Api.Http;

namespace MatTran.Api.Plans;

/// <summary>The optional body of <c>POST /api/plans/{id}/launch</c>: without it the plan runs in real time.</summary>
public sealed record LaunchBody(RehearsalBody? Rehearsal) : IRequestBody;
