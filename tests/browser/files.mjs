// Attachments and the robot's silence, as a manager meets them: the No reply needed list drafts a
// reply after all; the client's file is listed and downloaded (never opened in the page); a file
// is attached to the reply and the reply approved with it.
// Usage: node files.mjs BASE_URL USER PASSWORD SCREENSHOT_DIR
// Prints one JSON object: the downloaded file's name and size.
import { launch, reportFailure } from "./lib.mjs";
import { mkdirSync, statSync } from "node:fs";

const [base, user, password, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const fail = (msg) => { console.error("browser test: " + msg); process.exit(1); };

const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", (d) => d.accept());
  await page.goto(base + "/login");
  await page.fill("input[name=name]", user);
  await page.fill("input[name=password]", password);
  await page.click("button.primary");
  await page.waitForSelector("#inbox", { timeout: 30000 });

  // The robot's silence, listed with its reason; drafted after all.
  await page.goto(base + "/no-reply");
  await page.waitForSelector("#no-reply tbody tr", { timeout: 30000 });
  const why = (await page.textContent("#no-reply tbody tr")) || "";
  if (!/no reply needed|nothing to answer/i.test(why)) fail("no reason shown: " + why);
  await page.screenshot({ path: shots + "/no-reply.png", fullPage: true });
  await page.click("#no-reply tbody tr a");
  await page.waitForSelector("#draft-after-all", { timeout: 30000 });
  await page.screenshot({ path: shots + "/message.png", fullPage: true });
  await page.click("#draft-after-all");
  // The page looks again until the worker has drafted it.
  await page.waitForSelector("#draft-form", { timeout: 30000 });
  await page.screenshot({ path: shots + "/drafted-after-all.png", fullPage: true });

  // The email with a file: listed, downloaded as a file.
  await page.goto(base + "/");
  await page.click("#inbox tbody tr:has-text('Contract') a");
  await page.waitForSelector("#client-files", { timeout: 30000 });
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30000 }),
    page.click("ul.files a"),
  ]);
  const saved = shots + "/downloaded-" + download.suggestedFilename();
  await download.saveAs(saved);
  const size = statSync(saved).size;

  // A file attached to the reply, then approved with it.
  await page.setInputFiles("#attach-file", {
    name: "terms.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("Terms of engagement 2026: one page.\n"),
  });
  await page.click("#attach");
  await page.waitForSelector("#reply-files li", { timeout: 30000 });
  const listed = (await page.textContent("#reply-files")) || "";
  if (!/terms\.txt/.test(listed)) fail("the attached file is not listed: " + listed);
  const preview = (await page.textContent("#preview-files")) || "";
  if (!/terms\.txt/.test(preview)) fail("the preview does not say what goes with it: " + preview);
  await page.screenshot({ path: shots + "/attached.png", fullPage: true });
  await page.locator("#preview-body").click();
  await page.keyboard.press("a");
  await page.waitForSelector("#done", { timeout: 30000 });

  if (errors.length) fail("script errors on the page: " + errors.join("; "));
  console.log(JSON.stringify({ downloaded: download.suggestedFilename(), size }));
} catch (e) {
  await reportFailure(browser, shots);
  throw e;
} finally {
  await browser.close();
}
