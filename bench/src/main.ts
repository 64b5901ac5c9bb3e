// pnpm bench entry point.
console.log("bench");
