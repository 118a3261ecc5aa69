namespace MatTran.Api.UnitPortal.Assets;

/// <summary>unit-portal.css: a plain, readable official style (system serif headings, no web fonts to fetch).</summary>
internal static class UnitPortalStyle
{
    public const string Text = """
        :root { --red: #a3130f; --ink: #1d1d1d; --muted: #5c5c5c; --line: #d6d2c8; --paper: #fffdf8; --ok: #1e6b2e; }
        * { box-sizing: border-box; }
        html { font-size: 17px; }
        body { margin: 0; color: var(--ink); background: #f3f1ec; line-height: 1.55;
               font-family: "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
        h1, h2, h3 { font-family: "Times New Roman", "Noto Serif", Georgia, serif; line-height: 1.25; }
        h1 { font-size: 1.7rem; margin: 0 0 .25rem; color: var(--red); }
        h2 { font-size: 1.3rem; margin: 0 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .35rem; }
        h3 { font-size: 1.08rem; margin: 1rem 0 .5rem; }
        .masthead { background: var(--red); color: #fff; text-align: center; padding: .9rem 1rem; }
        .masthead p { margin: 0; }
        .masthead-org { font-weight: 700; letter-spacing: .04em; }
        .masthead-sub { font-size: .92rem; opacity: .92; }
        main { max-width: 54rem; margin: 1.5rem auto; padding: 1.5rem; background: var(--paper); border: 1px solid var(--line); }
        section { margin-top: 1.75rem; }
        .inspection-id { color: var(--muted); margin-top: 0; }
        .notice { padding: .75rem 1rem; border-left: 4px solid var(--line); background: #f7f5ef; margin: 1rem 0; }
        .notice-error { border-left-color: var(--red); background: #fbeceb; }
        .notice-title { font-weight: 700; margin: 0 0 .25rem; }
        .facts { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: .35rem 1rem; margin: 0; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; }
        .stage { font-weight: 700; }
        .deadlines { padding-left: 1.2rem; }
        .muted { color: var(--muted); }
        .hint { color: var(--muted); font-size: .95rem; }
        .action { border: 1px solid var(--line); padding: 1rem 1.25rem; background: #fff; }
        form label { display: block; margin: .75rem 0 .25rem; font-weight: 600; }
        form textarea { display: block; width: 100%; font: inherit; padding: .5rem; margin-top: .25rem; }
        form input[type=file] { display: block; margin: .25rem 0 .75rem; }
        button { font: inherit; padding: .45rem 1.1rem; border: 1px solid var(--red); background: var(--red); color: #fff; cursor: pointer; }
        button:disabled { opacity: .6; cursor: progress; }
        #reload { background: #fff; color: var(--red); }
        .form-result { margin-top: .75rem; min-height: 1.5rem; }
        .form-result.success { color: var(--ok); font-weight: 600; }
        .form-result.error { color: var(--red); font-weight: 600; }
        table.documents { width: 100%; border-collapse: collapse; font-size: .95rem; }
        table.documents th, table.documents td { text-align: left; border-bottom: 1px solid var(--line); padding: .4rem .5rem; vertical-align: top; }
        .draft, .remediation { border-top: 1px dashed var(--line); padding-top: .5rem; }
        .draft-text, .conclusion-text { white-space: pre-wrap; }
        .findings li { margin-bottom: .35rem; }
        .feedback-sent { margin: .5rem 0 0 1rem; padding-left: .75rem; border-left: 3px solid var(--line); }
        .feedback-sent h4 { margin: .25rem 0; font-size: .95rem; }
        a.download { color: var(--red); }
        .document-link { margin: .5rem 0; }
        .footer { text-align: center; color: var(--muted); font-size: .88rem; padding: 0 1rem 2rem; }
        @media (max-width: 40rem) { main { margin: 0; border: 0; padding: 1rem; } .facts { grid-template-columns: 1fr; } }
        """;
}
