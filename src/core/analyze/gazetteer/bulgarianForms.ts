import type { GazetteerEntry } from './types';

/**
 * Bulgarian spellings of names the war's reporting repeats, where they differ from the Russian
 * and Ukrainian ones the entries list: Bulgarian writes ъ where Russian has none ("Кремъл",
 * "Байдън", "Тръмп"), -ия for -ия/-ія but with other stems ("Русия", "Полша", "Финландия"),
 * "й" in "Украйна", one с in "руски", and a definite article on the noun ("Белия дом",
 * "Върховната рада", "Кримския мост") instead of case endings. Nouns do not decline, so each
 * form is a word or a phrase, a star only where an article or adjective ending follows.
 * Kept as one table beside the entries so that a Bulgarian reader can check it at a glance.
 */
const FORMS: Record<string, string[]> = {
  'country:RU': ['Русия', 'Руск*', 'Руската федерация', 'Руска федерация'],
  'country:UA': ['Украйна', 'Украйн*'],
  'country:US': ['САЩ', 'Съединените щати', 'Съединените американски щати'],
  'country:PL': ['Полша', 'Полск*'],
  'country:BG': ['България', 'Българск*'],
  'country:EE': ['Естония', 'Естонск*'],
  'country:FI': ['Финландия', 'Финландск*'],
  'country:HU': ['Унгария', 'Унгарск*'],
  'country:RO': ['Румъния', 'Румънск*'],
  'country:RS': ['Сърбия', 'Сръбск*'],
  'country:BE': ['Белгия', 'Белгийск*'],
  'country:NL': ['Нидерландия', 'Холандия', 'Нидерландск*', 'Холандск*'],
  'country:GB': ['Обединеното кралство'],
  'place:kharkiv': ['Харков'],
  'place:kharkiv-region': ['Харковск* област*'],
  'place:lviv': ['Лвов'],
  'place:chernobyl': ['Чернобил'],
  'place:crimea': ['Кримския полуостров', 'Кримският полуостров', 'Крима', 'Кримът'],
  'place:crimean-bridge': ['Кримския мост', 'Кримският мост', 'Керченския мост', 'Керченският мост'],
  'place:zaporizhzhia-npp': ['Запорожката АЕЦ', 'Запорожка* атомн* електроцентрал*', 'АЕЦ Запорожие', 'АЕЦ „Запорожие“', 'АЕЦ "Запорожие"'],
  'place:dnipro-river': ['Днепър', 'река Днепър', 'реката Днепър'],
  'person:biden': ['Байдън', 'Джо Байдън'],
  'person:trump': ['Тръмп', 'Доналд Тръмп'],
  'person:scholz': ['Шолц', 'Олаф Шолц'],
  'person:navalny': ['Навални', 'Алексей Навални'],
  'person:tsikhanouskaya': ['Тихановска', 'Светлана Тихановска'],
  'person:guterres': ['Гутериш', 'Антонио Гутериш'],
  'person:grossi': ['Гроси', 'Рафаел Гроси'],
  'person:saldo': ['Салдо', 'Владимир Салдо'],
  'person:syrskyi': ['Сирски', 'Олександър Сирски', 'Александър Сирски'],
  'person:kirby': ['Джон Кърби', 'Кърби'],
  'person:erdogan': ['Ърдоган'],
  'person:kallas': ['Кая Калас', 'Калас'],
  'person:duda': ['Анджей Дуда'],
  'person:starmer': ['Киър Стармър', 'Стармър'],
  'person:xi': ['Си Дзинпин', 'Си Цзинпин'],
  'person:tymoshenko': ['Юлия Тимошенко'],
  'org:kremlin': ['Кремъл*'],
  'org:eu': ['Европейския съюз', 'Европейският съюз', 'Европейски съюз'],
  'org:iaea': ['МААЕ', 'Международната агенция за атомна енергия'],
  'org:isw': ['Института за изучаване на войната', 'Институтът за изучаване на войната'],
  'org:ua-general-staff': ['Генералния щаб на ВСУ', 'Генералният щаб на ВСУ', 'Генералния щаб на украинската армия', 'Генералният щаб на украинската армия'],
  'org:white-house': ['Белия дом', 'Белият дом'],
  'org:rada': ['Върховната рада', 'Върховна рада', 'украинския парламент', 'украинският парламент'],
  'org:ru-defence-ministry': ['Министерството на отбраната на Русия', 'руското министерство на отбраната', 'Министерството на отбраната на Руската федерация', 'руското военно министерство'],
  'org:ua-defence-ministry': ['Министерството на отбраната на Украйна', 'украинското министерство на отбраната'],
  'org:ru-foreign-ministry': ['Министерството на външните работи на Русия', 'руското външно министерство', 'руското министерство на външните работи'],
};

/** The entries with their Bulgarian forms added; an id the table names must exist. */
export function withBulgarianForms(entries: GazetteerEntry[]): GazetteerEntry[] {
  const known = new Set(entries.map((entry) => entry.id));
  const missing = Object.keys(FORMS).filter((id) => !known.has(id));
  if (missing.length > 0) throw new Error(`Bulgarian forms for unknown gazetteer entries: ${missing.join(', ')}`);
  return entries.map((entry) => (FORMS[entry.id] ? { ...entry, aliases: [...entry.aliases, ...FORMS[entry.id]!] } : entry));
}
