// fiveminute review page: the 5-minute clocks, keyboard shortcuts, the live reply preview and
// the inbox that refreshes itself. Email text is only ever set with textContent.
(function () {
  "use strict";
  const body = document.body;
  const serverNow = Number(body.dataset.now || Date.now());
  const skew = serverNow - Date.now();
  const allowance = Number(body.dataset.allowance || 5);
  const csrf = body.dataset.csrf || "";
  const now = () => Date.now() + skew;

  function ago(ms) {
    const m = Math.floor(ms / 60000);
    if (m < 1) return "just now";
    if (m < 60) return m + " min ago";
    const h = Math.floor(m / 60);
    if (h < 24) return h + " h " + (m % 60) + " min ago";
    return Math.floor(h / 24) + " d ago";
  }

  function tickClocks() {
    document.querySelectorAll(".clock[data-received]").forEach(function (el) {
      const age = now() - Number(el.dataset.received);
      const left = allowance * 60000 - age;
      let text = "arrived " + ago(age);
      if (left > 0) text += ", " + Math.ceil(left / 60000) + " min left";
      else text += ", " + Math.floor(-left / 60000) + " min over";
      el.textContent = text;
      el.classList.toggle("late", left <= 0);
    });
    document.querySelectorAll("[data-at]").forEach(function (el) {
      if (el.classList.contains("when")) el.textContent = new Date(Number(el.dataset.at)).toLocaleString();
    });
  }
  tickClocks();
  setInterval(tickClocks, 1000);

  const typing = () => ["INPUT", "TEXTAREA", "SELECT"].includes((document.activeElement || {}).tagName);

  // Inbox: rows open on click, j/k move, Enter opens; the list refreshes itself.
  const inbox = document.getElementById("inbox");
  let sel = 0;
  function rows() { return inbox ? Array.from(inbox.querySelectorAll("tbody tr")) : []; }
  function select(i) {
    const r = rows();
    if (!r.length) return;
    sel = Math.max(0, Math.min(i, r.length - 1));
    r.forEach((row, k) => row.classList.toggle("sel", k === sel));
    r[sel].scrollIntoView({ block: "nearest" });
  }
  if (inbox) {
    inbox.addEventListener("click", function (e) {
      const tr = e.target.closest("tr[data-href]");
      if (tr && !e.target.closest("a")) location.href = tr.dataset.href;
    });
    select(0);
    setInterval(refreshInbox, 10000);
  }
  function cell(text, cls) { const td = document.createElement("td"); if (cls) td.className = cls; td.textContent = text == null ? "" : String(text); return td; }
  async function refreshInbox() {
    try {
      // The page of the inbox this is (the pager's links keep ?offset=&limit=).
      const q = "?offset=" + encodeURIComponent(inbox.dataset.offset || "0") +
        "&limit=" + encodeURIComponent(inbox.dataset.limit || "100");
      const res = await fetch("/api/inbox" + q, { headers: { Accept: "application/json" } });
      if (!res.ok) return;
      const data = await res.json();
      const tbody = inbox.querySelector("tbody");
      const fresh = document.createElement("tbody");
      data.drafts.forEach(function (r) {
        const tr = document.createElement("tr");
        tr.dataset.href = "/drafts/" + r.id;
        const clock = document.createElement("td");
        const span = document.createElement("span");
        span.className = "clock"; span.dataset.received = r.received_at; clock.appendChild(span);
        tr.appendChild(clock);
        const who = document.createElement("td");
        const a = document.createElement("a"); a.href = "/drafts/" + r.id; a.textContent = r.from_name || r.from || ""; who.appendChild(a);
        const addr = document.createElement("div"); addr.className = "muted small"; addr.textContent = r.from || ""; who.appendChild(addr);
        tr.appendChild(who);
        tr.appendChild(cell(r.subject));
        tr.appendChild(cell(r.questions, "num"));
        tr.appendChild(cell(r.total_text ? r.total_text + " " + (r.quote || "") : "free", "num"));
        fresh.appendChild(tr);
      });
      tbody.replaceWith(fresh);
      document.getElementById("count").textContent = data.total;
      document.querySelectorAll(".pager .range").forEach(function (el) {
        el.textContent = data.drafts.length
          ? (data.offset + 1) + "–" + (data.offset + data.drafts.length) + " of " + data.total
          : "none from " + (data.offset + 1) + " on; " + data.total + " in all";
      });
      document.getElementById("empty").hidden = data.drafts.length > 0;
      select(sel);
      tickClocks();
    } catch (e) { /* offline for a moment: try again next round */ }
  }

  // Draft page: the live preview and total, and a/s/Esc/n.
  const form = document.getElementById("draft-form");
  function edits() {
    const e = { answers: [], minutes: [], categories: [] };
    for (let i = 0; form.elements["answer_" + i]; i++) {
      e.answers.push(form.elements["answer_" + i].value);
      e.minutes.push(Number(form.elements["minutes_" + i].value || 0));
      e.categories.push(form.elements["category_" + i].value);
    }
    if (form.elements.hours) e.hours = Number(form.elements.hours.value || 0);
    if (form.elements.rate) e.rate = Number(form.elements.rate.value || 0);
    return e;
  }
  let timer = null;
  async function refreshPreview() {
    const res = await fetch("/api/drafts/" + form.dataset.id + "/preview", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(edits()),
    });
    if (!res.ok) return;
    const p = await res.json();
    if (p.subject != null) document.getElementById("preview-subject").textContent = p.subject;
    if (p.body != null) document.getElementById("preview-body").textContent = p.body;
    const total = document.getElementById("total");
    if (total && p.quote) total.textContent = p.quote.total_text;
  }
  if (form && !form.querySelector("[disabled]")) {
    form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refreshPreview, 250); });
  }

  let lastKey = "", lastAt = 0;
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "Escape" && typing()) { document.activeElement.blur(); return; }
    if (typing()) return;
    // "g" then "i": the inbox, from any page.
    const after = lastKey === "g" && Date.now() - lastAt < 1000;
    lastKey = e.key; lastAt = Date.now();
    if (after && e.key === "i") { location.href = "/"; return; }
    if (inbox) {
      if (e.key === "j" || e.key === "ArrowDown") { select(sel + 1); e.preventDefault(); }
      if (e.key === "k" || e.key === "ArrowUp") { select(sel - 1); e.preventDefault(); }
      if (e.key === "Enter" || e.key === "o") { const r = rows()[sel]; if (r) location.href = r.dataset.href; }
    }
    if (form) {
      if (e.key === "a") { const b = document.getElementById("approve"); if (b) b.click(); }
      if (e.key === "s") { const b = document.getElementById("save"); if (b) b.click(); }
      if (e.key === "Escape") location.href = "/";
      if (e.key === "n" || e.key === "j") { const n = form.elements.next; if (n) location.href = "/drafts/" + n.value; }
    }
  });
})();
