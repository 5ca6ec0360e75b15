import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { analyzeArticle } from './analyzeArticle';

// Statements in Russian, Ukrainian, Belarusian, Bulgarian and Polish copy. Each row: an article
// paragraph (after a short headline and a lead sentence), words of the claim, and what a reader
// would see. Published on Wednesday 2022-12-21.
const PUBLISHED = '2022-12-21';
const LEAD = 'Лукашенко провел встречу в Минске.';

function statementIn(lang: string, body: string, words: string): Statement | undefined {
  const article = { url: 'https://news.test/a', title: 'Новости', byline: null, siteName: null, publishedAt: PUBLISHED, lang, text: `${LEAD}\n\n${body}` };
  return analyzeArticle(article).statements.find((s) => s.text.includes(words));
}

type Row = [name: string, body: string, words: string, expected: Partial<Statement>];

const russian: Row[] = [
  ['"по словам X" in the genitive is X', 'По словам Пескова, Россия не собирается перебрасывать войска в Белоруссию.', 'Россия не собирается',
    { speaker: 'Dmitry Peskov', attribution: 'indirect', polarity: 'deny', modality: 'intention' }],
  ['a quote in guillemets, then "— заявил X"', '«Мы не планируем никаких наступательных операций с территории Беларуси», — заявил Александр Лукашенко журналистам.', 'Мы не планируем',
    { speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny', modality: 'intention' }],
  ['dialogue set off by dashes', '— Мы не собираемся ни на кого нападать, — заявил Лукашенко. — Белорусская армия будет защищать только свою территорию.', 'ни на кого нападать',
    { speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny', modality: 'intention' }],
  ['dialogue resumed after the attribution keeps its speaker', '— Мы не собираемся ни на кого нападать, — заявил Лукашенко. — Белорусская армия будет защищать только свою территорию.', 'Белорусская армия будет защищать',
    { speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'affirm', modality: 'intention' }],
  ['"как сообщает X", a number with "тыс." and last week', 'Как сообщает ТАСС, около 9 тыс. российских военнослужащих прибыли в Белоруссию на прошлой неделе.', 'военнослужащих прибыли',
    { speaker: 'TASS', attribution: 'indirect', quantities: [{ min: 9000, max: 9000, unit: 'troops', text: '9 тыс. российских военнослужащих' }], date: '2022-12-12', dateGranularity: 'week' }],
  ['"X заявил, что ...": the claim starts after "что"; a weekday ahead', 'Министр обороны Белоруссии Виктор Хренин заявил, что совместные учения пройдут в пятницу.', 'совместные учения',
    { speaker: 'Viktor Khrenin', attribution: 'indirect', polarity: 'affirm', date: '2022-12-23' }],
  ['"назвали ... фейком" denies the reports it names', 'В Кремле назвали сообщения о подготовке наступления с севера фейком.', 'сообщения о подготовке наступления',
    { speaker: 'Kremlin', attribution: 'indirect', polarity: 'deny' }],
  ['"по данным X" is a report; the dead counted with "более"', 'По данным ООН, с начала войны погибли более 6 тыс. мирных жителей.', 'погибли более',
    { speaker: 'United Nations', modality: 'reported', quantities: [{ min: 6000, max: null, unit: 'killed', text: 'более 6 тыс. мирных жителей' }] }],
  ['a denial verb in the neuter', 'Министерство обороны России опровергло информацию о том, что российские войска покинули Херсон.', 'российские войска покинули',
    { speaker: 'Russian Defence Ministry', attribution: 'indirect', polarity: 'deny' }],
  ['"X, как сообщает ТАСС, ...": the agency speaks the sentence, and does not act', 'Российские войска, как сообщает ТАСС, отступили от Кременной под Луганском.', 'отступили от Кременной',
    { speaker: 'TASS', attribution: 'indirect', predicate: 'withdraw', subject: 'Russia' }],
  ['"может" is a possibility', 'Песков отметил, что Кремль может пересмотреть свою позицию по переговорам.', 'может пересмотреть',
    { speaker: 'Dmitry Peskov', polarity: 'affirm', modality: 'possibility' }],
  ['"не только" negates nothing', 'Лукашенко заявил, что не только Россия, но и Белоруссия проводит учения у границы.', 'проводит учения',
    { speaker: 'Alexander Lukashenko', polarity: 'affirm' }],
  ['"не будет" in a speaker\'s mouth: a denied intention', 'Лукашенко заявил, что белорусская армия не будет участвовать в войне.', 'не будет участвовать',
    { speaker: 'Alexander Lukashenko', polarity: 'deny', modality: 'intention' }],
  ['an unknown name after "по словам" is given in the nominative', 'По словам Ивана Петрова, российские войска отошли от Херсона.', 'российские войска отошли',
    { speaker: 'Иван Петров', attribution: 'indirect' }],
  ['"сказал он" is the person named before', 'Александр Лукашенко выступил в Минске.\n\n«Мы не будем отправлять войска на Украину», — сказал он.', 'не будем отправлять',
    { speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny' }],
  ['"не собираемся" without a pronoun is the speaker\'s country', '«Не собираемся нападать на Украину ни при каких условиях», — заявил Лукашенко.', 'Не собираемся нападать',
    { speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny', modality: 'intention', subject: 'Belarus' }],
  ['", который сообщил": the antecedent speaks', 'Это произошло после очередного доклада Генштаба ВСУ, который сообщил, что Белоруссия готовит скрытую мобилизацию.', 'Белоруссия готовит',
    { speaker: 'General Staff of the Ukrainian Armed Forces', attribution: 'indirect' }],
  ['"..., сообщили в X": the speaker after the verb', 'Российские войска вошли в Херсон, сообщили в Минобороны Украины.', 'Российские войска вошли',
    { speaker: 'Ukrainian Defence Ministry', attribution: 'indirect' }],
];

const ukrainian: Row[] = [
  ['a country named in the predicate\'s own words is its object, not who acts', 'У ВМС України заявили, що кораблі не порушували російський кордон.', 'не порушували',
    { predicate: 'violate_border', polarity: 'deny', subject: 'Ukraine' }],
  ['"за словами X"', 'За словами Зеленського, Росія готує новий наступ з території Білорусі.', 'Росія готує',
    { speaker: 'Volodymyr Zelensky', attribution: 'indirect', polarity: 'affirm' }],
  ['"як повідомив X", "щонайменше" and "минулого тижня"', 'Як повідомив Генштаб ЗСУ, минулого тижня загинули щонайменше 12 цивільних.', 'загинули щонайменше',
    { attribution: 'indirect', quantities: [{ min: 12, max: null, unit: 'killed', text: 'щонайменше 12 цивільних' }], date: '2022-12-12', dateGranularity: 'week' }],
  ['"спростували" denies', 'У Кремлі спростували інформацію про підготовку наступу з Білорусі.', 'підготовку наступу',
    { speaker: 'Kremlin', polarity: 'deny' }],
  ['"не має наміру" in a quote', '«Ми не маємо наміру нападати на Україну», — заявив Лукашенко у понеділок.', 'не маємо наміру',
    { speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny', modality: 'intention', subject: 'Belarus' }],
  ['"за даними" is a report; "понад 600 танків"', 'За даними розвідки, Росія перекинула до Білорусі понад 600 танків.', 'Росія перекинула',
    { attribution: 'indirect', modality: 'reported', quantities: [{ min: 600, max: null, unit: 'tanks', text: 'понад 600 танків' }] }],
  ['straight quotes and a hyphen before the verb', '"Росія не планує наступу з території Білорусі", - сказав Кулеба.', 'Росія не планує',
    { speaker: 'Dmytro Kuleba', attribution: 'direct', polarity: 'deny', modality: 'intention' }],
  ['"наголосив, що ... не планує"', 'Кулеба наголосив, що Україна не планує переговорів з Росією.', 'не планує',
    { speaker: 'Dmytro Kuleba', polarity: 'deny', modality: 'intention' }],
  ['an unknown name after "за словами", in the nominative', 'За словами Олександра Коваленка, російські війська відступили від міста.', 'відступили',
    { speaker: 'Олександр Коваленко' }],
  ['"нібито" is a report', 'Генштаб ЗСУ повідомив, що окупанти нібито готують провокацію на кордоні.', 'окупанти нібито',
    { attribution: 'indirect', modality: 'reported' }],
];

const belarusian: Row[] = [
  ['"заявіў, што ... не ўступіць"', 'Лукашэнка заявіў, што Беларусь не ўступіць у вайну.', 'Беларусь не ўступіць',
    { speaker: 'Alexander Lukashenko', attribution: 'indirect', polarity: 'deny' }],
  ['"паводле X"', 'Паводле Ціханоўскай, расійскія войскі застаюцца ў Беларусі.', 'расійскія войскі',
    { speaker: 'Sviatlana Tsikhanouskaya', attribution: 'indirect' }],
  ['"як паведаміла X", "19 снежня", "каля 2 тысяч"', 'Як паведаміла Міністэрства абароны, 19 снежня ў краіну прыбылі каля 2 тысяч вайскоўцаў.', 'прыбылі',
    { speaker: 'Belarusian Defence Ministry', date: '2022-12-19', quantities: [{ min: 2000, max: 2000, unit: 'troops', text: '2 тысяч вайскоўцаў' }] }],
];

const bulgarian: Row[] = [
  ['"заяви, че ... няма да"', 'Песков заяви, че Русия няма да изпраща войски в Беларус.', 'няма да изпраща',
    { speaker: 'Dmitry Peskov', attribution: 'indirect', polarity: 'deny', modality: 'intention' }],
  ['"според X" without a comma', 'Според Зеленски Русия подготвя ново настъпление от Беларус.', 'Русия подготвя',
    { speaker: 'Volodymyr Zelensky', attribution: 'indirect', polarity: 'affirm' }],
  ['the plural aorist "отрекоха, че" denies', 'Украинските военни отрекоха, че руските сили са превзели Соледар.', 'руските сили са превзели',
    { attribution: 'indirect', polarity: 'deny', predicate: 'occupy', target: 'Soledar' }],
  ['"обяви, че" is speech', 'Кремъл обяви, че Русия няма да атакува цивилни обекти.', 'Русия няма да атакува',
    { speaker: 'Kremlin', attribution: 'indirect', polarity: 'deny', predicate: 'attack' }],
  ['"според" a title and the person, no comma, then the claim', 'Според говорителя на източната група войски Сергий Черевати боевете в града продължават.', 'боевете в града',
    { speaker: 'Serhiy Cherevatyi', attribution: 'indirect', predicate: 'attack', polarity: 'affirm' }],
  ['"остава под украински контрол": Ukraine holds it', 'Бахмут остава под украински контрол, заяви Зеленски.', 'под украински контрол',
    { speaker: 'Volodymyr Zelensky', predicate: 'occupy', polarity: 'affirm', subject: 'Ukraine' }],
  ['missiles launched are a strike; "над 70" is at least 70', 'Русия изстреля над 70 ракети по Украйна през нощта, съобщиха украинските военновъздушни сили.', 'изстреля над 70 ракети',
    { predicate: 'strike', polarity: 'affirm', subject: 'Russia', quantities: [{ min: 70, max: null, unit: 'missiles', text: expect.any(String) }] }],
  ['"според" an adjective and its noun, no comma: the claim starts after the noun', 'Според британското разузнаване руските сили вероятно контролират града.', 'руските сили',
    { speaker: 'британското разузнаване', attribution: 'indirect', text: 'руските сили вероятно контролират града.' }],
  ['defending a town is defence, not the attacks it holds off', 'Зеленски заяви, че украинските сили продължават да защитават Бахмут въпреки руските атаки.', 'да защитават Бахмут',
    { speaker: 'Volodymyr Zelensky', predicate: 'defend', polarity: 'affirm' }],
  ['soldiers lost are casualties; "оценява, че" is a view held', 'Британското разузнаване оценява, че украинските войски са загубили над 200 души за денонощие.', 'са загубили над 200 души',
    { speaker: 'Британското разузнаване', attribution: 'indirect', predicate: 'casualties', quantities: [{ min: 200, max: null, unit: 'people', text: expect.any(String) }] }],
];

const polish: Row[] = [
  ['missiles fired are a strike', 'Zełenski oświadczył, że Rosja wystrzeliła w nocy ponad 30 rakiet na ukraińskie miasta.', 'wystrzeliła',
    { speaker: 'Volodymyr Zelensky', predicate: 'strike', polarity: 'affirm', subject: 'Russia' }],
  ['"według" an adjective and its noun, no comma: the claim starts after the noun', 'Według ukraińskich władz w ataku zginęło co najmniej 12 osób.', 'w ataku zginęło',
    { speaker: 'ukraińskich władz', attribution: 'indirect', text: 'w ataku zginęło co najmniej 12 osób.', predicate: 'casualties' }],
  ['"według X" without a comma', 'Według ISW Rosja nie planuje ofensywy z terytorium Białorusi.', 'Rosja nie planuje',
    { speaker: 'Institute for the Study of War', attribution: 'indirect', polarity: 'deny', modality: 'intention', date: null }],
  ['a low-9 quote and "– powiedział X"', '„Nie zamierzamy atakować Ukrainy” – powiedział Łukaszenka dziennikarzom.', 'Nie zamierzamy',
    { speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny', modality: 'intention', subject: 'Belarus' }],
  ['"zaprzeczył, że" denies', 'Dmitrij Pieskow zaprzeczył, że rosyjskie wojska przekroczyły granicę z Ukrainą.', 'rosyjskie wojska przekroczyły',
    { attribution: 'indirect', polarity: 'deny' }],
];

describe.each([
  ['Russian', 'ru', russian], ['Ukrainian', 'uk', ukrainian], ['Belarusian', 'be', belarusian],
  ['Belarusian detected as Russian', 'ru', belarusian], ['Bulgarian', 'bg', bulgarian], ['Polish', 'pl', polish],
] as const)('statements in %s', (_language, lang, rows) => {
  it.each(rows)('%s', (_name, body, words, expected) => {
    expect(statementIn(lang, body, words)).toMatchObject(expected);
  });
});

describe('"об этом сообщил X": the sentence before is X\'s', () => {
  it.each([
    ['ru', 'Российские войска покинули Херсон. Об этом сообщил Генштаб ВСУ.', 'войска покинули Херсон', 'General Staff of the Ukrainian Armed Forces'],
    ['ru', 'Россия готовит новое наступление с территории Белоруссии. Об этом говорится в заявлении МИД Украины.', 'готовит новое наступление', 'Ukrainian Foreign Ministry'],
    ['uk', 'Російські війська обстріляли Херсон. Про це повідомила Херсонська ОВА.', 'обстріляли Херсон', 'Херсонська ОВА'],
    ['pl', 'Rosyjskie wojska wycofały się z Chersonia. Poinformował o tym ukraiński sztab generalny.', 'wycofały się', 'General Staff of the Ukrainian Armed Forces'],
  ] as const)('%s: %s', (lang, body, words, speaker) => {
    expect(statementIn(lang, body, words)).toMatchObject({ speaker, attribution: 'indirect' });
  });

  it('keeps a site\'s name whole: "як паведамляе TUT.by"', () => {
    expect(statementIn('be', 'Як паведамляе TUT.by, у Мінску затрымалі больш за 100 чалавек.', 'затрымалі'))
      .toMatchObject({ speaker: 'TUT.by', quantities: [{ min: 100, max: null, unit: 'people' }] });
  });

  it('reads "паводле версіі X" as X\'s version, reported', () => {
    expect(statementIn('be', 'Паводле версіі МУС, Тарайкоўскі загінуў ад выбуху.', 'загінуў')).toMatchObject({ speaker: 'МУС', modality: 'reported' });
  });
});

describe('who speaks, without what follows the name', () => {
  it('leaves the listener, the place and the date out of the speaker', () => {
    const said = statementIn('uk', '«Повідомлення про вбитих мирних жителів варті засудження», – заявила прем’єр-міністр Нової Зеландії Джасінда Ардерн журналістам у Веллінгтоні 4 квітня.', 'варті засудження');
    expect(said?.speaker).toMatch(/Ардерн|Ardern/);
    expect(said?.speaker).not.toMatch(/журналіст|Веллінгтон|квітня/);
  });

  it('leaves a place after the name out: "сказав Санчес в Мадриді"', () => {
    expect(statementIn('uk', '«Ми зробимо все, щоб винні не залишилися безкарними», – сказав Санчес в Мадриді.', 'зробимо все')).toMatchObject({ speaker: 'Санчес', attribution: 'direct' });
  });

  it('never takes a relative pronoun for a speaker', () => {
    const claim = statementIn('uk', 'Слідчий комітет Росії оприлюднив заяву, в якій оголосив про початок розслідування щодо поширення неправдивої інформації.', 'розслідування');
    expect(claim?.speaker ?? '').not.toMatch(/якій/);
  });

  it('reads Ukrainian "ще одним" as "another", not as the Bulgarian future', () => {
    expect(statementIn('uk', 'Міністерство оборони Росії заявило, що зображення з Бучі є ще однією постановкою київського режиму.', 'зображення з Бучі'))
      .toMatchObject({ speaker: 'Russian Defence Ministry', polarity: 'deny', modality: 'asserted' });
  });
});

describe('what is not a claim', () => {
  it('does not take an indirect question for a claim', () => {
    expect(statementIn('ru', 'Журналисты спросили Пескова, будет ли Россия отправлять войска в Белоруссию.', 'войска')).toBeUndefined();
  });
});

describe('claims a reader finds in narration and in a clause of their own', () => {
  it('reads a count of the people at a protest as a claim of its size, whatever its verb', () => {
    expect(statementIn('ru', 'Общее количество участников составило около 31 тысячи человек.', 'количество участников')).toMatchObject({
      predicate: 'protest', attribution: 'narrative', quantities: [{ min: 31000, max: 31000, unit: 'participants' }],
    });
    expect(statementIn('be', 'Традыцыйнае нядзельнае шэсце сабрала больш за 100 тысяч чалавек.', 'шэсце сабрала')).toMatchObject({
      predicate: 'protest', quantities: [{ min: 100000, max: null, unit: 'participants' }],
    });
  });

  it('does not read the people detained at a protest as its size', () => {
    expect(statementIn('ru', 'В ходе акций протеста задержаны 633 человека.', 'задержаны')).toMatchObject({ predicate: 'detain' });
  });

  it('reads ", а Москва відхилила ..." as Moscow\'s own denial after a narrated clause', () => {
    const body = 'Світ висловлює шок після появи доказів того, що російські сили вчинили звірства в Бучі, а Москва відхилила ці повідомлення як «провокацію».';
    expect(statementIn('uk', body, 'провокацію')).toMatchObject({ speaker: 'Russia', attribution: 'indirect', polarity: 'deny' });
  });
});

describe('a transcript: every sentence of a turn is its speaker\'s', () => {
  const transcript = 'President of Russia Vladimir Putin: Thank you. We are glad to see you here. Our troops will not occupy Kyiv, this is not our plan. Then it turned out that it was a fake, just like the fake in Bucha. Alexander Lukashenko: Thank you. Belarus will not send troops to Ukraine.';

  it('gives the sentences after "Vladimir Putin:" to Putin, and those after "Alexander Lukashenko:" to Lukashenko', () => {
    expect(statementIn('en', transcript, 'not occupy Kyiv')).toMatchObject({ speaker: 'Vladimir Putin', attribution: 'direct', polarity: 'deny' });
    expect(statementIn('en', transcript, 'just like the fake in Bucha')).toMatchObject({ speaker: 'Vladimir Putin' });
    expect(statementIn('en', transcript, 'send troops to Ukraine')).toMatchObject({ speaker: 'Alexander Lukashenko', polarity: 'deny' });
  });

  it('keeps of a turn only what claims something: "We are glad to see you here" is no statement', () => {
    expect(statementIn('en', transcript, 'glad to see you')).toBeUndefined();
  });
});

// A post laid out as a heading that names who speaks, then a paragraph that is all quote.
describe('a heading that says who speaks, above a quoted paragraph', () => {
  const post = (heading: string, quoted: string) => analyzeArticle({
    url: 'https://t.test/post', title: heading, byline: null, siteName: null, publishedAt: '2020-08-11', lang: 'ru', text: `${heading}\n\n${quoted}`,
  }).statements;

  it('gives every sentence of the quote to the heading’s speaker', () => {
    const statements = post('МВД сообщило о погибшем во время протестов',
      '"Один из протестующих пытался бросить взрывное устройство в сторону сотрудников милиции. Оно взорвалось у него в руке, мужчина погиб на месте."');
    const exploded = statements.find((s) => s.text.includes('взорвалось'));
    expect(exploded).toMatchObject({ speaker: expect.stringMatching(/МВД/), attribution: 'direct' });
  });

  it('gives a quote under a heading that names no speaker to no one', () => {
    const statements = post('Протесты в Минске: вторая ночь',
      '"Оно взорвалось у него в руке, мужчина погиб на месте."');
    expect(statements.find((s) => s.text.includes('взорвалось'))?.speaker ?? null).toBeNull();
  });
});
