// Name folding the server and every client share, so "Ana", "ANA" and a decomposed "Ána" are the
// same nick (or room) on both sides of the wire.

/**
 * The case-insensitive identity of a nick or room name: NFC-normalised, then lower-cased. The server
 * makes names unique by this key; clients compare nicks with it (is this message mine? which DM?).
 */
export function foldName(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** Whether two nicks (or room names) name the same one, by `foldName`. */
export function sameName(a: string, b: string): boolean {
  return a === b || foldName(a) === foldName(b);
}
