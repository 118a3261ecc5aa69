using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Email.Templates;

/// <summary>Turns a template and its values into a ready <see cref="EmailMessage"/> with text and HTML bodies.</summary>
public static class EmailComposer
{
    public static EmailMessage Compose(
        EmailTemplateId id, EmailTemplateValues values, IReadOnlyList<EmailAddress> to, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (to.Count == 0)
        {
            throw new ArgumentException("An email needs at least one recipient.", nameof(to));
        }

        foreach (var recipient in to)
        {
            TextRules.RequireStorable(recipient.Address, "Email address");
            if (recipient.DisplayName is { } name)
            {
                TextRules.RequireStorable(name, "Email display name");
            }
        }

        var template = EmailTexts.For(id);
        string subject = TemplateRenderer.RenderText(template.Subject, values);
        return new EmailMessage
        {
            To = to,
            Subject = subject,
            TextBody = TemplateRenderer.RenderText(template.Body, values),
            HtmlBody = Page(HtmlText.Encode(subject), TemplateRenderer.RenderHtmlFragment(template.Body, values)),
            IdempotencyKey = idempotencyKey,
        };
    }

    private static string Page(string encodedTitle, string content) =>
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + encodedTitle + "</title>\n</head>\n" +
        "<body style=\"font-family:'Times New Roman',serif;font-size:14pt;line-height:1.4\">\n" + content + "</body>\n</html>\n";
}
