import { type ComponentType, lazy, type ReactElement } from 'react';
import { type Feature, loadTexts } from './i18n';

/**
 * A page element whose code loads only when the page is first visited, so a phone downloads little up
 * front, together with the texts it shows in the current language (`texts`; every feature by default).
 */
export function lazyPage<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M & string,
  texts?: readonly Feature[],
): ReactElement {
  const Page = lazy(async () => {
    const [module] = await Promise.all([load(), loadTexts(texts)]);
    return { default: module[name] as ComponentType };
  });
  return <Page />;
}
