import { z } from 'zod';
import { MAX_GROUP_SIZE, timeZoneSchema } from './groups';
import { lineSchema, nameSchema } from './text';

/** A guided trajectory (a series of meetings with a facilitator) or one open session. */
export const ACTIVITY_KINDS = ['trajectory', 'session'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** A place in an activity: waiting for the e-mail to be confirmed, in, on the waiting list, or cancelled. */
export const SIGNUP_STATUSES = ['unconfirmed', 'confirmed', 'waiting', 'cancelled'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/** Intervision groups are small: an activity seats at most this many people. */
export const MAX_ACTIVITY_CAPACITY = 10;
/**
 * A trajectory's places and its facilitator become one group of at most MAX_GROUP_SIZE members, so a
 * trajectory seats one fewer.
 */
export const MAX_TRAJECTORY_CAPACITY = MAX_GROUP_SIZE - 1;

export const createProviderSchema = z.strictObject({
  name: nameSchema(120),
  description: z.string().trim().max(2000).default(''),
  website: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .nullable()
    .default(null),
});
export type CreateProviderInput = z.input<typeof createProviderSchema>;

/** An operator registers a provider and names the account that first acts for it. */
export const registerProviderSchema = createProviderSchema.extend({ ownerEmail: z.email().max(254) });
/** An operator grants (or a provider's own account shares) the provider role to the account of an address. */
export const grantProviderRoleSchema = z.strictObject({ email: z.email().max(254) });

export const createActivitySchema = z.strictObject({
  kind: z.enum(ACTIVITY_KINDS),
  title: lineSchema(120, 1),
  description: z.string().trim().min(1).max(4000),
  /** Library method ids the activity works with. */
  methods: z
    .array(z.string().regex(/^[a-z][a-z0-9-]{1,62}$/))
    .max(6)
    .default([]),
  /** Local dates and start times in `timeZone`, one per meeting; the server orders them. */
  sessions: z
    .array(
      z.strictObject({ date: z.iso.date().refine((d) => d >= '1900'), time: z.iso.time({ precision: -1 }) }),
    )
    .min(1)
    .max(12),
  durationMinutes: z.number().int().min(30).max(480),
  timeZone: timeZoneSchema.default('Europe/Amsterdam'),
  place: lineSchema(200).default(''),
  videoUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
  capacity: z.number().int().min(2).max(MAX_ACTIVITY_CAPACITY),
  priceText: lineSchema(120).default(''),
  professions: z.array(lineSchema(60, 1)).max(8).default([]),
  /** Which register hours it can count for, in the provider's words (e.g. "SKJ: 2 uur reflectie per bijeenkomst"). */
  registerHours: z.array(lineSchema(120, 1)).max(5).default([]),
  /** The provider's account that leads it (a trajectory's group gets them as facilitator); default the publisher. */
  facilitatorId: z.string().min(1).max(64).nullable().default(null),
});
export type CreateActivityInput = z.input<typeof createActivitySchema>;

/** Publishing at once or keeping a draft that only the provider sees. */
export const newActivitySchema = createActivitySchema.extend({ draft: z.boolean().default(false) });
export type NewActivityInput = z.input<typeof newActivitySchema>;

/** A message from the provider to everyone with a place (and, if chosen, the waiting list), one mail each. */
export const activityMessageSchema = z.strictObject({
  subject: lineSchema(150, 1),
  body: z.string().trim().min(1).max(5000),
  includeWaiting: z.boolean().default(false),
});
export type ActivityMessageInput = z.input<typeof activityMessageSchema>;

/** Cancelling tells everyone signed up, with the provider's own words if given. */
export const cancelActivitySchema = z.strictObject({ message: z.string().trim().max(2000).default('') });

/** The public filters of /activities. */
export const activityFilterSchema = z.strictObject({
  profession: lineSchema(60).optional(),
  mode: z.enum(['online', 'place']).optional(),
  from: z.iso.date().optional(),
  method: z.string().max(64).optional(),
});

/** Someone without an account signs up with a name and an address, which they confirm by mail. */
export const guestSignupSchema = z.strictObject({ name: nameSchema(100), email: z.email().max(254) });
export const signupTokenSchema = z.strictObject({ token: z.string().min(10).max(100) });

export type ProviderRef = { slug: string; name: string };
export type Activity = {
  id: string;
  kind: ActivityKind;
  title: string;
  description: string;
  provider: ProviderRef;
  methods: string[];
  /** Start instants of the meetings, in order. */
  sessions: string[];
  durationMinutes: number;
  timeZone: string;
  place: string;
  /** Meets by video. The link itself goes only to those with a place (and the provider), not to the public. */
  online: boolean;
  videoUrl: string | null;
  capacity: number;
  placesLeft: number;
  priceText: string;
  professions: string[];
  registerHours: string[];
  /** Cancelled by the provider: the page stays for those with a link, without sign-up. */
  cancelled: boolean;
};
export type ActivityList = { activities: Activity[] };

export type ActivityStatus = 'draft' | 'published' | 'cancelled';
/** An activity as the provider's own accounts see it: with drafts, counts and the group it became. */
export type ProviderActivity = Activity & {
  status: ActivityStatus;
  facilitatorId: string | null;
  confirmed: number;
  waiting: number;
  groupId: string | null;
};
export type ProviderActivityList = { activities: ProviderActivity[] };
/** The accounts acting for a provider (shown to those accounts only). */
export type ProviderMember = { id: string; name: string; email: string };
export type MyProviders = { providers: Provider[]; operator: boolean };
export type Provider = {
  id: string;
  slug: string;
  name: string;
  description: string;
  website: string | null;
};
export type ProviderPage = Provider & { activities: Activity[] };
/** What signing up did: a guest must confirm by mail first; a member is in or on the waiting list. */
export type SignupResult = { status: 'checkEmail' | 'confirmed' | 'waiting' };
export type Signup = { name: string; email: string; status: SignupStatus; at: string };
export type SignupList = { signups: Signup[] };
export type MessageResult = { sent: number };
