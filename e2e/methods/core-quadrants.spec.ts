import { runMethod } from '../support/method-run';
import { test } from '../support/test';

test('Kernkwadranten: every phase in order on a laptop chair, two phones and a projector, the earlier material on the wall', async ({
  browser,
  crew,
}, info) => {
  await runMethod(browser, String(info.project.use.baseURL), crew, 'core-quadrants');
});
