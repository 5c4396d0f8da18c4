import { z } from 'zod';

/**
 * The first steps of a new user, in order: be in a group, agree its ground rules, plan a meeting, invite
 * colleagues, and open the projector view once. Each is read off what the person already did.
 */
export const ONBOARDING_STEPS = ['group', 'rules', 'meeting', 'invite', 'projector'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export type Onboarding = {
  steps: { id: OnboardingStep; done: boolean }[];
  /** The group the next steps point to: one the person administers if any, else their first. */
  groupId: string | null;
  /** Their group's next meeting (or the latest one), for the projector step. */
  meetingId: string | null;
  /** The person closed the checklist before finishing it. */
  dismissed: boolean;
};

/** What the web app tells the server: the projector was opened, or the checklist closed. */
export const onboardingUpdateSchema = z.strictObject({ mark: z.enum(['projector', 'dismissed']) });
