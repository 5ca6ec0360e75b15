import { adviseOnError, type ErrorAction } from './errorAdvice';

interface Props {
  message: string;
  /** Run the analysis again; without it, no "Try again" is offered. */
  onRetry?: () => void;
  /** Reload the page in the tab; without it, no "Reload the page" is offered. */
  onReload?: () => void;
}

const LINKS: Partial<Record<ErrorAction, [string, string]>> = {
  archive: ['/options.html', 'Open the archive page'],
  settings: ['/options.html#settings-title', 'Open the settings'],
};

/** A failure said plainly, with what to do about it and the buttons that do it. */
export function ErrorNotice({ message, onRetry, onReload }: Props) {
  const advice = adviseOnError(message);
  const handlers: Partial<Record<ErrorAction, (() => void) | undefined>> = { retry: onRetry, reload: onReload };
  const labels: Partial<Record<ErrorAction, string>> = { retry: 'Try again', reload: 'Reload the page' };
  return (
    <section class="error-notice" role="alert" data-testid="error">
      <h2>{advice.title}</h2>
      <p>{advice.todo}</p>
      {advice.actions.length > 0 && (
        <p class="error-actions">
          {advice.actions.map((action) => {
            const link = LINKS[action];
            if (link) {
              return (
                <a class="button secondary" href={link[0]} target="_blank" key={action}>
                  {link[1]}
                </a>
              );
            }
            const run = handlers[action];
            return run ? (
              <button type="button" class="secondary" onClick={run} key={action}>
                {labels[action]}
              </button>
            ) : null;
          })}
        </p>
      )}
      {advice.detail && (
        <p class="error-detail">
          <span class="visually-hidden">Message: </span>
          {advice.detail}
        </p>
      )}
    </section>
  );
}
