// Renders a Preact tree into a linkedom document, so components are tested in Node the way a
// reader meets them: by their text, links and labels. Only tests import this file.
import { parseHTML } from 'linkedom';
import { render, type ComponentChildren } from 'preact';

export interface Rendered {
  root: HTMLElement;
  /** The visible text, with runs of white space as one space. */
  text(): string;
  all(selector: string): HTMLElement[];
  /** Clicks an element and waits for Preact to re-render. */
  click(element: Element): Promise<void>;
}

export function renderForTest(tree: ComponentChildren): Rendered {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  // Preact creates nodes through the global document.
  Object.assign(globalThis, { document });
  const root = document.getElementById('root') as unknown as HTMLElement;
  render(tree, root);
  return {
    root,
    text: () => (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
    all: (selector) => [...root.querySelectorAll(selector)] as HTMLElement[],
    async click(element) {
      element.dispatchEvent(new window.Event('click', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}
