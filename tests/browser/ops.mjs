// Colleagues and ops, as they meet the desk: a note on a draft; a second manager on the same draft
// is told who else has it open, and warned once the first saved it; ops edit the reply template,
// preview it on the stored email, save it and go back to the file's text; the Ops page fits 1280 px;
// ops add an answer library entry, try it and save it.
// Usage: node ops.mjs BASE_URL PASSWORD SCREENSHOT_DIR (users mia and ada, managers; otto, ops)
import { launch } from "./lib.mjs";
import { mkdirSync } from "node:fs";

const [base, password, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const fail = (msg) => { console.error("browser test: " + msg); process.exit(1); };

const browser = await launch();
const errors = [];
async function login(name) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(name + ": " + String(e)));
  page.on("dialog", (d) => d.accept());
  await page.goto(base + "/login");
  await page.fill("input[name=name]", name);
  await page.fill("input[name=password]", password);
  await page.click("button.primary");
  await page.waitForLoadState("load");
  return page;
}
try {
  // A note, seen on the draft.
  const mia = await login("mia");
  await mia.waitForSelector("#inbox tbody tr", { timeout: 30000 });
  await mia.click("#inbox tbody tr a");
  await mia.waitForSelector("#draft-form", { timeout: 30000 });
  const draftUrl = mia.url().split("?")[0];
  await mia.fill("textarea[name=text]", "Client prefers a call before noon.");
  await mia.click("form.note-form button");
  await mia.waitForSelector(".note", { timeout: 30000 });
  const note = (await mia.textContent(".note")) || "";
  if (!/prefers a call/.test(note)) fail("the note is not shown: " + note);
  await mia.screenshot({ path: shots + "/note.png", fullPage: true });

  // Ada opens the same draft: she is told Mia has it open.
  const ada = await login("ada");
  await ada.goto(draftUrl);
  await ada.waitForSelector("#presence:not([hidden])", { timeout: 30000 });
  const here = (await ada.textContent("#presence")) || "";
  if (!/mia has this draft open too/.test(here)) fail("no word of the colleague: " + here);
  await ada.screenshot({ path: shots + "/presence.png", fullPage: true });

  // Mia saves an answer; Ada's page warns that it changed.
  await mia.reload();
  await mia.waitForSelector("#draft-form", { timeout: 30000 });
  await mia.locator("h1").first().click();
  await mia.keyboard.press("w");
  await mia.keyboard.type("Yes, two visitor spaces in the courtyard.");
  await mia.locator("h1").first().click();
  await mia.keyboard.press("s");
  await mia.waitForSelector("#saved", { timeout: 30000 });
  // The page asks every 20 s (first after 2 s): up to one beat after the save.
  await ada.waitForSelector("#changed:not([hidden])", { timeout: 30000 });
  const changed = (await ada.textContent("#changed")) || "";
  if (!/mia changed this draft/.test(changed)) fail("no warning of the colleague's save: " + changed);
  await ada.screenshot({ path: shots + "/changed.png", fullPage: true });

  // Ops: the reply template edited, previewed, saved, and taken back.
  const otto = await login("otto");
  await otto.goto(base + "/ops");
  await otto.click("a[href='/ops/templates?name=en/reply.txt']");
  await otto.waitForSelector("#template-text", { timeout: 30000 });
  const original = await otto.inputValue("#template-text");
  await otto.fill("#template-text", original + "\nP.S. We have moved to 4 Quay Street.\n");
  await otto.click("#preview");
  await otto.waitForSelector("#template-preview", { timeout: 30000 });
  const shown = (await otto.textContent("#template-preview")) || "";
  if (!/We have moved to 4 Quay Street/.test(shown)) fail("the preview lacks the edit: " + shown);
  await otto.screenshot({ path: shots + "/template-preview.png", fullPage: true });
  await otto.click("#save");
  await otto.waitForSelector("#saved", { timeout: 30000 });
  await otto.click("#history li:nth-child(2) button.revert");
  await otto.waitForSelector("#saved", { timeout: 30000 });
  const back = await otto.inputValue("#template-text");
  if (back.replace(/\r\n/g, "\n") !== original.replace(/\r\n/g, "\n")) fail("going back did not restore the text");
  await otto.screenshot({ path: shots + "/template-reverted.png", fullPage: true });

  // The Ops page fits a 1280 px screen; the answer library is edited, tried and saved.
  await otto.setViewportSize({ width: 1280, height: 860 });
  await otto.goto(base + "/ops");
  const wide = await otto.evaluate(() => document.documentElement.scrollWidth);
  if (wide > 1280) fail("the Ops page is " + wide + " px wide at 1280");
  await otto.screenshot({ path: shots + "/ops.png", fullPage: true });
  await otto.click("#edit-library");
  await otto.waitForSelector("#template-text", { timeout: 30000 });
  const library = await otto.inputValue("#template-text");
  await otto.fill("#template-text", library + '\n[[answer]]\nid = "parking"\nquestions = ["is there parking near your office"]\n' +
    'answer = "Yes: two visitor spaces in the courtyard."\nminutes = 1\n');
  await otto.click("#preview");
  await otto.waitForSelector("#library-matches", { timeout: 30000 });
  const matched = (await otto.textContent("#library-matches")) || "";
  if (!/parking/.test(matched)) fail("the preview does not match the new entry: " + matched);
  await otto.screenshot({ path: shots + "/library-preview.png", fullPage: true });
  await otto.click("#save");
  await otto.waitForSelector("#saved", { timeout: 30000 });
  await otto.goto(base + "/ops");
  const listed = (await otto.textContent("table.library")) || "";
  if (!/two visitor spaces/.test(listed)) fail("the Ops page does not list the new entry");

  if (errors.length) fail("script errors on the page: " + errors.join("; "));
  console.log(JSON.stringify({ here, changed }));
} catch (e) {
  try {
    const pages = browser.contexts().flatMap((c) => c.pages());
    for (const [i, p] of pages.entries()) await p.screenshot({ path: shots + "/failure-" + i + ".png", fullPage: true });
    console.error("browser test: failed; see " + shots + "/failure-*.png");
  } catch (_) { /* the browser is gone */ }
  throw e;
} finally {
  await browser.close();
}
