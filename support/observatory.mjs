// The MDN HTTP Observatory's grade for a server on this machine:
//   node benchmarks/observatory.mjs HOSTNAME HTTP_PORT HTTPS_PORT
// Its own scanner takes no ports, so this does what the scanner does (src/scanner/index.js)
// with the ports given: retrieve, run every test, add up their modifiers, grade.
import { retrieve } from "@mdn/mdn-http-observatory/src/retriever/retriever.js";
import { getGradeForScore, getScoreModifier } from "@mdn/mdn-http-observatory/src/grader/grader.js";
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from "@mdn/mdn-http-observatory/src/grader/charts.js";
import { ALL_TESTS } from "@mdn/mdn-http-observatory/src/constants.js";

const [hostname, httpPort, httpsPort] = process.argv.slice(2);
const requests = await retrieve(hostname, { httpPort, httpsPort });
if (!requests.responses.auto) {
  console.error(`nothing answers on ${hostname}:${httpsPort}`);
  process.exit(1);
}
let withExtraCredit = 100;
let uncurved = 100;
const tests = {};
for (const test of ALL_TESTS) {
  const output = test(requests);
  const modifier = getScoreModifier(output.result);
  withExtraCredit += modifier;
  uncurved += Math.min(modifier, 0);
  tests[output.constructor.name] = { result: output.result, pass: output.pass, modifier };
}
// As the scanner does: extra credit counts only for a score that is an A without it.
const { grade, score } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
console.log(JSON.stringify({ grade, score, status: requests.responses.auto.status, tests }));
