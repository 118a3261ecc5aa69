using System.Text.Encodings.Web;
using System.Text.Json;

namespace MatTran.Api.UnitPortal;

/// <summary>
/// The server-rendered shell of the unit portal. It never contains the token nor anything read with it: the script
/// takes <c>t</c> from the address bar and asks the API, so a bad link still gets a readable page (HTTP 200) that
/// then says the link is invalid.
/// </summary>
public static class UnitPortalPage
{
    /// <param name="inspectionId">From the route; shown and used by the script, HTML-encoded here.</param>
    /// <param name="pathBase">Where the app is mounted (usually empty), so the script finds the API behind a prefix too.</param>
    public static string Render(string inspectionId, string pathBase)
    {
        var html = HtmlEncoder.Default;
        string id = html.Encode(inspectionId);
        string apiBase = html.Encode(pathBase.TrimEnd('/') + "/api/");
        string assets = html.Encode(pathBase.TrimEnd('/') + "/units/assets/");
        string scriptVersion = UnitPortalAssets.Version(UnitPortalAssets.ScriptFileName);
        string styleVersion = UnitPortalAssets.Version(UnitPortalAssets.StyleFileName);
        // The default encoder escapes <, >, & and quotes as \uXXXX, so no text can close the JSON block early.
        string texts = JsonSerializer.Serialize(UnitPortalTexts.ForScript());

        return $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <meta name="robots" content="noindex, nofollow">
            <title>Cuộc kiểm tra, giám sát – Mặt trận Tổ quốc Việt Nam</title>
            <link rel="stylesheet" href="{{assets}}{{UnitPortalAssets.StyleFileName}}?v={{styleVersion}}">
            <script src="{{assets}}{{UnitPortalAssets.ScriptFileName}}?v={{scriptVersion}}" defer></script>
            </head>
            <body>
            <header class="masthead">
              <p class="masthead-org">ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM</p>
              <p class="masthead-sub">Trang dành cho đơn vị được kiểm tra, giám sát</p>
            </header>
            <main id="portal" data-inspection-id="{{id}}" data-api-base="{{apiBase}}">
              <h1>Cuộc kiểm tra, giám sát</h1>
              <p class="inspection-id">Mã cuộc kiểm tra: <code>{{id}}</code></p>
              <div id="page-status" class="notice" role="status" aria-live="polite">{{UnitPortalTexts.Loading}}</div>
              <div id="page-error" class="notice notice-error" role="alert" hidden></div>

              <section id="overview" hidden>
                <h2>Thông tin chung</h2>
                <dl class="facts">
                  <dt>Hình thức</dt><dd id="field-kind"></dd>
                  <dt>Giai đoạn hiện tại</dt><dd id="field-stage" class="stage"></dd>
                  <dt>Ngày làm việc tại đơn vị</dt><dd id="field-visit-date"></dd>
                  <dt>Thời kỳ kiểm tra</dt><dd id="field-covered-period"></dd>
                  <dt>Trưởng đoàn</dt><dd id="field-team-lead"></dd>
                </dl>
                <h3>Thời hạn</h3>
                <ul id="deadlines" class="deadlines"></ul>
                <p id="no-action" class="muted" hidden></p>
              </section>

              <section id="self-report" class="action" hidden>
                <h2>Gửi báo cáo tự kiểm tra</h2>
                <p class="hint">Tệp PDF, Word (.docx), Excel (.xlsx) hoặc ảnh (.jpg, .png). Có thể gửi lại; bản gửi sau là phiên bản mới.</p>
                <form id="self-report-form" novalidate>
                  <label for="self-report-file">Tệp báo cáo</label>
                  <input id="self-report-file" name="file" type="file" required accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png">
                  <button type="submit">Gửi báo cáo</button>
                  <div class="form-result" role="status" aria-live="polite"></div>
                </form>
              </section>

              <section id="feedback" class="action" hidden>
                <h2>Gửi ý kiến giải trình về dự thảo báo cáo</h2>
                <form id="feedback-form" novalidate>
                  <label for="feedback-text">Nội dung giải trình</label>
                  <textarea id="feedback-text" name="text" rows="6"></textarea>
                  <label for="feedback-file">Tệp đính kèm (không bắt buộc)</label>
                  <input id="feedback-file" name="file" type="file" accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png">
                  <button type="submit">Gửi giải trình</button>
                  <div class="form-result" role="status" aria-live="polite"></div>
                </form>
              </section>

              <section id="documents" hidden>
                <h2>Tài liệu</h2>
                <table class="documents">
                  <thead><tr><th scope="col">Loại tài liệu</th><th scope="col">Số, ký hiệu</th><th scope="col">Tệp</th><th scope="col">Phiên bản</th><th scope="col">Ngày lưu</th></tr></thead>
                  <tbody id="document-rows"></tbody>
                </table>
                <p id="no-documents" class="muted" hidden></p>
              </section>

              <section id="drafts" hidden>
                <h2>Dự thảo báo cáo kết quả kiểm tra</h2>
                <div id="draft-list"></div>
              </section>

              <section id="conclusion" hidden>
                <h2>Thông báo kết luận</h2>
                <div id="conclusion-body"></div>
              </section>

              <section id="remediations" hidden>
                <h2>Kiến nghị và kết quả khắc phục</h2>
                <div id="remediation-list"></div>
              </section>

              <template id="remediation-form-template">
                <form class="remediation-form" novalidate>
                  <label>Kết quả khắc phục <textarea name="text" rows="4" required></textarea></label>
                  <label>Tệp minh chứng <input name="file" type="file" required accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"></label>
                  <button type="submit">Gửi báo cáo khắc phục</button>
                  <div class="form-result" role="status" aria-live="polite"></div>
                </form>
              </template>

              <p class="reload"><button id="reload" type="button">Tải lại thông tin</button></p>
            </main>
            <footer class="footer">
              <p>Đường dẫn này chỉ dành cho đơn vị được nhận thư; vui lòng không chuyển tiếp.</p>
            </footer>
            <script type="application/json" id="unit-portal-texts">{{texts}}</script>
            </body>
            </html>
            """;
    }
}
