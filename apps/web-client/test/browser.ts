// Chromium for the end-to-end tests: Debian's own binary driven by playwright-core (no browser is
// ever downloaded). A missing binary fails the test with the command that installs it.
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM_PATH = process.env.PARLEY_CHROMIUM ?? "/usr/bin/chromium";

/** Flags for a closed network: no background traffic, no updates, no GPU. */
const FLAGS = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export class ChromiumMissingError extends Error {
  override name = "ChromiumMissingError";
}

/** Starts headless Chromium; the caller closes it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new ChromiumMissingError(
      `Chromium is not installed at ${CHROMIUM_PATH}; the browser tests need it: apt-get install -y chromium`,
    );
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
}

/**
 * How many distinct colours a screenshot holds, counted by the browser itself (the PNG drawn on a
 * canvas): a blank or single-colour page has one or two.
 */
export async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4)
        colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
      return colours.size;
    },
    `data:image/png;base64,${png.toString("base64")}`,
  );
}
