import type { PriorEventGroup } from '@/src/archive/priorEvents';
import type { PanelPriorGroup } from '@/src/messaging/protocol';

// Tab state lives in storage.session, so the panel gets each row's few shown fields, cut
// short: a dataset row's notes or record could be kilobytes, and a page may have 30 rows.
const MAX_CHARS = 120;
const MAX_ACTORS = 4;
const MAX_URL = 500;

const cut = (text: string, max = MAX_CHARS) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function compactPriorEvents(groups: PriorEventGroup[]): PanelPriorGroup[] {
  return groups.map((group) => ({
    placeId: cut(group.placeId),
    placeName: cut(group.placeName),
    events: group.events.map((event) => ({
      dataset: event.dataset,
      id: cut(event.id),
      date: cut(event.date, 10),
      place: cut(event.place),
      type: cut(event.type),
      datasetType: cut(event.datasetType),
      actors: event.actors.slice(0, MAX_ACTORS).map((actor) => cut(actor)),
      fatalities: event.fatalities,
      // A link too long to be a real source page is not kept rather than cut into a wrong one.
      sourceUrl: event.sourceUrl && event.sourceUrl.length <= MAX_URL ? event.sourceUrl : null,
    })),
  }));
}
