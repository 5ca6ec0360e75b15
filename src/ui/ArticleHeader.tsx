import type { Detection, ExtractedArticle } from '@/src/core/types';
import { COUNTRY_NAMES, formatDay, outletName } from './format';
import { MAX_STATEMENTS, MAX_TEXT_CHARS, MAX_TITLE_CHARS } from '@/src/core/limits';
import { MetaLine } from './MetaLine';
import { OutletHost } from './OutletHost';

/** What Backstory read on the page: title, outlet, date, and the countries it is about. */
export function ArticleHeader({ article, detection }: { article: ExtractedArticle & { outletHost?: string }; detection: Detection | null }) {
  return (
    <header class="article">
      <h1>{article.title || 'Untitled article'}</h1>
      <MetaLine class="article-meta">
        {[
          <span class="outlet">{outletName(article.siteName, article.url)}</span>,
          article.outletHost && <OutletHost name={outletName(article.siteName, article.url)} host={article.outletHost} />,
          <time dateTime={article.publishedAt ?? undefined}>{formatDay(article.publishedAt)}</time>,
          article.byline && <span class="byline">{article.byline}</span>,
        ]}
      </MetaLine>
      {article.truncated && (
        <p class="notice truncated">
          This page is too large to read whole: Backstory read as much of it as its limits allow (the first{' '}
          {MAX_TEXT_CHARS.toLocaleString('en')} characters, {MAX_STATEMENTS.toLocaleString('en')} statements, a title of{' '}
          {MAX_TITLE_CHARS} characters).
        </p>
      )}
      {detection && detection.countries.length > 0 && (
        <p class="countries">
          {detection.countries.map((code) => (
            <span class="badge country" key={code}>
              {COUNTRY_NAMES[code] ?? code}
            </span>
          ))}
        </p>
      )}
    </header>
  );
}
