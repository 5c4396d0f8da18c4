import type { Activity } from '../../../core/api/activities';

/** An activity as the API returns it, for the component tests. */
export const activity = (over: Partial<Activity> = {}): Activity => ({
  id: 'a1',
  kind: 'trajectory',
  title: 'Guided intervision for youth workers',
  description: 'Six meetings over a year.',
  provider: { slug: 'praktijk', name: 'Praktijk Noord' },
  methods: ['incident'],
  sessions: ['2031-01-13T13:00:00.000Z', '2031-03-10T13:00:00.000Z'],
  durationMinutes: 150,
  timeZone: 'Europe/Amsterdam',
  place: 'Utrecht',
  online: false,
  videoUrl: null,
  capacity: 8,
  placesLeft: 1,
  priceText: '€ 450',
  professions: ['Youth worker'],
  registerHours: ['SKJ: 2.5 hours per meeting'],
  cancelled: false,
  ...over,
});
export const noSession = { 'GET /api/session': { status: 200, body: { user: null } } };
