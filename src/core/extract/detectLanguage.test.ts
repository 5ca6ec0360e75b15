import { describe, expect, test } from 'vitest';
import { detectLanguage } from '.';

const ENGLISH =
  'Russian President Vladimir Putin is sending as many as 9,000 servicemen to Belarus, the Belarusian Defense Ministry said on Monday, striking fear about a possible mobilization.';
const RUSSIAN =
  'Президент России Владимир Путин направляет в Беларусь до девяти тысяч военнослужащих, сообщило в понедельник министерство обороны страны, что вызвало опасения мобилизации.';
const UKRAINIAN =
  'Президент Росії Володимир Путін направляє до Білорусі до дев’яти тисяч військовослужбовців, повідомило в понеділок міністерство оборони, що викликало побоювання мобілізації.';
const BELARUSIAN =
  'Прэзідэнт Расіі Уладзімір Пуцін накіроўвае ў Беларусь да дзевяці тысяч вайскоўцаў, паведаміла ў панядзелак міністэрства абароны, што выклікала страх перад мабілізацыяй.';
const GERMAN =
  'Der russische Präsident Wladimir Putin schickt bis zu neuntausend Soldaten nach Belarus, teilte das Verteidigungsministerium am Montag mit, was Sorgen vor einer Mobilmachung weckt.';

describe('detectLanguage', () => {
  test.each([
    [ENGLISH, 'en'],
    [RUSSIAN, 'ru'],
    [UKRAINIAN, 'uk'],
    [BELARUSIAN, 'be'],
    [GERMAN, 'de'],
  ])('%s -> %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  test('the text outweighs a wrong declaration', () => {
    expect(detectLanguage(UKRAINIAN, 'ru')).toBe('uk');
    expect(detectLanguage(ENGLISH, 'de-DE')).toBe('en');
  });

  test('a short Cyrillic headline with letters no South Slavic language writes is East Slavic', () => {
    expect(detectLanguage('Взрыв на Крымском мосту. Что о нем говорят в России и Украине')).toBe('ru');
    // Bulgarian itself stays Bulgarian.
    expect(detectLanguage('Взрив на Кримския мост. Какво казват за него в Русия и в Украйна днес')).toBe('bg');
  });

  test('a declaration decides when the text is too short to tell', () => {
    expect(detectLanguage('Minsk', 'be-BY')).toBe('be');
    expect(detectLanguage('Minsk', 'bel')).toBe('be');
    expect(detectLanguage('Minsk')).toBeNull();
  });
});
