// The identity of a name: the folding that makes "Ana", "ANA", a decomposed "Ána" and a full-width
// "Ａｎａ" one nick on both sides. Kept apart from names.ts, whose look-alike tables a browser need not load.

/**
 * The case-insensitive identity of a nick or room name, after PRECIS UsernameCaseMapped (RFC 8265):
 * width and compatibility mapping (NFKC: "ａｄｍｉｎ" and "𝐚𝐝𝐦𝐢𝐧" become "admin", where the RFC would
 * refuse the second), case mapping (toLowerCase), then NFC. Names are stored and addressed by this
 * key; clients compare nicks with it (is this message mine? which DM?). Plain lower-case ASCII is
 * its own fold.
 */
export function foldName(name: string): string {
  return name.normalize("NFKC").toLowerCase().normalize("NFC");
}

/** Whether two nicks (or room names) name the same one, by `foldName`. */
export function sameName(a: string, b: string): boolean {
  return a === b || foldName(a) === foldName(b);
}
