import { unit } from './entryBuilders';
import type { GazetteerEntry } from './types';

// Formations: groupings, armies, branches and volunteer units. Weapons (Iskander, S-400) are
// not units and are not listed.
export const UNITS: GazetteerEntry[] = [
  unit('regional-grouping', 'Regional Grouping of Forces', null, [
    'regional grouping of forces', 'regional force grouping', 'regional group of troops', 'regional group of forces',
    'joint regional group of troops', 'joint regional unit of forces', 'joint regional grouping of forces', 'joint regional grouping of troops',
    'regional force', 'региональн* группировк* войск', 'рэгіянальн* групоўк* войскаў', 'регіональн* угрупован* військ',
  ]),
  unit('ru-1st-guards-tank-army', '1st Guards Tank Army', 'RU', ['1st Guards Tank Army', 'First Guards Tank Army', '1-я гвардейск* танков* арми*', '1-ї гвардійськ* танков* армі*']),
  unit('ru-airborne-forces', 'Russian Airborne Forces', 'RU', ['Russian Airborne Forces', 'Russian airborne troops', 'VDV', 'ВДВ', 'Воздушно-десантн* войск*']),
  unit('ru-aerospace-forces', 'Russian Aerospace Forces', 'RU', ['Russian Aerospace Forces', 'Russian Air Force', 'VKS', 'ВКС России', 'ВКС РФ', 'Воздушно-космическ* сил*']),
  unit('ru-black-sea-fleet', 'Black Sea Fleet', 'RU', ['Black Sea Fleet', 'Черноморск* флот*', 'Чорноморськ* флот*']),
  unit('ru-western-military-district', 'Western Military District', 'RU', ['Western Military District', 'Западн* военн* округ*', 'Західн* військов* округ*']),
  unit('ru-southern-military-district', 'Southern Military District', 'RU', ['Southern Military District', 'Южн* военн* округ*', 'Південн* військов* округ*']),
  unit('ru-central-military-district', 'Central Military District', 'RU', ['Central Military District', 'Центральн* военн* округ*', 'Центральн* військов* округ*']),
  unit('ru-eastern-military-district', 'Eastern Military District', 'RU', ['Eastern Military District', 'Восточн* военн* округ*', 'Східн* військов* округ*']),
  unit('ru-leningrad-military-district', 'Leningrad Military District', 'RU', ['Leningrad Military District', 'Ленинградск* военн* округ*']),
  unit('akhmat', 'Akhmat special forces', 'RU', ['Akhmat special forces', 'Akhmat battalion', 'Akhmat unit', 'спецназ* «Ахмат»', 'спецназ* Ахмат']),
  unit('by-special-operations-forces', 'Special Operations Forces of Belarus', 'BY', ['Special Operations Forces of Belarus', 'Belarusian Special Operations Forces', 'Belarusian special forces', 'ССО Беларуси']),
  unit('ua-navy', 'Ukrainian Navy', 'UA', ['Ukrainian Navy', "Ukraine's Navy", "Ukraine's navy", 'Ukrainian navy', 'Navy of Ukraine', 'ВМС України', 'ВМС ЗСУ', 'Військово-морськ* сил* України', 'Військово-морськ* сил* ЗСУ', 'ВМС Украины', 'ВМС ВСУ', 'Военно-морск* сил* Украины', 'ВМС Украіны', 'Ваенна-марск* сіл* Украіны']),
  unit('ua-air-force', 'Ukrainian Air Force', 'UA', ['Ukrainian Air Force', 'Air Force of Ukraine', "Ukraine's Air Force", 'Повітрян* Сил* ЗСУ', 'Повітрян* сил* України', 'Повітрян* сил*', 'Воздушн* сил* ВСУ', 'Воздушн* сил* Украины', 'Паветран* сіл* Украіны']),
  unit('ua-joint-forces', 'Joint Forces of Ukraine', 'UA', ['Joint Forces of Ukraine', 'Joint Forces Operation', "Ukraine's Joint Forces", 'Ukrainian Joint Forces', "Об'єднан* сил*", 'Операці* об\'єднаних сил']),
  unit('ua-territorial-defence', 'Territorial Defence Forces of Ukraine', 'UA', ['Territorial Defence Forces', 'Territorial Defense Forces', 'Ukrainian territorial defence', 'Сил* територіальної оборони', 'ТрО']),
  unit('ua-azov', 'Azov Brigade', 'UA', ['Azov Brigade', 'Azov Regiment', 'Azov Battalion', 'Azov unit', 'полк* «Азов»', 'полк* Азов', 'палк* «Азоў»', 'бригад* «Азов»', 'батальон* «Азов»', 'нацбат* «Азов»', 'боевик* «Азова»', 'бойовик* «Азову»', 'бійц* «Азову»', 'бійц* «Азова»', 'Azov fighters', 'Azov militants', 'Azov nationalists']),
  unit('kalinouski-regiment', 'Kastus Kalinouski Regiment', 'UA', ['Kastus Kalinouski Regiment', 'Kalinouski Regiment', 'Kalinouski regiment', 'Kalinowski Regiment', 'полк* Калиновского', 'полк* Каліноўскага', 'полк* Калиновського']),
  unit('russian-volunteer-corps', 'Russian Volunteer Corps', 'UA', ['Russian Volunteer Corps', 'Русск* добровольческ* корпус*', 'Російськ* добровольч* корпус*']),
  unit('freedom-of-russia-legion', 'Freedom of Russia Legion', 'UA', ['Freedom of Russia Legion', 'Легион* «Свобода России»', 'Легіон* «Свобода Росії»']),
];
