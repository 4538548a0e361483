// The Reports page in headless Chromium: the figures and the three server-drawn charts, first
// with JavaScript (as a manager sees it), then with JavaScript off (it must read the same).
// Usage: node reports.mjs URL USER PASSWORD SCREENSHOT_DIR   (URL: the /reports?… address)
// Prints one JSON object: what the page showed.
import { launch } from "./lib.mjs";
import { mkdirSync } from "node:fs";

const [url, user, password, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const fail = (msg) => { console.error("browser test: " + msg); process.exit(1); };

const browser = await launch();

async function visit(javaScriptEnabled, shot) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  const errors = [];
  const outside = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // The pages run under a strict Content-Security-Policy: anything it refuses is a failure.
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  page.on("request", (r) => { if (!r.url().startsWith(new URL(url).origin)) outside.push(r.url()); });
  await page.goto(url);
  if (!page.url().includes("/login")) fail("an anonymous visit was not sent to /login: " + page.url());
  await page.fill("input[name=name]", user);
  await page.fill("input[name=password]", password);
  await page.click("button.primary");
  await page.waitForSelector("svg.chart", { timeout: 30000 });
  const charts = await page.$$eval("svg.chart", (svgs) => svgs.map((s) => ({
    id: s.id,
    title: s.querySelector("title")?.textContent || "",
    bars: s.querySelectorAll("rect").length,
    width: s.getBoundingClientRect().width,
    height: s.getBoundingClientRect().height,
  })));
  const withinFive = (await page.textContent("#within-five")) || "";
  const neverBuys = await page.$$eval("table.clients tr.never", (rows) => rows.map((r) => r.textContent.replace(/\s+/g, " ").trim()));
  await page.screenshot({ path: shots + "/" + shot, fullPage: true });
  await context.close();
  if (errors.length) fail("script errors on the page: " + errors.join("; "));
  if (outside.length) fail("the page fetched from elsewhere: " + outside.join(", "));
  return { charts, withinFive, neverBuys };
}

try {
  const withJs = await visit(true, "reports.png");
  const noJs = await visit(false, "reports-nojs.png");
  console.log(JSON.stringify({ withJs, noJs }));
} finally {
  await browser.close();
}
