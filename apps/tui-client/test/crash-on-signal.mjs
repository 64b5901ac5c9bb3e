// Test instrumentation, loaded with node --import: SIGUSR2 makes the process throw an uncaught
// error, so a test can check that a crash still restores the terminal.
process.on("SIGUSR2", () => {
  setImmediate(() => {
    throw new Error("deliberate crash for the exit-path test");
  });
});
