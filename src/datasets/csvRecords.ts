/** One record of a delimited file: its fields and the line (1-based) it starts on. */
export interface DelimitedRecord {
  fields: string[];
  line: number;
  unterminated?: true;
}

/**
 * Splits text arriving in chunks into records, holding only the record being read: a file of
 * any size goes through in constant memory. With `quotes` (CSV, RFC 4180) a quoted field may
 * hold the delimiter, doubled quotes and newlines (ACLED's notes do); without (GDELT's tab
 * export, which never quotes) a quote is an ordinary character, so a stray one in a name cannot
 * swallow the lines after it. Blank lines yield nothing; CR LF and LF both end a line. A quote
 * left open runs to the end of the file: that last record is marked `unterminated`.
 */
export async function* delimitedRecords(
  chunks: AsyncIterable<string>,
  options: { delimiter: string; quotes: boolean },
): AsyncGenerator<DelimitedRecord> {
  const { delimiter, quotes } = options;
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteSeen = false; // a quote just closed: the next char decides (another quote, or the end)
  let line = 1;
  let recordLine = 1;
  let recordStarted = false;
  for await (const chunk of chunks) {
    const completed: DelimitedRecord[] = [];
    let start = 0; // unquoted runs are sliced, not appended character by character
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (inQuotes) {
        if (c === '"') {
          field += chunk.slice(start, i);
          start = i + 1;
          inQuotes = false;
          quoteSeen = true;
        } else if (c === '\n') line++;
        continue;
      }
      if (quoteSeen) {
        quoteSeen = false;
        if (c === '"') { field += '"'; inQuotes = true; start = i + 1; continue; }
      }
      if (c === delimiter) {
        fields.push(field + chunk.slice(start, i));
        field = '';
        start = i + 1;
        recordStarted = true;
      } else if (c === '\n') {
        let value = field + chunk.slice(start, i);
        if (value.endsWith('\r')) value = value.slice(0, -1);
        if (recordStarted || value !== '') {
          fields.push(value);
          completed.push({ fields, line: recordLine });
        }
        fields = [];
        field = '';
        recordStarted = false;
        start = i + 1;
        recordLine = ++line;
      } else if (c === '"' && quotes && i === start && field === '') {
        inQuotes = true;
        start = i + 1;
        recordStarted = true;
      }
    }
    field += chunk.slice(start);
    yield* completed;
  }
  if (field.endsWith('\r')) field = field.slice(0, -1);
  if (recordStarted || field !== '') {
    fields.push(field);
    yield inQuotes ? { fields, line: recordLine, unterminated: true } : { fields, line: recordLine };
  }
}
