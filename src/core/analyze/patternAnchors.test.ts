import { describe, expect, it } from 'vitest';
import { AnchorIndex, patternAnchors, patternFirstChars } from './patternAnchors';
import { CYRILLIC_LEXICON, LATIN_LEXICON } from './predicateLexicon';
import { seedArticle } from './testing/seedArticles';

describe('patternAnchors', () => {
  it.each([
    ['(?:захват|захвач)[a-z]*(?![a-z])', ['захват', 'захвач']],
    ['бер[её]т', ['берет', 'берёт']],
    ['(?<![\\p{L}])(?:missile|air)\\s*strikes?', ['missile', 'air']],
    ['airstrikes?', ['airstrike']],
    ['тыс\\.?', ['тыс']],
    ['(?:send|sends)(?<actor0>[^,]+)', ['send', 'sends']],
  ])('%s begins with %j', (source, anchors) => {
    expect(patternAnchors(source)?.sort()).toEqual([...anchors].sort());
  });

  it('first characters: many alternatives are not cut back to none', () => {
    const many = Array.from({ length: 600 }, (_, i) => `заяв${i}|said${i}`).join('|');
    expect(patternAnchors(`(?:${many})`)).toBeNull();
    expect(patternFirstChars(`(?:${many})(?![\\p{L}])`)?.sort()).toEqual(['s', 'з']);
    expect(patternFirstChars('(?<!united\\s)states|[бБ]ер[её]т')?.sort()).toEqual(['states'[0]!, 'Б', 'б'].sort());
    expect(patternFirstChars('(?:the )?attack')).toBeNull();
  });

  it.each([
    '(?:\\S+\\s+){0,3}удар', '[а-я]+ войск', '(?:the )?attack', '.+',
  ])('%s may begin anywhere', (source) => {
    expect(patternAnchors(source)).toBeNull();
  });

  // The filter is only safe if every match of every lexicon pattern starts with one of its
  // anchors: checked on the seeds' real text, every word start, every pattern.
  it('holds for every match of the lexicon on real text', () => {
    const text = ['000', '001', '002', '003', '004'].map((seed) => seedArticle(seed).text.toLowerCase()).join('\n')
      + '\nроссийские войска взяли под контроль соледар. у саледары ідуць баі. окупанти обстріляли київ. missile strikes hit kyiv.';
    let checked = 0;
    for (const entry of [...LATIN_LEXICON, ...CYRILLIC_LEXICON]) {
      for (const source of [...entry.verbs, ...entry.nouns, ...(entry.negating ?? [])]) {
        const lower = source.toLowerCase();
        const anchors = patternAnchors(lower);
        if (!anchors) continue;
        for (const match of text.matchAll(new RegExp(lower, 'gu'))) {
          checked++;
          expect(anchors.some((a) => text.startsWith(a, match.index)), `${entry.predicate}: ${source} at "${match[0]}"`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('AnchorIndex', () => {
  it('finds the patterns whose anchors begin at the given positions only', () => {
    const index = new AnchorIndex();
    index.add(['захват', 'захвач'], 0);
    index.add(['удар'], 1);
    index.add(['бой'], 2);
    const text = 'войска захватили город после удара';
    const starts = [0, 7, 17, 23, 29];
    expect([...index.present(text, starts)].sort()).toEqual([0, 1]);
    expect([...index.present(text, [0])]).toEqual([]);
  });
});
