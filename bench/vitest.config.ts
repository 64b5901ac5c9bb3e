// Vitest for @parley/bench: the pure parts (statistics, /proc parsing, payloads, schedules, tables),
// and a smoke run of the terminal-client scenario (real server and client, from source, in tmux).
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["src/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
