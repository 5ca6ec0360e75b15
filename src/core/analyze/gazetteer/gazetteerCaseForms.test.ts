import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities';

const idsOf = (text: string) => findEntities(text, '2023-06-01').entities.map((e) => e.id);

// Places, people and bodies of the gazetteer in the case forms Russian, Ukrainian and
// Belarusian copy puts them in: locative after в/у, genitive after "под", "из", "бои за".
describe('gazetteer names in Cyrillic case forms', () => {
  it('reads "лиман" as an estuary away from the Donbas', () => {
    expect(idsOf('Рыбаки вышли в Тилигульский лиман под Одессой.')).not.toContain('place:lyman');
  });

  it.each([
    ['ru', 'Бои в Бахмуте продолжаются, ВСУ удерживают запад Бахмута.', ['place:bakhmut', 'org:ua-armed-forces']],
    ['uk', 'У Бахмуті тривають бої, ЗСУ утримують захід Бахмута.', ['place:bakhmut', 'org:ua-armed-forces']],
    ['be', 'У Бахмуце працягваюцца баі, УСУ ўтрымліваюць захад Бахмута.', ['place:bakhmut', 'org:ua-armed-forces']],
    ['ru', 'Бойцы «Вагнера» заявили о взятии Соледара.', ['org:wagner', 'place:soledar']],
    ['uk', 'Вагнерівці заявили про захоплення Соледара, у Соледарі тривають бої.', ['org:wagner', 'place:soledar']],
    ['be', 'Байцы «Вагнера» заявілі пра захоп Саледара.', ['org:wagner', 'place:soledar']],
    ['ru', 'МАГАТЭ сообщило об обстреле ЗАЭС.', ['org:iaea', 'place:zaporizhzhia-npp']],
    ['uk', 'МАГАТЕ повідомило про обстріл ЗАЕС.', ['org:iaea', 'place:zaporizhzhia-npp']],
    ['be', 'МАГАТЭ паведаміла пра абстрэл Запарожскай АЭС.', ['org:iaea', 'place:zaporizhzhia-npp']],
    ['uk', 'Бої в Авдіївці та під Куп\u02bcянськом не вщухають.', ['place:avdiivka', 'place:kupiansk']],
    ['be', 'Расійскія войскі наступаюць на Аўдзееўку і Пакроўск.', ['place:avdiivka', 'place:pokrovsk']],
    ['ru', 'Под Изюмом нашли массовое захоронение.', ['place:izium']],
    ['uk', 'Зеленський провів нараду в Мінську? Ні, у Києві, з Єрмаком і Залужним.', ['person:zelensky', 'place:minsk', 'place:kyiv', 'person:yermak', 'person:zaluzhnyi']],
    ['be', 'Пяскова спыталі пра Навальнага.', ['person:peskov', 'person:navalny']],
    ['uk', 'Речниця Захарової не коментувала заяви Рєзнікова.', ['person:zakharova', 'person:reznikov']],
    ['ru', 'Войска ДНР и ЛНР вошли в Марьинку и Горловку.', ['org:dpr', 'org:lpr', 'place:marinka', 'place:horlivka']],
    ['uk', 'Після підриву Каховської ГЕС затопило Олешки.', ['place:kakhovka-dam', 'place:oleshky']],
    ['ru', 'Губернатор Гладков сообщил об обстреле Шебекино.', ['person:gladkov', 'place:shebekino']],
    // Officials quoted daily in 2022-2025 that the lists lacked, as wire copy names them.
    ['uk', 'Ганна Маляр заявила, що бої тривають; Маляр додала, що ворог зазнає втрат.', ['person:maliar']],
    ['ru', 'Губернатор Днепропетровской области Сергей Лысак и Вилкул сообщили о последствиях удара.', ['person:lysak', 'person:vilkul']],
    ['ru', 'Об атаке сообщили губернаторы Богомаз и Хинштейн, а Собянин — о сбитых дронах.', ['person:bogomaz', 'person:khinshtein', 'person:sobyanin']],
    ['uk', 'Начальник КМВА Сергій Попко та голова ОВА Олександр Старух повідомили про атаку.', ['person:popko', 'person:starukh']],
    ['en', 'Deputy Foreign Minister Sergei Ryabkov warned Washington.', ['person:ryabkov']],
    ['uk', 'ЗСУ увійшли в Суджу, повідомив Сирський.', ['org:ua-armed-forces', 'place:sudzha', 'person:syrskyi']],
    ['ru', 'После Изюма ВСУ освободили Лиман на севере Донецкой области.', ['place:izium', 'place:lyman', 'place:donetsk-region']],
    // Places that made their own stories, in the case forms of the reports on them.
    ['ru', 'После теракта в «Крокус Сити Холле» в Красногорске Кремль обвинил Украину.', ['place:crocus-city-hall', 'place:krasnogorsk']],
    ['uk', 'Ракета влучила в «Охматдит», у Оленівці загинули полонені, в Ізмаїлі горить порт.', ['place:okhmatdyt', 'place:olenivka', 'place:izmail']],
    ['ru', 'Самолёт Пригожина разбился у деревни Кужёнкино, а взрывы повредили «Северный поток».', ['person:prigozhin', 'place:kuzhenkino', 'place:nord-stream']],
    ['be', 'Самалёт Ryanair пасадзілі ў Мінску, каб затрымаць Рамана Пратасевіча і Сафію Сапегу.', ['org:ryanair', 'place:minsk', 'person:pratasevich', 'person:sapega']],
  ])('%s: %s', (_lang, text, expected) => {
    const ids = idsOf(text);
    for (const id of expected) expect(ids, id).toContain(id);
  });
});

