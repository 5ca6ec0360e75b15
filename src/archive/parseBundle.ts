import { BundleError } from './bundleError';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type ArchiveBundle } from './bundleTypes';
import { FieldReader } from './fieldReader';
import { readBundleArticle } from './readBundleArticle';
import { readBundleDatasetEvent } from './bundleDatasetEvents';

/**
 * Reads a bundle file, which may be broken or hostile: anything but a well-formed bundle of a
 * version this build understands throws a BundleError saying what is wrong and where.
 */
export function parseBundle(json: string): ArchiveBundle {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const reason = (error as Error).message;
    throw new BundleError(`not a Backstory archive: the file is not valid JSON (${reason})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new BundleError('not a Backstory archive: expected a JSON object');
  }
  const { exportedAt, field } = checkBundleHeader(data);
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt,
    articles: field.array('articles', (item) => item).map(readBundleArticle),
    // Present only in a bundle that carries dataset events (ACLED, UCDP, GDELT rows).
    ...(field.has('datasetEvents') ? { datasetEvents: field.array('datasetEvents', (item) => item).map(readBundleDatasetEvent) } : {}),
  };
}

/** The checks on a bundle's own fields (format, version), before any article is read. */
export function checkBundleHeader(data: object): { exportedAt: string; field: FieldReader } {
  const field = FieldReader.of(data, 'archive');
  if ((data as { format?: unknown }).format !== BUNDLE_FORMAT) {
    throw new BundleError(`not a Backstory archive: "format" is not "${BUNDLE_FORMAT}"`);
  }
  const version = field.number('version');
  if (version > BUNDLE_VERSION) {
    throw new BundleError(
      `this archive was written by a newer Backstory (bundle version ${version}; this one ` +
        `reads up to ${BUNDLE_VERSION}): update Backstory to open it`,
    );
  }
  if (version !== BUNDLE_VERSION) {
    throw new BundleError(`unknown archive bundle version ${version}`);
  }
  return { exportedAt: field.has('exportedAt') ? field.string('exportedAt') : '', field };
}
