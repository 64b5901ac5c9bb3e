// End to end in a real browser: Debian's Chromium (playwright-core) loads the built page from a real
// server process, at its HTTP listener's `/`, and chats over its `/ws`. Two browser users and one terminal user chat in one room (CJK and emoji, markup
// shown as text); the server restarts and both browsers resume without gap or duplicate; a file sent
// from a browser is fetched byte-identical by `parley get` and by the other browser; screenshots at
// desktop and phone widths are saved and checked not blank; a kick reaches the browser with its reason.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { adminClient, loggedIn, runSource, Tmux, tempDir } from "@parley/testkit";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distinctColours, launchChromium } from "./browser";
import { adminToken, appDir, buildPage, parleyCommand, parleyMain, startServer, tuiDir } from "./helpers";

const tmux = new Tmux();
let browser: Browser;
let webRoot: string;

beforeAll(async () => {
  browser = await launchChromium();
  webRoot = await buildPage();
});
afterAll(async () => {
  tmux.kill();
  await browser?.close();
});

/** Opens the page as a new browser user (its own storage) and logs in as `nick`. */
async function openAs(url: string, nick: string, width = 1280, height = 800): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`[${nick}] page error:`, error));
  await page.goto(url);
  await page.getByLabel("Nick").fill(nick);
  await page.getByRole("button", { name: "Join" }).click();
  await page.getByText("You joined #lobby").waitFor();
  return page;
}

async function say(page: Page, text: string): Promise<void> {
  const box = page.getByRole("textbox", { name: /^Message/ });
  await box.fill(text);
  await box.press("Enter");
}

/** The texts of the messages the open conversation shows, in order. */
function messages(page: Page): Promise<string[]> {
  return page.locator(".log li.message .text").allTextContents();
}

const count = (list: string[], text: string) => list.filter((t) => t === text).length;

