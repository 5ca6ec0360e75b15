import type { GazetteerEntry } from './types';

/** Role of wire services and broadcasters: credited in most copy, so they say little about a story. */
export const NEWS_AGENCY = 'news agency';

const org = (id: string, name: string, aliases: string[], country?: string, anyCase = false): GazetteerEntry => ({
  id: `org:${id}`, name, type: 'organization', aliases, country, anyCase,
});

const agency = (id: string, name: string, aliases: string[]): GazetteerEntry => ({
  ...org(id, name, aliases), role: NEWS_AGENCY,
});

const unit = (id: string, name: string, aliases: string[], country?: string): GazetteerEntry => ({
  id: `unit:${id}`, name, type: 'unit', aliases, country, anyCase: true,
});

// Institutions, armed forces and news agencies. Longer aliases win over the country adjective
// inside them ("Russian Defence Ministry" is one mention of the ministry, not of Russia).
export const ORGANIZATIONS: GazetteerEntry[] = [
  org('kremlin', 'Kremlin', ['Kremlin', 'Кремл*'], 'RU'),
  org('ru-defence-ministry', 'Russian Defence Ministry', [
    'Russian Defence Ministry', 'Russian Defense Ministry', 'Russian Ministry of Defence', 'Russian Ministry of Defense',
    "Russia's defence ministry", "Russia's defense ministry", 'Минобороны России', 'Міноборони Росії', 'Министерство обороны России',
  ], 'RU', true),
  org('by-defence-ministry', 'Belarusian Defence Ministry', [
    'Belarusian Defence Ministry', 'Belarusian Defense Ministry', 'Ministry of Defense Belarus', 'Ministry of Defence of Belarus',
    "Belarus' Ministry of Defense", "Belarus' Ministry of Defence", 'MoD of Belarus', 'Минобороны Беларуси', 'Міністэрства абароны',
  ], 'BY', true),
  org('ua-defence-ministry', 'Ukrainian Defence Ministry', [
    'Ukrainian Defence Ministry', 'Ukrainian Defense Ministry', 'Ministry of Defence of Ukraine', 'Ministry of Defense of Ukraine', 'Міноборони України',
  ], 'UA', true),
  org('ru-foreign-ministry', 'Russian Foreign Ministry', ['Russian Foreign Ministry', "Russia's foreign ministry", 'МИД России', 'МЗС Росії'], 'RU', true),
  org('ua-general-staff', 'General Staff of the Ukrainian Armed Forces', [
    'General Staff of the Ukrainian Armed Forces', 'General Staff of the Armed Forces of Ukraine', 'Ukrainian General Staff', 'Генштаб ЗСУ', 'Генеральний штаб ЗСУ',
  ], 'UA'),
  org('ru-armed-forces', 'Russian Armed Forces', ['Russian armed forces', 'Russian army', 'Russian military', 'Вооруженные силы России', 'ВС РФ'], 'RU', true),
  org('by-armed-forces', 'Belarusian Armed Forces', ['Belarusian armed forces', "Belarus' Armed Forces", 'Belarusian army', 'Belarusian military'], 'BY', true),
  org('ua-armed-forces', 'Armed Forces of Ukraine', ['Armed Forces of Ukraine', 'Ukrainian armed forces', 'Ukrainian army', 'Ukrainian military', 'ЗСУ'], 'UA', true),
  org('wagner', 'Wagner Group', ['Wagner Group', 'Wagner', 'ЧВК Вагнер', 'Вагнер*'], 'RU'),
  org('sbu', 'Security Service of Ukraine', ['Security Service of Ukraine', 'Ukraine Security Service', 'SBU', 'СБУ'], 'UA'),
  org('union-state', 'Union State', ['Union State', 'Союзное государство', 'Союзн* государств*', 'Саюзн* дзяржав*'], undefined, true),
  org('nato', 'NATO', ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'НАТО']),
  org('eu', 'European Union', ['European Union', 'EU', 'Евросоюз*', 'Євросоюз*', 'ЄС']),
  org('un', 'United Nations', ['United Nations', 'UN', 'U.N.', 'ООН', 'ААН']),
  org('pentagon', 'US Department of Defense', ['Pentagon', 'U.S. Department of Defense', 'US Department of Defense', 'Department of Defense'], 'US'),
  org('isw', 'Institute for the Study of War', ['Institute for the Study of War', 'ISW'], 'US'),
  agency('tass', 'TASS', ['TASS', 'Tass', 'ТАСС']),
  agency('belta', 'BelTA', ['BelTA', 'Belta', 'БелТА']),
  agency('interfax', 'Interfax', ['Interfax', 'Интерфакс*', 'Інтерфакс*']),
  agency('reuters', 'Reuters', ['Reuters']),
  agency('ap', 'Associated Press', ['Associated Press', 'AP']),
  agency('afp', 'AFP', ['AFP', 'Agence France-Presse']),
  agency('rferl', 'Radio Free Europe/Radio Liberty', ['Radio Free Europe', 'RFE/RL', 'RFERL', 'Radio Liberty']),
  unit('regional-grouping', 'Regional Grouping of Forces', [
    'regional grouping of forces', 'regional force grouping', 'regional group of troops', 'regional group of forces',
    'joint regional group of troops', 'joint regional unit of forces', 'regional force', 'региональная группировка войск', 'рэгіянальная групоўка войскаў',
  ]),
];
