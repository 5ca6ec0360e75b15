import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChange, saveSettings, siteOf, type Settings } from '@/src/settings/settings';

/** Sites never to read, and auto-save of topical articles (off unless turned on). */
export function SettingsSection() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChange(setSettings);
  }, []);
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  const add = () => {
    const site = siteOf(typed);
    if (!site) return setProblem(`“${typed.trim()}” is not a site's address. Type it as bank.example or paste a link from the site.`);
    setProblem(null);
    setTyped('');
    if (!settings.neverRead.includes(site)) update({ ...settings, neverRead: [...settings.neverRead, site].sort() });
  };
  return (
    <section class="section-block" aria-labelledby="settings-title" data-testid="settings">
      <h2 id="settings-title">Settings</h2>
      <label class="check">
        <input type="checkbox" checked={settings.autoSave} onChange={(event) => update({ ...settings, autoSave: (event.target as HTMLInputElement).checked })} data-testid="auto-save" />
        <span>
          <strong>Save topical articles automatically</strong>
          <span class="hint"> Every news article about Russia, Belarus or Ukraine you open is saved to the archive once it is read. Off by default.</span>
        </span>
      </label>
      <h3>Sites never to read</h3>
      <p class="hint">Backstory does not read, analyse or save pages on these sites or their subdomains (your bank, your mail, your newsroom's tools).</p>
      <form
        class="site-form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label>
          <span class="visually-hidden">Site never to read</span>
          <input type="text" placeholder="bank.example or a link from the site" value={typed} onInput={(event) => setTyped((event.target as HTMLInputElement).value)} data-testid="never-read-input" />
        </label>
        <button type="submit" class="secondary">
          Add site
        </button>
      </form>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {settings.neverRead.length === 0 ? (
        <p class="note">No site listed: Backstory looks at every page for a news article.</p>
      ) : (
        <ul class="sites" data-testid="never-read">
          {settings.neverRead.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="secondary small" aria-label={`Remove ${site}`} onClick={() => update({ ...settings, neverRead: settings.neverRead.filter((other) => other !== site) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
