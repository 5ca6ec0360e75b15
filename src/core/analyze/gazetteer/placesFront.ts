import { place } from './entryBuilders';
import type { GazetteerEntry } from './types';

const inOblast = (id: string, name: string, oblastId: string, aliases: string[]) => place(id, name, `place:${oblastId}-region`, 'UA', aliases);
const city = (id: string, name: string, aliases: string[]) => place(id, name, 'country:UA', 'UA', aliases);
const inRussia = (id: string, name: string, partOf: string, aliases: string[]) => place(id, name, partOf, 'RU', aliases);

// Towns the front and the strikes put in the news from 2014 on, and Russian border towns;
// spelled as Ukrainian, Russian, Belarusian, English, German and Polish copy spells them. A
// Cyrillic stem with "*" takes every case; where a stem would also be a common word
// ("Щастя" is happiness, "Пологи" childbirth) only the Latin names are listed.
export const PLACES_FRONT: GazetteerEntry[] = [
  inOblast('horlivka', 'Horlivka', 'donetsk', ['Horlivka', 'Gorlovka', 'Horliwka', 'Горлівк*', 'Горловк*', 'Гарлоўк*']),
  inOblast('makiivka', 'Makiivka', 'donetsk', ['Makiivka', 'Makeyevka', 'Makiyivka', 'Makijiwka', 'Макіївк*', 'Макеевк*', 'Макееўк*']),
  inOblast('yasynuvata', 'Yasynuvata', 'donetsk', ['Yasynuvata', 'Yasinovataya', 'Ясинуват*', 'Ясиноват*']),
  inOblast('debaltseve', 'Debaltseve', 'donetsk', ['Debaltseve', 'Debaltsevo', 'Debalzewe', 'Дебальцев*', 'Дэбальцав*']),
  inOblast('ilovaisk', 'Ilovaisk', 'donetsk', ['Ilovaisk', 'Ilovaysk', 'Іловайськ*', 'Иловайск*']),
  // The prison camp where Ukrainian prisoners of war died in July 2022.
  inOblast('olenivka', 'Olenivka', 'donetsk', ['Olenivka', 'Olenovka', 'Оленівк*', 'Оленівц*', 'Оленовк*', 'Еленовк*', 'Еленовц*', 'Аленаўк*', 'Аленаўц*']),
  inOblast('marinka', 'Marinka', 'donetsk', ['Marinka', 'Maryinka', 'Marjinka', 'Мар\'їнк*', 'Марьинк*']),
  inOblast('krasnohorivka', 'Krasnohorivka', 'donetsk', ['Krasnohorivka', 'Krasnogorovka', 'Красногорівк*', 'Красногоровк*']),
  inOblast('kurakhove', 'Kurakhove', 'donetsk', ['Kurakhove', 'Kurakhovo', 'Курахов*']),
  inOblast('selydove', 'Selydove', 'donetsk', ['Selydove', 'Selidovo', 'Селидов*']),
  inOblast('myrnohrad', 'Myrnohrad', 'donetsk', ['Myrnohrad', 'Mirnograd', 'Dymytrov', 'Мирноград*', 'Димитров*']),
  inOblast('kostiantynivka', 'Kostiantynivka', 'donetsk', ['Kostiantynivka', 'Konstantinovka', 'Kostyantynivka', 'Костянтинівк*', 'Константиновк*']),
  inOblast('druzhkivka', 'Druzhkivka', 'donetsk', ['Druzhkivka', 'Druzhkovka', 'Дружківк*', 'Дружковк*']),
  inOblast('dobropillia', 'Dobropillia', 'donetsk', ['Dobropillia', 'Dobropolye', 'Добропілл*', 'Доброполь*']),
  inOblast('siversk', 'Siversk', 'donetsk', ['Siversk', 'Seversk', 'Сіверськ*', 'Северск*']),
  inOblast('klishchiivka', 'Klishchiivka', 'donetsk', ['Klishchiivka', 'Kleshcheyevka', 'Кліщіївк*', 'Клещеевк*']),
  inOblast('ocheretyne', 'Ocheretyne', 'donetsk', ['Ocheretyne', 'Ocheretino', 'Очеретин*']),
  inOblast('velyka-novosilka', 'Velyka Novosilka', 'donetsk', ['Velyka Novosilka', 'Velikaya Novosyolka', 'Велик* Новосілк*', 'Велик* Новоселк*', 'Велик* Новосёлк*']),
  inOblast('popasna', 'Popasna', 'luhansk', ['Popasna', 'Popasnaya', 'Попасн*']),
  inOblast('rubizhne', 'Rubizhne', 'luhansk', ['Rubizhne', 'Rubezhnoye', 'Рубіжн*', 'Рубежн*']),
  inOblast('kreminna', 'Kreminna', 'luhansk', ['Kreminna', 'Kremennaya', 'Кремінн*', 'Кременн*']),
  inOblast('svatove', 'Svatove', 'luhansk', ['Svatove', 'Svatovo', 'Сватов*']),
  inOblast('shchastia', 'Shchastia', 'luhansk', ['Shchastia', 'Shchastya', 'Schastye']),
  inOblast('stanytsia-luhanska', 'Stanytsia Luhanska', 'luhansk', ['Stanytsia Luhanska', 'Stanitsa Luganskaya', 'Станиц* Луганськ*', 'Станиц* Луганск*']),
  inOblast('tokmak', 'Tokmak', 'zaporizhzhia', ['Tokmak', 'Токмак*']),
  inOblast('polohy', 'Polohy', 'zaporizhzhia', ['Polohy', 'Pologi']),
  inOblast('berdiansk', 'Berdiansk', 'zaporizhzhia', ['Berdiansk', 'Berdyansk', 'Бердянськ*', 'Бердянск*']),
  inOblast('huliaipole', 'Huliaipole', 'zaporizhzhia', ['Huliaipole', 'Gulyaipole', 'Гуляйпол*']),
  inOblast('vasylivka', 'Vasylivka', 'zaporizhzhia', ['Vasylivka', 'Vasilyevka']),
  inOblast('kakhovka-dam', 'Kakhovka dam', 'kherson', [
    'Kakhovka dam', 'Kakhovka Dam', 'Kakhovka hydroelectric power plant', 'Kakhovka power plant', 'Kakhovka hydroelectric dam',
    'Каховськ* ГЕС', 'Каховск* ГЭС', 'Каховск* плотин*', 'Каховськ* дамб*',
  ]),
  inOblast('oleshky', 'Oleshky', 'kherson', ['Oleshky', 'Aleshki', 'Олешк*', 'Алешк*']),
  inOblast('krynky', 'Krynky', 'kherson', ['Krynky', 'Krynki', 'Кринк*', 'Крынк*']),
  inOblast('antonivskyi-bridge', 'Antonivskyi Bridge', 'kherson', ['Antonivskyi Bridge', 'Antonovsky Bridge', 'Antonivsky Bridge', 'Антонівськ* міст*', 'Антоновск* мост*']),
  inOblast('chuhuiv', 'Chuhuiv', 'kharkiv', ['Chuhuiv', 'Chuguyev', 'Чугуїв*', 'Чугуєв*', 'Чугуев*']),
  inOblast('balakliia', 'Balakliia', 'kharkiv', ['Balakliia', 'Balakleya', 'Balakliya', 'Балакл*']),
  city('ochakiv', 'Ochakiv', ['Ochakiv', 'Ochakov', 'Очаків*', 'Очаков*']),
  city('kropyvnytskyi', 'Kropyvnytskyi', ['Kropyvnytskyi', 'Kropivnitsky', 'Кропивницьк*', 'Кропивницк*']),
  city('cherkasy', 'Cherkasy', ['Cherkasy', 'Cherkassy', 'Черкас*']),
  city('khmelnytskyi', 'Khmelnytskyi', ['Khmelnytskyi', 'Khmelnitsky', 'Хмельницьк*', 'Хмельницк*']),
  city('ternopil', 'Ternopil', ['Ternopil', 'Tarnopol', 'Тернопіл*', 'Тернопол*']),
  city('ivano-frankivsk', 'Ivano-Frankivsk', ['Ivano-Frankivsk', 'Ivano-Frankovsk', 'Івано-Франківськ*', 'Ивано-Франковск*']),
  city('uzhhorod', 'Uzhhorod', ['Uzhhorod', 'Uzhgorod', 'Ужгород*']),
  city('bila-tserkva', 'Bila Tserkva', ['Bila Tserkva', 'Belaya Tserkov', 'Біл* Церкв*', 'Бел* Церков*']),
  place('simferopol', 'Simferopol', 'place:crimea', 'UA', ['Simferopol', 'Сімферопол*', 'Симферопол*']),
  place('kerch', 'Kerch', 'place:crimea', 'UA', ['Kerch', 'Kertsch', 'Керч*']),
  place('dzhankoi', 'Dzhankoi', 'place:crimea', 'UA', ['Dzhankoi', 'Dzhankoy', 'Джанкой*']),
  place('yevpatoria', 'Yevpatoria', 'place:crimea', 'UA', ['Yevpatoria', 'Evpatoria', 'Євпаторі*', 'Евпатори*']),
  place('feodosia', 'Feodosia', 'place:crimea', 'UA', ['Feodosia', 'Feodosiya', 'Феодосі*', 'Феодоси*']),
  inRussia('sudzha', 'Sudzha', 'place:kursk-region', ['Sudzha', 'Sudscha', 'Судж*']),
  inRussia('kurchatov', 'Kurchatov', 'place:kursk-region', ['Kurchatov', 'Kursk nuclear power plant', 'Курчатов*', 'Курск* АЭС', 'Курськ* АЕС']),
  inRussia('shebekino', 'Shebekino', 'place:belgorod-region', ['Shebekino', 'Шебекин*']),
  inRussia('taganrog', 'Taganrog', 'country:RU', ['Taganrog', 'Таганрог*']),
  inRussia('yeysk', 'Yeysk', 'country:RU', ['Yeysk', 'Ейск*', 'Єйськ*']),
  inRussia('millerovo', 'Millerovo', 'country:RU', ['Millerovo', 'Миллеров*', 'Міллеров*']),
  inRussia('tuapse', 'Tuapse', 'country:RU', ['Tuapse', 'Туапсе']),
];
