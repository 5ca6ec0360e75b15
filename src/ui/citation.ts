import type { Contradiction } from '@/src/core/types';
import { formatDay } from './format';

/** One side as a citation names it: who, where, when, and where to read it. */
export interface CitedSide {
  text: string;
  speaker: string | null;
  outlet: string;
  publishedAt: string | null;
  url: string | null;
}

function cite(side: CitedSide): string {
  // Narration is the outlet's own words; a quoted speaker is "quoted by" the outlet, so a
  // reader of the citation never takes the outlet for the speaker.
  const who = side.speaker ? `${side.speaker}, quoted by ${side.outlet}` : `${side.outlet}, in its own words`;
  const line = `${who}, ${formatDay(side.publishedAt)}: “${side.text.trim()}”`;
  return side.url ? `${line}\n${side.url}` : line;
}

/**
 * Both statements of a pair as plain text for a story or a fact-check, each with speaker,
 * outlet, date and link, in their original wording.
 */
export function citation(item: Contradiction, self: Omit<CitedSide, 'text' | 'speaker'>, otherOutlet: string): string {
  return [
    cite({ ...self, text: item.statement.text, speaker: item.statement.speaker }),
    cite({ text: item.other.text, speaker: item.other.speaker, outlet: otherOutlet, publishedAt: item.other.publishedAt, url: item.other.url }),
  ].join('\n\n');
}
