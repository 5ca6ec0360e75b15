import type { Direction } from './protocol';

/** The parts of runtime.MessageSender the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface ExtensionIdentity {
  /** runtime.id */
  id: string;
  /** runtime.getURL('/'), e.g. "chrome-extension://abc/" */
  origin: string;
}

/**
 * Which of our own contexts sent a message, or null for anything else. Web pages cannot reach
 * the background (there is no externally_connectable), but a message is only trusted when the
 * sender proves to be ours: content scripts run in our extension with a tab, extension pages
 * are served from our own origin.
 */
export function senderDirection(sender: SenderInfo, self: ExtensionIdentity): Direction | null {
  if (sender.id !== self.id) return null;
  const fromOurOrigin = typeof sender.url === 'string' && sender.url.startsWith(self.origin);
  if (fromOurOrigin) return 'page';
  if (sender.tab?.id !== undefined && sender.tab.id >= 0) return 'content';
  return null;
}

/**
 * Broadcast notices are accepted only from the background: same extension, not a content
 * script (content scripts always carry a tab), from our origin.
 */
export function isFromBackground(sender: SenderInfo, self: ExtensionIdentity): boolean {
  return (
    sender.id === self.id &&
    sender.tab === undefined &&
    (sender.url === undefined || sender.url.startsWith(self.origin))
  );
}
