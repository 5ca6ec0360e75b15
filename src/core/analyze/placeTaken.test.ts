import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyzeArticle';

const article = (text: string) => analyzeArticle({
  url: 'https://news.test/bakhmut', title: 'Fighting for Bakhmut', byline: null, siteName: null, publishedAt: '2023-01-12', lang: 'en', text,
});
const statementWith = (text: string, words: string) => article(text).statements.find((s) => s.text.includes(words));

describe('a verb of taking or holding with a town for its object', () => {
  it('"have taken Soledar" is a capture of Soledar', () => {
    expect(statementWith('Prigozhin said his men had taken Soledar on Wednesday.', 'taken Soledar')).toMatchObject({ predicate: 'occupy' });
  });

  it('"continue to hold Bakhmut" is the town held, against a claim of its capture', () => {
    expect(statementWith('Ukrainian forces continue to hold Bakhmut, Zelensky said on Tuesday.', 'hold Bakhmut')).toMatchObject({ predicate: 'hold', speaker: 'Volodymyr Zelensky' });
    expect(statementWith('The general said his troops still held Soledar on Thursday.', 'held Soledar')).toMatchObject({ predicate: 'hold' });
  });

  it('talks held in a town, and steps taken, hold and take nothing', () => {
    expect(statementWith('The two leaders held talks in Minsk, the Kremlin said.', 'held talks')?.predicate).not.toBe('hold');
    expect(statementWith('Kyiv has taken steps to secure Bakhmut, the minister said.', 'taken steps')?.predicate).not.toBe('occupy');
  });
});

describe('troops leaving or entering a town, in Russian, Ukrainian and Belarusian', () => {
  const slavic = (lang: string, text: string, words: string) => analyzeArticle({
    url: 'https://news.test/front', title: 'Новости', byline: null, siteName: null, publishedAt: '2023-01-12', lang, text,
  }).statements.find((s) => s.text.includes(words));

  it('leaving a town is a withdrawal from it', () => {
    expect(slavic('ru', 'Украинские военные оставили Соледар в среду, сообщил Генштаб.', 'оставили Соледар')).toMatchObject({ predicate: 'withdraw' });
    expect(slavic('uk', 'ЗСУ залишили Соледар минулої середи, повідомив Генштаб.', 'залишили Соледар')).toMatchObject({ predicate: 'withdraw' });
    expect(slavic('be', 'Беларускія вайскоўцы пакінулі Гомель у аўторак, паведаміла Міністэрства абароны.', 'пакінулі Гомель')).toMatchObject({ predicate: 'withdraw' });
  });

  it('going into a town is a claim to it', () => {
    expect(slavic('ru', 'Российские войска вошли в Купянск, заявило Минобороны.', 'вошли в Купянск')).toMatchObject({ predicate: 'occupy' });
    expect(slavic('uk', 'Українські війська увійшли до Херсона, повідомив Зеленський.', 'увійшли до Херсона')).toMatchObject({ predicate: 'occupy' });
  });

  it('going onto a region\'s territory is a claim to it', () => {
    expect(slavic('ru', 'Вооружённые силы Украины зашли на территорию Курской области, сообщил Генштаб.', 'территорию Курской')).toMatchObject({ predicate: 'occupy' });
  });

  it('occupying a town ("заняли", "зайняли") is a claim to it', () => {
    expect(slavic('ru', 'Российские войска полностью заняли Бахмут, заявил Шойгу.', 'заняли Бахмут')).toMatchObject({ predicate: 'occupy' });
    expect(slavic('uk', 'Росіяни зайняли Соледар, визнав Генштаб.', 'зайняли Соледар')).toMatchObject({ predicate: 'occupy' });
  });

  it('giving a town up is a withdrawal from it; vowing never to is one denied', () => {
    expect(slavic('ru', 'Украинские военные сдали Соледар, заявил Пригожин.', 'сдали Соледар')).toMatchObject({ predicate: 'withdraw', polarity: 'affirm' });
    expect(slavic('ru', '«Мы никогда не отдадим Бахмут врагу», — сказал Зеленский.', 'не отдадим Бахмут')).toMatchObject({ predicate: 'withdraw', polarity: 'deny' });
    expect(slavic('uk', '«Ми не віддамо Бахмут ворогу», — сказав Зеленський.', 'не віддамо Бахмут')).toMatchObject({ predicate: 'withdraw', polarity: 'deny' });
    expect(statementWith('“We will never give up Bakhmut to the enemy,” Zelensky said.', 'give up Bakhmut')).toMatchObject({ predicate: 'withdraw', polarity: 'deny' });
  });

  it('control of a town lost is a withdrawal from it, not its capture', () => {
    expect(slavic('ru', 'Пригожин отрицает, что Вагнер потерял контроль над Соледаром.', 'потерял контроль')).toMatchObject({ predicate: 'withdraw', polarity: 'deny' });
    expect(slavic('uk', 'ЗСУ втратили контроль над Соледаром, визнав Генштаб.', 'втратили контроль')).toMatchObject({ predicate: 'withdraw', polarity: 'affirm' });
    expect(statementWith('Ukraine lost control of Soledar, the general said.', 'lost control')).toMatchObject({ predicate: 'withdraw' });
  });

  it('an exam passed takes no town', () => {
    expect(slavic('ru', 'Студенты из Минска сдали экзамен досрочно, сообщил ректор.', 'сдали экзамен')?.predicate).not.toBe('withdraw');
  });

  it('one person leaving a town travels', () => {
    expect(slavic('ru', 'Президент покинул Минск рано утром, сообщила его пресс-служба.', 'покинул Минск')?.predicate).not.toBe('withdraw');
  });
});

describe('a town fallen, or its fall and loss told as a noun', () => {
  it('"Soledar had fallen" and "the fall of Soledar" are its capture', () => {
    expect(statementWith('Kyiv denied the fall of Soledar on Thursday, officials said.', 'fall of Soledar')).toMatchObject({ predicate: 'occupy', polarity: 'deny' });
    expect(statementWith('Prigozhin said on Wednesday that Soledar had fallen to his men.', 'Soledar had fallen')).toMatchObject({ predicate: 'occupy' });
  });

  it('"сообщения о падении Бахмута", denied, deny its capture', () => {
    const statement = analyzeArticle({
      url: 'https://news.test/b', title: 'Новости', byline: null, siteName: null, publishedAt: '2023-05-20', lang: 'ru',
      text: 'Украинские военные опровергли сообщения о падении Бахмута.',
    }).statements[0];
    expect(statement).toMatchObject({ predicate: 'occupy', polarity: 'deny' });
  });

  it.each([
    ['ru', 'Министерство обороны России сообщило о взятии Бахмута.', 'affirm'],
    ['uk', 'Генштаб ЗСУ заперечив взяття Бахмута.', 'deny'],
    ['be', 'Міністэрства абароны Расіі паведаміла пра ўзяцце Бахмута.', 'affirm'],
  ])('its taking told as a noun (%s) is its capture, said in two words', (lang, text, polarity) => {
    const statement = analyzeArticle({ url: 'https://news.test/t', title: 'Новости', byline: null, siteName: null, publishedAt: '2023-05-20', lang, text }).statements[0];
    expect(statement).toMatchObject({ predicate: 'occupy', polarity });
  });

  it('the loss of tanks is no town taken', () => {
    expect(statementWith('The ministry said on Friday that the loss of the tanks was confirmed.', 'loss of the tanks')?.predicate).not.toBe('occupy');
  });
});
