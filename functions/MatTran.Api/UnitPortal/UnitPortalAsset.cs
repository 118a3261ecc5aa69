namespace MatTran.Api.UnitPortal;

/// <summary>A static file of the unit portal, as served.</summary>
/// <param name="ETag">Quoted strong validator derived from the content.</param>
public sealed record UnitPortalAsset(string FileName, string ContentType, byte[] Content, string ETag);
