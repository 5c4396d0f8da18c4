import { balint } from './balint';
import { dilts } from './dilts';
import { forceField } from './force-field';
import { incident } from './incident';
import { profile } from './profile';
import { raguse } from './raguse';
import type { Method } from './schema';
import { sioo } from './sioo';
import { tgi } from './tgi';

/** Every method Kring ships, in the order the library lists them; ids are stable and unique. */
export const methods: Method[] = [incident, forceField, profile, balint, tgi, raguse, sioo, dilts];

const byId = new Map(methods.map((method) => [method.id, method]));

/** Looks a library method up by its stable id. */
export function getMethod(id: string): Method | undefined {
  return byId.get(id);
}
