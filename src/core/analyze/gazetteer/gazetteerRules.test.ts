import { describe, expect, it } from 'vitest';
import { findGazetteerMentions } from '../mentions';
import { GAZETTEER, SHARED_ALIASES, enclosingEntries, gazetteerEntry } from './index';
import type { GazetteerEntry } from './types';

// The house rules of the gazetteer: data anyone can extend, checked so that an addition cannot
// quietly break ids stored in archives or steal another entry's name.
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID_PREFIX: Record<GazetteerEntry['type'], string> = { person: 'person:', country: 'country:', place: 'place:', organization: 'org:', unit: 'unit:' };
const namesOf = (entry: GazetteerEntry) => [...entry.aliases, ...(entry.shortNames ?? []), ...(entry.contextual ?? []).flatMap((c) => c.aliases)];
const key = (alias: string) => alias.toLowerCase().replace(/’/g, "'");

describe('gazetteer house rules', () => {
  it('has ids that are unique and say their type', () => {
    const ids = GAZETTEER.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(GAZETTEER.filter((e) => !e.id.startsWith(ID_PREFIX[e.type])).map((e) => e.id)).toEqual([]);
  });

  it('is large enough to be useful: 150+ people, 300+ entries', () => {
    expect(GAZETTEER.filter((e) => e.type === 'person').length).toBeGreaterThanOrEqual(150);
    expect(GAZETTEER.length).toBeGreaterThanOrEqual(300);
  });

  it('keeps the ids that stored archives use', () => {
    for (const id of ['person:putin', 'person:lukashenko', 'person:zelensky', 'person:khrenin', 'country:BY', 'country:RU', 'country:UA', 'place:minsk', 'place:gomel', 'org:belta', 'unit:regional-grouping']) {
      expect(gazetteerEntry(id), id).toBeDefined();
    }
  });

  it('points every partOf at an existing entry, without cycles', () => {
    for (const entry of GAZETTEER.filter((e) => e.partOf)) {
      expect(gazetteerEntry(entry.partOf as string), `${entry.id} -> ${entry.partOf}`).toBeDefined();
      expect(enclosingEntries(entry.id).map((e) => e.id)).not.toContain(entry.id);
    }
  });

  it('gives offices valid, ordered dates, and a date range to every office with titles', () => {
    for (const entry of GAZETTEER) {
      for (const office of entry.offices ?? []) {
        for (const day of [office.from, office.to]) if (day) expect(day, `${entry.id} ${office.role}`).toMatch(DAY);
        if (office.from && office.to) expect(office.from <= office.to, `${entry.id} ${office.role}`).toBe(true);
        if (office.titles?.length) expect(office.from ?? office.to, `${entry.id} ${office.role} has titles but no dates`).toBeDefined();
      }
    }
  });

  it('never gives one title to two people on the same day (a hand-over day may be shared)', () => {
    const holders = GAZETTEER.flatMap((entry) => (entry.offices ?? []).flatMap((office) =>
      (office.titles ?? []).map((title) => ({ id: entry.id, title: key(title), from: office.from ?? '0000-00-00', to: office.to ?? '9999-99-99' }))));
    const clashes = holders.flatMap((a, i) => holders.slice(i + 1)
      .filter((b) => b.title === a.title && b.id !== a.id && a.from < b.to && b.from < a.to)
      .map((b) => `${a.title}: ${a.id} ${a.from}..${a.to} / ${b.id} ${b.from}..${b.to}`));
    expect(clashes).toEqual([]);
  });

  it('lets no two entries share a name unless it is listed in SHARED_ALIASES', () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of GAZETTEER) for (const alias of namesOf(entry)) owners.set(key(alias), (owners.get(key(alias)) ?? new Set()).add(entry.id));
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([alias]) => alias);
    expect(shared.sort()).toEqual(SHARED_ALIASES.map(key).sort());
  });

  it('keeps shared names out of the plain aliases: the text around them must decide', () => {
    const plain = new Set(GAZETTEER.flatMap((e) => e.aliases.map(key)));
    expect(SHARED_ALIASES.filter((alias) => plain.has(key(alias)))).toEqual([]);
  });

  it('finds every plain alias, standing alone, as its own entry', () => {
    const lost: string[] = [];
    for (const entry of GAZETTEER) {
      for (const alias of entry.aliases) {
        const text = alias.replace(/\*/g, '');
        const found = findGazetteerMentions(text, null);
        if (!(found.length === 1 && found[0]?.entityId === entry.id && found[0].end - found[0].start === text.length)) lost.push(`${alias} (${entry.id}) -> ${found.map((m) => m.entityId).join(',')}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('lets every person be named by surname after the full name', () => {
    // Surname first, or not a surname at all.
    const exempt = new Set(['person:xi', 'person:wang-yi', 'person:kim-jong-un', 'person:lula', 'person:pope-francis', 'person:von-der-leyen']);
    const unreachable = GAZETTEER.filter((e) => e.type === 'person' && !exempt.has(e.id)).filter((entry) => {
      const surname = entry.name.split(' ').pop() as string;
      return !namesOf(entry).includes(surname);
    }).map((e) => e.id);
    expect(unreachable).toEqual([]);
  });
});
