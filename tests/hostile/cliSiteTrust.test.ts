import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { backstory } from '../unit/cliRun';
import { seedEntry, seedRaw } from '../support/seeds';

// Issue 12, item 5, through the command line: it reads sites by the public suffix list as the
// extension does, and prints the real host beside an outlet name that does not fit the address.
const workDir = mkdtempSync(join(tmpdir(), 'backstory-cli-sites-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A news page of a seed's text, claiming `siteName` and naming `canonical` as its address. */
function page(name: string, seed: string, siteName: string, canonical: string, extra = ''): string {
  const [title, ...lines] = seedRaw(seedEntry(seed).file).split('\n').filter((line) => line.trim() !== '');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="canonical" href="${canonical}"><meta property="og:site_name" content="${siteName}"></head>
<body><article><h1>${title}</h1>${[extra, ...lines.slice(1)].filter(Boolean).map((line) => `<p>${line}</p>`).join('\n')}</article></body></html>`;
  const file = join(workDir, name);
  writeFileSync(file, html);
  return file;
}

const json = (run: ReturnType<typeof backstory>) => {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

describe('the command line on spoofed outlets and borrowed addresses', { timeout: 120_000 }, () => {
  const attacker = 'https://attacker.livejournal.com/1.html';
  const victim = 'https://victim.livejournal.com/77.html';

  test('"Reuters" on a blog is printed with the blog\'s host; Reuters on reuters.com is not', () => {
    const spoof = page('spoof.html', '003', 'Reuters', victim);
    const { article } = json(backstory('analyze', spoof, '--url', attacker, '--date', '2022-12-19'));
    expect(article).toMatchObject({ url: attacker, siteName: 'Reuters', outletHost: 'attacker.livejournal.com' });

    const honest = page('honest.html', '003', 'Reuters', 'https://www.reuters.com/world/europe/putin-minsk-2022-12-19/');
    const read = json(backstory('analyze', honest, '--url', 'https://www.reuters.com/world/europe/putin-minsk-2022-12-19/'));
    expect(read.article.siteName).toBe('Reuters');
    expect(read.article).not.toHaveProperty('outletHost');
  });

  test('a page naming another blog as canonical is stored under its own address; the victim can still add theirs; check shows the host', () => {
    const archive = join(workDir, 'archive.json');
    const index = join(workDir, 'index.json');
    const spoof = page('attacker.html', '003', 'Reuters', victim);
    const genuine = page('victim.html', '003', 'Victim', victim, 'Updated on Tuesday: the Belarusian foreign ministry replied that the talks in Minsk had covered gas prices, joint exercises and the Union State budget.');
    writeFileSync(index, JSON.stringify([
      { file: 'attacker.html', url: attacker, publishedAt: '2022-12-19' },
      { file: 'victim.html', url: victim, publishedAt: '2022-12-19' },
    ]));
    const started = Date.now();
    const summary = json(backstory('ingest', '--archive', archive, '--index', index, spoof, genuine));
    expect(summary.added.map((entry: { url: string }) => entry.url)).toEqual([attacker, victim]);
    expect(summary.duplicates).toEqual([]);

    const next = page('next.html', '004', 'Infobae', 'https://www.infobae.com/en/2022/12/19/putin-minsk/');
    const result = json(backstory('check', next, '--archive', archive, '--url', 'https://www.infobae.com/en/2022/12/19/putin-minsk/', '--date', '2022-12-19'));
    expect(Date.now() - started).toBeLessThan(60_000);
    const fromAttacker = result.related.find((report: { url: string }) => report.url === attacker);
    expect(fromAttacker).toMatchObject({ siteName: 'Reuters', outletHost: 'attacker.livejournal.com' });
    expect(result.related.find((report: { url: string }) => report.url === victim)).not.toHaveProperty('outletHost');
  });
});
