// Short one-line texts every member sees (a topic, an away message): line breaks become spaces,
// control and bidirectional formatting characters are refused, and the length is bounded.
import { ErrorCode, hasBidiControl, hasControl } from "@parley/protocol";
import { charLength } from "../names.js";
import { RequestError } from "../request-error.js";

/**
 * `text` on one line, at most `maxChars` code points; throws BAD_REQUEST for control characters or
 * bidirectional overrides and MESSAGE_TOO_LONG past the limit, naming `what` ("a topic").
 */
export function lineText(text: string, maxChars: number, what: string): string {
  const line = text.replace(/[\r\n]+/g, " ");
  if (hasControl(line) || hasBidiControl(line))
    throw new RequestError(
      ErrorCode.ERROR_CODE_BAD_REQUEST,
      `${what} cannot contain control characters or bidirectional overrides (U+202A–U+202E, U+2066–U+2069)`,
    );
  if (charLength(line) > maxChars)
    throw new RequestError(
      ErrorCode.ERROR_CODE_MESSAGE_TOO_LONG,
      `${what} has at most ${maxChars} characters`,
    );
  return line;
}