describe("the web client in Chromium", () => {
  it("chats with a browser and a terminal user, resumes after a restart, sends a file and shows a kick", {
    timeout: 180_000,
  }, async () => {
    const dataDir = tempDir("parley-web-");
    let server = await startServer(dataDir, webRoot);
    const { port, httpPort } = server;
    const url = `http://127.0.0.1:${httpPort}/`;

    const ana = await openAs(url, "ana");
    const bob = await openAs(url, "bob");
    tmux.start(
      "tui",
      parleyCommand(["--host", "127.0.0.1", "--port", String(port), "--nick", "tui"]),
      120,
      30,
    );
    // Started from source under tsx: on a busy machine its first screen can take a while.
    await tmux.waitForScreen("tui", /\[online\]/, 45_000);
    await ana.locator(".members").getByText("tui").waitFor();

    // Everyone sees everyone, wide characters and emoji intact, markup as plain text.
    await say(ana, "hello 你好，世界 🎉 <b>bold?</b>");
    await bob.getByText("hello 你好，世界 🎉 <b>bold?</b>").waitFor();
    await tmux.waitForScreen("tui", /ana │ hello 你好，世界/);
    expect(await bob.locator(".log b").count()).toBe(0);
    tmux.type("tui", "from the terminal: 日本語 ✓");
    tmux.keys("tui", "Enter");
    await ana.getByText("from the terminal: 日本語 ✓").waitFor();
    await bob.getByText("from the terminal: 日本語 ✓").waitFor();

    // Arriving messages move nothing on a reader's page (Chromium's layout-shift entries stay empty).
    expect(await bob.evaluate(() => PerformanceObserver.supportedEntryTypes)).toContain("layout-shift");
    await bob.evaluate(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) w.shifts.push(entry.value);
      }).observe({ type: "layout-shift" });
    });
    for (let i = 1; i <= 30; i++) await say(ana, `line ${i} ${"长".repeat(i % 7)}`);
    await bob.getByText(/^line 30/).waitFor();
    expect(await bob.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);

    // A topic, a direct message counted as unread, and the keyboard: Alt+Down opens it, focus is outlined.
    await say(ana, "/topic plans for 周末 🏔️");
    await bob.locator(".topic").getByText("plans for 周末 🏔️").waitFor();
    await say(bob, "/msg ana psst 秘密");
    await bob.locator(".log").getByText("psst 秘密").waitFor();
    await bob.keyboard.press("Alt+ArrowUp");
    await ana.getByRole("button", { name: "bob 1 unread" }).waitFor();
    await ana.keyboard.press("Alt+ArrowDown");
    await ana.locator(".log").getByText("psst 秘密").waitFor();
    await expect(ana.getByRole("button", { name: "bob" }).getAttribute("aria-current")).resolves.toBe("page");
    await ana.keyboard.press("Alt+ArrowUp");
    await ana.getByRole("heading", { name: "#lobby" }).waitFor();
    await ana.keyboard.press("Escape");
    await ana.keyboard.press("Shift+Tab");
    const focus = await ana.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focus.tag).not.toBe("BODY");
    expect(focus.outline).not.toBe("none");

    // The server restarts; meanwhile ana types, and afterwards someone writes before the browsers are back.
    await server.stop();
    await ana.getByText(/Connection lost/).waitFor();
    await say(ana, "typed while offline");
    server = await startServer(dataDir, webRoot, { port, httpPort });
    const writer = await loggedIn(port, "writer", ["lobby"]);
    const burst = Array.from({ length: 12 }, (_, i) => `after restart ${i + 1}`);
    for (const [i, text] of burst.entries())
      await writer.request({ sendMessage: { room: "lobby", text, clientMsgId: `w${i}` } });
    for (const page of [ana, bob]) {
      await page.getByText("Reconnected.").waitFor();
      await page.getByText("after restart 12").waitFor();
      await page.locator(".log li.message .text", { hasText: "typed while offline" }).first().waitFor();
    }
    // Every message once, in order, on both pages.
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1} ${"长".repeat((i + 1) % 7)}`);
    const expected = ["hello 你好，世界 🎉 <b>bold?</b>", "from the terminal: 日本語 ✓", ...lines, ...burst];
    for (const page of [ana, bob]) {
      const seen = await messages(page);
      for (const text of [...expected, "typed while offline"]) expect(count(seen, text)).toBe(1);
      expect(seen.filter((t) => expected.includes(t))).toEqual(expected);
    }
    // And both show the room in the order the server stored it.
    expect(await messages(ana)).toEqual(await messages(bob));
    await writer.close();

    // A file from ana's browser: progress, then fetched byte-identical by parley get and by bob's browser.
    const bytes = randomBytes(600 * 1024);
    await ana
      .locator("input[type=file]")
      .setInputFiles({ name: "data 数据.bin", mimeType: "application/octet-stream", buffer: bytes });
    await ana.locator(".transfers [data-phase=done]").waitFor();
    const fileLine = bob.locator(".log .file[data-file-id]").last();
    await fileLine.waitFor();
    const fileId = (await fileLine.getAttribute("data-file-id"))!;
    const downloads = tempDir("parley-web-get-");
    const got = await runSource(
      parleyMain,
      ["get", "--host", "127.0.0.1", "--port", String(port), "--dir", downloads, fileId],
      {
        cwd: tuiDir,
        env: { ...process.env, PARLEY_CLIENT_CONFIG: join(downloads, "none.json") },
      },
    );
    expect(got.code, got.stderr).toBe(0);
    expect(readFileSync(got.stdout.trim()).equals(bytes)).toBe(true);
    const [download] = await Promise.all([
      bob.waitForEvent("download"),
      fileLine.getByRole("button", { name: "Download" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("data 数据.bin");
    expect(readFileSync((await download.path())!).equals(bytes)).toBe(true);

    // Screenshots of the main screen, desktop and phone, kept as artifacts and not blank.
    const artifacts = join(appDir, "test-results");
    mkdirSync(artifacts, { recursive: true });
    for (const [name, width, height] of [
      ["desktop", 1280, 800],
      ["phone", 360, 740],
    ] as const) {
      await ana.setViewportSize({ width, height });
      const png = await ana.screenshot();
      writeFileSync(join(artifacts, `web-${name}.png`), png);
      expect(await distinctColours(ana, png)).toBeGreaterThan(8);
      const overflow = await ana.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }

    // An operator kicks bob: his page says who and why.
    const admin = await adminClient({ adminPort: server.adminPort, adminToken: adminToken(dataDir) });
    await admin.request({ adminKick: { nick: "bob", reason: "please be nice" } });
    await bob.getByRole("alert").getByText("You were kicked by").waitFor();
    await expect(bob.getByRole("alert").textContent()).resolves.toMatch(/please be nice/);
    await admin.close();
    await server.stop();
  });
});
