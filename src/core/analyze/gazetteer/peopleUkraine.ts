import { office, person } from './entryBuilders';
import type { GazetteerEntry } from './types';

const PRIME_MINISTER_TITLES = ['Ukrainian Prime Minister', "Ukraine's prime minister", 'Prime Minister of Ukraine'];
const DEFENCE_MINISTER_TITLES = ['Ukrainian Defence Minister', 'Ukrainian Defense Minister', "Ukraine's defence minister", "Ukraine's defense minister"];
const FOREIGN_MINISTER_TITLES = ['Ukrainian Foreign Minister', "Ukraine's foreign minister", "Ukraine's top diplomat"];

// Ukrainian political leaders, ministers, officials and governors. Military commanders and
// spokespeople are in peopleUkraineMilitary.ts.
export const PEOPLE_UKRAINE: GazetteerEntry[] = [
  person({
    id: 'person:zelensky', name: 'Volodymyr Zelensky', country: 'UA',
    aliases: [
      'Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskyi', 'Volodimir Zelensky', 'Vladimir Zelensky',
      'Wolodymyr Selenskyj', 'Wołodymyr Zełenski', 'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskyi', 'Zelenski', 'Selenskyj', 'Zełenski',
      'Зеленск*', 'Зеленськ*', 'Зяленск*',
    ],
    offices: [office('President of Ukraine', '2019-05-20', undefined, ['Ukrainian President', 'President of Ukraine', 'Ukrainian leader', "Ukraine's president"])],
  }),
  person({
    id: 'person:poroshenko', name: 'Petro Poroshenko', country: 'UA',
    aliases: ['Petro Poroshenko', 'Petr Poroshenko', 'Pjotr Poroschenko', 'Poroshenko', 'Poroschenko', 'Порошенк*', 'Парашэнк*'],
    offices: [office('President of Ukraine', '2014-06-07', '2019-05-20')],
  }),
  person({
    id: 'person:yanukovych', name: 'Viktor Yanukovych', country: 'UA',
    aliases: ['Viktor Yanukovych', 'Viktor Yanukovich', 'Wiktor Janukowytsch', 'Yanukovych', 'Yanukovich', 'Janukowytsch', 'Янукович*', 'Януковіч*'],
    offices: [office('President of Ukraine', '2010-02-25', '2014-02-22')],
  }),
  person({
    id: 'person:tymoshenko', name: 'Yulia Tymoshenko', country: 'UA', gender: 'female',
    aliases: ['Yulia Tymoshenko', 'Yulia Timoshenko', 'Julia Timoschenko', 'Tymoshenko', 'Timoshenko', 'Юлия Тимошенко', 'Юлія Тимошенко', 'Юлии Тимошенко', 'Юлії Тимошенко'],
    offices: [office('Prime Minister of Ukraine', '2007-12-18', '2010-03-04')],
  }),
  person({
    id: 'person:medvedchuk', name: 'Viktor Medvedchuk', country: 'UA',
    aliases: ['Viktor Medvedchuk', 'Medvedchuk', 'Медведчук*', 'Мядзведчук*'],
    offices: [office('Pro-Russian Ukrainian politician')],
  }),
  person({
    id: 'person:shmyhal', name: 'Denys Shmyhal', country: 'UA',
    aliases: ['Denys Shmyhal', 'Denis Shmygal', 'Denys Schmyhal', 'Shmyhal', 'Shmygal', 'Schmyhal', 'Шмигал*', 'Шмыгал*'],
    offices: [
      office('Prime Minister of Ukraine', '2020-03-04', '2025-07-16', PRIME_MINISTER_TITLES),
      office('Defence Minister of Ukraine', '2025-07-17', undefined, DEFENCE_MINISTER_TITLES),
    ],
  }),
  person({
    id: 'person:svyrydenko', name: 'Yulia Svyrydenko', country: 'UA', gender: 'female',
    aliases: ['Yulia Svyrydenko', 'Yuliia Svyrydenko', 'Svyrydenko', 'Свириденко'],
    offices: [
      office('First Deputy Prime Minister and Economy Minister of Ukraine', '2021-11-04', '2025-07-16'),
      office('Prime Minister of Ukraine', '2025-07-17', undefined, PRIME_MINISTER_TITLES),
    ],
  }),
  person({
    id: 'person:reznikov', name: 'Oleksii Reznikov', country: 'UA',
    aliases: ['Oleksii Reznikov', 'Oleksiy Reznikov', 'Alexei Reznikov', 'Olexij Resnikow', 'Reznikov', 'Resnikow', 'Резніков*', 'Резников*', 'Рєзніков*', 'Рэзнікав*'],
    offices: [office('Defence Minister of Ukraine', '2021-11-04', '2023-09-05', DEFENCE_MINISTER_TITLES)],
  }),
  person({
    id: 'person:umerov', name: 'Rustem Umerov', country: 'UA',
    aliases: ['Rustem Umerov', 'Umerov', 'Умеров*', 'Умєров*', 'Умераў', 'Умерава', 'Умераву'],
    offices: [
      office('Defence Minister of Ukraine', '2023-09-06', '2025-07-16', DEFENCE_MINISTER_TITLES),
      office('Secretary of the National Security and Defence Council of Ukraine', '2025-07-17'),
    ],
  }),
  person({
    id: 'person:kuleba', name: 'Dmytro Kuleba', country: 'UA',
    aliases: ['Dmytro Kuleba', 'Dmitry Kuleba', 'Kuleba', 'Кулеб*'],
    offices: [office('Foreign Minister of Ukraine', '2020-03-04', '2024-09-05', FOREIGN_MINISTER_TITLES)],
  }),
  person({
    id: 'person:sybiha', name: 'Andrii Sybiha', country: 'UA',
    aliases: ['Andrii Sybiha', 'Andriy Sybiha', 'Sybiha', 'Сибіг*', 'Сибиг*'],
    offices: [office('Foreign Minister of Ukraine', '2024-09-05', undefined, FOREIGN_MINISTER_TITLES)],
  }),
  person({
    id: 'person:yermak', name: 'Andriy Yermak', country: 'UA',
    aliases: ['Andriy Yermak', 'Andrii Yermak', 'Andrij Jermak', 'Andrzej Jermak', 'Yermak', 'Jermak', 'Єрмак*', 'Ермак*', 'Ярмак*'],
    offices: [office('Head of the Office of the President of Ukraine', '2020-02-11', '2025-11-28', [
      "head of Zelensky's office", "Zelensky's chief of staff", 'head of the Ukrainian presidential office', 'head of the Presidential Office',
    ])],
  }),
  person({
    id: 'person:podolyak', name: 'Mykhailo Podolyak', country: 'UA',
    aliases: ['Mykhailo Podolyak', 'Mykhailo Podoliak', 'Mykhaylo Podolyak', 'Mychajlo Podoljak', 'Podolyak', 'Podoliak', 'Podoljak', 'Подоляк*', 'Падаляк*'],
    offices: [office('Adviser to the Head of the Office of the President of Ukraine')],
  }),
  person({
    id: 'person:arestovych', name: 'Oleksiy Arestovych', country: 'UA',
    aliases: ['Oleksiy Arestovych', 'Oleksii Arestovych', 'Alexei Arestovich', 'Arestovych', 'Arestovich', 'Арестович*'],
    offices: [office('Adviser to the Office of the President of Ukraine', undefined, '2023-01-17')],
  }),
  person({
    id: 'person:danilov', name: 'Oleksiy Danilov', country: 'UA',
    aliases: ['Oleksiy Danilov', 'Oleksii Danilov', 'Danilov', 'Данілов*', 'Данилов*'],
    offices: [office('Secretary of the National Security and Defence Council of Ukraine', '2019-10-03', '2024-03-26')],
  }),
  person({
    id: 'person:stefanchuk', name: 'Ruslan Stefanchuk', country: 'UA',
    aliases: ['Ruslan Stefanchuk', 'Stefanchuk', 'Стефанчук*'],
    offices: [office('Chairman of the Verkhovna Rada', '2021-10-08', undefined, ['Rada speaker', 'Speaker of the Verkhovna Rada', 'Ukrainian parliament speaker'])],
  }),
  person({
    id: 'person:mykhailo-fedorov', name: 'Mykhailo Fedorov', country: 'UA',
    aliases: ['Mykhailo Fedorov', 'Mykhaylo Fedorov', 'Михайл* Федоров*'], shortNames: ['Fedorov'],
    offices: [office('Minister of Digital Transformation of Ukraine', '2019-08-29')],
  }),
  person({
    id: 'person:ivan-fedorov', name: 'Ivan Fedorov', country: 'UA',
    aliases: ['Ivan Fedorov', 'Іван* Федоров*', 'Иван* Федоров*'], shortNames: ['Fedorov'],
    offices: [office('Mayor of Melitopol'), office('Governor of the Zaporizhzhia region')],
  }),
  person({
    id: 'person:klymenko', name: 'Ihor Klymenko', country: 'UA',
    aliases: ['Ihor Klymenko', 'Igor Klymenko', 'Klymenko', 'Клименк*'],
    offices: [office('Interior Minister of Ukraine', '2023-02-07')],
  }),
  person({
    id: 'person:monastyrsky', name: 'Denys Monastyrsky', country: 'UA',
    aliases: ['Denys Monastyrsky', 'Denys Monastyrskyi', 'Monastyrsky', 'Monastyrskyi', 'Монастирськ*', 'Монастырск*'],
    offices: [office('Interior Minister of Ukraine', '2021-07-16', '2023-01-18')],
  }),
  person({
    id: 'person:vereshchuk', name: 'Iryna Vereshchuk', country: 'UA', gender: 'female',
    aliases: ['Iryna Vereshchuk', 'Irina Vereshchuk', 'Vereshchuk', 'Верещук'],
    offices: [office('Deputy Prime Minister of Ukraine for the Reintegration of the Temporarily Occupied Territories', '2021-11-04')],
  }),
  person({
    id: 'person:lubinets', name: 'Dmytro Lubinets', country: 'UA',
    aliases: ['Dmytro Lubinets', 'Lubinets', 'Лубінець', 'Лубінц*', 'Лубинец*'],
    offices: [office('Ukrainian Parliament Commissioner for Human Rights', '2022-07-01', undefined, ['Ukrainian human rights ombudsman', "Ukraine's human rights commissioner"])],
  }),
  person({
    id: 'person:kyslytsya', name: 'Serhiy Kyslytsya', country: 'UA',
    aliases: ['Serhiy Kyslytsya', 'Sergiy Kyslytsya', 'Kyslytsya', 'Кислиц*'],
    offices: [office('Permanent Representative of Ukraine to the United Nations')],
  }),
  person({
    id: 'person:vitali-klitschko', name: 'Vitali Klitschko', country: 'UA',
    aliases: ['Vitali Klitschko', 'Vitaliy Klitschko', 'Vitalii Klitschko', 'Vitaliy Klychko', 'Witali Kliczko', 'Витали* Кличко', 'Віталі* Кличк*'], shortNames: ['Klitschko'],
    offices: [office('Mayor of Kyiv', '2014-06-05', undefined, ['Kyiv mayor', 'Mayor of Kyiv', 'Kiev mayor', 'Mayor of Kiev'])],
  }),
  person({
    id: 'person:wladimir-klitschko', name: 'Wladimir Klitschko', country: 'UA',
    aliases: ['Wladimir Klitschko', 'Volodymyr Klychko', 'Vladimir Klitschko', 'Владимир* Кличко', 'Володимир* Кличк*'], shortNames: ['Klitschko'],
    offices: [office('Former boxing champion')],
  }),
  person({
    id: 'person:kim', name: 'Vitaliy Kim', country: 'UA',
    aliases: ['Vitaliy Kim', 'Vitalii Kim', 'Віталі* Кім', 'Витали* Ким'], shortNames: ['Kim'],
    offices: [office('Governor of the Mykolaiv region')],
  }),
  person({
    id: 'person:syniehubov', name: 'Oleh Syniehubov', country: 'UA',
    aliases: ['Oleh Syniehubov', 'Oleg Synegubov', 'Oleh Synehubov', 'Syniehubov', 'Synegubov', 'Synehubov', 'Синєгубов*', 'Синегубов*'],
    offices: [office('Governor of the Kharkiv region')],
  }),
  person({
    id: 'person:terekhov', name: 'Ihor Terekhov', country: 'UA',
    aliases: ['Ihor Terekhov', 'Igor Terekhov', 'Terekhov', 'Терехов*'],
    offices: [office('Mayor of Kharkiv')],
  }),
  person({
    id: 'person:maliar', name: 'Hanna Maliar', country: 'UA', gender: 'female',
    // "маляр" is also a painter: the surname alone counts only after the full name.
    aliases: ['Hanna Maliar', 'Anna Maliar', 'Hanna Malyar', 'Anna Malyar', 'Ганн* Маляр', 'Анн* Маляр'], shortNames: ['Maliar', 'Malyar', 'Маляр'],
    offices: [office('Deputy Minister of Defence of Ukraine')],
  }),
  person({
    id: 'person:lysak', name: 'Serhiy Lysak', country: 'UA',
    aliases: ['Serhiy Lysak', 'Serhii Lysak', 'Sergei Lysak', 'Lysak', 'Сергі* Лисак*', 'Серге* Лысак*', 'Лисак*', 'Лысак*'],
    offices: [office('Governor of the Dnipropetrovsk region')],
  }),
  person({
    id: 'person:starukh', name: 'Oleksandr Starukh', country: 'UA',
    aliases: ['Oleksandr Starukh', 'Aleksandr Starukh', 'Starukh', 'Старух*'],
    offices: [office('Governor of the Zaporizhzhia region')],
  }),
  person({
    id: 'person:vilkul', name: 'Oleksandr Vilkul', country: 'UA',
    aliases: ['Oleksandr Vilkul', 'Aleksandr Vilkul', 'Vilkul', 'Вілкул*', 'Вилкул*'],
    offices: [office('Head of the Kryvyi Rih military administration')],
  }),
  person({
    id: 'person:popko', name: 'Serhiy Popko', country: 'UA',
    aliases: ['Serhiy Popko', 'Serhii Popko', 'Sergei Popko', 'Сергі* Попк*', 'Серге* Попк*'], shortNames: ['Popko', 'Попко'],
    offices: [office('Head of the Kyiv city military administration')],
  }),
  person({
    id: 'person:kyrylenko', name: 'Pavlo Kyrylenko', country: 'UA',
    aliases: ['Pavlo Kyrylenko', 'Pavel Kirilenko', 'Kyrylenko', 'Кириленк*'],
    offices: [office('Governor of the Donetsk region')],
  }),
  person({
    id: 'person:haidai', name: 'Serhiy Haidai', country: 'UA',
    aliases: ['Serhiy Haidai', 'Serhii Haidai', 'Sergei Gaidai', 'Haidai', 'Hayday', 'Гайда*'],
    offices: [office('Governor of the Luhansk region')],
  }),
  person({
    id: 'person:prokudin', name: 'Oleksandr Prokudin', country: 'UA',
    aliases: ['Oleksandr Prokudin', 'Prokudin', 'Прокудін*', 'Прокудин*'],
    offices: [office('Governor of the Kherson region')],
  }),
  person({
    id: 'person:kostenko', name: 'Roman Kostenko', country: 'UA',
    aliases: ['Roman Kostenko', 'Роман* Костенк*'], shortNames: ['Kostenko'],
    offices: [office('Secretary of the Verkhovna Rada Committee on National Security, Defence and Intelligence')],
  }),
];
