import { describe, expect, it } from 'vitest';
import { findPredicate } from './predicates';

const fallback = (claim: string, lang: string | null = null) => findPredicate(claim, { lang, fallback: true });
/** The words the fallback took for the verb, so the rows hold whatever the stemmer makes of them. */
const verbOf = (claim: string, lang: string | null = null) => {
  const found = fallback(claim, lang);
  return found ? claim.slice(found.start, found.end) : null;
};

// Claims no class covers still have an act: the clause's main verb, read per language.
describe('the main verb of a claim no class covers', () => {
  it.each([
    ['en', 'Russia evacuated the residents of Belgorod.', 'evacuated'],
    ['en', 'The authorities did not evacuate the villages near the border.', 'evacuate'],
    ['en', 'Kyiv has banned the sale of Russian books.', 'banned'],
    ['en', 'Lukashenko pardoned the protesters in January.', 'pardoned'],
    ['en', 'The Central Bank would not have raised the key rate otherwise.', 'raised'],
    ['en', 'Reporters reached the embattled town of Soledar.', 'reached'],
    ['en', 'We follow orders and do our duty.', 'follow'],
    // A participle with un- describes a noun: "unspecified officials", "unidentified gunmen".
    ['en', 'Unspecified officials withheld ammunition from the fighters.', 'withheld'],
    ['en', 'Unidentified gunmen opened the gates of the plant overnight.', 'opened'],
    ['ru', 'Власти эвакуировали жителей Белгорода.', 'эвакуировали'],
    ['ru', 'Лукашенко помиловал участников протестов.', 'помиловал'],
    ['ru', 'Власти не эвакуируют жителей приграничных сёл.', 'эвакуируют'],
    ['uk', 'Влада евакуювала мешканців прикордонних сіл.', 'евакуювала'],
    ['be', 'Улады эвакуявалі жыхароў памежных вёсак.', 'эвакуявалі'],
    ['be', 'Лукашэнка памілаваў удзельнікаў пратэстаў.', 'памілаваў'],
    ['pl', 'Władze ewakuowały mieszkańców przygranicznych wsi.', 'ewakuowały'],
  ])('%s: %s → %s', (lang, claim, verb) => {
    expect(verbOf(claim, lang)).toBe(verb);
    expect(fallback(claim, lang)).toMatchObject({ kind: 'verb' });
    expect(fallback(claim, lang)?.predicate).toMatch(/^verb:\S+$/u);
  });

  it.each([
    ['en', 'Russia evacuated Belgorod.', 'Russia did not evacuate Belgorod.'],
    ['en', 'Minsk has pardoned the protesters.', 'Minsk pardoned the protesters.'],
    ['ru', 'Власти эвакуировали Белгород.', 'Губернатор не эвакуировал Белгород.'],
    ['uk', 'Влада евакуювала Покровськ.', 'Влада не евакуювали Покровськ.'],
  ])('%s: "%s" and "%s" are one act, so they can be compared', (lang, a, b) => {
    expect(fallback(a, lang)?.predicate).toBe(fallback(b, lang)?.predicate);
  });

  it('two different acts stay two', () => {
    expect(fallback('Russia evacuated Belgorod.', 'en')?.predicate).not.toBe(fallback('Russia fortified Belgorod.', 'en')?.predicate);
  });

  it('the script decides without a language', () => {
    expect(verbOf('Власти эвакуировали жителей Белгорода.')).toBe('эвакуировали');
  });

  it('a class still wins over the fallback, and without `fallback` there is none', () => {
    expect(fallback('Russia evacuated and then shelled Belgorod.', 'en')).toMatchObject({ predicate: 'strike', kind: 'class' });
    expect(findPredicate('Russia evacuated Belgorod.')).toBeNull();
  });

  it('names and nouns that look like verbs are not taken', () => {
    expect(verbOf('Павел Латушко заявил о новых выборах.', 'ru')).toBe('заявил');
    expect(verbOf('The United Nations condemned the verdict.', 'en')).toBe('condemned');
  });

  // A word after a plural adjective in an oblique case is its noun, even when it ends like a past
  // tense (Belarusian genitive plurals in -аў/-оў): the verb is found elsewhere or not at all.
  it.each([
    ['be', 'Міністэрства ўнутраных спраў абвясціла пра новыя правілы.', 'абвясціла'],
    ['be', 'Супрацоўнікі ўнутраных спраў затрымалі журналістаў.', 'затрымалі'],
    ['be', 'Колькасць палітычных вязняў за пяць апошніх гадоў павялічылася.', 'павялічылася'],
    ['ru', 'Сотрудники внутренних дел задержали журналистов.', 'задержали'],
    ['uk', 'Працівники внутрішніх справ затримали журналістів.', 'затримали'],
    ['ru', 'Сотни протестующих заблокировали дорогу к заводу.', 'заблокировали'],
    ['uk', 'Сотні протестувальників і місцевих активістів заблокували трасу.', 'заблокували'],
    ['be', 'Сотні пратэстуючых заблакавалі дарогу.', 'заблакавалі'],
  ])('%s: "%s" → %s, not the noun after the adjective', (lang, claim, verb) => {
    expect(verbOf(claim, lang)).toBe(verb);
  });

  it('a noun after a plural adjective is not an act when the claim has no verb', () => {
    expect(fallback('Пасяджэнне ўнутраных спраў.', 'be')).toBeNull();
    expect(fallback('Audience of internal affairs.', 'en')).toBeNull();
  });
});
