import { parse } from 'tldts';
import { siteKey } from './siteKey';

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Lower-case Latin words of a name: Cyrillic transliterated, accents and punctuation dropped. */
function wordsOf(name: string): string[] {
  const latin = [...name.toLowerCase().normalize('NFD')].map((c) => CYRILLIC[c] ?? c).join('');
  return latin.replace(/[\u0300-\u036f]/gu, '').split(/[^a-z0-9]+/u).filter(Boolean);
}

/** The label is some consecutive words of the name run together, or their initials ("Deutsche Welle", dw). */
function nameFits(words: string[], label: string): boolean {
  for (let i = 0; i < words.length; i += 1) {
    let joined = '';
    let initials = '';
    for (let j = i; j < words.length && (joined.length < label.length || initials.length < label.length); j += 1) {
      joined += words[j];
      initials += words[j]![0];
      if (joined === label || (initials === label && j > i)) return true;
    }
  }
  // A long label and a name that contain one another, spelt apart or transliterated otherwise.
  const whole = words.join('');
  return label.length >= 5 && whole.length >= 5 && (whole.includes(label) || label.includes(whole));
}

/**
 * A page the reader's own machine serves (a local copy of saved pages, a mirror): like a file
 * opened from disk, its claimed name is no one else's to spoof.
 */
function servedByThisMachine(url: string): boolean {
  try {
    return /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * The real host to show beside an outlet name the page claims (og:site_name), or null when
 * the name fits the address. Any page can call itself "Reuters"; the reader then sees
 * "Reuters (attacker.example)". The name is compared with the one label the address's owner
 * chose: the registrable domain without its public suffix, or the user's name on a shared host.
 */
export function outletHost(siteName: string | null | undefined, url: string): string | null {
  if (servedByThisMachine(url)) return null;
  const words = wordsOf(siteName ?? '');
  const key = siteKey(url);
  if (words.length === 0 || key === null) return null;
  const host = key.split('/')[0]!;
  const ownerLabel = host.includes('.') && key.split('.').length > (parse(host).domain ?? host).split('.').length
    ? host.split('.')[0]!
    : parse(host, { allowPrivateDomains: true }).domainWithoutSuffix ?? host;
  return nameFits(words, ownerLabel) ? null : host;
}
