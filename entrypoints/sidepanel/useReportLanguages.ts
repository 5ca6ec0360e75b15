import { useEffect, useState } from 'preact/hooks';
import { canonicalUrl } from '@/src/archive';
import { panelArchive } from './archive';

/**
 * The language of each archived report by its address, read from the archive (the matcher's
 * results carry none). An address not found, or an archive that cannot be read, has none:
 * the panel then simply does not name a language.
 */
export function useReportLanguages(urls: string[]): { langOf: (url: string) => string | null; ready: boolean } {
  const [langs, setLangs] = useState<Map<string, string>>(new Map());
  // Until the first answer the results wait, so the languages line never grows after showing.
  const [ready, setReady] = useState(false);
  const key = [...new Set(urls)].sort().join('\n');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split('\n') : [];
    if (wanted.length === 0) {
      setReady(true);
      return;
    }
    const byCanonical = new Map(wanted.map((url) => [canonicalUrl(url), url]));
    panelArchive()
      .articles.where('canonicalUrl')
      .anyOf([...byCanonical.keys()])
      .toArray()
      .then((records) => {
        if (!live) return;
        const found = new Map<string, string>();
        for (const record of records) {
          const url = byCanonical.get(record.canonicalUrl);
          if (url && record.lang) found.set(url, record.lang);
        }
        setLangs(found);
        setReady(true);
      })
      .catch(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [key]);
  return { langOf: (url) => langs.get(url) ?? null, ready };
}
