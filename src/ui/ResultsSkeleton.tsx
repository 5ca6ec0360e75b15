/**
 * Grey shapes where the results will be (the strip at a glance, related reports, contradicted
 * statements), so that while an article is analysed the panel already has its final outline
 * and the header and Save button above do not move when the results arrive. Hidden from
 * screen readers, which hear the progress instead.
 */
export function ResultsSkeleton() {
  const card = (lines: number, key: number) => (
    <div class="skeleton-card" key={key}>
      {Array.from({ length: lines }, (_, line) => (
        <span class="bone" style={{ width: `${92 - ((line * 17) % 40)}%` }} key={line} />
      ))}
    </div>
  );
  return (
    <div class="skeleton" aria-hidden="true" data-testid="skeleton">
      {/* The strip's own grid, so its counts wrap at 235 px as the real ones do. */}
      <div class="skeleton-glance">
        <div class="stats">{[0, 1, 2].map((box) => <span class="bone stat-bone" key={box} />)}</div>
        {[0, 1].map((line) => <span class="bone" style={{ width: `${85 - line * 25}%` }} key={line} />)}
        <span class="bone line-bone" />
      </div>
      <p class="skeleton-heading">Related reports</p>
      {[3, 3].map(card)}
      <p class="skeleton-heading">Contradicted statements</p>
      {card(4, 9)}
    </div>
  );
}

/** The article's header before its title is read: the title's and the outlet's lines. */
export function HeaderSkeleton() {
  return (
    <div class="skeleton header-skeleton" aria-hidden="true">
      <span class="bone title" style={{ width: '90%' }} />
      <span class="bone title" style={{ width: '60%' }} />
      <span class="bone" style={{ width: '45%' }} />
    </div>
  );
}
