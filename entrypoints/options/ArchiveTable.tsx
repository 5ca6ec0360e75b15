import type { ArticleSummary } from '@/src/messaging/protocol';
import { outletHost } from '@/src/archive/outletHost';
import { formatDay, outletName, safeHref } from '@/src/ui/format';

interface Props {
  articles: ArticleSummary[];
  onDelete: (article: ArticleSummary) => void;
}

/** The saved articles, newest save first: title and outlet, publication and save dates. */
export function ArchiveTable({ articles, onDelete }: Props) {
  return (
    <table class="archive">
      <thead>
        <tr>
          <th>Article</th>
          <th>Published</th>
          <th>Saved</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id}>
            <td class="title">
              <a href={safeHref(article.url)} target="_blank" rel="noopener noreferrer">
                {article.title || article.url}
              </a>
              <div class="nowrap">
                {outletName(article.siteName, article.url)}
                {/* A claimed outlet name that does not fit the address: its real host beside it. */}
                {outletHost(article.siteName, article.url) && <span class="host"> ({outletHost(article.siteName, article.url)})</span>}
                {article.origin !== 'saved' ? ` · ${article.origin}` : ''}
              </div>
            </td>
            <td class="nowrap">{formatDay(article.publishedAt)}</td>
            <td class="nowrap">{formatDay(article.savedAt)}</td>
            <td>
              <button type="button" class="danger" onClick={() => onDelete(article)}>
                Delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
