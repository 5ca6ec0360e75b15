/**
 * The hostile suite (issue 12): tests/hostile/ and the cases of the issue tested beside their
 * code. `npm run test:hostile` runs all of them (vitest.hostile.config.ts); `npm test` runs
 * them with the rest of the unit tier. The end-to-end cases (a 70 MB bundle while the worker is
 * stopped, no message to the page, no network request) run with `npm run test:e2e`.
 */
export const HOSTILE_ELSEWHERE = [
  'src/archive/bundle.test.ts', // broken and malicious bundles; a failed import adds nothing
  'src/archive/bundleStream.test.ts', // bundles of any size, cut short, Stop, a write failing mid-import
  'src/archive/reanalyzeStale.scale.test.ts', // re-analysis after an update reads each article once
  'src/archive/storageErrors.test.ts', // a full quota named as such
  'src/archive/deleteUndo.test.ts', // delete with Undo; an id not in the archive
  'src/archive/ingest.test.ts', // a write that fails leaves no half-written article
  'src/archive/db.test.ts', // archives of schema versions 1 and 2 opened by today's code
  'src/archive/outletHost.test.ts', // the real host beside a claimed outlet name
  'src/core/extract/siteKey.test.ts', // sites by the public suffix list
  'src/messaging/server.test.ts', // forged and foreign messages
  'src/messaging/sender.test.ts',
  'src/ui/format.test.ts', // no link but http(s)
  'tests/unit/tabStateSize.test.ts', // a 1.9 M-character page; a full storage.session
  'tests/unit/analysisScheduler.test.ts', // 100 location changes, 50 pushState calls
  'tests/unit/deleteRoute.test.ts',
  'tests/unit/options/readerError.test.ts', // the worker stopped mid-import
  'tests/unit/cliHostilePages.test.ts', // 100,000 nested divs; a gzip bomb
  'tests/unit/cliConcurrentIngest.test.ts', // two ingests into one archive
];
