import type { GazetteerEntry } from './types';

const place = (id: string, name: string, partOf: string, aliases: string[]): GazetteerEntry => ({
  id: `place:${id}`, name, type: 'place', partOf, country: partOf.slice('country:'.length), aliases,
});

// Cities, regions and areas with the country they belong to (for Crimea and Donbas: the
// internationally recognised one).
export const PLACES: GazetteerEntry[] = [
  place('minsk', 'Minsk', 'country:BY', ['Minsk', 'Минск*', 'Мінск*']),
  place('brest', 'Brest', 'country:BY', ['Brest', 'Брест*']),
  place('gomel', 'Gomel', 'country:BY', ['Gomel', 'Homel', 'Homiel', 'Гомел*', 'Гомель*']),
  place('grodno', 'Grodno', 'country:BY', ['Grodno', 'Hrodna', 'Гродн*']),
  place('vitebsk', 'Vitebsk', 'country:BY', ['Vitebsk', 'Viciebsk', 'Vitsebsk', 'Витебск*', 'Віцебск*']),
  place('mogilev', 'Mogilev', 'country:BY', ['Mogilev', 'Mahilyow', 'Mogilyov', 'Mahiliou', 'Могилев*', 'Магілё*', 'Магілев*']),
  place('kyiv', 'Kyiv', 'country:UA', ['Kyiv', 'Kiev', 'Киев*', 'Київ*', 'Кіеў*', 'Києв*']),
  place('kharkiv', 'Kharkiv', 'country:UA', ['Kharkiv', 'Kharkov', 'Харків*', 'Харьков*']),
  place('bakhmut', 'Bakhmut', 'country:UA', ['Bakhmut', 'Artemovsk', 'Бахмут*']),
  place('soledar', 'Soledar', 'country:UA', ['Soledar', 'Соледар*']),
  place('kherson', 'Kherson', 'country:UA', ['Kherson', 'Херсон*']),
  place('donetsk', 'Donetsk', 'country:UA', ['Donetsk', 'Донецьк*', 'Донецк*']),
  place('luhansk', 'Luhansk', 'country:UA', ['Luhansk', 'Lugansk', 'Луганськ*', 'Луганск*']),
  place('mariupol', 'Mariupol', 'country:UA', ['Mariupol', 'Маріупол*', 'Мариупол*']),
  place('zaporizhzhia', 'Zaporizhzhia', 'country:UA', ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Запоріжж*', 'Запорож*']),
  place('crimea', 'Crimea', 'country:UA', ['Crimea', 'Crimean', 'Крым*', 'Крим*']),
  place('donbas', 'Donbas', 'country:UA', ['Donbas', 'Donbass', 'Донбас*']),
  place('odesa', 'Odesa', 'country:UA', ['Odesa', 'Odessa', 'Одес*']),
  place('lviv', 'Lviv', 'country:UA', ['Lviv', 'Lvov', 'Львів*', 'Львов*']),
  place('dnipro', 'Dnipro', 'country:UA', ['Dnipro', 'Dnepropetrovsk', 'Дніпр*']),
  place('moscow', 'Moscow', 'country:RU', ['Moscow', 'Москв*', 'Маскв*']),
  place('st-petersburg', 'St Petersburg', 'country:RU', ['St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Петербург*']),
  place('belgorod', 'Belgorod', 'country:RU', ['Belgorod', 'Белгород*', 'Бєлгород*']),
  place('kursk', 'Kursk', 'country:RU', ['Kursk', 'Курск*']),
  place('bryansk', 'Bryansk', 'country:RU', ['Bryansk', 'Брянск*']),
  place('kaliningrad', 'Kaliningrad', 'country:RU', ['Kaliningrad', 'Калининград*']),
];
