import { signUp, type TestApp } from '../test/app';
import { seedGroupMeeting } from './seed';

export type Member = { cookie: string; id: string; name: string };

/**
 * Test fixture: signs up `n` people with unique names and seeds a group meeting they all may join
 * (the first chairs), with the realtime test method as the group's own version.
 */
export async function seatedMeeting(t: TestApp, n: number) {
  const people: Member[] = [];
  for (let i = 0; i < n; i++) {
    const unique = `${Date.now()}.${Math.random().toString(36).slice(2, 9)}`;
    const name = `Deelnemer ${i} ${unique.slice(-5)}`;
    const { cookie, user } = await signUp(t.app, { email: `deelnemer.${i}.${unique}@example.nl`, name });
    people.push({ cookie, id: user.id, name });
  }
  const ids = await seedGroupMeeting(
    t.database.db,
    people.map((p) => p.id),
  );
  return { ...ids, people };
}
