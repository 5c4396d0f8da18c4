import { type ComponentType, lazy, type ReactElement, useEffect } from 'react';
import { type Feature, loadTexts } from './i18n';

/**
 * Marks the document once a page's code has loaded and React has taken it over (also after hydrating a
 * prerendered page): `<html data-ready>`. Until then typing into a prerendered form reaches no handler.
 */
function Ready({ page: Page }: { page: ComponentType }) {
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
  return <Page />;
}

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
    const Loaded = module[name] as ComponentType;
    return { default: () => <Ready page={Loaded} /> };
  });
  return <Page />;
}
