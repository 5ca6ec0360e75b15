import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT, backstory } from './cliRun';

const workDir = mkdtempSync(join(tmpdir(), 'backstory-concurrent-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// Short reports written for the test, one event each, so no two are copies of each other.
const REPORTS = [
  ['Lukashenko met Putin in Sochi', 'Alexander Lukashenko met Vladimir Putin in Sochi on Friday, the Kremlin said.'],
  ['Ukraine says it downed 30 drones', 'Ukraine\'s air force said it shot down 30 Russian drones overnight over Kyiv.'],
  ['Лукашенко провёл совещание по безопасности', 'Александр Лукашенко провёл в Минске совещание по вопросам безопасности.'],
  ['Зеленський зустрівся з прем\'єром Польщі', 'Володимир Зеленський зустрівся у Києві з прем\'єр-міністром Польщі.'],
  ['Тіханоўская выступіла ў Сейме Літвы', 'Святлана Ціханоўская выступіла ў Вільні перад дэпутатамі Сейма Літвы.'],
  ['Russia expels two Moldovan diplomats', 'Russia expelled two Moldovan diplomats on Monday, the Foreign Ministry in Moscow said.'],
  ['Poland closes a border crossing with Belarus', 'Poland closed the Bobrowniki crossing on its border with Belarus, the interior minister said.'],
  ['В Гродно задержали пятерых активистов', 'В Гродно милиция задержала пятерых активистов, сообщили правозащитники.'],
];

function writeReports(prefix: string, from: number, to: number): string[] {
  return REPORTS.slice(from, to).map(([title, body], i) => {
    const file = join(workDir, `${prefix}-${from + i}.txt`);
    writeFileSync(file, `${title}\n\n${body}\n`);
    return file;
  });
}

/** The command line started in the background: both runs read and analyse their files at the same time. */
function startIngest(archive: string, files: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/main.ts', 'ingest', '--archive', archive, ...files], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('two ingest runs into one archive at once', () => {
  for (const name of ['shared.json', 'shared.sqlite']) {
    test(`lose no article (${name})`, async () => {
      const archive = join(workDir, name);
      const first = writeReports(name, 0, 4);
      const second = writeReports(name, 4, 8);
      const runs = await Promise.all([startIngest(archive, first), startIngest(archive, second)]);
      for (const run of runs) expect(run).toMatchObject({ code: 0, stderr: '' });
      const totals = runs.map((run) => JSON.parse(run.stdout).total as number).sort();
      // One ran first and saw its own four; the other added its four to those.
      expect(totals).toEqual([4, 8]);
      const titles = REPORTS.map(([title]) => title).sort();
      if (name.endsWith('.json')) {
        const bundle = JSON.parse(readFileSync(archive, 'utf8'));
        expect(bundle.articles.map((article: { title: string }) => article.title).sort()).toEqual(titles);
      }
      const query = join(workDir, `${name}-query.txt`);
      writeFileSync(query, 'Putin and Lukashenko talked in Sochi\n\nVladimir Putin and Alexander Lukashenko held talks in Sochi, Russian media reported.\n');
      const check = backstory('check', query, '--archive', archive);
      expect(check.code).toBe(0);
      expect(JSON.parse(check.stdout).related.map((r: { title: string }) => r.title)).toContain(REPORTS[0]![0]);
    }, 60_000);
  }
});