// Bulgarian spells many names its own way (ъ, "Украйна", one с in "руски") and puts the
// definite article on the noun ("Белия дом", "Кримския мост") instead of case endings.
describe('gazetteer names in Bulgarian spelling', () => {
  it.each([
    ['Русия и Украйна: Байдън и Шолц обсъдиха войната, съобщи Кремъл.', ['country:RU', 'country:UA', 'person:biden', 'person:scholz', 'org:kremlin']],
    ['МААЕ предупреди за опасност в Запорожката АЕЦ, заяви Гроси.', ['org:iaea', 'place:zaporizhzhia-npp', 'person:grossi']],
    ['Върховната рада и Белия дом коментираха ударите по Харков и Лвов.', ['org:rada', 'org:white-house', 'place:kharkiv', 'place:lviv']],
    ['САЩ, ЕС и Полша осъдиха руските удари по Кримския мост.', ['country:US', 'org:eu', 'country:PL', 'country:RU', 'place:crimean-bridge']],
    ['Министерството на отбраната на Русия обяви, че войските са отстъпили на левия бряг на Днепър.', ['org:ru-defence-ministry', 'place:dnipro-river']],
  ])('%s', (text, expected) => {
    const ids = idsOf(text);
    for (const id of expected) expect(ids, id).toContain(id);
  });

  it('keeps "Днепър", the river, apart from "Днипро", the city', () => {
    expect(idsOf('Ракети удариха жилищен блок в Днипро.')).toContain('place:dnipro');
    expect(idsOf('Руските войски се изтеглиха зад река Днепър.')).not.toContain('place:dnipro');
  });
});

// Polish writes ł, ż, sz and w and declines names like Russian: "w Kijowie", "Putina", "Kremla".
describe('gazetteer names in Polish spelling and case forms', () => {
  it.each([
    ['Według Kremla rozmowy Putina z Zełenskim w Kijowie nie są możliwe.', ['org:kremlin', 'person:putin', 'person:zelensky', 'place:kyiv']],
    ['Grupa Wagnera Jewgienija Prigożyna walczy w Bachmucie i Sołedarze.', ['org:wagner', 'person:prigozhin', 'place:bakhmut', 'place:soledar']],
    ['MAEA ostrzega przed ostrzałem Zaporoskiej Elektrowni Atomowej, podał Sztab Generalny Sił Zbrojnych Ukrainy.', ['org:iaea', 'place:zaporizhzhia-npp', 'org:ua-general-staff']],
    ['UE i ONZ potępiły ataki na Charków, Chersoń i Mikołajów; Biały Dom milczy.', ['org:eu', 'org:un', 'place:kharkiv', 'place:kherson', 'place:mykolaiv', 'org:white-house']],
  ])('%s', (text, expected) => {
    const ids = idsOf(text);
    for (const id of expected) expect(ids, id).toContain(id);
  });
});
