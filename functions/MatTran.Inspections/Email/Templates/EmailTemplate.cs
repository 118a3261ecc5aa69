namespace MatTran.Inspections.Email.Templates;

/// <summary>Subject and plain-text body with <c>{{name}}</c> placeholders; blank lines separate paragraphs.</summary>
public sealed record EmailTemplate(string Subject, string Body);
