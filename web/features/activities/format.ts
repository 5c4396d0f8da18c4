import type { TFunction } from 'i18next';
import type { Activity } from '../../../core/api/activities';

/** "di 13 januari 2031, 14:00" in the reader's language and the activity's own time zone. */
export function sessionDate(iso: string, activity: Pick<Activity, 'timeZone'>, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: activity.timeZone,
  }).format(new Date(iso));
}

/** "Nog 2 plaatsen vrij", or that signing up now means the waiting list. */
export function placesText(t: TFunction, activity: Pick<Activity, 'placesLeft'>): string {
  return activity.placesLeft > 0
    ? t('activities.facts.placesLeft', { count: activity.placesLeft })
    : t('activities.facts.full');
}

/** The place, the place and online, or online only (whose link goes to those with a place). */
export function wherePlace(t: TFunction, a: Pick<Activity, 'place' | 'online'>): string {
  if (!a.place) return t('activities.facts.online');
  return a.online ? t('activities.facts.placeAndOnline', { place: a.place }) : a.place;
}
