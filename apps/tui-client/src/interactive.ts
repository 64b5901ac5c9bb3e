// Settings that must be in place before Ink loads; main.tsx imports this module first.
// Ink draws nothing live when it thinks it runs in CI (a CI or CONTINUOUS_INTEGRATION variable is
// set): right for build logs, wrong for a chat screen on a real terminal, and parley draws only on
// a terminal.
if (process.stdout.isTTY) {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
}
