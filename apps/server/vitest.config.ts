// Vitest: workspace packages resolve to their TypeScript sources (the "source" export condition).
// Two projects: every test on the default store (SQLite), and the integration tests about what the
// store keeps (history, resume, de-duplication, join seqs, bans, files, accounts, direct-message
// privacy, offline queues, read markers, search, restarts) again on PostgreSQL.
import { defineConfig } from "vitest/config";

/** The integration tests that run on PostgreSQL too (PARLEY_TEST_STORE=postgres, see test/helpers.ts). */
const ON_POSTGRES = [
  "test/dedup.test.ts",
  "test/join-seq.test.ts",
  "test/restart.test.ts",
  "test/rooms.test.ts",
  "test/history-bounds.test.ts",
  "test/room-bounds.test.ts",
  "test/files.test.ts",
  "test/admin-kick.test.ts",
  "test/close-outcomes.test.ts",
  "test/accounts.test.ts",
  "test/dm-privacy.test.ts",
  "test/search.test.ts",
  "test/multi-client.test.ts",
  "test/offline-delivery.test.ts",
  "test/read-markers.test.ts",
];

export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    testTimeout: 20_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    projects: [
      { extends: true, test: { name: "sqlite", include: ["src/**/*.test.ts", "test/**/*.test.ts"] } },
      {
        extends: true,
        test: { name: "postgres", include: ON_POSTGRES, env: { PARLEY_TEST_STORE: "postgres" } },
      },
    ],
  },
});
