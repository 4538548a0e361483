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
        // The same cells as the page's own rows, so nothing shifts when the list refreshes.
        const a = document.createElement("a"); a.href = "/drafts/" + r.id;
        const name = document.createElement("span"); name.className = "name"; name.textContent = r.from_name || r.from || "";
        a.appendChild(name); who.appendChild(a);
        const addr = document.createElement("div"); addr.className = "muted small"; addr.textContent = r.from || ""; who.appendChild(addr);
        tr.appendChild(who);
        const subj = document.createElement("td");
        if (r.kind === "reply" || r.kind === "reminder") {
          const tag = document.createElement("span");
          tag.className = r.kind === "reply" ? "tag flag" : "tag";
          tag.textContent = r.kind === "reply" ? "reply to quote: " + (r.decision || "") : "reminder";
          subj.appendChild(tag); subj.appendChild(document.createTextNode(" "));
        }
        if (r.subject) subj.appendChild(document.createTextNode(r.subject));
        else { const none = document.createElement("span"); none.className = "muted"; none.textContent = "(no subject)"; subj.appendChild(none); }
        if (r.kind === "reply") { const why = document.createElement("div"); why.className = "muted small"; why.textContent = r.decision_reason || ""; subj.appendChild(why); }
        if (r.owner) { const own = document.createElement("div"); own.className = "small owner"; own.textContent = "taken by " + r.owner; subj.appendChild(own); }
        tr.appendChild(subj);
        tr.appendChild(cell(r.questions, "num"));
        const quote = document.createElement("td"); quote.className = "num";
        if (r.total_text) {
          quote.appendChild(document.createTextNode(r.total_text + " "));
          const ref = document.createElement("span"); ref.className = "muted small"; ref.textContent = r.quote || ""; quote.appendChild(ref);
        } else { const free = document.createElement("span"); free.className = "muted"; free.textContent = "free"; quote.appendChild(free); }
        tr.appendChild(quote);
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

  // Draft page: the live preview and total, the quick answers (a button and a key per kind),
  // the reply's language, and a/s/Esc/j.
  const form = document.getElementById("draft-form");
  // Two managers on one draft: who else has it open, and a warning once someone saved it since
  // this page was loaded (a save from here would then be refused).
  async function presence() {
    try {
      const res = await fetch("/api/drafts/" + form.dataset.id + "/presence", {
        method: "POST", headers: { "X-CSRF-Token": csrf, Accept: "application/json" },
      });
      if (!res.ok) return;
      const p = await res.json();
      const here = document.getElementById("presence");
      if (here) {
        here.hidden = p.others.length === 0;
        here.textContent = p.others.length ? p.others.join(", ") + (p.others.length > 1 ? " have" : " has") + " this draft open too." : "";
      }
      const changed = document.getElementById("changed");
      if (changed && String(p.version) !== form.dataset.version) {
        changed.hidden = false;
        changed.textContent = (p.saved_by && p.saved_by !== form.dataset.user ? p.saved_by : "Someone") +
          " changed this draft since you opened it. Reload to see their version before you save.";
      }
    } catch (_) { /* the next beat tries again */ }
  }
  if (form && form.dataset.version) { setTimeout(presence, 2000); setInterval(presence, 20000); }
  const kindsEl = document.getElementById("kinds-data");
  const kindsData = kindsEl ? JSON.parse(kindsEl.textContent) : null;
  function edits() {
    const e = { answers: [], minutes: [], categories: [], kinds: [] };
    for (let i = 0; form.elements["answer_" + i]; i++) {
      e.answers.push(form.elements["answer_" + i].value);
      e.minutes.push(Number(form.elements["minutes_" + i].value || 0));
      e.categories.push(form.elements["category_" + i].value);
      if (form.elements["kind_" + i]) e.kinds.push(form.elements["kind_" + i].value);
    }
    if (e.kinds.length !== e.answers.length) delete e.kinds;
    if (form.elements.hours) e.hours = Number(form.elements.hours.value || 0);
    if (form.elements.rate) e.rate = Number(form.elements.rate.value || 0);
    if (form.elements.language) e.language = form.elements.language.value;
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
    // The server's reading of each question: its answer (moved to another language, or to the
    // quoted wording), whether it is free, and whether it still needs a person.
    (p.questions || []).forEach(function (q, i) {
      const box = document.getElementById("q" + (i + 1));
      if (!box) return;
      const ta = form.elements["answer_" + i];
      if (ta && ta !== document.activeElement && ta.value !== q.answer) ta.value = q.answer;
      const tag = box.querySelector(".tag.free, .tag.quoted");
      if (tag) { tag.textContent = q.free ? "free" : "quoted"; tag.className = "tag " + (q.free ? "free" : "quoted"); }
      box.classList.toggle("needs-answer", !!q.needs_answer);
    });
    // The banner goes once every question has its answer (the server still checks on approval).
    const banner = document.getElementById("needs-answer");
    if (banner && p.questions) banner.hidden = !p.questions.some(function (q) { return q.needs_answer; });
    const hours = document.getElementById("hours");
    if (hours && p.quote && document.activeElement !== hours) hours.value = p.quote.hours;
    // A quote this edit made has no number yet: it gets one when saved or approved.
    const note = document.getElementById("quote-note");
    if (note) note.hidden = !(p.quote && p.quote.reference === "NEW-QUOTE");
  }
  function schedule() { clearTimeout(timer); timer = setTimeout(refreshPreview, 250); }
  const editable = form && !form.querySelector("[disabled]");
  // Edits not saved yet: leaving the page asks first; Save, Approve and Discard submit them.
  let dirty = false;
  const leave = function () { return !dirty || window.confirm("Your changes to this draft are not saved. Leave anyway?"); };
  if (editable) {
    window.addEventListener("beforeunload", function (e) { if (dirty) { e.preventDefault(); e.returnValue = ""; } });
    form.addEventListener("submit", function (e) {
      const b = e.submitter;
      if (b && b.value === "discard" && !window.confirm("Discard this draft? No reply will be sent (you can undo it).")) { e.preventDefault(); return; }
      dirty = false;
    });
    document.querySelectorAll("a[href]").forEach(function (a) {
      a.addEventListener("click", function (e) { if (!leave()) e.preventDefault(); else dirty = false; });
    });
  }
  if (editable) form.addEventListener("input", function (e) {
    dirty = true;
    // Typing over a yes, a no or an open question makes it a written answer; typing in a needs
    // info, research or more time answer fills in or words that answer.
    const m = /^answer_(\d+)$/.exec(e.target.name || "");
    if (m) {
      const kind = form.elements["kind_" + m[1]];
      if (kind && ["yes", "no", "open"].includes(kind.value)) markKind(Number(m[1]), "written");
    }
    schedule();
  });
  if (editable) form.addEventListener("change", function (e) { if (e.target.name === "language") schedule(); });

  function markKind(i, kind) {
    dirty = true;
    const input = form.elements["kind_" + i];
    if (input) input.value = kind;
    const open = document.querySelector('#q' + (i + 1) + ' .kinds .tag.flag');
    if (open) open.hidden = kind !== "open";
    document.querySelectorAll('.kind[data-q="' + i + '"]').forEach(function (b) {
      const on = b.dataset.kind === kind;
      b.classList.toggle("on", on);
      b.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }
  // Picks a quick answer for question i: its phrase in the reply's language, its category and
  // minutes; "written" only makes the answer the manager's own and puts the cursor in it.
  function pickKind(i, kind) {
    const ta = form.elements["answer_" + i];
    if (!ta || !kindsData) return;
    const spec = kindsData.kinds.find(function (k) { return k.kind === kind; });
    if (!spec) return;
    markKind(i, kind);
    // A new category brings its minutes; the same category keeps what was estimated.
    const cat = form.elements["category_" + i];
    if (spec.category && cat.value !== spec.category) {
      cat.value = spec.category;
      if (spec.minutes != null) form.elements["minutes_" + i].value = spec.minutes;
    }
    if (kind === "written") {
      // A phrase ("Yes.", an open question's note) gives way to the manager's own words; a
      // written answer (from the library, or typed) stays to be edited.
      const phrases = Object.values(kindsData.phrases).flatMap(function (byKind) {
        return Object.values(byKind).flatMap(function (p) { return [p.quoted, p.free]; });
      });
      if (phrases.includes(ta.value.trim())) ta.value = "";
      ta.focus();
      ta.setSelectionRange(ta.value.length, ta.value.length);
      schedule();
      return;
    }
    const lang = form.elements.language ? form.elements.language.value : "en";
    const phrase = ((kindsData.phrases[lang] || {})[kind]) || null;
    if (phrase) {
      const minutes = Number(form.elements["minutes_" + i].value || 0);
      ta.value = minutes > kindsData.allowance ? phrase.quoted : phrase.free;
    }
    refreshPreview();
  }
  function useEarlier(i) {
    const b = document.querySelector('.use-earlier[data-q="' + i + '"]');
    const ta = form.elements["answer_" + i];
    if (!b || !ta) return false;
    ta.value = b.dataset.answer;
    markKind(i, "written");
    refreshPreview();
    return true;
  }
  let current = 0;
  function questions() { return Array.from(document.querySelectorAll(".question[data-q]")); }
  function focusQuestion(i) {
    const qs = questions();
    if (!qs.length) return;
    current = Math.max(0, Math.min(i, qs.length - 1));
    qs.forEach(function (q, k) { q.classList.toggle("current", k === current); });
    qs[current].scrollIntoView({ block: "nearest" });
  }
  if (editable && kindsData) {
    document.querySelectorAll(".kind[data-kind]").forEach(function (b) {
      b.addEventListener("click", function () { focusQuestion(Number(b.dataset.q)); pickKind(Number(b.dataset.q), b.dataset.kind); });
    });
    // An answer given before to a question somewhat like this one: used only when chosen.
    document.querySelectorAll(".use-earlier").forEach(function (b) {
      b.addEventListener("click", function () { focusQuestion(Number(b.dataset.q)); useEarlier(Number(b.dataset.q)); });
    });
    const first = questions().findIndex(function (q) { return q.classList.contains("needs-answer"); });
    focusQuestion(first < 0 ? 0 : first);
  }
  function nextOpen() {
    const qs = questions();
    for (let k = 1; k <= qs.length; k++) {
      const j = (current + k) % qs.length;
      const kind = form.elements["kind_" + j];
      if (kind && kind.value === "open") return j;
    }
    return Math.min(current + 1, qs.length - 1);
  }
  const kindKeys = { y: "yes", n: "no", i: "needs_info", r: "research", t: "more_time", w: "written" };

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
    // "/" goes to the search box from any page.
    if (e.key === "/") { const s = document.getElementById("search"); if (s) { e.preventDefault(); s.focus(); return; } }
    // "z" takes back what was just approved or discarded, while it can be.
    if (e.key === "z") { const u = document.getElementById("undo"); if (u) { u.click(); return; } }
    if (form) {
      if (editable && kindsData) {
        if (kindKeys[e.key]) {
          e.preventDefault();
          const at = current;
          pickKind(at, kindKeys[e.key]);
          if (e.key !== "w") focusQuestion(nextOpen());
          return;
        }
        if (e.key === "u") { e.preventDefault(); if (useEarlier(current)) focusQuestion(nextOpen()); return; }
        if (e.key === "ArrowDown") { focusQuestion(current + 1); e.preventDefault(); return; }
        if (e.key === "ArrowUp") { focusQuestion(current - 1); e.preventDefault(); return; }
        if (/^[1-9]$/.test(e.key)) { focusQuestion(Number(e.key) - 1); return; }
      }
      if (e.key === "a") { const b = document.getElementById("approve"); if (b) b.click(); }
      if (e.key === "s") { const b = document.getElementById("save"); if (b) b.click(); }
      if (e.key === "Escape" && leave()) { dirty = false; location.href = "/"; }
      if (e.key === "j") { const n = form.elements.next; if (n && leave()) { dirty = false; location.href = "/drafts/" + n.value; } }
    }
  });
})();
