// The conversation: the rows the scrollback picked (wrapped, newest at the bottom), drawn as is.
import { Box, Text } from "ink";
import { memo } from "react";
import type { Row } from "./layout.js";

/**
 * One screen row. Rows are cached per line and width (scrollback.ts), so a row that only moved up
 * when a message arrived is the same object and is not rendered again.
 */
const MessageRow = memo(function MessageRow({ row }: { row: Row }) {
  return (
    <Text wrap="truncate-end">
      {row.segments.map((s, i) => (
        <Text
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of a row never reorder
          key={i}
          color={s.color}
          bold={s.bold}
          dimColor={s.dim}
          inverse={s.inverse}
        >
          {s.text}
        </Text>
      ))}
    </Text>
  );
});

export const MessageView = memo(function MessageView({
  rows,
  width,
  height,
}: {
  rows: readonly Row[];
  width: number;
  height: number;
}) {
  return (
    <Box flexDirection="column" width={width} height={height} justifyContent="flex-end" overflow="hidden">
      {rows.map((row) => (
        <MessageRow key={row.key} row={row} />
      ))}
    </Box>
  );
});
