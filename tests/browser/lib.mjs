// What every browser test shares: Debian's Chromium, headless, without the background traffic
// that would slow a test machine down.
import { chromium } from "playwright-core";

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

// What the page showed when a test went wrong, for the person reading a CI log that has no
// screenshots: its address, a screenshot, and the start of its text.
export async function reportFailure(browser, shots) {
  try {
    const pages = browser.contexts().flatMap((c) => c.pages());
    const page = pages[pages.length - 1];
    if (!page) { console.error("browser test: failed with no page open"); return; }
    await page.screenshot({ path: shots + "/failure.png", fullPage: true });
    const text = ((await page.evaluate(() => document.body ? document.body.innerText : "")) || "").slice(0, 2000);
    console.error("browser test: failed on " + page.url() + "; see " + shots + "/failure.png\n--- the page said:\n" + text + "\n---");
  } catch (_) { /* the browser is gone */ }
}
