// A worker of the archive page's file import: analyses articles already extracted (stage 3, the
// costly one) off the page's thread, so several pages are analysed at once while the page reads,
// parses and extracts the next ones (DOMParser exists only there) and stores the results.
import { analyzeExtracted } from '../core/pipeline';
import { analyzeReply, type AnalyzeReply, type AnalyzeRequest } from './fileImportReply';

export type { AnalyzeReply, AnalyzeRequest } from './fileImportReply';

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalyzeRequest>) => void) | null;
  postMessage(message: AnalyzeReply): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = ({ data: { id, article, detection } }) => {
  try {
    scope.postMessage(analyzeReply(id, article, analyzeExtracted(article, detection)));
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
