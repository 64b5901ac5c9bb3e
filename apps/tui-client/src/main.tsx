// parley entry point.
console.log("parley");
