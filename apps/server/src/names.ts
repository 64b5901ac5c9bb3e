// Nickname and room-name rules: what is allowed, and the case-folded key that makes names unique.
// The rules live in the protocol package, so clients check names exactly as the server does.
export { canonicalRoom, charLength, foldName, nickProblem, RESERVED_NICKS } from "@parley/protocol";
