import { place } from './entryBuilders';
import type { GazetteerEntry } from './types';

const region = (id: string, name: string, aliases: string[]) => place(`${id}-region`, `${name} Region`, 'country:BY', 'BY', aliases);
const inRegion = (id: string, name: string, regionId: string, aliases: string[]) => place(id, name, `place:${regionId}-region`, 'BY', aliases);

// Belarus: the six regions, their capitals, and the towns, airfields and training grounds that
// news of Russian deployments names. Region aliases are longer than the city's, so "the Gomel
// region" is the region and "Gomel" the city.
export const PLACES_BELARUS: GazetteerEntry[] = [
  place('minsk', 'Minsk', 'country:BY', 'BY', ['Minsk', 'Mińsk', 'Минск*', 'Мінск*', 'Мінськ*']),
  region('minsk', 'Minsk', ['Minsk region', 'Minsk Region', 'Minsk Oblast', 'Minsk oblast', 'Минск* област*', 'Мінск* вобласц*', 'Мінськ* област*']),
  region('brest', 'Brest', ['Brest region', 'Brest Region', 'Brest Oblast', 'Brest oblast', 'Брестск* област*', 'Брэсцк* вобласц*', 'Брестськ* област*', 'Брестчин*']),
  region('gomel', 'Gomel', ['Gomel region', 'Gomel Region', 'Gomel Oblast', 'Gomel oblast', 'Homel region', 'Homiel region', 'Homel Oblast', 'Гомельск* област*', 'Гомельск* вобласц*', 'Гомельськ* област*', 'Гомельщин*', 'Гомельшчын*']),
  region('grodno', 'Grodno', ['Grodno region', 'Grodno Region', 'Grodno Oblast', 'Hrodna region', 'Hrodna Region', 'Гродненск* област*', 'Гродзенск* вобласц*', 'Гродненськ* област*', 'Гродненщин*']),
  region('vitebsk', 'Vitebsk', ['Vitebsk region', 'Vitebsk Region', 'Vitebsk Oblast', 'Viciebsk region', 'Vitsebsk region', 'Витебск* област*', 'Віцебск* вобласц*', 'Вітебськ* област*', 'Витебщин*']),
  region('mogilev', 'Mogilev', ['Mogilev region', 'Mogilev Region', 'Mogilev Oblast', 'Mahilyow region', 'Mahiliou region', 'Могилевск* област*', 'Магілёўск* вобласц*', 'Могильовськ* област*', 'Могилевщин*']),
  inRegion('brest', 'Brest', 'brest', ['Brest', 'Brześć', 'Брест', 'Бреста', 'Бресте', 'Брестом', 'Брэст*', 'Берасц*', 'Берасьц*']),
  inRegion('gomel', 'Gomel', 'gomel', ['Gomel', 'Homel', 'Homiel', 'Гомел*', 'Гомель*']),
  inRegion('grodno', 'Grodno', 'grodno', ['Grodno', 'Hrodna', 'Grodna', 'Гродн*', 'Гродз*']),
  inRegion('vitebsk', 'Vitebsk', 'vitebsk', ['Vitebsk', 'Viciebsk', 'Vitsebsk', 'Witebsk', 'Витебск*', 'Віцебск*', 'Вітебськ*']),
  inRegion('mogilev', 'Mogilev', 'mogilev', ['Mogilev', 'Mahilyow', 'Mogilyov', 'Mahiliou', 'Mahilou', 'Могилев*', 'Могилёв*', 'Магілё*', 'Магілев*', 'Могильов*']),
  inRegion('mozyr', 'Mozyr', 'gomel', ['Mozyr', 'Mazyr', 'Мозыр*', 'Мазыр*', 'Мозир*']),
  inRegion('zyabrovka', 'Zyabrovka airfield', 'gomel', ['Zyabrovka', 'Ziabrauka', 'Ziabrovka', 'Зябровк*', 'Зябраўк*']),
  inRegion('baranovichi', 'Baranovichi', 'brest', ['Baranovichi', 'Baranavichy', 'Baranowicze', 'Барановичи', 'Барановичах', 'Барановичей', 'Баранавіч*']),
  inRegion('luninets', 'Luninets', 'brest', ['Luninets', 'Luniniec', 'Лунинец', 'Лунинце', 'Лунінец', 'Лунінцы']),
  inRegion('pinsk', 'Pinsk', 'brest', ['Pinsk', 'Пинск*', 'Пінск*', 'Пінськ*']),
  inRegion('obuz-lesnovsky', 'Obuz-Lesnovsky training ground', 'brest', ['Obuz-Lesnovsky', 'Obuz-Lesnovskiy', 'Абуз-Лясноўск*', 'Обуз-Лесновск*']),
  inRegion('machulishchy', 'Machulishchy airfield', 'minsk', ['Machulishchy', 'Machulishchi', 'Machulishche', 'Мачулищ*', 'Мачулішч*']),
  inRegion('lida', 'Lida', 'grodno', ['Lida', 'Лида', 'Лиде', 'Лиды', 'Ліда', 'Лідзе', 'Ліды']),
  inRegion('bobruisk', 'Bobruisk', 'mogilev', ['Bobruisk', 'Babruysk', 'Babruisk', 'Бобруйск*', 'Бабруйск*', 'Бобруйськ*']),
  inRegion('osipovichi', 'Osipovichi', 'mogilev', ['Osipovichi', 'Asipovichy', 'Asipovichi', 'Осиповичи', 'Осиповичах', 'Асіповічы', 'Асіповічах']),
  inRegion('polotsk', 'Polotsk', 'vitebsk', ['Polotsk', 'Polatsk', 'Полоцк*', 'Полацк*']),
  inRegion('orsha', 'Orsha', 'vitebsk', ['Orsha', 'Орш*']),
];
