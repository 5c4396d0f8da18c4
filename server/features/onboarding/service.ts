import type { Onboarding, OnboardingStep } from '../../../core/api/onboarding';
import type { Db } from '../../db/client';
import { currentRules, memberCount } from '../groups/repo';
import * as repo from './repo';

/** Reads each first step off what the person already did, in the group the next steps point to. */
export async function onboardingOf(db: Db, userId: string, now = new Date()): Promise<Onboarding> {
  const mine = await repo.groupsOf(db, userId);
  const focus = mine.find((g) => g.role === 'admin') ?? mine[0];
  const marks = await repo.marks(db, userId);
  const done: Record<OnboardingStep, boolean> = {
    group: focus !== undefined,
    rules: false,
    meeting: false,
    invite: false,
    projector: marks?.projectorOpenedAt != null,
  };
  let meetingId: string | null = null;
  if (focus) {
    const [rules, accepted, members] = await Promise.all([
      currentRules(db, focus.groupId),
      repo.acceptedVersions(db, focus.groupId, userId),
      memberCount(db, focus.groupId),
    ]);
    meetingId = await repo.meetingToShow(db, focus.groupId, now);
    done.rules = rules !== undefined && accepted.includes(rules.version);
    done.meeting = meetingId !== null;
    done.invite = members > 1 || (await repo.hasOpenInvite(db, focus.groupId));
  }
  return {
    steps: (Object.keys(done) as OnboardingStep[]).map((id) => ({ id, done: done[id] })),
    groupId: focus?.groupId ?? null,
    meetingId,
    dismissed: marks?.dismissedAt != null,
  };
}

export async function markOnboarding(db: Db, userId: string, mark: 'projector' | 'dismissed') {
  await repo.setMark(db, userId, mark === 'projector' ? 'projectorOpenedAt' : 'dismissedAt');
}
