import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { caseGiver, chair, helper1, helper2, seated } from '../../../core/meeting/test-support';
import { viewFor } from '../../../core/meeting/visibility';
import { getMethod } from '../../../core/methods/index';
import { i18next, setLocale } from '../../lib/i18n';
import { ContributeBox } from './ContributeBox';
import { profileComparison } from './derive-phase';
import { ProfileComparison } from './views/ProfileComparison';

beforeEach(() => setLocale('nl'));

const named = (kind: string) => (kind === 'quality' ? ['Betrokken', 'Geduldig'] : []);

function box() {
  const sent: unknown[] = [];
  render(
    <ContributeBox
      meetingId="m1"
      field="others-profile"
      kinds={['quality', 'pitfall']}
      send={(command) => sent.push(command)}
      named={named}
    />,
  );
  return sent;
}

describe('picking a quality already named', () => {
  it('puts the exact wording of a named quality in the box and sends it as such', () => {
    const sent = box();
    const picker = screen.getByRole('group', { name: 'Kies uit wat al genoemd is' });
    fireEvent.click(within(picker).getByRole('button', { name: 'Betrokken' }));
    expect((screen.getByLabelText('Kwaliteit') as HTMLTextAreaElement).value).toBe('Betrokken');
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(sent).toEqual([{ type: 'contribute', kind: 'quality', text: 'Betrokken' }]);
  });

  it('keeps free text possible, and offers nothing for a kind nobody named yet', () => {
    const sent = box();
    fireEvent.change(screen.getByLabelText('Soort bijdrage'), { target: { value: 'pitfall' } });
    expect(screen.queryByRole('group', { name: 'Kies uit wat al genoemd is' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Valkuil'), { target: { value: 'Te snel tevreden' } });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(sent).toEqual([{ type: 'contribute', kind: 'pitfall', text: 'Te snel tevreden' }]);
  });

  it('speaks English when the reader does', async () => {
    await i18next.changeLanguage('en');
    box();
    expect(screen.getByRole('group', { name: 'Pick from what was already named' })).toBeTruthy();
    expect(screen.getByText('Or write your own words below.')).toBeTruthy();
  });
});

describe('the profile comparison in the room', () => {
  it('groups by quality: "betrokken" and "betrokkenheid" stand together under what both see', () => {
    const sim = seated({ method: getMethod('profile')! });
    sim.ok(chair, { type: 'startPhase', phaseId: 'self-profile' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'quality', text: 'Betrokken' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'others-profile' });
    sim.ok(helper1, { type: 'contribute', kind: 'quality', text: 'Betrokkenheid' });
    sim.ok(helper2, { type: 'contribute', kind: 'quality', text: 'Humor' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'comparison' });
    render(<ProfileComparison data={profileComparison(viewFor(sim.state, helper2.userId))} />);
    const [both, onlySelf, onlyOthers] = screen.getAllByTestId('profile-column');
    expect(both!.textContent).toContain('Betrokken');
    expect(both!.textContent).toContain('ook: Betrokkenheid');
    expect(within(onlySelf!).getByText('Niets in deze kolom.')).toBeTruthy();
    expect(onlyOthers!.textContent).toContain('Humor');
    expect(onlyOthers!.textContent).toContain('Helper two');
  });
});
