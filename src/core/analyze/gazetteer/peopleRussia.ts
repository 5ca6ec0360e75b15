import { office, person } from './entryBuilders';
import type { GazetteerEntry } from './types';

const MOD_TITLES = ['Russian Defence Minister', 'Russian Defense Minister', "Russia's defence minister", "Russia's defense minister", 'Defence Minister of Russia'];
const GENERAL_STAFF_TITLES = ['Chief of the Russian General Staff', 'Russian Chief of General Staff', 'Chief of the General Staff of the Russian Armed Forces', "Russia's top general"];
const UKRAINE_COMMAND_TITLES = ['commander of Russian forces in Ukraine', 'commander of the Russian forces in Ukraine', 'commander of the joint group of forces'];

// Russian leaders, ministers, generals, spokespeople, the Kremlin's men in occupied Ukraine,
// Wagner and the opposition.
export const PEOPLE_RUSSIA: GazetteerEntry[] = [
  person({
    id: 'person:putin', name: 'Vladimir Putin', country: 'RU',
    aliases: ['Vladimir Putin', 'Vladimir Vladimirovich Putin', 'Wladimir Putin', 'Władimir Putin', 'Vladimir Poutine', 'Putin', 'Poutine', 'Путин*', 'Путін*', 'Пуцін*'],
    offices: [
      office('President of Russia', '2000-05-07', '2008-05-07'),
      office('Prime Minister of Russia', '2008-05-08', '2012-05-07'),
      office('President of Russia', '2012-05-07', undefined, ['Russian President', 'President of Russia', 'Russian leader', 'Kremlin leader', 'Kremlin chief']),
    ],
  }),
  person({
    id: 'person:medvedev', name: 'Dmitry Medvedev', country: 'RU',
    aliases: ['Dmitry Medvedev', 'Dmitri Medvedev', 'Dmitriy Medvedev', 'Medvedev', 'Медведев*', 'Медвєдєв*', 'Мядзведзе*'],
    offices: [
      office('President of Russia', '2008-05-07', '2012-05-07'),
      office('Prime Minister of Russia', '2012-05-08', '2020-01-16'),
      office('Deputy Chairman of the Security Council of Russia', '2020-01-16', undefined, ['deputy chairman of the Russian Security Council', "deputy head of Russia's Security Council"]),
    ],
  }),
  person({
    id: 'person:mishustin', name: 'Mikhail Mishustin', country: 'RU',
    aliases: ['Mikhail Mishustin', 'Mishustin', 'Мишустин*', 'Мішустін*', 'Мішусцін*'],
    offices: [office('Prime Minister of Russia', '2020-01-16', undefined, ['Russian Prime Minister', 'Russian PM'])],
  }),
  person({
    id: 'person:shoigu', name: 'Sergei Shoigu', country: 'RU',
    aliases: ['Sergei Shoigu', 'Sergey Shoigu', 'Sergei Schoigu', 'Siergiej Szojgu', 'Shoigu', 'Schoigu', 'Szojgu', 'Шойгу', 'Шайгу'],
    offices: [
      office('Defence Minister of Russia', '2012-11-06', '2024-05-12', MOD_TITLES),
      office('Secretary of the Security Council of Russia', '2024-05-12'),
    ],
  }),
  person({
    id: 'person:belousov', name: 'Andrei Belousov', country: 'RU',
    aliases: ['Andrei Belousov', 'Andrey Belousov', 'Belousov', 'Белоусов*', 'Білоусов*', 'Бялоусав*'],
    offices: [
      office('First Deputy Prime Minister of Russia', '2020-01-21', '2024-05-14'),
      office('Defence Minister of Russia', '2024-05-14', undefined, MOD_TITLES),
    ],
  }),
  person({
    id: 'person:gerasimov', name: 'Valery Gerasimov', country: 'RU',
    aliases: ['Valery Gerasimov', 'Valeriy Gerasimov', 'Valerii Gerasimov', 'Waleri Gerassimow', 'Gerasimov', 'Gerassimow', 'Герасимов*', 'Герасімов*'],
    offices: [
      office('Chief of the General Staff of the Russian Armed Forces', '2012-11-09', undefined, GENERAL_STAFF_TITLES),
      office('Commander of the joint group of forces in Ukraine', '2023-01-11', undefined, UKRAINE_COMMAND_TITLES),
    ],
  }),
  person({
    id: 'person:surovikin', name: 'Sergei Surovikin', country: 'RU',
    aliases: ['Sergei Surovikin', 'Sergey Surovikin', 'Surovikin', 'Суровикин*', 'Суровікін*'],
    offices: [
      office('Commander of the Russian Aerospace Forces', '2017-11-22', '2023-08-22'),
      office('Commander of the joint group of forces in Ukraine', '2022-10-08', '2023-01-10', UKRAINE_COMMAND_TITLES),
      office('Deputy commander of the joint group of forces in Ukraine', '2023-01-11', '2023-08-22'),
    ],
  }),
  person({
    id: 'person:salyukov', name: 'Oleg Salyukov', country: 'RU',
    aliases: ['Oleg Salyukov', 'Salyukov', 'Салюков*'],
    offices: [office('Commander of the Russian Ground Forces', '2014-05-02')],
  }),
  person({
    id: 'person:lapin', name: 'Alexander Lapin', country: 'RU',
    aliases: ['Alexander Lapin', 'Aleksandr Lapin', 'Colonel General Lapin', 'Лапин*'], shortNames: ['Lapin'],
    offices: [office('Commander of the Central Military District', '2017-11-22', '2022-10-29')],
  }),
  person({
    id: 'person:dvornikov', name: 'Alexander Dvornikov', country: 'RU',
    aliases: ['Alexander Dvornikov', 'Aleksandr Dvornikov', 'Dvornikov', 'Дворников*', 'Дворніков*'],
    offices: [office('Commander of the Southern Military District', '2016-09-20')],
  }),
  person({
    id: 'person:konashenkov', name: 'Igor Konashenkov', country: 'RU',
    aliases: ['Igor Konashenkov', 'Ihor Konashenkov', 'Konashenkov', 'Конашенков*'],
    offices: [office('Spokesman of the Russian Defence Ministry')],
  }),
  person({
    id: 'person:mizintsev', name: 'Mikhail Mizintsev', country: 'RU',
    aliases: ['Mikhail Mizintsev', 'Mizintsev', 'Мизинцев*', 'Мізінцев*'],
    offices: [office('Deputy Defence Minister of Russia', '2022-09-24')],
  }),
  person({
    id: 'person:yevkurov', name: 'Yunus-Bek Yevkurov', country: 'RU',
    aliases: ['Yunus-Bek Yevkurov', 'Yunus-bek Yevkurov', 'Yevkurov', 'Евкуров*', 'Євкуров*'],
    offices: [office('Deputy Defence Minister of Russia', '2019-06-24')],
  }),
  person({
    id: 'person:fomin', name: 'Alexander Fomin', country: 'RU',
    aliases: ['Alexander Fomin', 'Aleksandr Fomin', 'Александр* Фомин*', 'Олександр* Фомін*'], shortNames: ['Fomin'],
    offices: [office('Deputy Defence Minister of Russia')],
  }),
  person({
    id: 'person:peskov', name: 'Dmitry Peskov', country: 'RU',
    aliases: ['Dmitry Peskov', 'Dmitri Peskov', 'Dmitriy Peskov', 'Dmitrij Peskow', 'Peskov', 'Peskow', 'Песков*', 'Пєсков*', 'Пяскоў*', 'Пяскова', 'Пяскову', 'Пясковым'],
    offices: [office('Press Secretary of the President of Russia', '2012-05-22', undefined, [
      'Kremlin spokesman', 'Kremlin spokesperson', 'Kremlin press secretary', "Putin's spokesman", "Putin's press secretary",
    ])],
  }),
  person({
    id: 'person:lavrov', name: 'Sergei Lavrov', country: 'RU',
    aliases: ['Sergei Lavrov', 'Sergey Lavrov', 'Sergej Lawrow', 'Siergiej Ławrow', 'Lavrov', 'Lawrow', 'Ławrow', 'Лавров*', 'Лаўро*'],
    offices: [office('Foreign Minister of Russia', '2004-03-09', undefined, ['Russian Foreign Minister', "Russia's foreign minister", "Russia's top diplomat"])],
  }),
  person({
    id: 'person:zakharova', name: 'Maria Zakharova', country: 'RU', gender: 'female',
    aliases: ['Maria Zakharova', 'Mariya Zakharova', 'Maria Sacharowa', 'Zakharova', 'Захарова', 'Захаровой', 'Захарову', 'Захаровою', 'Захарової', 'Захаравай'],
    offices: [office('Spokeswoman of the Russian Foreign Ministry', '2015-08-10', undefined, [
      'Russian Foreign Ministry spokeswoman', 'Russian foreign ministry spokesperson', "Russia's foreign ministry spokeswoman",
    ])],
  }),
  person({
    id: 'person:nebenzia', name: 'Vassily Nebenzia', country: 'RU',
    aliases: ['Vassily Nebenzia', 'Vasily Nebenzya', 'Vasily Nebenzia', 'Nebenzia', 'Nebenzya', 'Небенз*'],
    offices: [office('Permanent Representative of Russia to the United Nations', '2017-07-27', undefined, ["Russia's UN ambassador", 'Russian UN ambassador', "Russia's ambassador to the UN"])],
  }),
  person({
    id: 'person:ushakov', name: 'Yuri Ushakov', country: 'RU',
    aliases: ['Yuri Ushakov', 'Yury Ushakov', 'Yuriy Ushakov', 'Ushakov', 'Ушаков*'],
    offices: [office('Foreign policy aide to the President of Russia', '2012-05-21', undefined, ['Kremlin foreign policy aide', "Putin's foreign policy aide"])],
  }),
  person({
    id: 'person:medinsky', name: 'Vladimir Medinsky', country: 'RU',
    aliases: ['Vladimir Medinsky', 'Medinsky', 'Мединск*', 'Мединськ*', 'Мєдінськ*'],
    offices: [office('Aide to the President of Russia', '2020-01-21')],
  }),
  person({
    id: 'person:kiriyenko', name: 'Sergei Kiriyenko', country: 'RU',
    aliases: ['Sergei Kiriyenko', 'Sergey Kiriyenko', 'Sergei Kiriienko', 'Kiriyenko', 'Kiriienko', 'Кириенко', 'Кірієнко', 'Кірыенка'],
    offices: [office('First Deputy Chief of Staff of the Presidential Administration of Russia', '2016-10-05')],
  }),
  person({
    id: 'person:patrushev', name: 'Nikolai Patrushev', country: 'RU',
    aliases: ['Nikolai Patrushev', 'Nikolay Patrushev', 'Patrushev', 'Патрушев*', 'Патрушэв*'],
    offices: [
      office('Secretary of the Security Council of Russia', '2008-05-12', '2024-05-12', ['Secretary of the Russian Security Council', "Russia's Security Council secretary"]),
      office('Aide to the President of Russia', '2024-05-14'),
    ],
  }),
  person({
    id: 'person:bortnikov', name: 'Alexander Bortnikov', country: 'RU',
    aliases: ['Alexander Bortnikov', 'Aleksandr Bortnikov', 'Bortnikov', 'Бортников*', 'Бортніков*'],
    offices: [office('Director of the FSB', '2008-05-12', undefined, ['FSB director', 'head of the FSB', 'FSB chief'])],
  }),
  person({
    id: 'person:naryshkin', name: 'Sergei Naryshkin', country: 'RU',
    aliases: ['Sergei Naryshkin', 'Sergey Naryshkin', 'Naryshkin', 'Нарышкин*', 'Наришкін*'],
    offices: [office('Director of the Foreign Intelligence Service of Russia', '2016-10-05', undefined, ['SVR director', 'head of the SVR', 'SVR chief'])],
  }),
  person({
    id: 'person:zolotov', name: 'Viktor Zolotov', country: 'RU',
    aliases: ['Viktor Zolotov', 'Zolotov', 'Золотов*'],
    offices: [office('Director of the National Guard of Russia', '2016-04-05', undefined, ['Rosgvardia chief', 'head of Rosgvardia', 'National Guard chief'])],
  }),
  person({
    id: 'person:volodin', name: 'Vyacheslav Volodin', country: 'RU',
    aliases: ['Vyacheslav Volodin', 'Volodin', 'Вячеслав* Володин*', 'В\'ячеслав* Володін*'],
    offices: [office('Chairman of the State Duma', '2016-10-05', undefined, ['State Duma speaker', 'Duma speaker', 'Speaker of the State Duma', 'Chairman of the State Duma'])],
  }),
  person({
    id: 'person:matviyenko', name: 'Valentina Matviyenko', country: 'RU', gender: 'female',
    aliases: ['Valentina Matviyenko', 'Valentina Matvienko', 'Matviyenko', 'Matvienko', 'Матвиенко', 'Матвієнко'],
    offices: [office('Chair of the Federation Council', '2011-09-21', undefined, ['Federation Council speaker', 'Speaker of the Federation Council'])],
  }),
  person({
    id: 'person:kartapolov', name: 'Andrei Kartapolov', country: 'RU',
    aliases: ['Andrei Kartapolov', 'Andrey Kartapolov', 'Kartapolov', 'Картаполов*'],
    offices: [office('Chairman of the State Duma Defence Committee')],
  }),
  person({
    id: 'person:gryzlov', name: 'Boris Gryzlov', country: 'RU',
    aliases: ['Boris Gryzlov', 'Gryzlov', 'Грызлов*', 'Гризлов*'],
    offices: [office('Ambassador of Russia to Belarus')],
  }),
  person({
    id: 'person:kadyrov', name: 'Ramzan Kadyrov', country: 'RU',
    aliases: ['Ramzan Kadyrov', 'Kadyrov', 'Кадыров*', 'Кадиров*', 'Кадыраў*'],
    offices: [office('Head of the Chechen Republic', '2007-04-05', undefined, ['Chechen leader', 'Chechen strongman', 'head of Chechnya'])],
  }),
  person({
    id: 'person:prigozhin', name: 'Yevgeny Prigozhin', country: 'RU',
    aliases: ['Yevgeny Prigozhin', 'Yevgeniy Prigozhin', 'Evgeny Prigozhin', 'Yevgeny Prigozhyn', 'Jewgeni Prigoschin', 'Prigozhin', 'Prigozhyn', 'Prigoschin', 'Prigożyn', 'Пригожин*', 'Прыгожын*'],
    offices: [office('Founder of the Wagner Group', undefined, '2023-08-23', ['Wagner chief', 'Wagner boss', 'Wagner founder', 'Wagner leader', 'head of Wagner'])],
  }),
  person({
    id: 'person:utkin', name: 'Dmitry Utkin', country: 'RU',
    aliases: ['Dmitry Utkin', 'Dmitri Utkin', 'Utkin', 'Уткин*', 'Уткін*'],
    offices: [office('Commander of the Wagner Group', undefined, '2023-08-23')],
  }),
  person({
    id: 'person:girkin', name: 'Igor Girkin', country: 'RU',
    aliases: ['Igor Girkin', 'Igor Strelkov', 'Ihor Hirkin', 'Girkin', 'Strelkov', 'Гиркин*', 'Гіркін*', 'Стрелков*', 'Стрєлков*'],
    offices: [office('Former commander of separatist forces in Donbas')],
  }),
  person({
    id: 'person:aksyonov', name: 'Sergei Aksyonov', country: 'RU',
    aliases: ['Sergei Aksyonov', 'Sergey Aksyonov', 'Sergei Aksenov', 'Aksyonov', 'Aksenov', 'Аксёнов*', 'Аксенов*', 'Аксьонов*'],
    offices: [office('Russian-installed head of Crimea', '2014-02-27', undefined, ['Russian-installed head of Crimea', 'Crimean leader'])],
  }),
  person({
    id: 'person:pushilin', name: 'Denis Pushilin', country: 'RU',
    aliases: ['Denis Pushilin', 'Denys Pushylin', 'Pushilin', 'Pushylin', 'Пушилин*', 'Пушилін*'],
    offices: [office('Russian-installed head of the Donetsk region', '2018-09-07')],
  }),
  person({
    id: 'person:pasechnik', name: 'Leonid Pasechnik', country: 'RU',
    aliases: ['Leonid Pasechnik', 'Leonid Pasichnyk', 'Pasechnik', 'Леонид* Пасечник*', 'Леонід* Пасічник*'],
    offices: [office('Russian-installed head of the Luhansk region', '2017-11-24')],
  }),
  person({
    id: 'person:saldo', name: 'Vladimir Saldo', country: 'RU',
    aliases: ['Vladimir Saldo', 'Volodymyr Saldo', 'Владимир* Сальдо', 'Володимир* Сальдо'], shortNames: ['Saldo'],
    offices: [office('Russian-installed head of the Kherson region')],
  }),
  person({
    id: 'person:balitsky', name: 'Yevgeny Balitsky', country: 'RU',
    aliases: ['Yevgeny Balitsky', 'Yevhen Balytskyi', 'Balitsky', 'Balytskyi', 'Балицк*', 'Балицьк*'],
    offices: [office('Russian-installed head of the Zaporizhzhia region')],
  }),
  person({
    id: 'person:simonyan', name: 'Margarita Simonyan', country: 'RU', gender: 'female',
    aliases: ['Margarita Simonyan', 'Simonyan', 'Симоньян'],
    offices: [office('Editor-in-chief of RT')],
  }),
  person({
    id: 'person:navalny', name: 'Alexei Navalny', country: 'RU',
    aliases: ['Alexei Navalny', 'Alexey Navalny', 'Aleksei Navalny', 'Alexej Nawalny', 'Aleksiej Nawalny', 'Navalny', 'Nawalny', 'Навальный', 'Навального', 'Навальному', 'Навальным', 'Навальном', 'Навальний', 'Навальнага', 'Навальнаму', 'Навальны'],
    offices: [office('Russian opposition leader', undefined, '2024-02-16')],
  }),
  person({
    id: 'person:navalnaya', name: 'Yulia Navalnaya', country: 'RU', gender: 'female',
    aliases: ['Yulia Navalnaya', 'Julia Nawalnaja', 'Navalnaya', 'Nawalnaja', 'Навальная', 'Навальной', 'Навальну'],
    offices: [office('Russian opposition leader', '2024-02-19')],
  }),
];
