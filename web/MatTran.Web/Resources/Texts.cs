namespace MatTran.Web.Resources;

/// <summary>The app's Vietnamese texts: <c>Texts.resx</c> beside this file, read through <c>IStringLocalizer&lt;Texts&gt;</c>.</summary>
public sealed class Texts;
