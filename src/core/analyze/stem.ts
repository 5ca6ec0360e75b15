// Light stemming: plurals and possessives only, so terms stay readable in the reasons shown
// to the reader ("talks" and "talk" meet; "attacked" stays a word of its own).
const INVARIANT = /(?:ss|us|is|ous|ics|sis)$/;

export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]$/, '');
  if (w.length <= 3 || INVARIANT.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}
