import { balint } from './balint';
import { collegialConsultation } from './collegial-consultation';
import { coreQuadrants } from './core-quadrants';
import { dilts } from './dilts';
import { fiveStep } from './five-step';
import { forceField } from './force-field';
import { gossip } from './gossip';
import { incident } from './incident';
import { profile } from './profile';
import { raguse } from './raguse';
import { reflectingTeam } from './reflecting-team';
import type { Method } from './schema';
import { sioo } from './sioo';
import { socratic } from './socratic';
import { talkingStick } from './talking-stick';
import { tenStep } from './ten-step';
import { tgi } from './tgi';
import { troika } from './troika';

/** Every method Kring ships, in the order the library lists them; ids are stable and unique. */
export const methods: Method[] = [
  // The nine methods named in the source texts come first, then the further methods.
  incident,
  forceField,
  profile,
  balint,
  tgi,
  raguse,
  sioo,
  dilts,
  talkingStick,
  gossip,
  fiveStep,
  tenStep,
  collegialConsultation,
  troika,
  reflectingTeam,
  socratic,
  coreQuadrants,
];

const byId = new Map(methods.map((method) => [method.id, method]));

/** Looks a library method up by its stable id. */
export function getMethod(id: string): Method | undefined {
  return byId.get(id);
}

/** What the library list shows of a method, without its phases. */
export type MethodSummary = Pick<
  Method,
  | 'id'
  | 'names'
  | 'summary'
  | 'durationMinutes'
  | 'groupSize'
  | 'tags'
  | 'topics'
  | 'experience'
  | 'reconstruction'
>;

/** Lists every method in library order as a summary for lists and filters. */
export function listMethods(): MethodSummary[] {
  return methods.map(
    ({ id, names, summary, durationMinutes, groupSize, tags, topics, experience, reconstruction }) => ({
      id,
      names,
      summary,
      durationMinutes,
      groupSize,
      tags,
      topics,
      experience,
      reconstruction,
    }),
  );
}
