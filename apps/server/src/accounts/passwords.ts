// Passwords in, secrets out: the rules a new password must meet, and the two things stored for it (an
// argon2id hash and a SCRAM-SHA-256 verifier). The password itself is never kept or logged.
import { hash, verify } from "@node-rs/argon2";
import { charLength, ScramError, type ScramVerifier, scramVerifier } from "@parley/protocol";

/** What is stored for one password. */
export interface Credentials {
  passwordHash: string;
  scram: ScramVerifier;
}

/** Why `password` is refused (too short or long, or what SASLprep forbids), or undefined if it is fine. */
export function passwordProblem(password: string, minChars: number, maxChars: number): string | undefined {
  const length = charLength(password);
  if (length < minChars) return `a password has at least ${minChars} characters`;
  if (length > maxChars) return `a password has at most ${maxChars} characters`;
  try {
    scramVerifier(password, { iterations: 1 });
  } catch (error) {
    if (error instanceof ScramError)
      return "the password holds characters that cannot be used (controls, unassigned code points)";
    throw error;
  }
  return undefined;
}

/** Hashes a password off the event loop (argon2id runs on the library's own threads). */
export async function makeCredentials(password: string, scramIterations: number): Promise<Credentials> {
  return {
    passwordHash: await hash(password),
    scram: scramVerifier(password, { iterations: scramIterations }),
  };
}

/** True if `password` matches the stored argon2id hash. */
export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
