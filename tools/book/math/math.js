// math.js: LaTeX to MathML with Temml, for tools/weave.py. Reads a JSON
// array of [tex, display] pairs on standard input and writes the JSON array
// of their MathML; a formula Temml cannot read stops it with the formula
// and the reason, on one line.
const temml = require("temml");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const out = [];
  for (const [tex, display] of JSON.parse(input)) {
    try {
      out.push(temml.renderToString(tex, { displayMode: display, throwOnError: true,
                                           annotate: false, trust: false }));
    } catch (e) {
      process.stderr.write(`math.js: error: ${e.message.replace(/\s+/g, " ")}: ${tex}\n`);
      process.exit(1);
    }
  }
  process.stdout.write(JSON.stringify(out));
});
