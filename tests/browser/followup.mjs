// After the first replies went out: the client's counter-offer to the quote is accepted at the
// client's price on the draft page, and the job shows the new figure; a second client asks what
// the first was answered, and the draft offers that answer, saying whose it was.
// Usage: node followup.mjs BASE_URL USER PASSWORD SCREENSHOT_DIR
// Prints one JSON object: what the pages showed.
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
  await page.goto(base + "/login");
  await page.fill("input[name=name]", user);
  await page.fill("input[name=password]", password);
  await page.click("button.primary");
  await page.waitForSelector("#inbox tbody tr", { timeout: 30000 });

  // The counter-offer: the page names the client's figure and offers to accept it.
  const hrefs = await page.$$eval("#inbox tbody tr", (rows) => rows.map((r) => r.dataset.href));
  let proposal = "", repeat = "";
  for (const href of hrefs) {
    await page.goto(base + href);
    await page.waitForSelector("#draft-form, .proposal, h1", { timeout: 30000 });
    if (await page.isVisible("#proposal")) proposal = href; else repeat = href;
  }
  if (!proposal) fail("no draft names the client's counter-offer");
  if (!repeat) fail("the repeated question's draft is not in the inbox");
  await page.goto(base + proposal);
  const named = (await page.textContent("#proposal")) || "";
  if (!named.includes("$100")) fail("the counter-offer's figure is not named: " + named);
  await page.screenshot({ path: shots + "/counter-offer.png", fullPage: true });
  await page.click("#accept-proposal");
  await page.waitForLoadState("load");
  await page.goto(base + "/jobs");
  await page.click(".job summary");
  const brief = (await page.textContent(".job pre")) || "";
  if (!brief.includes("$100 in total")) fail("the job does not carry the client's figure: " + brief);
  await page.screenshot({ path: shots + "/job.png", fullPage: true });

  // The repeated question: answered with what the first client was told, and said so.
  await page.goto(base + repeat);
  await page.waitForSelector("#draft-form", { timeout: 30000 });
  const learned = (await page.textContent(".learned")) || "";
  if (!/answered before for Alice Moreau, .*, by mia/.test(learned)) fail("the answer given before is not shown as such: " + learned);
  const answer = await page.inputValue("textarea[name=answer_0]");
  await page.screenshot({ path: shots + "/answered-before.png", fullPage: true });
  await page.locator("#preview-body").click();
  await page.keyboard.press("a");
  await page.waitForURL((u) => !u.pathname.startsWith("/drafts/"), { timeout: 30000 });

  if (errors.length) fail("script errors on the page: " + errors.join("; "));
  console.log(JSON.stringify({ named, brief, learned, answer }));
} catch (e) {
  await reportFailure(browser, shots);
  throw e;
} finally {
  await browser.close();
}
