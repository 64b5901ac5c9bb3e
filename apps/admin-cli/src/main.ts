// parley-admin entry point.
console.log("parley-admin");
