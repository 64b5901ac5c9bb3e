// Right column: who is in the room, each nick in its own colour; away people dimmed, guests marked "~".
import { foldName, sameName } from "@parley/protocol";
import { Box, Text } from "ink";
import { memo } from "react";
import type { ChatBuffer } from "../state/model.js";
import { type NickFlagsMap, nickListLabel } from "../state/presence-details.js";
import { fit, nickColour } from "./layout.js";

interface NickListProps {
  /** Read for its kind and members only (see sameList). */
  buffer: ChatBuffer;
  me: string;
  /** Who is away or a guest, by folded nick. */
  flags: NickFlagsMap;
  width: number;
  height: number;
}

/**
 * The list is drawn again only when what it shows changed: a message changes the buffer but not its
 * members, and redrawing a list of hundreds of nicks for every message was a large part of a frame.
 */
function sameList(a: NickListProps, b: NickListProps): boolean {
  return (
    a.buffer.kind === b.buffer.kind &&
    a.buffer.members === b.buffer.members &&
    a.me === b.me &&
    a.flags === b.flags &&
    a.width === b.width &&
    a.height === b.height
  );
}

export const NickList = memo(function NickList({ buffer, me, flags, width, height }: NickListProps) {
  const inner = width - 1;
  // Rows under the count: all for nicks when they fit, else one less, for the "+N more" line.
  const rows = Math.max(0, height - 1);
  const fits = buffer.members.length <= rows;
  const shown = buffer.members.slice(0, fits ? rows : Math.max(0, rows - 1));
  const hidden = buffer.members.length - shown.length;
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      borderStyle="single"
      borderTop={false}
      borderBottom={false}
      borderRight={false}
      borderDimColor
    >
      <Text dimColor wrap="truncate-end">
        {fit(buffer.kind === "room" ? `${buffer.members.length} here` : "", inner)}
      </Text>
      {shown.map((nick) => {
        const marks = flags[foldName(nick)];
        return (
          <Text
            key={nick}
            color={marks?.away ? "gray" : nickColour(nick)}
            dimColor={marks?.away}
            bold={sameName(nick, me)}
            wrap="truncate-end"
          >
            {fit(nickListLabel(nick, marks), inner)}
          </Text>
        );
      })}
      {hidden > 0 ? <Text dimColor>{fit(`+${hidden} more`, inner)}</Text> : null}
    </Box>
  );
}, sameList);
