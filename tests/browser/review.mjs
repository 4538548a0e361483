// The review page as a manager uses it, in headless Chromium (Debian's) driven by playwright-core:
// log in, see the draft with its clock, answer every question with the keyboard only, approve;
// then the next draft, a German email, answered in German with the keyboard, approve.
// Usage: node review.mjs BASE_URL USER PASSWORD SCREENSHOT_DIR
// Prints one JSON object: what the preview showed just before approving.
import { launch, reportFailure } from "./lib.mjs";
import { mkdirSync } from "node:fs";

const [base, user, password, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const fail = (msg) => { console.error("browser test: " + msg); process.exit(1); };

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // The pages run under a strict Content-Security-Policy: anything it refuses is a failure.
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });

  // Anonymous: sent to the login page.
  await page.goto(base + "/");
  if (!page.url().includes("/login")) fail("an anonymous visit was not sent to /login: " + page.url());
  await page.screenshot({ path: shots + "/login.png" });
  await page.fill("input[name=name]", user);
  await page.fill("input[name=password]", password);
  await page.click("button.primary");
  await page.waitForSelector("#inbox tbody tr", { timeout: 30000 });

  // The inbox: the draft with its 5-minute clock, ticking. The page's script writes the clock,
  // so wait for its words (on a loaded machine the row can be there before the script ran).
  await page
    .waitForFunction(() => /arrived/.test(document.querySelector("#inbox .clock")?.textContent || ""), null, { timeout: 30000 })
    .catch(() => {});
  const clock = (await page.textContent("#inbox .clock")) || "";
  if (!/arrived (just now|\d+ min ago), \d+ min left/.test(clock)) fail("no running clock in the inbox: " + clock);
  const range = (await page.textContent(".pager .range")) || "";
  if (range !== "1–2 of 2") fail("the inbox does not count its drafts: " + range);
  await page.screenshot({ path: shots + "/inbox.png", fullPage: true });

  // Keyboard: Enter opens the selected draft.
  await page.keyboard.press("Enter");
  await page.waitForSelector("#draft-form", { timeout: 30000 });
  const draftClock = (await page.textContent(".clock.big")) || "";
  if (!draftClock.includes("min left")) fail("no clock on the draft page: " + draftClock);

  // Question 2 still holds its stub: approving is refused and the page points at it.
  await page.locator("#preview-body").click();
  await page.keyboard.press("a");
  await page.waitForSelector("#needs-answer", { timeout: 30000 });
  // The refusal is a new page: let it finish loading (its script, and the scroll to
  // #needs-answer) before the keyboard is used, as a person would. Keys typed while it was
  // still loading once left the answer half typed and reached the page's shortcuts.
  await page.waitForLoadState("load");
  if (!page.url().includes("/drafts/")) fail("a draft with a stub left the page: " + page.url());
  if (!(await page.isVisible(".question.needs-answer textarea[name=answer_1]")))
    fail("the question with the stub is not marked");
  await page.screenshot({ path: shots + "/needs-answer.png", fullPage: true });

  // The keyboard only: the open question is the current one; "w" writes its answer, Escape
  // leaves the text, "1" picks the first question and "r" makes it research (quoted).
  const written = "The October receipts are due by 10 November.";
  await page.keyboard.press("w");
  await page.keyboard.type(written);
  await page.keyboard.press("Escape");
  await page.keyboard.press("1");
  await page.keyboard.press("r");
  await page.waitForFunction(
    (a) => {
      const body = document.getElementById("preview-body").textContent;
      return body.includes(a) && body.includes("We need to research the answer") && body.includes("30 minutes");
    },
    written,
    { timeout: 30000 },
  );
  if (await page.isVisible("#needs-answer")) fail("the banner still says a question needs an answer");
  const kind0 = await page.getAttribute('.kind[data-q="0"][data-kind="research"]', "aria-pressed");
  if (kind0 !== "true") fail("the research button of question 1 is not shown as chosen");
  const total = (await page.textContent("#total")) || "";
  const subject = (await page.textContent("#preview-subject")) || "";
  const body = (await page.textContent("#preview-body")) || "";
  await page.screenshot({ path: shots + "/draft.png", fullPage: true });

  // Approve with the keyboard, as managers do all day: the next draft opens.
  await page.keyboard.press("a");
  await page.waitForFunction(() => /Hallo Klaus/.test(document.getElementById("preview-body")?.textContent || ""), null, { timeout: 30000 });
  const lang = await page.inputValue("#language");
  if (lang !== "de") fail("the German email's reply is not in German: " + lang);

  // The German email: its first question asks for work ("überarbeiten"), so it is quoted already
  // ("more time"); the open one is current, and "y" answers it.
  const kindDe = await page.getAttribute('.kind[data-q="0"][data-kind="more_time"]', "aria-pressed");
  if (kindDe !== "true") fail("the German work request is not suggested as more time");
  await page.keyboard.press("y");
  await page.waitForFunction(
    () => {
      const body = document.getElementById("preview-body").textContent;
      return body.includes("Ja.") && body.includes("1 Stunde zu $250 pro Stunde");
    },
    null,
    { timeout: 30000 },
  );
  const germanSubject = (await page.textContent("#preview-subject")) || "";
  const germanBody = (await page.textContent("#preview-body")) || "";
  await page.screenshot({ path: shots + "/german.png", fullPage: true });
  await page.keyboard.press("a");
  await page.waitForURL((u) => !u.pathname.startsWith("/drafts/"), { timeout: 30000 });
  await page.goto(base + "/sent");
  await page.screenshot({ path: shots + "/sent.png", fullPage: true });

  if (errors.length) fail("script errors on the page: " + errors.join("; "));
  console.log(JSON.stringify({ clock, total, subject, body, germanSubject, germanBody }));
} catch (e) {
  await reportFailure(browser, shots);
  throw e;
} finally {
  await browser.close();
}
