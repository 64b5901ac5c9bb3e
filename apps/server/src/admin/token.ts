// The admin token: configured (PARLEY_ADMIN_TOKEN), or read from `<dataDir>/admin.token`, or generated
// there at first start with mode 0600. Compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ADMIN_TOKEN_FILE_NAME } from "@parley/protocol";
import type { Logger } from "../logger.js";

/** Contract with parley-admin, which reads the same file by default. */
export { ADMIN_TOKEN_FILE_NAME };

/** Random bytes in a generated token: 256 bits, base64url-encoded (43 characters). */
const TOKEN_BYTES = 32;

/** Where the token came from, for the start-up log (never the token itself). */
export type TokenOrigin = "config" | "file" | "generated" | "memory";

/**
 * Returns the token in force. A configured token wins and no file is written. Otherwise the token file
 * is read (and its mode tightened to 0600 if it was looser), or created with a fresh random token; the
 * exclusive create (`wx`) means two servers starting at once cannot overwrite each other's token.
 * A `:memory:` data directory keeps a generated token in memory only.
 */
export function loadOrCreateToken(
  configuredToken: string,
  dataDir: string,
  logger: Logger,
): { token: string; origin: TokenOrigin; path?: string } {
  if (configuredToken) return { token: configuredToken, origin: "config" };
  const fresh = () => randomBytes(TOKEN_BYTES).toString("base64url");
  if (dataDir === ":memory:") return { token: fresh(), origin: "memory" };
  const path = join(dataDir, ADMIN_TOKEN_FILE_NAME);
  try {
    const token = fresh();
    writeFileSync(path, `${token}\n`, { flag: "wx", mode: 0o600 });
    return { token, origin: "generated", path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const mode = statSync(path).mode & 0o777;
  if (mode & 0o077) {
    chmodSync(path, 0o600);
    logger.warn(
      { path, mode: mode.toString(8) },
      "admin token file was readable by others; mode set to 0600",
    );
  }
  const token = readFileSync(path, "utf8").split(/\r?\n/, 1)[0]!.trim();
  if (token === "")
    throw new Error(`admin token file ${path} is empty: delete it to have a new token generated`);
  return { token, origin: "file", path };
}

/**
 * Compares a presented token with the expected one in time independent of where they differ and of the
 * presented token's length: both are hashed first, so timingSafeEqual always sees equal-length inputs.
 */
export function tokensMatch(presented: string, expected: string): boolean {
  const a = createHash("sha256").update(presented, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b) && expected.length > 0;
}
