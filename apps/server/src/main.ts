// parley-server entry point (filled in by the server module).
console.log("parley-server");
