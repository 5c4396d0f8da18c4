import { useEffect } from 'react';
import { api } from '../../lib/api';

/** Ticks "open the projector view" off the signed-in person's first steps; a guest's refusal is ignored. */
export function useProjectorOpened(): void {
  useEffect(() => {
    api('/api/me/onboarding', { body: { mark: 'projector' } }).catch(() => {});
  }, []);
}
