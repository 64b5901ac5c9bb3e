import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  claimDestination,
  defaultDownloadDir,
  isInside,
  numberedName,
  partPath,
  safeFileName,
  splitExtension,
} from "./names.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "parley-names-"));
  dirs.push(dir);
  return dir;
}

describe("download names", () => {
  it("defaults to $PARLEY_DOWNLOAD_DIR, else ~/Downloads/parley", () => {
    expect(defaultDownloadDir({}, "/home/ana")).toBe("/home/ana/Downloads/parley");
    expect(defaultDownloadDir({ PARLEY_DOWNLOAD_DIR: "/srv/in" }, "/home/ana")).toBe("/srv/in");
    expect(defaultDownloadDir({ PARLEY_DOWNLOAD_DIR: "~/got" }, "/home/ana")).toBe("/home/ana/got");
    expect(defaultDownloadDir({ PARLEY_DOWNLOAD_DIR: "  " }, "/home/ana")).toBe("/home/ana/Downloads/parley");
  });

  it("turns any server-provided name into a plain local name", () => {
    expect(safeFileName("report.pdf")).toBe("report.pdf");
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("..\\..\\boot.ini")).toBe("boot.ini");
    expect(safeFileName("/abs/path/x.txt")).toBe("x.txt");
    expect(safeFileName("..")).toBe("file");
    expect(safeFileName(".")).toBe("file");
    expect(safeFileName("")).toBe("file");
    expect(safeFileName(".bashrc")).toBe("bashrc");
    expect(safeFileName("-rf")).toBe("rf");
    expect(safeFileName("bell\u0007\u001b[31mred.txt")).toBe("bell[31mred.txt");
    expect(safeFileName("name. . ")).toBe("name");
    expect(safeFileName('a<b>c:d"e|f?g*h')).toBe("a_b_c_d_e_f_g_h");
    expect(safeFileName("日本語.txt")).toBe("日本語.txt");
    const long = safeFileName(`${"é".repeat(300)}.txt`);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255);
    expect(long.endsWith(".txt")).toBe(true);
  });

  it("numbers taken names before the extension", () => {
    expect(splitExtension("a.tar.gz")).toEqual(["a.tar", ".gz"]);
    expect(splitExtension("README")).toEqual(["README", ""]);
    expect(numberedName("photo.jpg", 0)).toBe("photo.jpg");
    expect(numberedName("photo.jpg", 1)).toBe("photo (1).jpg");
    expect(numberedName("README", 12)).toBe("README (12)");
    expect(Buffer.byteLength(numberedName(`${"x".repeat(255)}`, 3))).toBeLessThanOrEqual(255);
  });

  it("never overwrites: claims name, name (1), name (2) … and never follows a symlink", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "mine");
    symlinkSync("/etc/passwd", join(dir, "a (1).txt"));
    expect(await claimDestination(dir, "a.txt")).toBe(join(dir, "a (2).txt"));
    expect(await claimDestination(dir, "a.txt")).toBe(join(dir, "a (3).txt"));
    expect(await claimDestination(dir, "../a.txt")).toBe(join(dir, "a (4).txt"));
    expect(await claimDestination(dir, "..")).toBe(join(dir, "file"));
    expect(readdirSync(dir).sort()).toEqual([
      "a (1).txt",
      "a (2).txt",
      "a (3).txt",
      "a (4).txt",
      "a.txt",
      "file",
    ]);
  });

  it("keeps partial downloads inside the directory, named by file id", () => {
    expect(partPath("/d", "0123abcd")).toBe("/d/.parley-0123abcd.part");
    expect(() => partPath("/d", "../x")).toThrow();
    expect(isInside("/d", "/d/x")).toBe(true);
    expect(isInside("/d", "/d/../x")).toBe(false);
    expect(isInside("/d", "/d")).toBe(false);
    expect(isInside("/d", "/dx/y")).toBe(false);
  });
});
