import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';

const statementOf = (lang: string, text: string) => analyzeArticle({
  url: 'https://news.test/troops', title: '', byline: null, siteName: null, publishedAt: '2022-12-19', lang, text,
}).statements[0];

// A leader who denies sending troops "from his country" speaks of his country's act: the one
// who would send them is Belarus, as a reader takes it, not Lukashenko in person.
describe('troops sent from the speaker\'s own country', () => {
  it.each([
    ['en', 'Lukashenko said he has no intention of sending troops from his country to Ukraine.'],
    ['ru', 'Лукашенко заявил, что не намерен отправлять войска из своей страны на Украину.'],
    ['uk', 'Лукашенко заявив, що не має наміру відправляти війська зі своєї країни в Україну.'],
  ])('%s: the sender is Belarus', (lang, text) => {
    expect(statementOf(lang, text)).toMatchObject({ predicate: 'send_troops', polarity: 'deny', subject: 'Belarus', target: 'Ukraine' });
  });
});

// "Moscow's forces", "Kyiv’s troops": reporters name a side by its capital; the capital's
// forces are the country's, so a capture claim has the side a reader sees in it.
describe('a capital\'s forces are its country\'s', () => {
  it.each([
    ['Donetsk officials said Moscow’s forces were in control of all access roads to Bakhmut.', 'occupy', 'Russia'],
    ['Officials said Kyiv\'s troops had retaken the village of Klishchiivka.', 'occupy', 'Ukraine'],
  ])('%s', (text, predicate, subject) => {
    expect(statementOf('en', text)).toMatchObject({ predicate, subject });
  });

  it('leaves a capital\'s envoy to the speaker rules', () => {
    expect(statementOf('en', 'Officials said Moscow\'s envoy had walked out of the talks.')?.subject).not.toBe('Russia');
  });
});

// Taking a place, with the verb of taking in any form: "спрабавалі ўзяць Саледар" tried to take it.
describe('a verb of taking with a place for object', () => {
  it.each([
    ['be', 'Генштаб УСУ паведаміў, што расійскія войскі спрабавалі ўзяць Саледар.', 'deny'],
    ['be', 'Расійскія войскі ўзялі Саледар, паведаміла Міністэрства абароны Расіі.', 'affirm'],
    ['ru', 'Российские войска пытались взять Соледар, сообщил Генштаб ВСУ.', 'deny'],
  ])('%s: %s', (lang, text, polarity) => {
    expect(statementOf(lang, text)).toMatchObject({ predicate: 'occupy', polarity });
  });
});

// A country named after the act with "in", "на", "у" says where it happened, not who did it:
// the doer of a denied strike is the denier's side.
describe('a country after the act that says where', () => {
  it.each([
    ['en', 'Moscow has denied targeting civilians in Ukraine.'],
    ['ru', 'В Кремле отрицают, что наносят удары по жилым кварталам на Украине.'],
  ])('%s: the one who strikes is Russia, not Ukraine', (lang, text) => {
    expect(statementOf(lang, text)).toMatchObject({ predicate: 'strike', polarity: 'deny', subject: 'Russia' });
  });
});

// The same with a part of the country between ("in eastern Ukraine", "на востоке Украины"):
// the side that claims the town is the claimant's, not Ukraine.
describe('a part of a country after the act that says where', () => {
  it.each([
    ['en', 'Russia´s mercenary Wagner Group has claimed control over the town of Soledar in eastern Ukraine.'],
    ['ru', 'ЧВК «Вагнер» заявила о взятии под контроль Соледара на востоке Украины.'],
    ['uk', 'ПВК «Вагнер» заявила, що взяла під контроль Соледар на сході України.'],
  ])('%s: the one who takes control is not Ukraine', (lang, text) => {
    const found = statementOf(lang, text);
    expect(found).toMatchObject({ predicate: 'occupy', polarity: 'affirm' });
    expect(found!.subject).not.toBe('Ukraine');
  });
});

// "a village near Bakhmut": the named town places the village taken; it is not what was taken.
describe('an unnamed settlement placed by a named town', () => {
  it.each([
    ['en', 'Russia said it has captured a village on the northern outskirts of Bakhmut.'],
    ['ru', 'Минобороны России заявило, что войска заняли село под Бахмутом.'],
    ['uk', 'Міноборони Росії заявило, що війська захопили селище біля Бахмута.'],
  ])('%s: the capture has no named target', (lang, text) => {
    expect(statementOf(lang, text)).toMatchObject({ predicate: 'occupy', polarity: 'affirm', target: null });
  });

  it('keeps a town taken by name as the target', () => {
    expect(statementOf('en', 'Russia said it has captured Bakhmut.')).toMatchObject({ predicate: 'occupy', target: 'Bakhmut' });
  });
});

// "Nobody is attacking Russia": no one is the doer, and the name after the verb is whom.
describe('a denial whose subject is nobody', () => {
  it.each([
    ['en', '“Nobody is attacking Russia,” White House National Security Adviser Jake Sullivan told reporters.'],
    ['ru', 'Никто не нападает на Россию, заявил советник Белого дома по национальной безопасности Джейк Салливан.'],
    ['uk', 'Ніхто не нападає на Росію, заявив радник Білого дому з національної безпеки Джейк Салліван.'],
  ])('%s: no one attacks, Russia is the target', (lang, text) => {
    expect(statementOf(lang, text)).toMatchObject({ predicate: 'attack', polarity: 'deny', subject: null, target: 'Russia' });
  });

  it('keeps a named subject before the verb', () => {
    expect(statementOf('en', 'Ukraine is not attacking Russia, Zelensky said.')).toMatchObject({ predicate: 'attack', polarity: 'deny', subject: 'Ukraine', target: 'Russia' });
  });
});
