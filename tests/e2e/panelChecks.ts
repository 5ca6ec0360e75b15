// Checks run inside the panel page (page.evaluate): each function is self-contained, since
// Playwright sends its source to the browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What every panel state must pass: no dangling separators, AA contrast, no tiny type, and
 * no serious or critical axe-core violation (WCAG 2 A and AA rules).
 */
export async function expectReadable(view: Page): Promise<void> {
  expect(await view.evaluate(danglingSeparators)).toEqual([]);
  expect(await view.evaluate(lowContrastText)).toEqual([]);
  expect(await view.evaluate(tinyText)).toEqual([]);
  // Evaluated over the DevTools protocol, which the extension page's script policy allows.
  await view.evaluate(AXE);
  const violations = await view.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations).toEqual([]);
}

/** "·" separators that end a line: the text after them starts the next line. */
export function danglingSeparators(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const rectOf = (node: Text, offset: number) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    return range.getClientRects()[0];
  };
  texts.forEach((node, index) => {
    const text = node.data;
    for (let at = text.indexOf('·'); at >= 0; at = text.indexOf('·', at + 1)) {
      const dot = rectOf(node, at);
      if (!dot) continue;
      // The next visible character after the dot, in this text node or the following ones.
      let next: DOMRect | undefined;
      for (let i = index, from = at + 1; i < texts.length && !next; i++, from = 0) {
        const data = texts[i]!.data;
        for (let j = from; j < data.length && !next; j++) if (data[j]!.trim()) next = rectOf(texts[i]!, j);
      }
      if (next && next.top >= dot.bottom - 2) found.push(`${text.slice(Math.max(0, at - 20), at + 1)}⏎${(node.parentElement?.closest('p, div, footer')?.textContent ?? '').slice(0, 60)}`);
    }
  });
  return found;
}

/** Visible text under WCAG AA's 4.5:1 against the background it is drawn on. */
export function lowContrastText(): string[] {
  const parse = (color: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
    const channel = (value: number) => {
      const v = value / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const backgroundOf = (element: Element | null): { r: number; g: number; b: number } => {
    for (let at = element; at; at = at.parentElement) {
      const background = parse(getComputedStyle(at).backgroundColor);
      if (background.a > 0.5) return background;
    }
    return { r: 255, g: 255, b: 255 };
  };
  const low: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const ownText = [...element.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim());
    if (!ownText || (element as HTMLButtonElement).disabled) continue;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
    const [light, dark] = [luminance(parse(style.color)), luminance(backgroundOf(element))].sort((a, b) => b - a);
    const ratio = (light! + 0.05) / (dark! + 0.05);
    if (ratio < 4.5) low.push(`${ratio.toFixed(2)} ${element.tagName.toLowerCase()}.${element.className}: ${element.textContent!.trim().slice(0, 40)}`);
  }
  return low;
}

/** The computed look of source links in each section. */
export function sourceLinkStyles(): Record<'related' | 'contradictions', Array<{ color: string; decoration: string }>> {
  const look = (selector: string) =>
    [...document.querySelectorAll(selector)].map((link) => {
      const style = getComputedStyle(link);
      return { color: style.color, decoration: style.textDecorationLine };
    });
  return { related: look('[data-testid=related] a'), contradictions: look('[data-testid=contradictions] a') };
}

/** Visible text set smaller than 11 px (Chrome shrinks an extension page's body to 75%). */
export function tinyText(): string[] {
  const tiny: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const ownText = [...element.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim());
    const size = parseFloat(getComputedStyle(element).fontSize);
    if (ownText && size < 11 && element.getBoundingClientRect().width > 1) tiny.push(`${size}px ${element.tagName.toLowerCase()}: ${element.textContent!.trim().slice(0, 40)}`);
  }
  return tiny;
}
