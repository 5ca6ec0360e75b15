import { pairKey } from '@/src/archive/pairKey';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Contradiction } from '@/src/core/types';
import type { TabState } from '@/src/messaging/protocol';
import { AtAGlance } from '@/src/ui/AtAGlance';
import { Contradictions } from '@/src/ui/Contradictions';
import { outletName } from '@/src/ui/format';
import { summarizeGlance } from '@/src/ui/glance';
import { groupByStatement } from '@/src/ui/groupContradictions';
import { HiddenPairs } from '@/src/ui/HiddenPairs';
import { PriorEvents } from '@/src/ui/PriorEvents';
import { RelatedReports } from '@/src/ui/RelatedReports';
import { HighlightToggle } from './HighlightToggle';
import { usePageHighlights } from './usePageHighlights';
import { useReportLanguages } from './useReportLanguages';

/** The pairs the reader marked "not a contradiction" (useDismissedPairs). */
export interface DismissedPairs {
  keys: Set<string>;
  /** Read once: until then the cards wait, so none appears and then vanishes. */
  ready: boolean;
  dismiss?(item: Contradiction): Promise<void>;
  restore(key: string): Promise<void>;
}

interface Props {
  tabId: number | null;
  state: TabState & { article: NonNullable<TabState['article']> };
  dismissed: DismissedPairs;
}

/** The article's backstory: the strip at a glance, related reports, contradicted statements. */
export function Results({ tabId, state, dismissed }: Props) {
  const { article } = state;
  const { langOf, ready } = useReportLanguages([...state.related.map((report) => report.url), ...state.contradictions.map((item) => item.other.url)]);
  const outletOf = (url: string) => state.related.find((report) => report.url === url)?.siteName ?? null;
  // Pairs the reader marked "not a contradiction" leave every count and card, whatever the
  // background sent.
  const keyed = state.contradictions.map((item) => ({ key: pairKey(item), item }));
  const contradictions = keyed.filter(({ key }) => !dismissed.keys.has(key)).map(({ item }) => item);
  const hidden = [...new Map(keyed.filter(({ key }) => dismissed.keys.has(key)).map((entry) => [entry.key, entry])).values()];
  const groups = groupByStatement(contradictions);
  const highlights = usePageHighlights(tabId, groups.map((group) => ({ key: group.key, text: group.statement.text })));
  const [activeKey, setActiveKey] = useState<string | null>(null);

  // A highlight clicked in the page: its card comes into view and takes the focus.
  useEffect(() => {
    if (!highlights.clicked) return;
    setActiveKey(highlights.clicked.key);
    const card = [...document.querySelectorAll<HTMLElement>('li.contradiction')].find((item) => item.dataset.key === highlights.clicked!.key);
    card?.scrollIntoView({ block: 'nearest' });
    card?.focus({ preventScroll: true });
  }, [highlights.clicked]);
  // After "Not a contradiction" the card goes; the focus moves to the card that takes its
  // place (or the note of what was hidden), not back to the top of the panel.
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    if (refocus.current === null) return;
    const cards = [...document.querySelectorAll<HTMLElement>('li.contradiction')];
    const next = cards[Math.min(refocus.current, cards.length - 1)] ?? document.querySelector<HTMLElement>('[data-testid=show-hidden-pairs]');
    refocus.current = null;
    next?.focus();
  }, [dismissed.keys]);
  const dismiss =
    dismissed.dismiss &&
    ((item: Contradiction) => {
      const card = document.activeElement?.closest('li.contradiction');
      refocus.current = Math.max(0, [...document.querySelectorAll('li.contradiction')].indexOf(card as Element));
      return dismissed.dismiss!(item);
    });
  const locate = (key: string) => {
    setActiveKey(key);
    highlights.locate(key);
  };

  if (!ready) return null;
  // With nothing found, a strip of zeros and a hint about moving between results say nothing.
  const priorGroups = state.priorEvents ?? [];
  const priorCount = priorGroups.reduce((sum, group) => sum + group.events.length, 0);
  const found = state.related.length > 0 || contradictions.length > 0 || priorCount > 0;
  return (
    <>
      {found && <AtAGlance glance={summarizeGlance({ article, related: state.related, contradictions, outletOf, langOf, priorEvents: priorCount })} />}
      <section class="section" id="related" data-testid="related">
        <h2>
          Related reports <span class="count">{state.related.length}</span>
        </h2>
        <RelatedReports related={state.related} publishedAt={article.publishedAt} langOf={langOf} />
      </section>
      <section class="section" id="contradictions" data-testid="contradictions">
        <h2>
          Contradicted statements <span class="count">{groups.length}</span>
        </h2>
        {groups.length > 0 && <HighlightToggle highlights={highlights} found={highlights.located?.size} total={groups.length} />}
        <Contradictions
          contradictions={contradictions}
          self={{ outlet: outletName(article.siteName, article.url), url: article.url, publishedAt: article.publishedAt, lang: article.lang }}
          outletOf={outletOf}
          langOf={langOf}
          onDismiss={dismiss}
          onLocate={locate}
          located={highlights.located}
          activeKey={activeKey}
        />
        <HiddenPairs hidden={hidden} onRestore={dismissed.restore} />
      </section>
      {priorCount > 0 && <PriorEvents groups={priorGroups} />}
      {found && (
        <p class="keys-hint">
          <kbd>j</kbd> / <kbd>k</kbd> move between results, <kbd>Enter</kbd> opens one
        </p>
      )}
    </>
  );
}
