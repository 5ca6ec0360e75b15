import type { GazetteerEntry } from './types';

type PersonSpec = Omit<GazetteerEntry, 'type'>;

const person = (spec: PersonSpec): GazetteerEntry => ({ gender: 'male', ...spec, type: 'person' });

// Public figures of the war and its diplomacy. Surnames alone are aliases when they are
// unambiguous in news about the region; otherwise they go in shortNames.
export const PEOPLE: GazetteerEntry[] = [
  person({
    id: 'person:putin', name: 'Vladimir Putin', country: 'RU', role: 'President of Russia',
    aliases: ['Vladimir Putin', 'Putin', 'Путин*', 'Пуцін*'],
    titles: { text: ['Russian President', 'Russian leader', 'Kremlin leader', 'Kremlin chief'], from: '2012-05-07' },
  }),
  person({
    id: 'person:lukashenko', name: 'Alexander Lukashenko', country: 'BY', role: 'President of Belarus',
    aliases: ['Alexander Lukashenko', 'Aleksandr Lukashenko', 'Alyaksandr Lukashenka', 'Lukashenko', 'Lukashenka', 'Лукашенк*', 'Лукашэнк*'],
    titles: { text: ['Belarusian leader', 'Belarusian president', 'Minsk leader', 'Belarusian dictator'], from: '1994-07-20' },
  }),
  person({
    id: 'person:zelensky', name: 'Volodymyr Zelensky', country: 'UA', role: 'President of Ukraine',
    aliases: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodimir Zelensky', 'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenski', 'Зеленск*', 'Зеленськ*', 'Зяленск*'],
    titles: { text: ['Ukrainian President', 'Ukrainian leader'], from: '2019-05-20' },
  }),
  person({
    id: 'person:shoigu', name: 'Sergei Shoigu', country: 'RU', role: 'Defence Minister of Russia',
    aliases: ['Sergei Shoigu', 'Sergey Shoigu', 'Shoigu', 'Шойгу'],
    titles: { text: ['Russian Defence Minister', 'Russian Defense Minister'], from: '2012-11-06', to: '2024-05-12' },
  }),
  person({
    id: 'person:khrenin', name: 'Viktor Khrenin', country: 'BY', role: 'Defence Minister of Belarus',
    aliases: ['Viktor Khrenin', 'Khrenin', 'Хренин*', 'Хрэнін*'],
    titles: { text: ['Belarusian Defence Minister', 'Belarusian Defense Minister'], from: '2019-01-20' },
  }),
  person({
    id: 'person:gerasimov', name: 'Valery Gerasimov', country: 'RU', role: 'Chief of the Russian General Staff',
    aliases: ['Valery Gerasimov', 'Valeriy Gerasimov', 'Gerasimov', 'Герасимов*'],
  }),
  person({ id: 'person:surovikin', name: 'Sergei Surovikin', country: 'RU', role: 'Russian general', aliases: ['Sergei Surovikin', 'Sergey Surovikin', 'Surovikin', 'Суровикин*', 'Суровікін*'] }),
  person({ id: 'person:salyukov', name: 'Oleg Salyukov', country: 'RU', role: 'Commander of the Russian Ground Forces', aliases: ['Oleg Salyukov', 'Salyukov', 'Салюков*'] }),
  person({ id: 'person:peskov', name: 'Dmitry Peskov', country: 'RU', role: 'Kremlin spokesman', aliases: ['Dmitry Peskov', 'Dmitri Peskov', 'Peskov', 'Песков*'] }),
  person({
    id: 'person:lavrov', name: 'Sergei Lavrov', country: 'RU', role: 'Foreign Minister of Russia',
    aliases: ['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov', 'Лавров*'],
    titles: { text: ['Russian Foreign Minister'], from: '2004-03-09' },
  }),
  person({ id: 'person:medvedev', name: 'Dmitry Medvedev', country: 'RU', role: 'Deputy Chairman of the Russian Security Council', aliases: ['Dmitry Medvedev', 'Dmitri Medvedev', 'Medvedev', 'Медведев*', 'Медвєдєв*'] }),
  person({ id: 'person:prigozhin', name: 'Yevgeny Prigozhin', country: 'RU', role: 'Wagner Group founder', aliases: ['Yevgeny Prigozhin', 'Yevgeniy Prigozhin', 'Prigozhin', 'Пригожин*'] }),
  person({
    id: 'person:makei', name: 'Vladimir Makei', country: 'BY', role: 'Foreign Minister of Belarus',
    aliases: ['Vladimir Makei', 'Uladzimir Makei', 'Makei', 'Makey', 'Макей*'],
    titles: { text: ['Belarusian Foreign Minister'], from: '2012-08-20', to: '2022-11-26' },
  }),
  person({ id: 'person:tsikhanouskaya', name: 'Sviatlana Tsikhanouskaya', country: 'BY', role: 'Belarusian opposition leader', gender: 'female', aliases: ['Sviatlana Tsikhanouskaya', 'Svetlana Tikhanovskaya', 'Tsikhanouskaya', 'Tikhanovskaya', 'Тихановск*', 'Ціханоўск*', 'Тихановськ*'] }),
  person({
    id: 'person:zaluzhnyi', name: 'Valerii Zaluzhnyi', country: 'UA', role: 'Commander-in-Chief of the Armed Forces of Ukraine',
    aliases: ['Valerii Zaluzhnyi', 'Valery Zaluzhniy', 'Valeriy Zaluzhnyi', 'Valery Zaluzhny', 'Zaluzhnyi', 'Zaluzhniy', 'Zaluzhny', 'Залужн*'],
  }),
  person({ id: 'person:budanov', name: 'Kyrylo Budanov', country: 'UA', role: 'Head of Ukrainian military intelligence', aliases: ['Kyrylo Budanov', 'Kirill Budanov', 'Budanov', 'Буданов*'] }),
  person({ id: 'person:nayev', name: 'Serhiy Nayev', country: 'UA', role: 'Commander of the Joint Forces of Ukraine', aliases: ['Serhiy Nayev', 'Serhii Naiev', 'Sergei Nayev', 'Nayev', 'Naiev', 'Наєв*', 'Наев*'] }),
  person({ id: 'person:ihnat', name: 'Yurii Ihnat', country: 'UA', role: 'Spokesman of the Ukrainian Air Force', aliases: ['Yurii Ihnat', 'Yuriy Ihnat', 'Yuri Ignat', 'Ihnat', 'Ігнат*'] }),
  person({
    id: 'person:reznikov', name: 'Oleksii Reznikov', country: 'UA', role: 'Defence Minister of Ukraine',
    aliases: ['Oleksii Reznikov', 'Oleksiy Reznikov', 'Reznikov', 'Резніков*', 'Резников*'],
    titles: { text: ['Ukrainian Defence Minister', 'Ukrainian Defense Minister'], from: '2021-11-04', to: '2023-09-05' },
  }),
  person({
    id: 'person:kuleba', name: 'Dmytro Kuleba', country: 'UA', role: 'Foreign Minister of Ukraine',
    aliases: ['Dmytro Kuleba', 'Kuleba', 'Кулеба*', 'Кулеб*'],
    titles: { text: ['Ukrainian Foreign Minister'], from: '2020-03-04', to: '2024-09-05' },
  }),
  person({ id: 'person:podolyak', name: 'Mykhailo Podolyak', country: 'UA', role: 'Adviser to the Ukrainian President', aliases: ['Mykhailo Podolyak', 'Mykhailo Podoliak', 'Podolyak', 'Podoliak', 'Подоляк*'] }),
  person({ id: 'person:stoltenberg', name: 'Jens Stoltenberg', country: 'NO', role: 'NATO Secretary General', aliases: ['Jens Stoltenberg', 'Stoltenberg', 'Столтенберг*'] }),
  person({ id: 'person:blinken', name: 'Antony Blinken', country: 'US', role: 'US Secretary of State', aliases: ['Antony Blinken', 'Blinken', 'Блинкен*', 'Блінкен*'] }),
  person({ id: 'person:biden', name: 'Joe Biden', country: 'US', role: 'President of the United States', aliases: ['Joe Biden', 'Biden', 'Байден*'] }),
  person({ id: 'person:scholz', name: 'Olaf Scholz', country: 'DE', role: 'Chancellor of Germany', aliases: ['Olaf Scholz', 'Scholz', 'Шольц*'] }),
  person({ id: 'person:macron', name: 'Emmanuel Macron', country: 'FR', role: 'President of France', aliases: ['Emmanuel Macron', 'Macron', 'Макрон*'] }),
  person({ id: 'person:johnson', name: 'Boris Johnson', country: 'GB', role: 'Prime Minister of the United Kingdom', aliases: ['Boris Johnson'], shortNames: ['Johnson'] }),
];
