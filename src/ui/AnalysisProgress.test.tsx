import { describe, expect, test } from 'vitest';
import { AnalysisProgress } from './AnalysisProgress';
import { renderForTest } from './renderForTest';

describe('the progress of an analysis', () => {
  test('marks the steps done and the one under way, and says how many articles it compares with', () => {
    const view = renderForTest(<AnalysisProgress stage="matching" archiveSize={1204} />);
    const steps = view.all('ol.steps li');
    expect(steps.map((step) => step.className)).toEqual(['done', 'done', 'current']);
    expect(steps[2]!.getAttribute('aria-current')).toBe('step');
    expect(steps[2]!.textContent).toContain('Comparing them with your archive (1,204\u00a0articles)');
    expect(view.all('[role=status]')[0]!.textContent).toBe('Step 3 of 3: Comparing them with your archive');
  });

  test('a state that names no step starts at reading the page', () => {
    const view = renderForTest(<AnalysisProgress />);
    expect(view.all('li.current')[0]!.textContent).toContain('Reading the page');
    expect(view.text()).not.toContain('articles)');
  });
});
