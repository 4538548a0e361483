// Sending safely, as a manager meets it: leaving a draft with unsaved edits asks first; an
// approval can be undone from the line the next page shows; a discard asks, is listed under
// Discarded and is drafted again from there; Save says it saved.
// Usage: node desk.mjs BASE_URL USER PASSWORD SCREENSHOT_DIR
// Prints one JSON object: the dialogs seen and the banners shown.
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
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  // Dialogs: the first "leave?" is refused, the discard is confirmed.
  const dialogs = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    if (/not saved/.test(d.message())) await d.dismiss(); else await d.accept();
  });
  await page.goto(base + "/login");
  await page.fill("input[name=name]", user);
  await page.fill("input[name=password]", password);
  await page.click("button.primary");
  await page.waitForSelector("#inbox tbody tr", { timeout: 30000 });
  await page.keyboard.press("Enter");
  await page.waitForSelector("#draft-form", { timeout: 30000 });
  const draftUrl = page.url();

  // An edit not saved: Escape (twice: the first leaves the text) asks, and the page stays.
  await page.keyboard.press("w");
  await page.keyboard.type("Yes, two visitor spaces in the courtyard.");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(300);
  if (!dialogs.some((m) => /not saved/.test(m))) fail("leaving with unsaved edits did not ask");
  if (page.url() !== draftUrl) fail("the page was left with unsaved edits: " + page.url());

  // Save says so.
  await page.keyboard.press("s");
  await page.waitForSelector("#saved", { timeout: 30000 });

  // Approve: the next page says when it goes out, and Undo takes it back.
  await page.locator("#preview-body").click();
  await page.keyboard.press("a");
  await page.waitForSelector("#done", { timeout: 30000 });
  const approved = (await page.textContent("#done")) || "";
  if (!/goes out in \d+ s/.test(approved)) fail("no undo window after approving: " + approved);
  await page.screenshot({ path: shots + "/undo.png", fullPage: true });
  await page.keyboard.press("z");
  await page.waitForURL((u) => u.href.startsWith(draftUrl), { timeout: 30000 });
  const status = (await page.textContent(".status")) || "";
  if (!/drafted/.test(status)) fail("after Undo the draft is not back: " + status);

  // Discard asks, shows Undo, and the Discarded list drafts it again.
  await page.click("#discard");
  await page.waitForSelector("#done", { timeout: 30000 });
  const discarded = (await page.textContent("#done")) || "";
  if (!/Discarded/.test(discarded)) fail("no line after discarding: " + discarded);
  if (!dialogs.some((m) => /Discard this draft/.test(m))) fail("discarding did not ask");
  await page.goto(base + "/discarded");
  await page.waitForSelector("#discarded tbody tr", { timeout: 30000 });
  await page.screenshot({ path: shots + "/discarded.png", fullPage: true });
  await page.click("#discarded button");
  await page.waitForSelector("#draft-form", { timeout: 30000 });
  const again = (await page.textContent(".status")) || "";
  if (!/drafted/.test(again)) fail("drafting again did not bring the draft back: " + again);

  // Search from the header ("/"), then the client's page.
  await page.locator("h1").first().click();
  await page.keyboard.press("/");
  await page.keyboard.type("parking");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#results tbody tr", { timeout: 30000 });
  const found = (await page.textContent("#found")) || "";
  if (!/^1 found/.test(found.trim())) fail("search did not find the email: " + found);
  await page.screenshot({ path: shots + "/search.png", fullPage: true });
  await page.click("#results tbody tr td:nth-child(2) a");
  await page.waitForSelector("#mail tbody tr", { timeout: 30000 });
  await page.screenshot({ path: shots + "/client.png", fullPage: true });

  if (errors.length) fail("script errors on the page: " + errors.join("; "));
  console.log(JSON.stringify({ dialogs, approved, discarded, found }));
} catch (e) {
  await reportFailure(browser, shots);
  throw e;
} finally {
  await browser.close();
}
