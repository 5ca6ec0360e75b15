/**
 * The archive page writes the archive itself (imports of any size, deletes and their undo), so
 * the background, which keeps every open tab's "saved" mark and related list, must hear of
 * it. A BroadcastChannel reaches every context of the extension's origin that is running;
 * the sender wakes the background first (see the options page), since a stopped worker hears
 * nothing.
 */
export const ARCHIVE_CHANNEL = 'backstory-archive-changes';

// One sender for the page's life: a channel closed right after posting may drop the message.
let sender: BroadcastChannel | null = null;

export function announceArchiveChange(): void {
  if (!sender) {
    sender = new BroadcastChannel(ARCHIVE_CHANNEL);
    // In Node (tests, scripts) an open channel would keep the process alive.
    (sender as { unref?: () => void }).unref?.();
  }
  sender.postMessage({ type: 'archive-changed' });
}

/** Calls `handler` once per burst of changes announced by other contexts; returns the stop function. */
export function onArchiveChange(handler: () => void, quietMs = 300): () => void {
  const channel = new BroadcastChannel(ARCHIVE_CHANNEL);
  let timer: ReturnType<typeof setTimeout> | undefined;
  channel.onmessage = (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type !== 'archive-changed') return;
    clearTimeout(timer);
    timer = setTimeout(handler, quietMs);
  };
  return () => {
    clearTimeout(timer);
    channel.close();
  };
}
