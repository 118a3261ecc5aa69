namespace MatTran.Api.Http;

/// <summary>
/// Marks a record a route binds from its JSON body. <see cref="RequestTextFilter"/> walks every such argument before
/// the handler runs; a test checks every handler's body type carries this mark and declares its limits.
/// </summary>
public interface IRequestBody;
