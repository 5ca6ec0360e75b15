// A worker of the archive page's file import: analyses articles already extracted (stage 3, the
// costly one) off the page's thread, so several pages are analysed at once while the page reads,
// parses and extracts the next ones (DOMParser exists only there) and stores the results.
import { analyzeExtracted } from '../core/pipeline';
import { WARM_UP_LANGS, warmUpAnalysisIn } from '../core/warmUp';
import { analyzeReply, type AnalyzeReply, type AnalyzeRequest, type WarmUpRequest } from './fileImportReply';

export type { AnalyzeReply, AnalyzeRequest } from './fileImportReply';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalyzeRequest | WarmUpRequest>) => void) | null;
  postMessage(message: AnalyzeReply): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = ({ data }) => {
  const { id } = data;
  if ('warmUp' in data) {
    // Each language's sample twice (V8 compiles a regex at its first run and again at its
    // second): the first pages of the import then find the analyser's tables built and its
    // patterns compiled. A failure changes nothing: the first page does the same work.
    for (const lang of WARM_UP_LANGS) {
      for (let run = 0; run < 2; run++) {
        try {
          warmUpAnalysisIn(lang);
        } catch {
          // as above
        }
      }
    }
    scope.postMessage({ id, warmed: true });
    return;
  }
  const { article, detection } = data;
  try {
    scope.postMessage(analyzeReply(id, article, analyzeExtracted(article, detection)));
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
