import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';
import { findPredicate } from './predicates';

// How wire copy in each language of the mission reports a strike and who told of it. Sentences
// written for the test, after the common wording of agency reports.
const statementsOf = (lang: string, text: string) => analyzeArticle({
  url: 'https://wire.test/report', title: '', byline: null, siteName: null, publishedAt: '2024-02-01', lang, text,
}).statements;

describe('a speaker named only by office, where the language has no article', () => {
  it.each([
    ['ru', 'Во время удара по Харькову погибли три человека, сообщил губернатор.', 'губернатор'],
    ['uk', 'Під час удару по Харкову загинули троє людей, повідомив губернатор.', 'губернатор'],
    ['be', 'Падчас удару па Харкаве загінулі тры чалавекі, паведаміў губернатар.', 'губернатар'],
    ['bg', 'При удара по Харков загинаха трима души, съобщи губернаторът.', 'губернаторът'],
    ['pl', 'W ataku na Charków zginęły trzy osoby, poinformował gubernator.', 'gubernator'],
  ])('%s: %s', (lang, text, speaker) => {
    const [statement] = statementsOf(lang, text);
    expect(statement?.speaker).toBe(speaker);
    expect(statement?.text).not.toContain(speaker);
  });

  it('still reads no speaker in a lone word that names no one', () => {
    expect(statementsOf('ru', 'Во время удара по Харькову погибли три человека, сообщил вчера.')[0]?.speaker ?? null).toBeNull();
  });
});

describe('a strike told as a noun in English', () => {
  it.each([
    'The Kremlin denied responsibility for the strike on Kramatorsk.',
    'Russia denied it had carried out the strike.',
    'Ukraine said strikes against the city continued overnight.',
  ])('%s', (text) => {
    expect(findPredicate(text, { lang: 'en' })?.predicate).toBe('strike');
  });

  it.each([
    'Dock workers went on strike on Monday.',
    'Unions called a general strike against the pension reform.',
  ])('not a strike of weapons: %s', (text) => {
    expect(findPredicate(text, { lang: 'en' })?.predicate).not.toBe('strike');
  });
});

describe('a harm told by an official of the country it fell on', () => {
  it.each([
    ['ru', 'Во время удара по Харькову погибли три человека, сообщил глава области Олег Синегубов.'],
    ['uk', 'Унаслідок удару по Харкову загинули троє людей, повідомив голова ОВА Олег Синєгубов.'],
    ['en', 'Three people were killed in a strike on Kharkiv, regional governor Oleh Syniehubov said.'],
  ])('names no one as its author, not his own country: %s', (lang, text) => {
    expect(statementsOf(lang, text)[0]?.subject ?? null).toBeNull();
  });

  it('keeps the author the report names', () => {
    expect(statementsOf('ru', 'Удар по Харькову нанесли российские войска, сообщил Синегубов.')[0]?.subject).toBe('Russia');
  });

  it("keeps the speaker's country for its own strikes abroad", () => {
    expect(statementsOf('uk', 'Генштаб ЗСУ повідомив, що удар по Бєлгороду завдали українські ракетники.')[0]?.subject).toBe('Ukraine');
  });
});

describe('"the enemy" as who acts', () => {
  it.each([
    ['uk', 'Речник Повітряних сил Юрій Ігнат заявив, що ворог випустив 40 ракет.', 'Russia'],
    ['en', "Ukraine's air force said the enemy launched 40 missiles overnight.", 'Russia'],
    ['ru', 'В Минобороны России заявили, что противник атаковал позиции в Курской области.', 'Ukraine'],
    ['uk', 'Окупанти обстріляли Херсон, повідомив губернатор.', 'Russia'],
  ])('%s: %s', (lang, text, subject) => {
    expect(statementsOf(lang, text)[0]?.subject).toBe(subject);
  });
});

describe('a denied act said in three words', () => {
  it.each([
    ['ru', 'Песков опроверг сообщения о мобилизации.'],
    ['bg', 'Песков отрече съобщенията за мобилизация.'],
    ['pl', 'Pieskow zaprzeczył doniesieniom o mobilizacji.'],
  ])('%s: %s', (lang, text) => {
    const [statement] = statementsOf(lang, text);
    expect(statement?.predicate).toBe('mobilise');
    expect(statement?.polarity).toBe('deny');
  });

  it('keeps out a short affirmation that names nothing', () => {
    expect(statementsOf('ru', 'Песков подтвердил сообщения о мобилизации.')).toHaveLength(0);
  });
});

describe('a town not to be given up, in Polish', () => {
  it('is a vow to hold it', () => {
    const [statement] = statementsOf('pl', 'Zełenski oświadczył, że Ukraina nie odda Bachmutu.');
    expect(statement?.predicate).toBe('withdraw');
    expect(statement?.polarity).toBe('deny');
  });
});

describe('a toll in every language of the mission', () => {
  it.each([
    ['ru', 'По данным ООН, с начала войны погибли более 10 тысяч мирных жителей.'],
    ['uk', 'За даними ООН, від початку війни загинули понад 10 тисяч цивільних.'],
    ['be', 'Паводле звестак ААН, з пачатку вайны загінулі больш за 10 тысяч мірных жыхароў.'],
    ['bg', 'Според ООН от началото на войната са загинали над 10 хиляди цивилни.'],
    ['pl', 'Według ONZ od początku wojny zginęło ponad 10 tysięcy cywilów.'],
    ['en', 'More than 10,000 civilians have been killed since the start of the war, according to the UN.'],
  ])('%s: more than 10,000 killed', (lang, text) => {
    const [statement] = statementsOf(lang, text);
    expect(statement?.predicate).toBe('casualties');
    expect(statement?.quantities[0]).toMatchObject({ min: 10000, max: null, unit: 'killed' });
  });

  it('reads a loss with the time between the verb and the count', () => {
    const [statement] = statementsOf('ru', 'Минобороны России заявило, что ВСУ потеряли за неделю до 2000 военнослужащих.');
    expect(statement?.predicate).toBe('casualties');
    expect(statement?.quantities[0]).toMatchObject({ max: 2000, unit: 'troops' });
  });
});

describe('names as Belarusian and Ukrainian copy write them', () => {
  it('reads Belarusian ў at a word start after a vowel ("ўкраінскі беспілотнік") as Ukraine', () => {
    const [statement] = statementsOf('be', 'Дзяржпагранкамітэт заявіў, што ўкраінскі беспілотнік парушыў паветраную прастору Беларусі.');
    expect(statement?.subject).toBe('Ukraine');
  });

  it('reads "Повітряні сили" alone as Ukraine\'s air force', () => {
    expect(statementsOf('uk', 'Сили ППО збили 30 із 40 ракет, повідомили в Повітряних силах.')[0]?.speaker).toBe('Ukrainian Air Force');
  });
});
