interface Props {
  offset: number;
  pageSize: number;
  total: number;
  onOffset: (offset: number) => void;
}

/** "Newer · 51–100 of 240 · Older", shown only when the archive spans more than a page. */
export function Pager({ offset, pageSize, total, onOffset }: Props) {
  if (total <= pageSize) return null;
  return (
    <div class="pager">
      <button type="button" class="secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
        Newer
      </button>
      <span>
        {offset + 1}–{Math.min(total, offset + pageSize)} of {total}
      </span>
      <button type="button" class="secondary" disabled={offset + pageSize >= total} onClick={() => onOffset(offset + pageSize)}>
        Older
      </button>
    </div>
  );
}
