import { describe, expect, it } from 'vitest';
import { placeStatements, statementKind, statementLabel } from '../../entrypoints/options/statementMarks';

const statement = (text: string, extra: Partial<Parameters<typeof statementKind>[0]> = {}) => ({
  text,
  speaker: null,
  attribution: 'narrative' as const,
  polarity: 'affirm' as const,
  modality: 'asserted' as const,
  predicate: null,
  ...extra,
});

describe('statements marked in an archived article', () => {
  const text = 'Лукашенко заявил, что Беларусь не будет воевать.\n\n«Наша армия не вступит в войну», — сказал он журналистам\nв Минске. Самолёты остаются на аэродромах.';

  it('finds each statement where it stands, across a line break too, in article order', () => {
    const first = statement('Лукашенко заявил, что Беларусь не будет воевать.', { speaker: 'Alexander Lukashenko', polarity: 'deny', attribution: 'indirect', predicate: 'join_war' });
    const second = statement('«Наша армия не вступит в войну», — сказал он журналистам в Минске.', { speaker: 'Alexander Lukashenko', attribution: 'direct' });
    const { placed, unplaced } = placeStatements(text, [first, second]);
    expect(unplaced).toEqual([]);
    expect(placed.map((p) => text.slice(p.start, p.end))).toEqual([first.text, '«Наша армия не вступит в войну», — сказал он журналистам\nв Минске.']);
  });

  it('leaves a statement not in the text, or overlapping one marked, to the list beneath', () => {
    const inside = statement('Беларусь не будет воевать.');
    const whole = statement('Лукашенко заявил, что Беларусь не будет воевать.');
    const absent = statement('Russian troops arrived in Gomel.');
    const { placed, unplaced } = placeStatements(text, [whole, inside, absent]);
    expect(placed.map((p) => p.statement)).toEqual([whole]);
    expect(unplaced).toEqual([inside, absent]);
  });

  it('names the kind a reader would: a denial, a quote, an intention, narration', () => {
    expect(statementLabel(statement('x', { speaker: 'Alexander Lukashenko', polarity: 'deny', predicate: 'join_war' }))).toBe('Alexander Lukashenko · denial · join war');
    expect(statementKind(statement('x', { attribution: 'direct' })).label).toBe('quote');
    expect(statementKind(statement('x', { modality: 'intention', attribution: 'direct' })).label).toBe('intention');
    expect(statementLabel(statement('x'))).toBe('the article itself · narration');
  });
});
