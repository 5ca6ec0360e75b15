import type { CountryCode } from '../types';

/**
 * Names that mark a text as being about Russia, Belarus or Ukraine, in the languages readers of
 * this coverage meet: English, Russian, Ukrainian, Belarusian, Bulgarian, German, French, Spanish,
 * Polish.
 *
 * Forms are space-separated. A form ending in `*` is a stem: it also matches the stem followed
 * by up to `*N` letters (4 when no N is given), because Slavic languages inflect names (Россия,
 * России, Россией); the longest matching stem wins, so "українськ*" (Ukrainian) beats
 * "Україн*" (Ukraine). Stems are chosen so no common word starts with them ("Russia", never
 * "Russ*", which would catch Russell). Ambiguous single words stay out: Medvedev (a tennis
 * player too), Brest (also in France), Odessa (also in Texas), Poutine (also a dish), Wagner
 * (also a composer); the unambiguous phrases among them are in TOPIC_PHRASES.
 */
export interface TopicName {
  /** How the reasons name it, in English. */
  label: string;
  country: CountryCode;
  /**
   * A demonym ("Russian") says less than the country's name: it is also how a sports report
   * names a player's nationality. Places and countries say less in a sports report too; a
   * person (a leader) keeps their weight everywhere.
   */
  kind: 'country' | 'demonym' | 'place' | 'person';
  forms: string[];
}

type Row = [CountryCode, TopicName['kind'], string, string];

const ROWS: Row[] = [
  ['RU', 'country', 'Russia', 'Russia Russland Russie Rusia Rosj*2 Росси*3 Росі*3 Расі*3 Русия'],
  ['RU', 'demonym', 'Russian', 'Russian*1 russisch*3 Russen Russe Russes ruso rusa rusos rusas Rosjan*4 rosyjsk*5 российск*5 россиян*3 російськ*5 росіян*4 расійск*5 руск*4'],
  ['RU', 'place', 'Moscow', 'Moscow Moskau Moscou Moscú Moskw*2 Москв*2 Московск*5 Маскв*2'],
  ['RU', 'place', 'Kremlin', 'Kremlin Kreml*2 Кремл*3 Крамл*3 Кремъл*2'],
  ['RU', 'person', 'Putin', 'Putin*3 Путин*3 Путін*3 Пуцін*3'],
  ['RU', 'person', 'Lavrov', 'Lavrov Lawrow Лавров*3'],
  ['RU', 'person', 'Shoigu', 'Shoigu Schoigu Szojgu Шойгу'],
  ['RU', 'person', 'Peskov', 'Peskov Peskow Pieskow Песков*3'],
  ['RU', 'person', 'Gerasimov', 'Gerasimov Gerassimow Герасимов*3'],
  ['RU', 'person', 'Navalny', 'Navalny Nawalny Навальн*3'],
  ['RU', 'person', 'Prigozhin', 'Prigozhin Prigoschin Prigożyn Пригожин*3'],
  ['BY', 'country', 'Belarus', 'Belarus Byelorussia Belorussia Weißrussland Weissrussland Biélorussie Bélarus Bielorrusia Bielorussia Białoruś Białorusi*1 Беларус*3 Белорусси*3 Білорус*3'],
  ['BY', 'demonym', 'Belarusian', 'Belarusian*1 Belarusan*1 Byelorussian*1 weißrussisch*3 weissrussisch*3 biélorusse*1 bielorruso*1 bielorrusa*1 białorusk*4 белорусск*5 беларуск*5 білоруськ*4'],
  ['BY', 'place', 'Minsk', 'Minsk*1 Mińsk*2 Минск*2 Мінск*2 Мінськ*2'],
  ['BY', 'person', 'Lukashenko', 'Lukashenko Lukashenka Lukaschenko Loukachenko Łukaszenk*2 Лукашенк*2 Лукашэнк*2'],
  ['BY', 'person', 'Tsikhanouskaya', 'Tsikhanouskaya Tikhanovskaya Tichanowska* Cichanouska Тихановск*3 Ціханоўск*3'],
  ['BY', 'place', 'Gomel', 'Gomel Homel Homiel Гомел*2'],
  ['BY', 'place', 'Grodno', 'Grodno Hrodna Гродн*2'],
  ['BY', 'place', 'Vitebsk', 'Vitebsk Viciebsk Witebsk Витебск*2 Віцебск*2'],
  ['UA', 'country', 'Ukraine', 'Ukraine Ukraina Ukrainy Ukrainie Ukrainę Ukrainą Ucrania Україн*3 Украин*3 Украін*3 Украйн*3'],
  ['UA', 'demonym', 'Ukrainian', 'Ukrainian*1 ukrainisch*3 Ukrainer*2 ukrainien*3 ucraniano*1 ucraniana*1 ukraińsk*4 Ukraińc*3 українськ*4 украинск*5 украинц*3 украінск*5'],
  ['UA', 'place', 'Kyiv', 'Kyiv Kiev Kiew Kyjiw Kijów Kijow*2 Київ*1 Києв*2 Киев*2 Кіев*2'],
  ['UA', 'person', 'Zelensky', 'Zelensky*1 Zelenskiy Zelenskyi Zelenski Zelenska Selenskyj Zełensk*3 Зеленск*4 Зеленськ*4 Зяленск*4'],
  ['UA', 'person', 'Zaluzhny', 'Zaluzhny*1 Zaluzhniy Saluschnyj Załużny Залужн*3'],
  ['UA', 'place', 'Kharkiv', 'Kharkiv Kharkov Charkiw Charków Харків*1 Харков*1 Харьков*1'],
  ['UA', 'place', 'Odesa', 'Odesa Одес*2'],
  ['UA', 'place', 'Lviv', 'Lviv Lwiw Lwów Lwowie Львів*1 Львов*1'],
  ['UA', 'place', 'Donbas', 'Donbas*1 Донбас*2'],
  ['UA', 'place', 'Donetsk', 'Donetsk Donezk Донецьк*1 Донецк*1'],
  ['UA', 'place', 'Luhansk', 'Luhansk Lugansk Luhanska Луганськ*1 Луганск*1'],
  ['UA', 'place', 'Mariupol', 'Mariupol Маріупол*2 Мариупол*2'],
  ['UA', 'place', 'Kherson', 'Kherson Cherson Херсон*2'],
  ['UA', 'place', 'Zaporizhzhia', 'Zaporizhzhia Zaporizhia Zaporozhye Saporischschja Запоріжж*2 Запорож*3'],
  ['UA', 'place', 'Bakhmut', 'Bakhmut Bachmut Бахмут*2'],
  ['UA', 'place', 'Crimea', 'Crimea*1 Krim Crimée Krym*2 Крим*1 Крым*2 Кримськ*4 Крымск*4'],
];

