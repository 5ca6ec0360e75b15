/** Zones RFC 822 names by letters (section 5.1), and Moscow and Kyiv time, which Russian and Ukrainian feeds write. */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  MSK: 3, EET: 2, EEST: 3, CET: 1, CEST: 2, BST: 1,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// "Mon, 02 Jan 2023 10:00:00 +0300", "2 Jan 23 10:00 MSK", the weekday optional, seconds optional.
const RFC_822 = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?$/i;

/**
 * A feed's date as an ISO 8601 timestamp, or null. RSS writes RFC 822 dates (with two-digit
 * years and named zones in the wild); Atom and Dublin Core write ISO 8601.
 */
export function parseFeedDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const rfc = RFC_822.exec(text);
  if (rfc) {
    const [, day, monthName, yearText, hour, minute, second, zone] = rfc;
    const month = MONTHS.indexOf(monthName!.toLowerCase());
    if (month < 0) return null;
    let year = Number(yearText);
    if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
    let offsetMinutes = 0;
    if (zone && /^[+-]\d{4}$/.test(zone)) {
      const sign = zone[0] === '-' ? -1 : 1;
      offsetMinutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
    } else if (zone) {
      offsetMinutes = (ZONES[zone.toUpperCase()] ?? 0) * 60;
    }
    const utc = Date.UTC(year, month, Number(day), Number(hour), Number(minute), Number(second ?? 0)) - offsetMinutes * 60_000;
    return valid(utc);
  }
  // ISO 8601 (a bare day is read as that day, UTC) and whatever else the engine reads.
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return valid(Date.parse(text.replace(' ', 'T')));
  return valid(Date.parse(text));
}

function valid(time: number): string | null {
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}
