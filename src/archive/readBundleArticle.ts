import { ANALYZER_VERSION } from '../core/analyze';
import type { ArticleEvent, Detection, Entity, Quantity, Statement } from '../core/types';
import type { BundleArticle } from './bundleTypes';
import { FieldReader } from './fieldReader';
import { ORIGINS } from './records';

const COUNTRIES = ['RU', 'BY', 'UA'] as const;
const ENTITY_TYPES = ['person', 'country', 'place', 'organization', 'unit'] as const;
const ATTRIBUTIONS = ['direct', 'indirect', 'narrative'] as const;
const POLARITIES = ['affirm', 'deny'] as const;
const MODALITIES = ['asserted', 'intention', 'possibility', 'prediction', 'reported'] as const;
const DATE_GRANULARITIES = ['day', 'week', 'month', 'year'] as const;

/**
 * One article of a bundle, checked field by field. An analysis from another analyzer version
 * is not read at all: the importer re-analyses that article from its text, so an old layout
 * must not make the file unreadable.
 */
export function readBundleArticle(value: unknown, index: number): BundleArticle {
  const field = FieldReader.of(value, `articles[${index}]`);
  const analyzerVersion = field.has('analyzerVersion') ? field.stringOrNumber('analyzerVersion') : null;
  const current = analyzerVersion === ANALYZER_VERSION;
  const analysis = current ? field.object('analysis') : null;
  return {
    url: field.nonEmptyString('url'),
    title: field.string('title'),
    byline: field.nullableString('byline'),
    siteName: field.nullableString('siteName'),
    publishedAt: field.nullableString('publishedAt'),
    lang: field.nullableString('lang'),
    text: field.string('text'),
    // An article cut to the caps when it was read says so again after a round trip.
    ...(field.has('truncated') && field.boolean('truncated') ? { truncated: true as const } : {}),
    canonicalUrl: field.has('canonicalUrl') ? field.string('canonicalUrl') : '',
    contentHash: field.has('contentHash') ? field.string('contentHash') : '',
    savedAt: field.isoDate('savedAt'),
    origin: field.oneOf('origin', ORIGINS),
    detection: readDetection(field.object('detection')),
    analyzerVersion: analyzerVersion ?? 'unknown',
    analysis: {
      entities: analysis ? analysis.array('entities', readEntity) : [],
      terms: analysis ? analysis.strings('terms') : [],
    },
    statements: current ? field.array('statements', readStatement) : [],
    events: current ? field.array('events', readEvent) : [],
  };
}

function readDetection(field: FieldReader): Detection {
  return {
    isArticle: field.boolean('isArticle'),
    relevant: field.boolean('relevant'),
    score: field.number('score'),
    countries: field.listOf('countries', COUNTRIES),
    reasons: field.strings('reasons'),
  };
}

function readEntity(value: unknown, where: string): Entity {
  const field = FieldReader.of(value, where);
  return {
    id: field.nonEmptyString('id'),
    name: field.string('name'),
    type: field.oneOf('type', ENTITY_TYPES),
    mentions: field.number('mentions'),
  };
}

function readStatement(value: unknown, where: string): Statement {
  const field = FieldReader.of(value, where);
  return {
    id: field.nonEmptyString('id'),
    text: field.string('text'),
    speaker: field.nullableString('speaker'),
    attribution: field.oneOf('attribution', ATTRIBUTIONS),
    polarity: field.oneOf('polarity', POLARITIES),
    modality: field.oneOf('modality', MODALITIES),
    predicate: field.nullableString('predicate'),
    subject: field.nullableString('subject'),
    target: field.nullableString('target'),
    quantities: field.array('quantities', readQuantity),
    date: field.nullableString('date'),
    // Added after bundle version 1 was first written: older bundles lack them.
    dateEnd: field.has('dateEnd') ? field.nullableString('dateEnd') : null,
    dateGranularity: field.has('dateGranularity') && field.nullableString('dateGranularity') !== null
      ? field.oneOf('dateGranularity', DATE_GRANULARITIES)
      : null,
  };
}

function readQuantity(value: unknown, where: string): Quantity {
  const field = FieldReader.of(value, where);
  return {
    min: field.nullableNumber('min'),
    max: field.nullableNumber('max'),
    unit: field.string('unit'),
    text: field.string('text'),
  };
}

function readEvent(value: unknown, where: string): ArticleEvent {
  const field = FieldReader.of(value, where);
  return {
    id: field.nonEmptyString('id'),
    type: field.nonEmptyString('type'),
    cameo: field.string('cameo'),
    actors: field.strings('actors'),
    place: field.nullableString('place'),
    date: field.nullableString('date'),
    statementIds: field.strings('statementIds'),
  };
}
