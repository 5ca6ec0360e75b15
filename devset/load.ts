// Reads the development set's labels: every part, the stories and their splits.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DevArticle, HardNegative, LabelledContradiction, Part, Source, Story } from './types';

export const DEVSET_DIR = path.dirname(fileURLToPath(import.meta.url));
export const TEXTS_DIR = path.join(DEVSET_DIR, 'texts');

export interface DevSet {
  stories: Map<string, Story>;
  sources: Map<string, Source>;
  articles: DevArticle[];
  contradictions: LabelledContradiction[];
  hardNegatives: HardNegative[];
}

export function loadDevSet(dir = DEVSET_DIR): DevSet {
  const stories = new Map((JSON.parse(readFileSync(path.join(dir, 'stories.json'), 'utf8')).stories as Story[]).map((s) => [s.id, s]));
  const set: DevSet = { stories, sources: new Map(), articles: [], contradictions: [], hardNegatives: [] };
  const partsDir = path.join(dir, 'parts');
  const files = existsSync(partsDir) ? readdirSync(partsDir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const file of files) {
    const part = JSON.parse(readFileSync(path.join(partsDir, file), 'utf8')) as Part;
    for (const [id, source] of Object.entries(part.sources ?? {})) {
      const known = set.sources.get(id);
      // One id, one way to read: a part that named another reader would silently misread the other part's articles.
      if (known && (known.repo !== source.repo || known.commit !== source.commit || known.reader !== source.reader))
        throw new Error(`${file}: source ${id} differs from another part's`);
      set.sources.set(id, source);
    }
    set.articles.push(...part.articles);
    set.contradictions.push(...(part.contradictions ?? []));
    set.hardNegatives.push(...(part.hardNegatives ?? []));
  }
  return set;
}

/** The materialised text of one article ("title\n\ntext"), or null when it is not materialised. */
export function readDevText(id: string): string | null {
  const file = path.join(TEXTS_DIR, `${id}.txt`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
