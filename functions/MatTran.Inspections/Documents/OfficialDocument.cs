namespace MatTran.Inspections.Documents;

/// <summary>
/// An administrative document in the Decree 30/2020/NĐ-CP layout: everything <see cref="DocxWriter"/> prints,
/// nothing about how. Templates in <c>Documents/Templates</c> build these from inspection data.
/// </summary>
public sealed record OfficialDocument
{
    public required DocumentIssuer Issuer { get; init; }

    public required DocumentNumber Number { get; init; }

    /// <summary>Place name for the date line; usually the issuer's.</summary>
    public required string Place { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>The legal type; also gives the title unless <see cref="Title"/> overrides it.</summary>
    public DocumentType Type => Number.Type;

    /// <summary>The centred title; defaults to the type's name ("QUYẾT ĐỊNH").</summary>
    public string? Title { get; init; }

    /// <summary>The summary line under the title (trích yếu), e.g. "Về việc thành lập Đoàn kiểm tra".</summary>
    public required string Subtitle { get; init; }

    public required IReadOnlyList<BodyParagraph> Body { get; init; }

    /// <summary>"Nơi nhận" lines without the leading dash or trailing punctuation; the writer adds both.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    public required SignatureBlock Signature { get; init; }

    /// <summary>
    /// A draft for comment (dự thảo): marked "DỰ THẢO" above the title and printed without a number ("Số:      /BC-…"),
    /// since a number is taken only when the document is issued. <see cref="Number"/> then supplies type and symbol only.
    /// </summary>
    public bool IsDraft { get; init; }

    public string EffectiveTitle => Title ?? DocumentTypeNames.Title(Type);
}
