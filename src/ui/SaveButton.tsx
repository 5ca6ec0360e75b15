import type { SavedMark } from '@/src/messaging/protocol';
import { formatDay } from './format';
import { SAVE_SHORTCUT } from './shortcut';

interface Props {
  saved: SavedMark | null;
  busy: boolean;
  onSave: () => void;
}

/** Save, or the quiet "already in your archive" state once the article is there. */
export function SaveButton({ saved, busy, onSave }: Props) {
  if (saved) {
    return (
      <p class="saved" role="status">
        <span aria-hidden="true">✓</span> In your archive since {formatDay(saved.savedAt)}
      </p>
    );
  }
  return (
    <button type="button" class="primary save" onClick={onSave} disabled={busy} title={`Save article (${SAVE_SHORTCUT})`} aria-keyshortcuts={SAVE_SHORTCUT}>
      {busy ? 'Saving…' : 'Save to archive'}
    </button>
  );
}
