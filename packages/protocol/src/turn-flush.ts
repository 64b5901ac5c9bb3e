// Ends the event-loop turn's corked writes: every connection written to in a turn is uncorked by one
// scheduled tick, rather than a tick of its own (a room's fan-out writes to hundreds in one turn).

/** Something that holds this turn's writes until `flush`. */
export interface TurnWriter {
  flush(): void;
}

/** Writers corked in this turn, in the order they were first written to. */
let due: TurnWriter[] = [];

/**
 * Has `writer.flush()` called once the current operation ends (process.nextTick), together with
 * every other writer corked in this turn. Call it when corking; a writer flushed earlier (or listed
 * twice) is flushed again harmlessly, as flush does nothing when not corked.
 */
export function flushAtTurnEnd(writer: TurnWriter): void {
  if (due.push(writer) === 1) process.nextTick(flushDue);
}

function flushDue(): void {
  // Swapped first: a flush that writes to another connection schedules a tick of its own.
  const writers = due;
  due = [];
  for (const writer of writers) writer.flush();
}
