"use strict";
// The page is one static file answered for every /units/inspections/{id}: the id is the address's last segment,
// the API and the Vietnamese texts (unit-portal-texts.json) are found relative to the address, so the page works
// behind a path prefix too.
(async function () {
  const texts = await loadTexts();
  if (!texts) { return; }
  const msg = texts.messages;
  const inspectionId = decodeURIComponent(window.location.pathname.split("/").pop() || "");
  const apiBase = new URL("../../api/", window.location.href).pathname;
  // The link's credential. Kept in memory only; sent back to the API exactly as the link carried it.
  const token = new URLSearchParams(window.location.search).get("t") || "";
  const vietnamTime = "Asia/Ho_Chi_Minh";
  const pollIntervalMs = 1500;
  const pollAttempts = 40;
  let pollTimer = null;
  let lastDetails = null;
  // Remediation items are redrawn on every load, so their forms' answers are kept here by item id.
  const remediationResults = {};

  function byId(id) { return document.getElementById(id); }

  // A message as worded for the loaded engagement's kind, else the general one.
  function kindText(key) {
    const kind = lastDetails ? (lastDetails.summary || lastDetails).kind : null;
    const own = kind ? texts["kind:" + kind] : null;
    return (own && own[key]) || msg[key];
  }

  function apiUrl(path) {
    return apiBase + path + "?t=" + encodeURIComponent(token);
  }

  function element(tag, className, text) {
    const e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  // "2025-06-19" -> "19/06/2025" (no time zone involved: it is a calendar day).
  function formatDay(value) {
    if (!value) { return ""; }
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
    return m ? m[3] + "/" + m[2] + "/" + m[1] : String(value);
  }

  // An instant, shown in Vietnam time as "19/06/2025 08:30".
  function formatInstant(value) {
    if (!value) { return ""; }
    const date = new Date(value);
    if (isNaN(date.getTime())) { return String(value); }
    const parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: vietnamTime, year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(date).forEach(function (p) { parts[p.type] = p.value; });
    return parts.day + "/" + parts.month + "/" + parts.year + " " + parts.hour + ":" + parts.minute;
  }

  // Dot for thousands, comma for decimals, spelled out so the result does not depend on the browser's locale data.
  function formatNumber(value) {
    const n = Number(value);
    if (!isFinite(n)) { return String(value); }
    const sign = n < 0 ? "-" : "";
    const fixed = String(Math.abs(n));
    const dot = fixed.indexOf(".");
    const whole = dot < 0 ? fixed : fixed.slice(0, dot);
    const fraction = dot < 0 ? "" : "," + fixed.slice(dot + 1);
    return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + fraction;
  }

  function formatFigure(figure) {
    if (figure.unit === "Vnd") { return formatNumber(Math.round(Number(figure.value))) + " đồng"; }
    if (figure.unit === "Members") { return formatNumber(figure.value) + " " + msg.membersNoun; }
    return formatNumber(figure.value);
  }

  function formatBytes(length) {
    const n = Number(length);
    if (!isFinite(n)) { return ""; }
    if (n < 1024) { return formatNumber(n) + " B"; }
    if (n < 1024 * 1024) { return formatNumber(Math.round(n / 102.4) / 10) + " KB"; }
    return formatNumber(Math.round(n / (1024 * 102.4)) / 10) + " MB";
  }

  function name(table, key) {
    return (texts[table] && texts[table][key]) || key || "";
  }

  // The problem+json answer: its text for people (detail, else field errors, else title) and its stable code.
  async function readProblem(response) {
    try {
      const problem = await response.json();
      const code = problem.code || null;
      if (problem.detail) { return { text: problem.detail, code: code }; }
      if (problem.errors) {
        const lines = [];
        Object.keys(problem.errors).forEach(function (field) {
          [].concat(problem.errors[field]).forEach(function (line) { lines.push(line); });
        });
        if (lines.length) { return { text: lines.join(" "), code: code }; }
      }
      return { text: problem.title || null, code: code };
    } catch (e) {
      // Not JSON (a proxy's error page): the generic message the caller shows says enough.
      return { text: null, code: null };
    }
  }

  async function problemText(response) {
    return (await readProblem(response)).text;
  }

  // An expired link is still the unit's: offer to email a new one to the unit's registered address. The API answers
  // the same whatever it did, so the page says what happens if the link was genuine.
  function offerRenewal() {
    const box = byId("renew-link");
    const button = byId("renew-link-button");
    const result = box.querySelector(".form-result");
    box.hidden = false;
    button.onclick = async function () {
      button.disabled = true;
      showResult(result, msg.sending, "");
      try {
        await fetch(apiUrl("links/renew"), { method: "POST", credentials: "omit", cache: "no-store" });
        showResult(result, msg.renewalSent, "success");
      } catch (e) {
        button.disabled = false;
        showResult(result, msg.networkError, "error");
      }
    };
  }

  function showPageError(text, detail, help) {
    const box = byId("page-error");
    box.textContent = "";
    box.appendChild(element("p", "notice-title", text));
    if (detail) { box.appendChild(element("p", null, detail)); }
    if (help) { box.appendChild(element("p", null, help)); }
    box.hidden = false;
    byId("page-status").hidden = true;
  }

  function hideSections() {
    ["overview", "self-report", "feedback", "documents", "drafts", "conclusion", "remediations"]
      .forEach(function (id) { byId(id).hidden = true; });
  }

  async function load() {
    let response;
    try {
      response = await fetch(apiUrl("inspections/" + encodeURIComponent(inspectionId)), {
        headers: { "Accept": "application/json" }, credentials: "omit", cache: "no-store"
      });
    } catch (e) {
      showPageError(msg.networkError);
      return null;
    }

    if (response.status === 401 || response.status === 403) {
      // The API's own words say why (expired, another unit's link …); the help, or the renewal, says what to do.
      const problem = await readProblem(response);
      const expired = problem.code === "link.expired";
      hideSections();
      showPageError(msg.invalidLink, problem.text, expired ? null : msg.invalidLinkHelp);
      if (expired) { offerRenewal(); }
      return null;
    }

    if (!response.ok) {
      hideSections();
      showPageError((await problemText(response)) || msg.loadFailed);
      return null;
    }

    const details = await response.json();
    lastDetails = details;
    render(details);
    byId("page-status").hidden = true;
    byId("page-error").hidden = true;
    return details;
  }

  function summaryOf(details) { return details.summary || details; }

  function render(details) {
    const summary = summaryOf(details);
    const stage = summary.stage;
    byId("field-kind").textContent = name("kinds", summary.kind);
    // A supervision or follow-up is worded as such (giám sát, phúc tra): headings, labels and stage names.
    const kindTexts = texts["kind:" + summary.kind] || {};
    document.querySelectorAll("[data-kind-text]").forEach(function (e) {
      const text = kindTexts[e.dataset.kindText];
      if (text) { e.textContent = text; }
    });
    byId("field-stage").textContent = kindTexts["stage:" + stage] || name("stages", stage);
    byId("field-stage").dataset.stage = stage || "";
    byId("field-visit-date").textContent = formatDay(summary.visitDate);
    const period = details.coveredPeriod || summary.coveredPeriod;
    byId("field-covered-period").textContent = period
      ? formatDay(period.from).slice(3) + " – " + formatDay(period.to).slice(3) : "";
    byId("field-team-lead").textContent = details.teamLead || summary.teamLead || "";
    renderDeadlines(details, stage);
    byId("overview").hidden = false;

    const canSelfReport = stage === "NoticeSent" || stage === "AwaitingSelfReport" || stage === "AwaitingVisit";
    const canGiveFeedback = stage === "AwaitingUnitFeedback";
    byId("self-report").hidden = !canSelfReport;
    byId("feedback").hidden = !canGiveFeedback;

    renderDocuments(details.documents || []);
    renderDrafts(details.drafts || [], details.feedback || []);
    renderConclusion(details.conclusion, details.rating);
    const openItems = renderRemediations(details.remediations || []);

    const noAction = byId("no-action");
    noAction.hidden = canSelfReport || canGiveFeedback || openItems > 0;
    noAction.textContent = msg.noActionNeeded;
  }

  function renderDeadlines(details, stage) {
    const list = byId("deadlines");
    list.textContent = "";
    function add(label, day) {
      if (!day) { return; }
      const item = element("li");
      item.appendChild(element("span", "deadline-label", label + ": "));
      item.appendChild(element("strong", null, formatDay(day)));
      list.appendChild(item);
    }
    const schedule = details.schedule;
    if (schedule) {
      if (schedule.selfReportDue) { add(kindText("selfReportDue"), schedule.selfReportDue.day); }
      if (schedule.visit) { add(msg.visitDay, schedule.visit.day); }
    }
    if (details.feedbackWindow && details.feedbackWindow.deadline && stage === "AwaitingUnitFeedback") {
      add(msg.feedbackDue, details.feedbackWindow.deadline.day);
    }
    if (details.cancelReason) {
      list.appendChild(element("li", null, msg.cancelReason + ": " + details.cancelReason));
    }
  }

  // A link named after the stored file when the inspection lists it, so "Tải về" is the exception.
  function documentLink(documentId) {
    const known = (lastDetails && lastDetails.documents || []).filter(function (d) { return d.id === documentId; })[0];
    const link = downloadLink(documentId, known ? known.fileName : msg.download);
    const line = element("p", "document-link", msg.attachment + ": ");
    line.appendChild(link);
    return line;
  }

  function downloadLink(documentId, label) {
    const a = element("a", "download", label);
    a.href = apiUrl("documents/" + encodeURIComponent(documentId));
    a.rel = "noreferrer";
    return a;
  }

  function renderDocuments(documents) {
    const rows = byId("document-rows");
    rows.textContent = "";
    documents.forEach(function (doc) {
      const row = element("tr");
      row.dataset.documentId = doc.id;
      row.appendChild(element("td", null, name("documentKinds", doc.kind)));
      row.appendChild(element("td", null, doc.number || ""));
      const file = element("td");
      file.appendChild(downloadLink(doc.id, doc.fileName || msg.download));
      if (doc.length !== undefined) { file.appendChild(element("span", "muted", " (" + formatBytes(doc.length) + ")")); }
      row.appendChild(file);
      row.appendChild(element("td", null, doc.version));
      row.appendChild(element("td", null, formatInstant(doc.storedAt)));
      rows.appendChild(row);
    });
    const none = byId("no-documents");
    none.hidden = documents.length > 0;
    none.textContent = msg.noDocuments;
    byId("documents").hidden = false;
  }

  function renderDrafts(drafts, feedback) {
    const list = byId("draft-list");
    list.textContent = "";
    drafts.forEach(function (draft) {
      const revision = draft.revision || draft;
      const box = element("article", "draft");
      box.appendChild(element("h3", null, msg.revision + " " + revision.revision
        + " – " + msg.submittedAt.toLowerCase() + " " + formatInstant(revision.submittedAt)));
      box.appendChild(element("p", "draft-text", revision.text));
      if (revision.documentId) { box.appendChild(documentLink(revision.documentId)); }
      const findings = draft.findings || [];
      if (findings.length) {
        const ul = element("ul", "findings");
        findings.forEach(function (finding) {
          const li = element("li");
          li.appendChild(element("strong", null, name("findingTypes", finding.type) + " – " + finding.topic + ": "));
          li.appendChild(document.createTextNode(finding.text));
          (finding.figures || []).forEach(function (figure) {
            li.appendChild(element("span", "figure", " " + figure.label + ": " + formatFigure(figure) + "."));
          });
          ul.appendChild(li);
        });
        box.appendChild(ul);
      }
      feedback.filter(function (f) { return f.draftRevision === revision.revision; }).forEach(function (f) {
        const answer = element("div", "feedback-sent");
        answer.appendChild(element("h4", null, msg.feedbackGiven + " – " + formatInstant(f.submittedAt)));
        if (f.text) { answer.appendChild(element("p", "draft-text", f.text)); }
        if (f.documentId) { answer.appendChild(documentLink(f.documentId)); }
        box.appendChild(answer);
      });
      list.appendChild(box);
    });
    byId("drafts").hidden = drafts.length === 0;
  }

  // Only an approved (issued) conclusion is the unit's business; a submission still with the supervisor is not.
  function renderConclusion(view, rating) {
    const body = byId("conclusion-body");
    body.textContent = "";
    const issued = view && view.status === "Approved";
    byId("conclusion").hidden = !issued;
    if (!issued) { return; }
    const conclusion = view.conclusion || view;
    const facts = element("dl", "facts");
    function fact(label, value) {
      if (!value) { return; }
      facts.appendChild(element("dt", null, label));
      facts.appendChild(element("dd", null, value));
    }
    fact(msg.conclusionNumber, view.number);
    fact(msg.rating, name("ratings", conclusion.rating || rating));
    body.appendChild(facts);
    body.appendChild(element("p", "conclusion-text", conclusion.text));
    if (conclusion.followUp) { body.appendChild(element("p", "muted", msg.followUpRequested)); }
    if (view.documentId) { body.appendChild(documentLink(view.documentId)); }
  }

  function renderRemediations(items) {
    const list = byId("remediation-list");
    list.textContent = "";
    let open = 0;
    items.forEach(function (item) {
      const box = element("article", "remediation");
      box.dataset.remediationId = item.id;
      box.appendChild(element("h3", null, item.text));
      const facts = element("dl", "facts");
      [[msg.responsible, item.responsible], [msg.dueDate, formatDay(item.dueDate)],
       [msg.status, name("remediationStatuses", item.status)]].forEach(function (pair) {
        facts.appendChild(element("dt", null, pair[0]));
        facts.appendChild(element("dd", null, pair[1]));
      });
      box.appendChild(facts);
      (item.history || []).forEach(function (entry) {
        if (entry.documentId) { box.appendChild(documentLink(entry.documentId)); }
      });
      const kept = remediationResults[item.id];
      if (item.status === "Open" || item.status === "Rejected") {
        open++;
        const form = byId("remediation-form-template").content.firstElementChild.cloneNode(true);
        form.addEventListener("submit", function (event) {
          event.preventDefault();
          const status = item.status;
          submit(form, "remediations/" + encodeURIComponent(item.id) + "/report", msg.remediationSent,
            function (details) {
              const now = (details.remediations || []).filter(function (r) { return r.id === item.id; })[0];
              return !now || now.status !== status;
            },
            function (text, kind) { remediationResults[item.id] = { text: text, kind: kind }; });
        });
        if (kept) { showResult(form.querySelector(".form-result"), kept.text, kept.kind); }
        box.appendChild(form);
      } else if (kept && kept.kind === "success") {
        showResult(box.appendChild(element("p", "form-result")), kept.text, kept.kind);
      }
      list.appendChild(box);
    });
    byId("remediations").hidden = items.length === 0;
    return open;
  }

  function countDocuments(details, kind) {
    return (details && details.documents || []).filter(function (d) { return d.kind === kind; }).length;
  }

  // The API answers 202 and the workflow records the step moments (or, behind queue triggers, a minute) later:
  // poll, since no push channel exists behind the Functions front door, until the step shows or for a while.
  function refreshUntil(settled) {
    if (pollTimer) { clearTimeout(pollTimer); }
    let attempts = 0;
    async function tick() {
      attempts++;
      const details = await load();
      if (details && !settled(details) && attempts < pollAttempts) {
        pollTimer = setTimeout(tick, pollIntervalMs);
      }
    }
    tick();
  }

  function showResult(result, text, kind) {
    result.className = "form-result " + kind;
    result.textContent = text;
  }

  // settled(details): true once the workflow has recorded this submission. keep(text, kind): for forms
  // that are redrawn on the next load.
  async function submit(form, path, successText, settled, keep) {
    const result = form.querySelector(".form-result");
    const button = form.querySelector("button[type=submit]");
    const report = function (text, kind) {
      showResult(result, text, kind);
      if (keep) { keep(text, kind); }
    };
    result.className = "form-result";
    const file = form.querySelector("input[type=file]");
    const text = form.querySelector("textarea");
    const missingFile = file && file.required && !file.files.length;
    const missingText = text && text.required && !text.value.trim();
    if (missingFile || missingText) {
      report(missingFile ? msg.fileRequired : msg.textRequired, "error");
      return;
    }
    const body = new FormData();
    if (text) { body.append("text", text.value); }
    if (file && file.files.length) { body.append("file", file.files[0]); }
    button.disabled = true;
    result.className = "form-result";
    result.textContent = msg.sending;
    let response;
    try {
      response = await fetch(apiUrl(path), { method: "POST", body: body, credentials: "omit" });
    } catch (e) {
      button.disabled = false;
      report(msg.networkError, "error");
      return;
    }
    button.disabled = false;
    if (response.ok) {
      form.reset();
      report(successText, "success");
      refreshUntil(settled);
      return;
    }
    const problem = await readProblem(response);
    const prefix = response.status === 401 || response.status === 403 ? msg.invalidLink + " " : "";
    report(prefix + (problem.text || msg.sendFailed), "error");
    if (problem.code === "link.expired") { offerRenewal(); }
  }

  byId("self-report-form").addEventListener("submit", function (event) {
    event.preventDefault();
    const before = countDocuments(lastDetails, "SelfReport");
    submit(event.currentTarget, "inspections/" + encodeURIComponent(inspectionId) + "/self-report", kindText("selfReportSent"),
      function (details) {
        const stage = summaryOf(details).stage;
        return countDocuments(details, "SelfReport") > before && stage !== "NoticeSent" && stage !== "AwaitingSelfReport";
      });
  });
  byId("feedback-form").addEventListener("submit", function (event) {
    event.preventDefault();
    const before = (lastDetails && lastDetails.feedback || []).length;
    submit(event.currentTarget, "inspections/" + encodeURIComponent(inspectionId) + "/feedback", msg.feedbackSent,
      function (details) {
        return (details.feedback || []).length > before || summaryOf(details).stage !== "AwaitingUnitFeedback";
      });
  });
  byId("reload").addEventListener("click", function () { load(); });

  byId("inspection-id").textContent = inspectionId;
  load();
})();

// The texts file, fetched like any asset; without it the page can only say (in the Vietnamese of the markup) that it
// could not load.
async function loadTexts() {
  try {
    const response = await fetch(new URL("../unit-portal-texts.json", window.location.href), { credentials: "omit" });
    if (response.ok) { return await response.json(); }
  } catch (e) {
    // A network failure: reported below like a missing file.
  }
  const status = document.getElementById("page-status");
  status.classList.add("notice-error");
  status.textContent = status.dataset.loadFailed;
  return null;
}
