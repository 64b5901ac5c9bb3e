// Left column: every buffer with its Alt+digit number and its unread / highlight counts.
import { Box, Text } from "ink";
import { memo } from "react";
import { bufferLabel, type ChatBuffer, type ChatState } from "../state/model.js";
import { roomListFirst } from "../state/mouse.js";
import { fit, textWidth } from "./layout.js";

interface RoomListProps {
  /** Read for its order, active buffer and each buffer's entry (see sameEntries). */
  state: ChatState;
  width: number;
  height: number;
}

/** The fields of a buffer its entry shows. */
function entryOf(buffer: ChatBuffer): string {
  return `${buffer.kind} ${buffer.name} ${buffer.unread} ${buffer.highlights} ${buffer.kind === "room" && buffer.joined}`;
}

/**
 * The list is drawn again only when an entry changed: most messages arrive in the conversation shown,
 * changing its buffer but nothing the list shows of it.
 */
function sameEntries(a: RoomListProps, b: RoomListProps): boolean {
  if (a.width !== b.width || a.height !== b.height) return false;
  if (a.state.order !== b.state.order || a.state.active !== b.state.active) return false;
  return a.state.order.every((key) => {
    const before = a.state.buffers[key]!;
    const after = b.state.buffers[key]!;
    return before === after || entryOf(before) === entryOf(after);
  });
}

export const RoomList = memo(function RoomList({ state, width, height }: RoomListProps) {
  const inner = width - 1;
  // More buffers than rows: slide the window so the one shown stays in view.
  const first = roomListFirst(state.order, state.active, height);
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      borderStyle="single"
      borderTop={false}
      borderBottom={false}
      borderLeft={false}
      borderDimColor
    >
      {state.order.slice(first, first + height).map((key, offset) => {
        const index = first + offset;
        const buffer = state.buffers[key]!;
        const active = key === state.active;
        const number = index < 9 ? `${index + 1}` : index === 9 ? "0" : " ";
        const counts =
          buffer.highlights > 0 ? `${buffer.unread}!` : buffer.unread > 0 ? `${buffer.unread}` : "";
        const name = buffer.kind === "server" ? buffer.name || "server" : bufferLabel(buffer);
        const label = fit(`${number} ${name}`, Math.max(1, inner - textWidth(counts) - (counts ? 1 : 0)));
        const colour = buffer.highlights > 0 ? "magentaBright" : buffer.unread > 0 ? "yellow" : undefined;
        const parted = buffer.kind === "room" && !buffer.joined;
        return (
          <Text key={key} inverse={active} color={colour} dimColor={parted && !active} wrap="truncate-end">
            {label}
            {counts ? ` ${counts}` : ""}
          </Text>
        );
      })}
    </Box>
  );
}, sameEntries);
