// Settings that must be in place before Ink and React load; main.tsx imports this module first.
// Ink draws nothing live when it thinks it runs in CI (a CI or CONTINUOUS_INTEGRATION variable is
// set): right for build logs, wrong for a chat screen on a real terminal, and parley draws only on
// a terminal. React's development build is slower and prints warnings over the screen.
if (process.stdout.isTTY) {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
}
process.env.NODE_ENV ??= "production";
