export const USAGE = `Backstory: the backstory of a news article about Russia, Belarus and Ukraine.

Usage: npm run -s backstory -- <command> [options]

Commands:
  analyze FILE... [--url URL] [--date YYYY-MM-DD]
      Analyse article files (.html, .htm, .html.gz, or .txt whose first line is the title).
      One file prints one JSON object; several print one JSON object per line with "file".
  ingest --archive ARCHIVE.json [--index INDEX.json] [--feed URL]... FILE...
      Add the files to the archive (created if missing) and print a summary. INDEX.json lists
      {file, url?, publishedAt?, outlet?} for files that lack them. A file that is no article
      (empty, binary, no text, over 32 MB inflated) is skipped with its reason under
      "skipped"; the others are added (exit code 2 only when no file could be read).
      A FOLDER is read with its subfolders (pages, text files, bundles, datasets; other files
      are counted under "ignored"). A .json FILE is a Backstory bundle, merged: articles the
      archive holds are duplicates, never replaced ("bundles" in the summary). An ACLED or
      UCDP GED export (.csv) or a GDELT 2.0 event export (.CSV or .zip) is read as events
      ("events": rows kept and skipped, with line numbers and why), with a progress bar on a
      terminal and plain lines otherwise.
      --feed URL (repeatable) fetches an RSS or Atom feed and adds the topical articles its
      entries link to ("feeds" in the summary: each feed's added and skipped pages, with why);
      a line on stderr per request.
  check FILE --archive ARCHIVE.json [--index INDEX.json] [--url URL] [--date YYYY-MM-DD]
      Match an article against the archive without storing it: related reports and
      contradicting statements, best first. The date and outlet come from --index when the
      flags do not give them; without a date no report is marked the same event (a warning).

Options:
  --url URL          the article's address (default: the page's canonical URL, else file://PATH)
  --date YYYY-MM-DD  the publication date, when the file does not give it
  --index INDEX.json metadata for files that lack it (ingest, check)
  --feed URL         an RSS or Atom feed to read (ingest; the only network use of the command line)
  -h, --help         print this help

Output is JSON on stdout. Errors are one line on stderr, with exit code 2. Each file left
out is a line on stderr too, while the others are still processed; the run fails (exit 2)
only when it could read none of them. Warnings are lines on stderr.
`;