export const TOPIC_NAMES: TopicName[] = ROWS.map(([country, kind, label, forms]) => ({
  label,
  country,
  kind,
  forms: forms.split(' '),
}));

/** Two-word names whose surname alone is ambiguous: counted as a phrase, before single words. */
export const TOPIC_PHRASES: [RegExp, TopicName][] = [
  [/(?:\bDmitr(?:y|i|ij)|Дмитри[йяю]|Дмитр[оау])\s+(?:Medvedev|Medwedew|Miedwiediew|Медведе?в\p{L}{0,2})/gu, { label: 'Medvedev', country: 'RU', kind: 'person', forms: [] }],
  [/(?:\b(?:Wagner Group|PMC Wagner|Gruppe Wagner|groupe Wagner|Grupa Wagnera|grupo Wagner)\b|ЧВК «?Вагнер|групп\p{L}{0,2} «?Вагнер)/giu, { label: 'Wagner Group', country: 'RU', kind: 'person', forms: [] }],
];

/**
 * Phrases in which a topic name means something else: a drink, a wine region, a neighbourhood,
 * a dish, a town, a football club. They are blanked before counting, so a cocktail recipe stays
 * quiet.
 */
export const TOPIC_TRAPS: RegExp[] = [
  /\b(?:white|black) russians?\b/giu,
  /\brussian (?:river|hill|roulette|dolls?|dressing|blue|tea(?: room| cakes?)?|salad|tortoises?|olivier|sage|cream)\b/giu,
  /\bukrainian village\b/giu,
  /\bmoscow mules?\b/giu,
  /\bmoscow,? (?:idaho|id|pennsylvania|pa|tennessee|tn|vermont|vt)\b/giu,
  /\b(?:chicken|cutlets?) (?:kiev|kyiv)\b/giu,
  /\bkiev (?:cake|torte)\b/giu,
  /\b(?:dynamo|dinamo|shakhtar|zorya|spartak|cska|lokomotiv|torpedo|metalist|chornomorets) (?:kyiv|kiev|minsk|moscow|donetsk|luhansk|kharkiv|odesa|brest)\b/giu,
  /(?:Динамо|Шахт[её]р|Спартак|ЦСКА|Зоря) (?:Ки|Мі|Ми|Мо|До)\p{L}+/giu,
];
