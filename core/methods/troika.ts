import { defineMethod, type PhaseInput } from './schema';

/** One round of Troika: the client shares, is asked, turns away while two consultants talk, and says what helped. */
function round(n: number): PhaseInput[] {
  const label = { nl: `Ronde ${n}`, en: `Round ${n}` };
  return [
    {
      id: `round-${n}-share`,
      title: { nl: `${label.nl}: de vraag`, en: `${label.en}: the question` },
      instructions: {
        nl: 'De vraagsteller van deze ronde vertelt in een paar zinnen over een uitdaging en waar hulp bij nodig is. De twee anderen luisteren.',
        en: 'This round’s client tells in a few sentences about a challenge and what they need help with. The other two listen.',
      },
      minutes: 2,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [{ nl: 'Kort: hooguit twee minuten', en: 'Short: two minutes at most' }],
      facilitatorPrompts: [
        { nl: 'Wat is de vraag achter je vraag?', en: 'What is the question behind your question?' },
        { nl: 'Waar zit je zelf in deze uitdaging?', en: 'Where are you yourself in this challenge?' },
      ],
      artefact: 'caseDescription',
    },
    {
      id: `round-${n}-clarify`,
      title: { nl: `${label.nl}: verhelderen`, en: `${label.en}: clarifying` },
      instructions: {
        nl: 'De twee adviseurs stellen vragen om de uitdaging goed te begrijpen. De vraagsteller antwoordt kort.',
        en: 'The two consultants ask questions to understand the challenge well. The client answers briefly.',
      },
      minutes: 3,
      contributors: 'helpers',
      turns: 'free',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [{ nl: 'Alleen vragen, nog geen advies', en: 'Questions only, no advice yet' }],
      helperPrompts: [
        { nl: 'Wat wil je bereiken?', en: 'What do you want to achieve?' },
        { nl: 'Wat heb je al geprobeerd?', en: 'What have you already tried?' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Begrijpen jullie de vraag, of vullen jullie hem al in?',
          en: 'Do you understand the question, or are you already filling it in?',
        },
        { nl: 'Welke vraag zou de vraagsteller verrassen?', en: 'Which question would surprise the client?' },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: `round-${n}-consult`,
      title: { nl: `${label.nl}: adviseurs overleggen`, en: `${label.en}: consultants confer` },
      instructions: {
        nl: 'De vraagsteller draait zich om en luistert mee zonder iets te zeggen. De adviseurs praten met elkaar over de uitdaging: wat valt op, welke ideeën hebben we?',
        en: 'The client turns away and listens without saying anything. The consultants talk to each other about the challenge: what stands out, what ideas do we have?',
      },
      minutes: 5,
      contributors: 'helpers',
      caseGiverPlacement: 'turnedAway',
      turns: 'free',
      contributionKinds: ['hypothesis', 'advice'],
      rules: [
        { nl: 'Praat met elkaar, niet met de vraagsteller', en: 'Talk to each other, not to the client' },
        { nl: 'De vraagsteller zegt niets', en: 'The client says nothing' },
      ],
      helperPrompts: [
        { nl: 'Wat ik hoor, is…', en: 'What I hear is…' },
        { nl: 'Zou hij of zij eens kunnen proberen om…?', en: 'Could they perhaps try to…?' },
        { nl: 'Wat zij misschien over het hoofd ziet, is…', en: 'What she might be overlooking is…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat zouden jullie zeggen als de vraagsteller niet meeluisterde?',
          en: 'What would you say if the client were not listening?',
        },
        {
          nl: 'Zijn jullie het te snel met elkaar eens?',
          en: 'Are you agreeing with each other too quickly?',
        },
      ],
      artefact: 'adviceList',
    },
    {
      id: `round-${n}-harvest`,
      frame: ['decision'],
      title: { nl: `${label.nl}: wat heb ik eraan?`, en: `${label.en}: what was useful?` },
      uses: [{ phase: `round-${n}-consult`, actions: ['show', 'choose'] }],
      instructions: {
        nl: 'De vraagsteller draait zich terug en vertelt wat waardevol was. Daarna schuift de rol van vraagsteller door naar de volgende.',
        en: 'The client turns back and says what was valuable. Then the client role passes on to the next person.',
      },
      minutes: 2,
      contributors: 'caseGiver',
      contributionKinds: ['insight'],
      rules: [
        { nl: 'Alleen wat waardevol was, geen verdediging', en: 'Only what was valuable, no defending' },
      ],
      facilitatorPrompts: [
        { nl: 'Welk idee prikkelde je het meest?', en: 'Which idea set you thinking most?' },
        { nl: 'Wat ga je als eerste uitproberen?', en: 'What will you try out first?' },
      ],
      artefact: 'insights',
    },
  ];
}

/** Troika Consulting: in trios, each member in turn gets quick help from two colleagues while turned away. */
export const troika = defineMethod({
  id: 'troika',
  names: { nl: 'Troika-consult', en: 'Troika Consulting' },
  summary: {
    nl: 'In groepjes van drie krijgt ieder om de beurt snelle hulp van twee collega’s, terwijl je je omdraait en meeluistert.',
    en: 'In groups of three, each person in turn gets quick help from two colleagues, while you turn away and listen in.',
  },
  intent: {
    nl: 'Past als meerdere mensen een kleinere vraag hebben en iedereen aan de beurt wil komen. Kort, licht en goed voor groepen die net beginnen. Een grotere groep splitst zich in groepjes van drie.',
    en: 'Suits you when several people have a smaller question and everyone wants a turn. Short, light and good for groups that are just starting. A larger group splits into trios.',
  },
  origin: {
    nl: 'Een van de Liberating Structures, een verzameling werkvormen van Henri Lipmanowicz en Keith McCandless om iedereen in een groep te laten meedoen.',
    en: 'One of the Liberating Structures, a collection of formats by Henri Lipmanowicz and Keith McCandless for getting everyone in a group involved.',
  },
  reconstruction: false,
  groupSize: { min: 3, max: 10 },
  durationMinutes: 40,
  roles: ['caseGiver', 'helper', 'timekeeper', 'facilitator'],
  topics: ['ownFunctioning', 'incident', 'equalVoice'],
  experience: 'new',
  tags: ['trios', 'short', 'turned-away', 'rotating-case-giver'],
  phases: [
    ...round(1),
    ...round(2),
    ...round(3),
    {
      id: 'closing',
      frame: ['evaluation'],
      title: { nl: 'Terugkijken', en: 'Looking back' },
      instructions: {
        nl: 'Kom terug in de hele groep. Iedereen zegt in één zin wat het gaf om geholpen te worden en om te helpen.',
        en: 'Come back together as a whole group. Everyone says in one sentence what it gave them to be helped and to help.',
      },
      minutes: 4,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['insight'],
      rules: [{ nl: 'Eén zin per persoon', en: 'One sentence each' }],
      helperPrompts: [
        {
          nl: 'Geholpen worden terwijl ik me omdraaide, was…',
          en: 'Being helped while I was turned away was…',
        },
        { nl: 'Wat ik leerde als adviseur, is…', en: 'What I learned as a consultant is…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Was het lastiger om te luisteren of om te adviseren?',
          en: 'Was it harder to listen or to give advice?',
        },
        { nl: 'Welke vraag verdient een hele bijeenkomst?', en: 'Which question deserves a whole meeting?' },
      ],
      artefact: 'insights',
    },
  ],
});
