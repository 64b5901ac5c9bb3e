// The client's options and per-server state while it runs: applies them to the reducer at start
// (saved rooms shown at once, ignore rules, highlight words), saves the open rooms and conversations
// whenever they change, and carries out /set, /unset, /ignore and /unignore.
import { useCallback, useEffect, useRef, useState } from "react";
import { updateConfigFile } from "../config/file.js";
import {
  type ClientOptions,
  defaultOptions,
  describeOption,
  findOption,
  OPTIONS,
} from "../config/options.js";
import type { Profile } from "../config/profile.js";
import { type ServerState, saveServerState } from "../config/server-state.js";
import { addIgnore, isIgnored, removeIgnore } from "../state/ignore.js";
import type { ChatState } from "../state/model.js";
import type { UserCommand } from "../state/user-commands.js";
import type { Act } from "./use-chat.js";

/** What is saved per server, taken from the UI state. */
export function serverSnapshot(state: ChatState): ServerState {
  const buffers = state.order.map((key) => state.buffers[key]!);
  return {
    rooms: buffers.filter((b) => b.kind === "room").map((b) => b.name),
    directs: buffers.filter((b) => b.kind === "dm").map((b) => b.name),
    ignore: state.ignore,
  };
}

export interface ProfileControls {
  options: ClientOptions;
  run(command: UserCommand): void;
}

export function useProfile(profile: Profile | undefined, state: ChatState, act: Act): ProfileControls {
  const [options, setOptions] = useState(() => profile?.options ?? defaultOptions());
  const lastSaved = useRef(JSON.stringify(profile?.saved ?? serverSnapshot(state)));

  // biome-ignore lint/correctness/useExhaustiveDependencies: applied once, at start
  useEffect(() => {
    if (!profile) return;
    if (profile.saved) {
      act({ type: "restore", rooms: profile.saved.rooms, directs: profile.saved.directs });
      act({ type: "setIgnore", rules: profile.saved.ignore });
    }
  }, []);

  useEffect(() => {
    act({ type: "setHighlightWords", words: options.highlight_words });
  }, [act, options.highlight_words]);

  const snapshot = JSON.stringify(serverSnapshot(state));
  useEffect(() => {
    if (!profile || snapshot === lastSaved.current) return;
    lastSaved.current = snapshot;
    try {
      saveServerState(profile.statePath, JSON.parse(snapshot) as ServerState);
    } catch (error) {
      act({ type: "local", tone: "error", text: (error as Error).message });
    }
  }, [profile, snapshot, act]);

  const stateRef = useRef(state);
  stateRef.current = state;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const run = useCallback(
    (command: UserCommand) => {
      const info = (text: string) => act({ type: "local", tone: "info", text });
      const error = (text: string) => act({ type: "local", tone: "error", text });
      const change = (name: string, value: unknown) => {
        const next = { ...optionsRef.current, [name]: value ?? findOption(name)!.default };
        optionsRef.current = next;
        setOptions(next);
        try {
          if (profile) updateConfigFile(profile.configPath, name, value);
        } catch (e) {
          return error(`${(e as Error).message} (the change holds until you quit)`);
        }
        info(describeOption(findOption(name)!, next));
      };
      switch (command.type) {
        case "set": {
          if (command.name === null) {
            info(profile ? `Options (saved in ${profile.configPath}):` : "Options:");
            for (const option of OPTIONS) info(`  ${describeOption(option, optionsRef.current)}`);
            return;
          }
          const option = findOption(command.name)!;
          if (command.value === null) return info(describeOption(option, optionsRef.current));
          try {
            return change(option.name, option.parse(command.value));
          } catch (e) {
            return error((e as Error).message);
          }
        }
        case "unset":
          return change(findOption(command.name)!.name, undefined);
        case "ignore": {
          const rules = stateRef.current.ignore;
          if (command.nick === null)
            return info(
              rules.length ? `Ignored: ${rules.map((r) => r.nick).join(", ")}` : "Nobody is ignored.",
            );
          if (isIgnored(rules, command.nick)) return info(`${command.nick} is already ignored.`);
          act({ type: "setIgnore", rules: addIgnore(rules, command.nick) });
          return info(
            `Ignoring ${command.nick}: their messages are hidden. /unignore ${command.nick} to undo.`,
          );
        }
        case "unignore": {
          const rules = stateRef.current.ignore;
          if (!isIgnored(rules, command.nick)) return error(`${command.nick} is not ignored.`);
          act({ type: "setIgnore", rules: removeIgnore(rules, command.nick) });
          return info(`No longer ignoring ${command.nick}.`);
        }
      }
    },
    [act, profile],
  );
  return { options, run };
}
