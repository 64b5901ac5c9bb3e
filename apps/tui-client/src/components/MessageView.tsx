// The conversation: the rows the scrollback picked (wrapped, newest at the bottom), drawn as is.
import { Box, Text } from "ink";
import { memo } from "react";
import type { Row } from "./layout.js";

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
        <Text key={row.key} wrap="truncate-end">
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
      ))}
    </Box>
  );
});
