import { type ComponentType, lazy, type ReactElement } from 'react';

/** A page element whose code loads only when the page is first visited, so a phone downloads little up front. */
export function lazyPage<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M & string,
): ReactElement {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return <Page />;
}
