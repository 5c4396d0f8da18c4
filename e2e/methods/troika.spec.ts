import { runMethod } from '../support/method-run';
import { test } from '../support/test';

// fixme: the method specs have not yet passed (written while the machine ran at a load average of 30–80;
// on a quiet machine the Balint spec failed at the decision: the chosen item did not reach "Mijn acties"). Remove `.fixme` once it passes.
test.fixme('Troika-consult: every phase in order on a laptop chair, two phones and a projector, the earlier material on the wall', async ({
  browser,
  crew,
}, info) => {
  await runMethod(browser, String(info.project.use.baseURL), crew, 'troika');
});
