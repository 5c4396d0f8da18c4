import type { Activity } from '../api/activities';

const SCHEMA = 'https://schema.org/';

/**
 * The schema.org Event of an activity, for search engines and calendars that read JSON-LD. A trajectory
 * is an EventSeries whose meetings are its sub-events. The video link is not in it: that goes only to
 * those with a place.
 */
export function activityEvent(a: Activity, origin: string, locale: string): Record<string, unknown> {
  const url = `${origin}/activities/${a.id}`;
  const end = (start: string) => new Date(Date.parse(start) + a.durationMinutes * 60_000).toISOString();
  const location = [
    ...(a.place ? [{ '@type': 'Place', name: a.place, address: a.place }] : []),
    ...(a.online ? [{ '@type': 'VirtualLocation', url }] : []),
  ];
  const mode = a.place && a.online ? 'Mixed' : a.online ? 'Online' : 'Offline';
  const base = {
    name: a.title,
    eventStatus: `${SCHEMA}${a.cancelled ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: `${SCHEMA}${mode}EventAttendanceMode`,
    location: location.length === 1 ? location[0] : location,
  };
  return {
    '@context': 'https://schema.org',
    '@type': a.kind === 'trajectory' ? 'EventSeries' : 'Event',
    ...base,
    description: a.description,
    url,
    inLanguage: locale,
    startDate: a.sessions[0],
    endDate: end(a.sessions.at(-1)!),
    organizer: {
      '@type': 'Organization',
      name: a.provider.name,
      url: `${origin}/providers/${a.provider.slug}`,
    },
    maximumAttendeeCapacity: a.capacity,
    remainingAttendeeCapacity: a.placesLeft,
    offers: {
      '@type': 'Offer',
      url,
      description: a.priceText || undefined,
      availability: `${SCHEMA}${a.placesLeft > 0 ? 'InStock' : 'SoldOut'}`,
    },
    ...(a.kind === 'trajectory' && {
      subEvent: a.sessions.map((s) => ({ '@type': 'Event', ...base, startDate: s, endDate: end(s) })),
    }),
  };
}

/** The JSON for a `<script type="application/ld+json">` data block: "<" escaped so no text can close it. */
export const jsonLd = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
