import { describe, expect, it } from 'vitest';
import { analyzeText } from './pipeline';
import { WARM_UP_LANGS, WARM_UP_TEXTS, warmUpAnalysis, warmUpAnalysisIn } from './warmUp';

const sample = `Kremlin denies plans for a new offensive
Dmitry Peskov told reporters on Tuesday that Russia had no plans to attack Kyiv. "There will be no mobilisation," he said two days after 12 soldiers were killed near Bakhmut.`;

describe('warmUpAnalysis', () => {
  it('has a sample in each language the analyser reads, judged as that language', () => {
    expect(WARM_UP_LANGS).toEqual(['en', 'ru', 'uk', 'be', 'bg', 'pl']);
    for (const lang of WARM_UP_LANGS) {
      const [title = '', ...rest] = WARM_UP_TEXTS[lang]!.split('\n');
      expect(analyzeText(`${title}\n${rest.join('\n')}`, { url: `https://example.com/${lang}` }).article.lang).toBe(lang);
    }
  });

  it('leaves what the analyser makes of an article unchanged', () => {
    const before = analyzeText(sample, { url: 'https://example.com/a', publishedAt: '2023-05-02' });
    for (const lang of WARM_UP_LANGS) warmUpAnalysis(lang);
    // The file import's workers' warm-up: each sample in its own language, without judging it.
    for (const lang of WARM_UP_LANGS) warmUpAnalysisIn(lang);
    expect(analyzeText(sample, { url: 'https://example.com/a', publishedAt: '2023-05-02' })).toEqual(before);
  });
});
