/**
 * Chrome's own words when the background worker stops (or restarts after an update) while a
 * call waits for its answer: "A listener indicated an asynchronous response by returning true,
 * but the message channel closed before a response was received", "Could not establish
 * connection. Receiving end does not exist."
 */
const WORKER_GONE = /message channel (is )?closed|Receiving end does not exist|Could not establish connection|Extension context invalidated|message port closed/i;

/** A failed call as a sentence the reader can act on. */
export function readerError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (WORKER_GONE.test(message)) {
    return (
      'Backstory’s background stopped before it answered (the browser may have stopped or updated it). ' +
      'Nothing is lost: what was stored is kept. Try again; if it keeps happening, reload the extension.'
    );
  }
  return message;
}
