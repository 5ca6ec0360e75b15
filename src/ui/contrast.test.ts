import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// Every text colour of the stylesheet against each background it is drawn on, in both themes,
// at WCAG AA for normal text (4.5:1): panel meta lines are 11-12.5 px.
const css = readFileSync(path.resolve(__dirname, '../../assets/theme.css'), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map(([, name, value]) => [name!, value!.toLowerCase()]));
}

const light = variables(/:root\s*{([^}]*)}/.exec(css)![1]!);
const dark = { ...light, ...variables(/prefers-color-scheme:\s*dark\)\s*{\s*:root\s*{([^}]*)}/.exec(css)![1]!) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function ratio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

const PAIRS: Array<[string, string]> = [
  ...['ink', 'muted', 'faint', 'accent', 'link', 'conflict'].flatMap((text): Array<[string, string]> => [
    [text, 'paper'],
    [text, 'wash'],
  ]),
  ['accent-ink', 'accent'],
  ['same-event', 'same-event-wash'],
  ['conflict', 'conflict-wash'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_, theme) => {
  test.each(PAIRS)('--%s on --%s reads at 4.5:1 or more', (text, background) => {
    expect(theme[text], `--${text}`).toBeDefined();
    expect(ratio(theme[text]!, theme[background]!)).toBeGreaterThanOrEqual(4.5);
  });
});
