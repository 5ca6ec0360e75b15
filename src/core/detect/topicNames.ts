import type { CountryCode } from '../types';

/**
 * Names that mark a text as being about Russia, Belarus or Ukraine, in the languages readers of
 * this coverage meet: English, Russian, Ukrainian, Belarusian, German, French, Spanish, Polish.
 *
 * A form ending in `*` is a stem: it also matches the stem followed by up to `*N` letters (4 when
 * no N is given), because Slavic languages inflect names (Россия, России, Россией). Stems are
 * chosen so no common word starts with them ("Russia*", never "Russ*", which would catch Russell).
 * Ambiguous names stay out: Medvedev (a tennis player too), Brest (also in France), Odessa
 * (also in Texas), Poutine (also a dish), Wagner (also a composer).
 */
export interface TopicName {
  /** How the reasons name it, in English. */
  label: string;
  country: CountryCode;
  forms: string[];
}

export const TOPIC_NAMES: TopicName[] = [
  // Russia
  {
    label: 'Russia',
    country: 'RU',
    forms: [
      'Russia*', 'Russland', 'russisch*', 'Russe', 'Russes', 'Russie', 'Rusia', 'ruso', 'rusa',
      'rusos', 'rusas', 'Rosj*', 'rosyjsk*5', 'Rosjan*', 'Росси*', 'российск*5', 'Росі*', 'російськ*5',
      'Расі*', 'расійск*5', 'Russen',
    ],
  },
  { label: 'Moscow', country: 'RU', forms: ['Moscow', 'Moskau', 'Moscou', 'Moscú', 'Moskw*2', 'Москв*2', 'Московск*5', 'Маскв*2'] },
  { label: 'Kremlin', country: 'RU', forms: ['Kremlin', 'Kreml*2', 'Кремл*3', 'Крамл*3'] },
  { label: 'Putin', country: 'RU', forms: ['Putin*3', 'Путин*3', 'Путін*3', 'Пуцін*3'] },
  { label: 'Lavrov', country: 'RU', forms: ['Lavrov', 'Lawrow', 'Лавров*3'] },
  { label: 'Shoigu', country: 'RU', forms: ['Shoigu', 'Schoigu', 'Szojgu', 'Шойгу'] },
  { label: 'Peskov', country: 'RU', forms: ['Peskov', 'Peskow', 'Pieskow', 'Песков*3'] },
  { label: 'Gerasimov', country: 'RU', forms: ['Gerasimov', 'Gerassimow', 'Герасимов*3'] },
  { label: 'Navalny', country: 'RU', forms: ['Navalny', 'Nawalny', 'Навальн*3'] },
  { label: 'Prigozhin', country: 'RU', forms: ['Prigozhin', 'Prigoschin', 'Prigożyn', 'Пригожин*3'] },
  // Belarus
  {
    label: 'Belarus',
    country: 'BY',
    forms: [
      'Belarus*6', 'Byelorussia*', 'Weißrussland', 'Weissrussland', 'weißrussisch*', 'weissrussisch*',
      'Biélorussie', 'biélorusse*', 'Bélarus', 'Bielorrusia', 'bielorrus*3', 'Białoruś', 'Białorusi*4',
      'białorusk*4', 'Bielorussia', 'Беларус*5', 'Белорус*5', 'Білорус*5', 'Belorussia',
    ],
  },
  { label: 'Minsk', country: 'BY', forms: ['Minsk*1', 'Mińsk*2', 'Минск*2', 'Мінск*2', 'Мінськ*2'] },
  {
    label: 'Lukashenko',
    country: 'BY',
    forms: [
      'Lukashenko', 'Lukashenka', 'Lukaschenko', 'Loukachenko', 'Łukaszenk*2', 'Лукашенк*2',
      'Лукашэнк*2',
    ],
  },
  { label: 'Tsikhanouskaya', country: 'BY', forms: ['Tsikhanouskaya', 'Tikhanovskaya', 'Tichanowska*', 'Cichanouska', 'Тихановск*3', 'Ціханоўск*3'] },
  { label: 'Gomel', country: 'BY', forms: ['Gomel', 'Homel', 'Homiel', 'Гомел*2'] },
  { label: 'Grodno', country: 'BY', forms: ['Grodno', 'Hrodna', 'Гродн*2'] },
  { label: 'Vitebsk', country: 'BY', forms: ['Vitebsk', 'Viciebsk', 'Witebsk', 'Витебск*2', 'Віцебск*2'] },
  // Ukraine
  {
    label: 'Ukraine',
    country: 'UA',
    forms: [
      'Ukrain*6', 'Ukraiń*5', 'Ucrania', 'ucranian*2', 'Україн*5', 'Украин*5', 'Украін*5',
    ],
  },
  { label: 'Kyiv', country: 'UA', forms: ['Kyiv', 'Kiev', 'Kiew', 'Kyjiw', 'Kijów', 'Kijow*2', 'Київ*1', 'Києв*2', 'Киев*2', 'Кіев*2'] },
  {
    label: 'Zelensky',
    country: 'UA',
    forms: [
      'Zelensky*1', 'Zelenskiy', 'Zelenskyi', 'Zelenski', 'Zelenska', 'Selenskyj', 'Zełensk*3',
      'Зеленск*4', 'Зеленськ*4', 'Зяленск*4',
    ],
  },
  { label: 'Zaluzhny', country: 'UA', forms: ['Zaluzhny*1', 'Zaluzhniy', 'Saluschnyj', 'Załużny', 'Залужн*3'] },
  { label: 'Kharkiv', country: 'UA', forms: ['Kharkiv', 'Kharkov', 'Charkiw', 'Charków', 'Харків*1', 'Харков*1', 'Харьков*1'] },
  { label: 'Odesa', country: 'UA', forms: ['Odesa', 'Одес*2'] },
  { label: 'Lviv', country: 'UA', forms: ['Lviv', 'Lwiw', 'Lwów', 'Lwowie', 'Львів*1', 'Львов*1'] },
  { label: 'Donbas', country: 'UA', forms: ['Donbas*1', 'Донбас*2'] },
  { label: 'Donetsk', country: 'UA', forms: ['Donetsk', 'Donezk', 'Донецьк*1', 'Донецк*1'] },
  { label: 'Luhansk', country: 'UA', forms: ['Luhansk', 'Lugansk', 'Luhanska', 'Луганськ*1', 'Луганск*1'] },
  { label: 'Mariupol', country: 'UA', forms: ['Mariupol', 'Маріупол*2', 'Мариупол*2'] },
  { label: 'Kherson', country: 'UA', forms: ['Kherson', 'Cherson', 'Херсон*2'] },
  { label: 'Zaporizhzhia', country: 'UA', forms: ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Saporischschja', 'Запоріжж*2', 'Запорож*3'] },
  { label: 'Bakhmut', country: 'UA', forms: ['Bakhmut', 'Bachmut', 'Бахмут*2'] },
  { label: 'Crimea', country: 'UA', forms: ['Crimea*1', 'Krim', 'Crimée', 'Krym*2', 'Крим*1', 'Крым*2', 'Кримськ*4', 'Крымск*4'] },
];

/**
 * Phrases in which a topic name means something else: a drink, a wine region, a neighbourhood,
 * a dish, a town. They are blanked before counting, so a cocktail recipe stays quiet.
 */
export const TOPIC_TRAPS: RegExp[] = [
  /\b(?:white|black) russians?\b/giu,
  /\brussian (?:river|hill|roulette|dolls?|dressing|blue|tea(?: room| cakes?)?|salad|tortoises?|olivier|sage|cream)\b/giu,
  /\bukrainian village\b/giu,
  /\bmoscow mules?\b/giu,
  /\bmoscow,? (?:idaho|id|pennsylvania|pa|tennessee|tn|vermont|vt)\b/giu,
  /\b(?:chicken|cutlets?) (?:kiev|kyiv)\b/giu,
  /\bkiev (?:cake|torte)\b/giu,
];
