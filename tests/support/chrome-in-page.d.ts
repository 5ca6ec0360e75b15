// The `chrome` global as seen by code that Playwright runs inside the browser (worker.evaluate,
// page.evaluate): only the calls the tests and the demo make.
declare namespace chrome {
  namespace tabs {
    function query(filter: Record<string, unknown>): Promise<Array<{ id?: number; url?: string }>>;
  }
  namespace runtime {
    function sendMessage(message: unknown): Promise<any>;
  }
}
