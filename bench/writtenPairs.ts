// Contradictions between pairs of sentences written for the purpose (bench/writtenPairs/pairs.txt):
// two accounts of one incident in the wording of wire and outlet reports in each language, the
// later checked against the earlier through findContradictions, as `check` does. Prints each
// pair's outcome and the tally: contradictions found, and agreeing pairs wrongly reported.
//   npx tsx bench/writtenPairs.ts [--missed]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/core/analyze';
import { findContradictions } from '../src/core/match/contradictions';

interface Side { lang: string; date: string; text: string }
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'writtenPairs', 'pairs.txt');
const side = (line: string, n: number): Side => {
  const m = /^(\S+)\s+(\d{4}-\d{2}-\d{2})\s+(.+)$/.exec(line);
  if (!m) throw new Error(`${file}: block ${n}: expected "LANG DATE TEXT", got "${line.slice(0, 60)}"`);
  return { lang: m[1]!, date: m[2]!, text: m[3]! };
};
const report = (url: string, s: Side) => {
  const article = { url, title: '', byline: null, siteName: null, publishedAt: s.date, lang: s.lang, text: s.text };
  return { article, analysis: analyzeArticle(article) };
};

const onlyMissed = process.argv.includes('--missed');
let contradictions = 0, found = 0, agreeing = 0, wronglyReported = 0;
readFileSync(file, 'utf8').split(/\n\s*\n/).forEach((raw, n) => {
  const lines = raw.split('\n').map((l) => l.trim()).filter((l) => l && !(l.startsWith('#') && l !== '# agree'));
  if (lines.length === 0) return;
  const agree = lines[0] === '# agree';
  const sides = lines.filter((l) => !l.startsWith('#')).map((l) => side(l, n + 1));
  const [first, second] = sides;
  if (sides.length !== 2 || !first || !second) throw new Error(`${file}: block ${n + 1}: two sides wanted, ${sides.length} found`);
  const kinds = findContradictions(report('https://b.written/2', second), [report('https://a.written/1', first)]).map((c) => c.kind);
  if (agree) { agreeing++; if (kinds.length) wronglyReported++; } else { contradictions++; if (kinds.length) found++; }
  const ok = agree ? kinds.length === 0 : kinds.length > 0;
  if (!onlyMissed || !ok) console.log(`${ok ? 'ok  ' : 'MISS'} ${agree ? 'agree' : (kinds.join(',') || '(none)')} | ${first.text.slice(0, 60)} || ${second.text.slice(0, 60)}`);
});
console.log(`\ncontradictions found: ${found} of ${contradictions}; agreeing pairs reported: ${wronglyReported} of ${agreeing}`);
