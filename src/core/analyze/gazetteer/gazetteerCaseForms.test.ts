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
    ['uk', 'ЗСУ увійшли в Суджу, повідомив Сирський.', ['org:ua-armed-forces', 'place:sudzha', 'person:syrskyi']],
    ['ru', 'После Изюма ВСУ освободили Лиман на севере Донецкой области.', ['place:izium', 'place:lyman', 'place:donetsk-region']],
  ])('%s: %s', (_lang, text, expected) => {
    const ids = idsOf(text);
    for (const id of expected) expect(ids, id).toContain(id);
  });
});
