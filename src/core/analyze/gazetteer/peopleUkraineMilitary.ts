import { office, person } from './entryBuilders';
import type { GazetteerEntry } from './types';

const COMMANDER_IN_CHIEF_TITLES = [
  'Commander-in-Chief of the Armed Forces of Ukraine', 'Ukrainian Commander-in-Chief', "Ukraine's commander-in-chief",
  "Ukraine's top general", "Ukraine's top commander", 'Ukrainian army chief', 'commander-in-chief of the Ukrainian armed forces',
];

// Ukrainian commanders, intelligence and security chiefs, and military spokespeople.
export const PEOPLE_UKRAINE_MILITARY: GazetteerEntry[] = [
  person({
    id: 'person:zaluzhnyi', name: 'Valerii Zaluzhnyi', country: 'UA',
    aliases: [
      'Valerii Zaluzhnyi', 'Valery Zaluzhniy', 'Valeriy Zaluzhnyi', 'Valery Zaluzhny', 'Valeriy Zaluzhny', 'Walerij Saluschnyj', 'Walerij Załużny',
      'Zaluzhnyi', 'Zaluzhniy', 'Zaluzhny', 'Saluschnyj', 'Załużny', 'Залужн*',
    ],
    offices: [
      office('Commander-in-Chief of the Armed Forces of Ukraine', '2021-07-27', '2024-02-08', COMMANDER_IN_CHIEF_TITLES),
      office('Ambassador of Ukraine to the United Kingdom'),
    ],
  }),
  person({
    id: 'person:syrskyi', name: 'Oleksandr Syrskyi', country: 'UA',
    aliases: ['Oleksandr Syrskyi', 'Oleksandr Syrsky', 'Oleksandr Syrskiy', 'Alexander Syrsky', 'Olexander Syrskyj', 'Syrskyi', 'Syrsky', 'Syrskiy', 'Syrskyj', 'Сирськ*', 'Сырск*'],
    offices: [
      office('Commander of the Ukrainian Ground Forces', '2019-08-05', '2024-02-08'),
      office('Commander-in-Chief of the Armed Forces of Ukraine', '2024-02-08', undefined, COMMANDER_IN_CHIEF_TITLES),
    ],
  }),
  person({
    id: 'person:shaptala', name: 'Serhiy Shaptala', country: 'UA',
    aliases: ['Serhiy Shaptala', 'Serhii Shaptala', 'Shaptala', 'Шаптал*'],
    offices: [office('Chief of the General Staff of the Armed Forces of Ukraine', '2021-07-28')],
  }),
  person({
    id: 'person:nayev', name: 'Serhiy Nayev', country: 'UA',
    aliases: ['Serhiy Nayev', 'Serhii Naiev', 'Serhiy Naiev', 'Serhii Nayev', 'Sergei Nayev', 'Sergiy Nayev', 'Nayev', 'Naiev', 'Наєв*', 'Наев*'],
    offices: [office('Commander of the Joint Forces of the Armed Forces of Ukraine')],
  }),
  person({
    id: 'person:tarnavskyi', name: 'Oleksandr Tarnavskyi', country: 'UA',
    aliases: ['Oleksandr Tarnavskyi', 'Oleksandr Tarnavsky', 'Tarnavskyi', 'Tarnavsky', 'Тарнавськ*', 'Тарнавск*'],
    offices: [office('Commander of the Tavria operational-strategic group')],
  }),
  person({
    id: 'person:budanov', name: 'Kyrylo Budanov', country: 'UA',
    aliases: ['Kyrylo Budanov', 'Kirill Budanov', 'Kyrylo Budanow', 'Budanov', 'Budanow', 'Буданов*', 'Буданаў*'],
    offices: [office('Head of the Main Intelligence Directorate of the Ukrainian Defence Ministry', '2020-08-05', undefined, [
      'Ukrainian military intelligence chief', "Ukraine's military intelligence chief", 'head of Ukrainian military intelligence', "head of Ukraine's military intelligence",
    ])],
  }),
  person({
    id: 'person:yusov', name: 'Andriy Yusov', country: 'UA',
    aliases: ['Andriy Yusov', 'Andrii Yusov', 'Yusov', 'Юсов*'],
    offices: [office('Spokesman of the Main Intelligence Directorate of Ukraine')],
  }),
  person({
    id: 'person:maliuk', name: 'Vasyl Maliuk', country: 'UA',
    aliases: ['Vasyl Maliuk', 'Vasyl Malyuk', 'Maliuk', 'Malyuk', 'Малюк*'],
    offices: [office('Head of the Security Service of Ukraine', '2022-07-17')],
  }),
  person({
    id: 'person:bakanov', name: 'Ivan Bakanov', country: 'UA',
    aliases: ['Ivan Bakanov', 'Bakanov', 'Баканов*'],
    offices: [office('Head of the Security Service of Ukraine', '2019-08-29', '2022-07-17')],
  }),
  person({
    id: 'person:ihnat', name: 'Yurii Ihnat', country: 'UA',
    aliases: ['Yurii Ihnat', 'Yuriy Ihnat', 'Yuri Ignat', 'Yuriy Ignat', 'Ihnat', 'Ignat', 'Ігнат*', 'Игнат*'],
    offices: [office('Spokesman of the Ukrainian Air Force')],
  }),
  person({
    id: 'person:demchenko', name: 'Andriy Demchenko', country: 'UA',
    aliases: ['Andriy Demchenko', 'Andrii Demchenko', 'Demchenko', 'Демченк*'],
    offices: [office('Spokesman of the State Border Guard Service of Ukraine')],
  }),
  person({
    id: 'person:cherevatyi', name: 'Serhiy Cherevatyi', country: 'UA',
    aliases: ['Serhiy Cherevatyi', 'Serhii Cherevatyi', 'Serhiy Cherevaty', 'Cherevatyi', 'Cherevaty', 'Череват*'],
    offices: [office('Spokesman of the Eastern Group of Forces of Ukraine')],
  }),
  person({
    id: 'person:humeniuk', name: 'Natalia Humeniuk', country: 'UA', gender: 'female',
    aliases: ['Natalia Humeniuk', 'Nataliya Humenyuk', 'Natalia Gumenyuk', 'Humeniuk', 'Humenyuk', 'Гуменюк'],
    offices: [office('Spokeswoman of the Southern Defence Forces of Ukraine')],
  }),
  person({
    id: 'person:motuzianyk', name: 'Oleksandr Motuzianyk', country: 'UA',
    aliases: ['Oleksandr Motuzianyk', 'Oleksandr Motuzyanyk', 'Motuzianyk', 'Motuzyanyk', 'Мотузяник*'],
    offices: [office('Spokesman of the Ukrainian Defence Ministry')],
  }),
  person({
    id: 'person:pavliuk', name: 'Oleksandr Pavliuk', country: 'UA',
    aliases: ['Oleksandr Pavliuk', 'Oleksandr Pavlyuk', 'Pavliuk', 'Pavlyuk', 'Павлюк*'],
    offices: [office('Commander of the Ukrainian Ground Forces')],
  }),
  person({
    id: 'person:hnatov', name: 'Andriy Hnatov', country: 'UA',
    aliases: ['Andriy Hnatov', 'Andrii Hnatov', 'Hnatov', 'Гнатов*'],
    offices: [office('Chief of the General Staff of the Armed Forces of Ukraine')],
  }),
  person({
    id: 'person:kostin', name: 'Andriy Kostin', country: 'UA',
    aliases: ['Andriy Kostin', 'Andrii Kostin', 'Андрі* Костін*', 'Андре* Костин*'], shortNames: ['Kostin'],
    offices: [office('Prosecutor General of Ukraine', '2022-07-27')],
  }),
  person({
    id: 'person:venediktova', name: 'Iryna Venediktova', country: 'UA', gender: 'female',
    aliases: ['Iryna Venediktova', 'Irina Venediktova', 'Venediktova', 'Венедіктов*', 'Венедиктов*'],
    offices: [office('Prosecutor General of Ukraine', '2020-03-17', '2022-07-17')],
  }),
];
