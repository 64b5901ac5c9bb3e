// Settings that must be in place before Ink and React load; main.tsx imports this module first
// and holds no JSX, so nothing (not even the JSX runtime) loads React before this runs.
// Ink draws nothing live when it thinks it runs in CI (a CI or CONTINUOUS_INTEGRATION variable is
// set): right for build logs, wrong for a chat screen on a real terminal, and parley draws only on
// a terminal.
if (process.stdout.isTTY) {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
}
// React's development build keeps a performance entry for every render, for ever (the process grew
// by gigabytes in a busy room), and is several times slower. React, its reconciler and the JSX
// runtime each pick their build from NODE_ENV when first loaded, so it is set here, before any of
// them: all load as the production build unless the person asked for another.
process.env.NODE_ENV ??= "production";
