// The closing figures of the hostile suite: how many hostile inputs and fault cases were tried,
// how many pass, which are known misses, and the slowest. Reads vitest's JSON report:
//   npx vitest run --config vitest.hostile.config.ts --reporter=json --outputFile=hostile.json
//   npx tsx tests/hostile/summary.ts hostile.json
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface Assertion { fullName: string; status: string; duration?: number; failureMessages?: string[] }
interface Report { testResults: Array<{ name: string; assertionResults: Assertion[] }> }

const report = JSON.parse(readFileSync(process.argv[2] ?? 'hostile.json', 'utf8')) as Report;
const cases = report.testResults.flatMap((file) => file.assertionResults.map((a) => ({ ...a, file: relative(process.cwd(), file.name) })));
const knownMiss = (a: Assertion) => /known miss/i.test(a.fullName);
const passed = cases.filter((a) => a.status === 'passed');
const failed = cases.filter((a) => a.status === 'failed');
const slowest = [...cases].sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0)).slice(0, 5);
console.log(`${cases.length} hostile inputs and fault cases in ${report.testResults.length} files: ${passed.length} pass (${cases.filter(knownMiss).length} of them known misses, it.fails), ${failed.length} fail`);
for (const a of slowest) console.log(`${((a.duration ?? 0) / 1000).toFixed(1)} s  ${a.file}: ${a.fullName}`);
for (const a of failed) console.log(`FAILED ${a.file}: ${a.fullName}\n  ${(a.failureMessages?.[0] ?? '').split('\n')[0]}`);
