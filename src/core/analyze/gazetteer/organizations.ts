import { org } from './entryBuilders';
import type { GazetteerEntry } from './types';

// Russian, Belarusian and Ukrainian state bodies and armed forces. Longer aliases win over the
// country adjective inside them ("Russian Defence Ministry" is one mention of the ministry, not
// of Russia), so every common "X's defence ministry" form is listed.
const ministry = (countryAdjective: string, countryName: string, kind: 'Defence' | 'Foreign') => {
  const us = kind === 'Defence' ? 'Defense' : 'Foreign';
  const lower = kind.toLowerCase();
  return [
    `${countryAdjective} ${kind} Ministry`, `${countryAdjective} ${us} Ministry`, `${countryAdjective} Ministry of ${kind}`, `${countryAdjective} Ministry of ${us}`,
    `${countryName}'s ${lower} ministry`, `${countryName}'s ${us.toLowerCase()} ministry`, `${countryName}' ${lower} ministry`,
    `Ministry of ${kind} of ${countryName}`, `Ministry of ${us} of ${countryName}`, `${countryName}'s Ministry of ${kind}`, `${countryName}'s Ministry of ${us}`,
  ];
};

export const ORGANIZATIONS: GazetteerEntry[] = [
  org('kremlin', 'Kremlin', 'RU', ['Kremlin', 'Кремл*', 'Крэмл*']),
  org('ru-defence-ministry', 'Russian Defence Ministry', 'RU', [
    ...ministry('Russian', 'Russia', 'Defence'), 'Минобороны России', 'Минобороны РФ', 'Міноборони Росії', 'Министерств* обороны России', 'Министерств* обороны РФ', 'Міністерств* оборони Росії',
    'Міністэрств* абароны Расіі', 'Міністэрств* абароны РФ', 'Мінабароны Расіі', 'Мінабароны РФ',
  ], { anyCase: true }),
  org('by-defence-ministry', 'Belarusian Defence Ministry', 'BY', [
    ...ministry('Belarusian', 'Belarus', 'Defence'), 'Ministry of Defense Belarus', "Belarus' Ministry of Defense", "Belarus' Ministry of Defence", 'MoD of Belarus',
    'Минобороны Беларуси', 'Минобороны Белоруссии', 'Министерств* обороны Беларуси', 'Міністэрств* абароны', 'Мінабароны', 'Міноборони Білорусі',
  ], { anyCase: true }),
  org('ua-defence-ministry', 'Ukrainian Defence Ministry', 'UA', [
    ...ministry('Ukrainian', 'Ukraine', 'Defence'), 'Міноборони України', 'Міністерств* оборони України', 'Минобороны Украины',
    'Міністэрств* абароны Украіны', 'Мінабароны Украіны',
  ], { anyCase: true }),
  org('ru-foreign-ministry', 'Russian Foreign Ministry', 'RU', [
    ...ministry('Russian', 'Russia', 'Foreign'), 'Russian Ministry of Foreign Affairs', 'Ministry of Foreign Affairs of Russia', 'МИД России', 'МИД РФ', 'МЗС Росії', 'МЗС РФ', 'МЗС Расіі',
  ], { anyCase: true }),
  org('by-foreign-ministry', 'Belarusian Foreign Ministry', 'BY', [
    ...ministry('Belarusian', 'Belarus', 'Foreign'), 'Belarusian Ministry of Foreign Affairs', 'Ministry of Foreign Affairs of Belarus', 'МИД Беларуси', 'МИД Белоруссии', 'МЗС Беларусі', 'МЗС Білорусі',
  ], { anyCase: true }),
  org('ua-foreign-ministry', 'Ukrainian Foreign Ministry', 'UA', [
    ...ministry('Ukrainian', 'Ukraine', 'Foreign'), 'Ukrainian Ministry of Foreign Affairs', 'Ministry of Foreign Affairs of Ukraine', 'МЗС України', 'МИД Украины', 'МЗС Украіны',
  ], { anyCase: true }),
  org('ru-general-staff', 'General Staff of the Russian Armed Forces', 'RU', [
    'General Staff of the Russian Armed Forces', 'Russian General Staff', "Russia's General Staff", "Russia's general staff", 'Russian general staff', 'Генштаб* ВС РФ', 'Генеральн* штаб* ВС РФ', 'Генштаб* России', 'Генштаб* РФ',
  ]),
  org('by-general-staff', 'General Staff of the Belarusian Armed Forces', 'BY', [
    'General Staff of the Belarusian Armed Forces', 'General Staff of the Armed Forces of Belarus', 'Belarusian General Staff', 'Генштаб* Беларуси', 'Генштаб* ВС Беларуси', 'Генштаб* Узброеных Сіл',
  ]),
  org('ua-general-staff', 'General Staff of the Ukrainian Armed Forces', 'UA', [
    'General Staff of the Ukrainian Armed Forces', 'General Staff of the Armed Forces of Ukraine', 'Ukrainian General Staff', "Ukraine's General Staff",
    'Генштаб* ЗСУ', 'Генеральн* штаб* ЗСУ', 'Генштаб* ВСУ', 'Генштаб* УСУ', "Ukraine's general staff", 'Ukrainian general staff',
  ]),
  org('ru-armed-forces', 'Russian Armed Forces', 'RU', [
    'Russian armed forces', 'Armed Forces of Russia', 'Russian army', 'Russian military', "Russia's armed forces", "Russia's military",
    'Вооруженн* сил* России', 'Вооружённ* сил* России', 'Вооруженн* сил* РФ', 'ВС РФ', 'Збройн* сил* Росії', 'ЗС РФ', 'Российск* арми*', 'Російськ* арм*',
  ], { anyCase: true }),
  org('by-armed-forces', 'Belarusian Armed Forces', 'BY', [
    'Belarusian armed forces', "Belarus' Armed Forces", "Belarus's armed forces", 'Armed Forces of Belarus', 'Belarusian army', 'Belarusian military',
    'Вооруженн* сил* Беларуси', 'Вооружённ* сил* Беларуси', 'Белорусск* арми*', 'Узброен* Сіл* Беларусі', 'Беларуск* арм*', 'Збройн* сил* Білорусі', 'Білоруськ* арм*',
  ], { anyCase: true }),
  org('ua-armed-forces', 'Armed Forces of Ukraine', 'UA', [
    'Armed Forces of Ukraine', 'Ukrainian armed forces', 'Ukrainian army', 'Ukrainian military', "Ukraine's armed forces", "Ukraine's military",
    'ЗСУ', 'ВСУ', 'Збройн* Сил* України', 'Вооруженн* сил* Украины', 'Вооружённ* сил* Украины', 'Узброен* Сіл* Украіны', 'УСУ', 'Украинск* арми*', 'Українськ* арм*',
  ], { anyCase: true }),
  org('ru-security-council', 'Security Council of Russia', 'RU', ['Security Council of Russia', 'Russian Security Council', "Russia's Security Council", 'Совбез* России', 'Совет* безопасности России', 'Совет* безопасности РФ']),
  org('by-security-council', 'Security Council of Belarus', 'BY', ['Security Council of Belarus', 'Belarusian Security Council', "Belarus' Security Council", 'Совет* безопасности Беларуси', 'Савет* бяспекі']),
  org('ua-nsdc', 'National Security and Defence Council of Ukraine', 'UA', [
    'National Security and Defence Council', 'National Security and Defense Council', 'NSDC', 'РНБО', 'Рад* національної безпеки і оборони', 'СНБО',
  ]),
  org('state-duma', 'State Duma', 'RU', ['State Duma', 'Russian Duma', 'Duma', 'Госдум*', 'Государственн* Дум*', 'Держдум*']),
  org('federation-council', 'Federation Council', 'RU', ['Federation Council', 'Совет* Федерации', 'Рад* Федерації', 'Совфед*']),
  org('rada', 'Verkhovna Rada', 'UA', ['Verkhovna Rada', 'Ukrainian parliament', "Ukraine's parliament", 'Rada', 'Верховн* Рад*']),
  org('by-parliament', 'National Assembly of Belarus', 'BY', ['National Assembly of Belarus', 'Belarusian parliament', "Belarus' parliament", 'Национальн* собрани* Беларуси', 'Нацыянальн* сход*']),
  org('fsb', 'Federal Security Service', 'RU', ['Federal Security Service', 'FSB', 'ФСБ']),
  org('svr', 'Foreign Intelligence Service of Russia', 'RU', ['Foreign Intelligence Service', 'SVR', 'СВР']),
  org('gru', 'Russian military intelligence', 'RU', ['GRU', 'Russian military intelligence', 'ГРУ', 'ГУ Генштаба']),
  org('rosgvardia', 'National Guard of Russia', 'RU', ['Rosgvardia', 'Rosgvardiya', 'National Guard of Russia', 'Russian National Guard', 'Росгварди*', 'Росгвард*']),
  org('by-kgb', 'KGB of Belarus', 'BY', ['Belarusian KGB', 'KGB of Belarus', "Belarus' KGB", "Belarus's KGB", 'КГБ Беларуси', 'КГБ Белоруссии', 'КДБ Беларусі', 'КДБ Білорусі']),
  org('by-border-committee', 'State Border Committee of Belarus', 'BY', ['State Border Committee', 'Belarusian border guards', 'Госпогранкомитет*', 'Дзяржпагранкамітэт*']),
  org('sbu', 'Security Service of Ukraine', 'UA', ['Security Service of Ukraine', 'Ukraine Security Service', "Ukraine's Security Service", 'SBU', 'СБУ']),
  org('gur', 'Main Intelligence Directorate of Ukraine', 'UA', [
    'Main Intelligence Directorate', 'Main Directorate of Intelligence', 'Defence Intelligence of Ukraine', 'Defense Intelligence of Ukraine',
    'Ukrainian military intelligence', "Ukraine's military intelligence", 'HUR', 'GUR', 'ГУР', 'ГУР МО', 'Головн* управлінн* розвідки',
  ]),
  org('ua-border-guard', 'State Border Guard Service of Ukraine', 'UA', [
    'State Border Guard Service of Ukraine', 'State Border Guard Service', 'State Border Service of Ukraine', 'Ukrainian border guards', "Ukraine's border guard service", 'ДПСУ', 'Державн* прикордонн* служб*',
  ]),
  org('ua-presidential-office', 'Office of the President of Ukraine', 'UA', [
    'Office of the President of Ukraine', 'Ukrainian presidential office', "Ukraine's presidential office", 'Офіс* Президента', 'Офис* президента Украины',
  ]),
  org('wagner', 'Wagner Group', 'RU', ['Wagner Group', 'Wagner PMC', 'PMC Wagner', 'Wagner mercenaries', 'Wagner fighters', 'ЧВК Вагнер', 'ЧВК «Вагнер»', 'Вагнеровц*', 'Вагнерівц*'], {
    contextual: [{ aliases: ['Wagner', 'Вагнер*'], unlessNear: ['Richard', 'opera', 'composer', 'Bayreuth', 'Tannhäuser', 'Lohengrin', 'Ring cycle'] }],
  }),
];
