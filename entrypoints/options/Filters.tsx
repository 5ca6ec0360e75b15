import type { Facets, SearchQuery } from '@/src/search/filterDocs';
import { languageName } from '@/src/ui/languageName';
import { ORIGIN_LABELS } from './originLabels';

interface Props {
  query: SearchQuery;
  facets: Facets;
  onQuery: (query: SearchQuery) => void;
}

/** The search box and its filters; every field labelled, suggestions from what the archive holds. */
/** Newest or oldest first, set beside the count of results. */
export function SortOrder({ query, onQuery }: { query: SearchQuery; onQuery: (query: SearchQuery) => void }) {
  return (
    <label class="sort">
      Order
      <select value={query.sort} onChange={(event) => onQuery({ ...query, sort: (event.target as HTMLSelectElement).value as SearchQuery['sort'] })} data-testid="sort">
        <option value="newest">Newest first</option>
        <option value="oldest">Oldest first</option>
      </select>
    </label>
  );
}

export function Filters({ query, facets, onQuery }: Props) {
  const set = (field: keyof SearchQuery) => (event: Event) => onQuery({ ...query, [field]: (event.target as HTMLInputElement).value });
  const active = Object.entries(query).some(([field, value]) => field !== 'sort' && field !== 'text' && value);
  return (
    <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label class="search-box">
        <span class="visually-hidden">Search the archive</span>
        <input type="search" placeholder="Search the text, titles and outlets: Лукашенко, Soledar, Wagner…" value={query.text} onInput={set('text')} data-testid="search" />
      </label>
      <div class="filter-row">
        <Text label="Outlet" value={query.outlet} list="outlets" options={facets.outlets} onInput={set('outlet')} />
        <Text label="Person" value={query.person} list="people" options={facets.people} onInput={set('person')} />
        <Text label="Place" value={query.place} list="places" options={facets.places} onInput={set('place')} />
        <label>
          Language
          <select value={query.lang} onChange={set('lang')} data-testid="filter-lang">
            <option value="">Any</option>
            {facets.langs.map((code) => (
              <option value={code} key={code}>
                {languageName(code) ?? code}
              </option>
            ))}
          </select>
        </label>
        <label>
          Origin
          <select value={query.origin} onChange={set('origin')} data-testid="filter-origin">
            <option value="">Any</option>
            {[...new Set([...Object.keys(ORIGIN_LABELS), ...facets.origins])].map((origin) => (
              <option value={origin} key={origin}>
                {ORIGIN_LABELS[origin] ?? origin}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="dates">
          <legend>Published</legend>
          <label>
            <span class="visually-hidden">Published from</span>
            <input type="date" value={query.from} onInput={set('from')} data-testid="filter-from" />
          </label>
          <span aria-hidden="true">–</span>
          <label>
            <span class="visually-hidden">Published until</span>
            <input type="date" value={query.to} onInput={set('to')} data-testid="filter-to" />
          </label>
        </fieldset>
        {active && (
          <button type="button" class="secondary clear" onClick={() => onQuery({ ...query, outlet: '', person: '', place: '', lang: '', origin: '', from: '', to: '' })}>
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}

function Text({ label, value, list, options, onInput }: { label: string; value: string; list: string; options: string[]; onInput: (event: Event) => void }) {
  return (
    <label>
      {label}
      <input type="text" value={value} list={list} onInput={onInput} data-testid={`filter-${list}`} autocomplete="off" />
      <datalist id={list}>
        {options.map((option) => (
          <option value={option} key={option} />
        ))}
      </datalist>
    </label>
  );
}
