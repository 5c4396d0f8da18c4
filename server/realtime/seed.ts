import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { addMemberIfRoom, insertAcceptance, insertGroup } from '../features/groups/repo';
import { insertMeeting } from '../features/meetings/repo';
import { insertFirstVersion } from '../features/method-versions/repo';
import { testMethod } from './test-method';

/**
 * Test and benchmark fixture: a group of already signed-up users who all accepted the (only) ground
 * rules version, with one meeting chaired by the first user and the realtime test method as the group's
 * own method version (clients choose methods by reference). Goes through the groups repos, not HTTP,
 * so a benchmark can seed hundreds of meetings in seconds. Never used by the running server.
 */
export async function seedGroupMeeting(
  db: Db,
  userIds: string[],
  name = 'Kring',
): Promise<{ groupId: string; meetingId: string; versionId: string }> {
  const [chair, ...others] = userIds;
  if (!chair) throw new Error('a meeting needs at least one member');
  const groupId = randomBytes(9).toString('base64url');
  const meetingId = randomBytes(9).toString('base64url');
  const rules = [{ title: 'Vertrouwelijk', body: 'Wat hier gezegd wordt, blijft hier.' }];
  await insertGroup(db, { id: groupId, name, description: '', language: 'nl' }, chair, rules);
  for (const userId of others) await addMemberIfRoom(db, groupId, userId, 10);
  for (const userId of userIds) await insertAcceptance(db, groupId, userId, 1);
  await insertMeeting(db, {
    id: meetingId,
    groupId,
    startsAt: new Date(),
    timeZone: 'Europe/Amsterdam',
    durationMinutes: 120,
    rota: { chair, timekeeper: null, scribe: null },
    status: 'live',
    createdBy: chair,
  });
  const version = await insertFirstVersion(db, {
    groupId,
    baseMethodId: testMethod.id,
    definition: testMethod,
    createdBy: chair,
  });
  return { groupId, meetingId, versionId: version.id };
}
