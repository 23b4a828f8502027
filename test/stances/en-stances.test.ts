import { describe, expect, it } from 'vitest';
import { examples, KALLEN, OSTROVA, quoted, runCorpus, stancesOf } from './stance-corpus.js';

const V = 'country:valdoria';
const M = 'country:marenia';
const U = 'organization:ostrenian-union';
const K = KALLEN.id;
const O = OSTROVA.id;

const mentions = {
  Valdoria: V, Marenia: M, 'the Ostrenian Union': U, 'Arvid Kallen': K, Kallen: K, 'Irena Ostrova': O, Ostrova: O,
};

describe('en stance corpus', () => {
  runCorpus('en', mentions, [
    ...examples({ type: 'support', holder: V, target: 'the peace plan' }, ['Valdoria supports the peace plan.', 'Valdoria backed the peace plan.']),
    ...examples({ type: 'support', holder: K, target: 'the plan' }, ['President Arvid Kallen endorsed the plan.']),
    ...examples({ type: 'support', holder: V, proposer: M, initiative: 'initiative:regional-food-reserve' },
      ["Valdoria supports Marenia's initiative to establish a regional food reserve."]),
    ...examples({ type: 'propose', holder: M, target: 'holding a new round of talks' }, ['Marenia proposed holding a new round of talks.']),
    ...examples({ type: 'propose', holder: K, target: 'to hold a summit in Osta' }, ['Kallen put forward an initiative, proposing to hold a summit in Osta.']),
    ...examples({ type: 'call', holder: O, target: 'both sides to show restraint' }, ['Irena Ostrova called on both sides to show restraint.']),
    ...examples({ type: 'call', holder: M }, ['Marenia urged Valdoria to withdraw its troops.']),
    ...examples({ type: 'praise', holder: V, target: 'the mediation efforts of the Ostrenian Union' }, ['Valdoria praised the mediation efforts of the Ostrenian Union.']),
    ...examples({ type: 'praise', holder: K }, ['Kallen hailed the agreement.', 'Kallen highly appreciates the agreement.']),
    ...examples({ type: 'welcome', holder: M, target: 'the decision' }, ['Marenia welcomed the decision.']),
    ...examples({ type: 'oppose', holder: V }, ['Valdoria condemns the attack.', 'Valdoria rejected the proposal.']),
    ...examples({ type: 'oppose', holder: V, target: 'the plan' }, ['Valdoria does not support the plan.']),
    ...examples({ type: 'thank', holder: K, target: 'Irena Ostrova for her visit' }, ['Arvid Kallen thanked Irena Ostrova for her visit.']),
    ...examples({ type: 'congratulate', holder: K, target: 'Ostrova on her appointment' }, ['Kallen congratulated Ostrova on her appointment.']),
    quoted({ type: 'support', holder: V, speaker: K, target: 'the proposal' }, '“We fully support the proposal,” Kallen said.', 'We fully support the proposal', K),
    quoted({ type: 'propose', holder: O, speaker: O }, '“I propose that the sides meet in Virport,” Ostrova said.', 'I propose that the sides meet in Virport', O),
    quoted({ type: 'thank', holder: K, speaker: K }, '“I once again thank our hosts,” Kallen said.', 'I once again thank our hosts', K),
    ...examples({ type: 'support', holder: null }, ['We support this decision.']),
    ...examples(null, [
      'The support staff left the building.',
      'The plan, supported by twenty countries, was adopted.',
      'Thanks to the mediators, talks resumed.',
      'They hired more staff to support the mission.',
      'Our support for the plan is strong.',
      'The delegation received a warm welcome.',
      'The proposed bank was discussed.',
      'Valdoria did not thank the press.',
      'A call for calm.',
    ]),
  ]);

  it('cuts the target at a relative clause and continues lists', async () => {
    const { stances } = await stancesOf('Valdoria supports the Global Development Initiative, the Global Security Initiative and the plan, which Marenia drafted.', 'en', mentions);
    expect(stances[0]!.target.text).toBe('the Global Development Initiative, the Global Security Initiative and the plan');
    expect(stances.map((s) => s.target.initiative)).toEqual(['initiative:global-development-initiative', 'initiative:global-security-initiative']);
  });
});
