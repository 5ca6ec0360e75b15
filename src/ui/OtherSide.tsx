import type { Contradiction } from '@/src/core/types';
import { KIND_LABELS, KIND_MEANINGS } from './contradictionKinds';
import { domainOf, formatDay, safeHref } from './format';
import { languageName } from './languageName';
import { MetaLine } from './MetaLine';

interface Props {
  item: Contradiction;
  outlet: string;
  lang: string | null;
  onCopy: () => void;
  onDismiss?: () => void;
  /** "Copied" or a failure, said beside the buttons and to screen readers. */
  status: string | null;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One conflicting statement from the archive, with the kind of conflict and what to do with it. */
export function OtherSide({ item, outlet, lang, onCopy, onDismiss, status }: Props) {
  const domain = domainOf(item.other.url);
  // A statement with no speaker is the other report's own narration: name that report's
  // outlet, so it never reads as the page the reader has open.
  const who = item.other.speaker ? (
    <span class="speaker">{item.other.speaker}</span>
  ) : (
    <span>
      <span class="speaker">The report itself</span> ({outlet})
    </span>
  );
  return (
    <div class="pair">
      <blockquote class="side other-side">
        <p class="kind">{KIND_LABELS[item.kind]}</p>
        {/* The original wording, never a translation; lang lets a screen reader voice it rightly. */}
        <p class="quote" lang={lang ?? undefined}>“{item.other.text}”</p>
        <footer>
          <MetaLine>
            {[who, item.other.speaker && <span class="outlet-name">{outlet}</span>, formatDay(item.other.publishedAt), languageName(lang)]}
          </MetaLine>
          <p class="meta source">
            <a class="source-link" href={safeHref(item.other.url)} target="_blank" rel="noopener noreferrer">
              {item.other.title || domain || item.other.url}
            </a>
            {domain && domain !== outlet && <span class="domain"> {domain}</span>}
          </p>
        </footer>
        <p class="explanation">
          <span class="kind-meaning">{capitalise(KIND_MEANINGS[item.kind])}.</span> {item.explanation}
        </p>
      </blockquote>
      <div class="pair-actions">
        <button type="button" class="small" onClick={onCopy} aria-label="Copy citation of both statements">
          Copy citation
        </button>
        {onDismiss && (
          <button type="button" class="small" onClick={onDismiss} aria-label="Not a contradiction: hide this pair">
            Not a contradiction
          </button>
        )}
        <span class="pair-status" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}
