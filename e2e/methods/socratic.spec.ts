import { runMethod } from '../support/method-run';
import { test } from '../support/test';

// fixme: not yet run to its end with the present walker (see e2e/support/method-run.ts). Remove `.fixme` once it
// passes.
test.fixme('Socratisch gesprek: every phase in order on a laptop chair, two phones and a projector, the earlier material on the wall', async ({
  browser,
  crew,
}, info) => {
  await runMethod(browser, String(info.project.use.baseURL), crew, 'socratic');
});
