import { defineMethod } from './schema';
import { RULES } from './shared/rules';

/** Balint-methode: a relational, emotionally loaded case explored through associations, questions and judgement. */
export const balint = defineMethod({
  id: 'balint',
  names: { nl: 'Balint-methode', en: 'Balint method' },
  summary: {
    nl: 'Een uitgebreide inbreng over een lastige werkrelatie, met ruimte voor gevoelens, beelden en je eigen aandeel.',
    en: 'An in-depth case about a difficult working relationship, with room for feelings, images and your own part.',
  },
  intent: {
    nl: 'Voor kwesties waarin de relatie met een cliënt, collega of leidinggevende schuurt en emoties meespelen. Helpt om blinde vlekken en je eigen aandeel te zien. Het beste in een ervaren groep van minstens vijf mensen die elkaar vertrouwen.',
    en: 'For issues where the relationship with a client, colleague or manager is strained and emotions play a part. It helps to see blind spots and your own part. Works best in an experienced group of at least five people who trust each other.',
  },
  origin: {
    nl: 'Psychoanalyticus Michael Balint begon in de jaren vijftig in de Tavistock Clinic in Londen met casusgroepen voor huisartsen. Zijn gedachte: de arts zelf werkt als een medicijn, dus de relatie verdient aandacht.',
    en: 'Psychoanalyst Michael Balint started case groups for family doctors at the Tavistock Clinic in London in the 1950s. His idea: the doctor themself works like a medicine, so the relationship deserves attention.',
  },
  reconstruction: false,
  groupSize: { min: 5, max: 10 },
  durationMinutes: 90,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'scribe', 'facilitator'],
  topics: ['relationship', 'ownFunctioning'],
  experience: 'experienced',
  tags: ['in-depth', 'emotions', 'blind-spots'],
  // Balint groups also take a case two colleagues share, brought in by both (PAIR-1).
  caseGiverPair: true,
  phases: [
    {
      id: 'collect',
      frame: ['inventory'],
      title: { nl: 'Inbreng verzamelen', en: 'Collecting cases' },
      instructions: {
        nl: 'Ga de kring rond: wie heeft een probleem of twijfel uit het werk? Noem alleen het onderwerp.',
        en: 'Go round the circle: who has a problem or doubt from work? Only name the subject.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['note'],
      rules: [{ nl: 'Alleen het onderwerp, nog geen verhaal', en: 'Only the subject, no story yet' }],
      artefact: 'notes',
    },
    {
      id: 'pitch',
      frame: ['inventory'],
      title: { nl: 'Belangstelling wekken', en: 'Raising interest' },
      instructions: {
        nl: 'Wie iets wil inbrengen, vertelt in hooguit drie zinnen waar het om gaat en waarom het je bezighoudt.',
        en: 'Whoever wants to bring in a case says in three sentences at most what it is about and why it stays with you.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['note'],
      rules: [{ nl: 'Hooguit drie zinnen', en: 'Three sentences at most' }],
      artefact: 'notes',
    },
    {
      id: 'choose',
      frame: ['inventory'],
      title: { nl: 'Kiezen', en: 'Choosing' },
      uses: [{ phase: 'pitch', actions: ['show'] }],
      instructions: {
        nl: 'Kies samen de inbreng, door te stemmen, op urgentie of volgens rooster. Kies daarna een gespreksleider; dat is nooit de inbrenger.',
        en: 'Choose the case together, by voting, by urgency or by rota. Then choose a chair; that is never the case-giver.',
      },
      minutes: 5,
      contributors: 'all',
      contributionKinds: ['vote'],
      rules: [
        { nl: 'De inbrenger is nooit de gespreksleider', en: 'The case-giver is never the chair' },
        { nl: 'Geen puur technische vraag', en: 'No purely technical question' },
      ],
      facilitatorPrompts: [
        { nl: 'Bij welke inbreng zit de meeste spanning?', en: 'Which case carries the most tension?' },
      ],
      artefact: 'none',
    },
    {
      id: 'presentation',
      title: { nl: 'De casus', en: 'The case' },
      instructions: {
        nl: 'De inbrenger vertelt uitgebreid wat er gebeurde, hoe de relatie is en wat hij of zij daarbij voelde. Hoe het afliep of wat hij of zij besloot, komt nog niet ter sprake.',
        en: 'The case-giver tells at length what happened, what the relationship is like and what they felt. How it ended or what they decided stays unsaid for now.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [
        { nl: 'Afloop en besluit blijven nog geheim', en: 'Outcome and decision stay secret for now' },
        { nl: 'De groep luistert zonder te onderbreken', en: 'The group listens without interrupting' },
      ],
      facilitatorPrompts: [
        { nl: 'Wat roept deze persoon bij jou op?', en: 'What does this person evoke in you?' },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'associations',
      title: { nl: 'Associaties', en: 'Associations' },
      instructions: {
        nl: 'Schrijf voor jezelf de eerste beelden, gedachten en gevoelens op die het verhaal bij je oproept. Denk er niet te lang over na. Alles wordt tegelijk getoond.',
        en: 'Write down for yourself the first images, thoughts and feelings the story brings up in you. Do not think about it for long. Everything is revealed at the same time.',
      },
      minutes: 5,
      contributors: 'helpers',
      turns: 'individual',
      contributionKinds: ['association'],
      rules: [{ nl: 'Eerste indrukken, niet filteren', en: 'First impressions, do not filter' }],
      helperPrompts: [
        { nl: 'Het beeld dat bij me opkomt, is…', en: 'The image that comes up in me is…' },
        { nl: 'Ik voel bij dit verhaal…', en: 'This story makes me feel…' },
      ],
      artefact: 'associations',
    },
    {
      id: 'picture',
      title: { nl: 'Beeldvorming', en: 'Forming a picture' },
      instructions: {
        nl: 'Stel om de beurt een verhelderende vraag om het beeld compleet te maken. De inbrenger antwoordt kort. Je mag je beurt overslaan.',
        en: 'Take turns asking a clarifying question to complete the picture. The case-giver answers briefly. You may pass.',
      },
      minutes: 15,
      contributors: 'helpers',
      turns: 'round',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [RULES.openQuestionsOnly, { nl: 'Korte antwoorden', en: 'Short answers' }],
      helperPrompts: [
        {
          nl: 'Hoe begon de relatie met deze persoon?',
          en: 'How did the relationship with this person begin?',
        },
        { nl: 'Wat deed je op het moment dat het spannend werd?', en: 'What did you do when it got tense?' },
        {
          nl: 'Welke andere situaties uit je werk lijken hierop?',
          en: 'Which other situations in your work are like this one?',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat is jouw eigen aandeel in deze werkrelatie?',
          en: 'What is your own part in this working relationship?',
        },
        { nl: 'Wat zou de ander over jou vertellen?', en: 'What would the other person say about you?' },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'factors',
      title: { nl: 'Factoren', en: 'Factors' },
      instructions: {
        nl: 'De gespreksleider helpt de groep om zichtbaar te maken welke factoren de inbrenger helpen en welke hinderen. Schrijf ze kort op.',
        en: 'The chair helps the group make visible which factors help the case-giver and which hinder. Write them down briefly.',
      },
      minutes: 5,
      contributors: 'helpers',
      contributionKinds: ['force'],
      rules: [{ nl: 'Helpend of hinderend, nog geen advies', en: 'Helping or hindering, no advice yet' }],
      artefact: 'forces',
    },
    {
      id: 'judgement',
      title: { nl: 'Eigen oordeel', en: 'Individual judgement' },
      instructions: {
        nl: 'Schrijf voor jezelf op welk advies je de inbrenger zou geven en waarom. De inbrenger luistert alleen.',
        en: 'Write down for yourself which advice you would give the case-giver and why. The case-giver only listens.',
      },
      minutes: 5,
      contributors: 'helpers',
      caseGiverPlacement: 'listensOnly',
      turns: 'individual',
      contributionKinds: ['advice'],
      rules: [RULES.writeAlone],
      artefact: 'adviceList',
    },
    {
      id: 'group-judgement',
      title: { nl: 'Oordeel van de groep', en: 'Group judgement' },
      uses: [{ phase: 'judgement', actions: ['show'] }],
      instructions: {
        nl: 'Deel je advies en bespreek de adviezen samen: waar zijn jullie het over eens, waar niet? De inbrenger luistert en reageert nog niet.',
        en: 'Share your advice and discuss the advice together: where do you agree, where not? The case-giver listens and does not respond yet.',
      },
      minutes: 15,
      contributors: 'helpers',
      caseGiverPlacement: 'listensOnly',
      contributionKinds: ['advice'],
      rules: [
        { nl: 'De inbrenger reageert tussendoor niet', en: 'The case-giver does not respond in between' },
        {
          nl: 'Praat met elkaar, niet tegen de inbrenger',
          en: 'Talk with each other, not at the case-giver',
        },
      ],
      helperPrompts: [
        { nl: 'Ik zou het anders doen dan jij, omdat…', en: 'I would do it differently from you, because…' },
        { nl: 'Wat ik mis in de adviezen tot nu toe, is…', en: 'What I miss in the advice so far is…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Herhaalt de groep misschien wat er in de relatie gebeurt?',
          en: 'Is the group perhaps repeating what happens in the relationship?',
        },
        {
          nl: 'Welk advies geef je eigenlijk aan jezelf?',
          en: 'Which advice are you really giving yourself?',
        },
      ],
      artefact: 'adviceList',
    },
    {
      id: 'decision',
      frame: ['decision'],
      title: { nl: 'Besluit', en: 'Decision' },
      uses: [
        { phase: 'judgement', actions: ['show', 'choose'] },
        { phase: 'group-judgement', actions: ['show', 'choose'] },
      ],
      instructions: {
        nl: 'De inbrenger vertelt wat hij of zij in werkelijkheid deed of nu gaat doen, en wat de adviezen hem of haar hebben opgeleverd.',
        en: 'The case-giver tells what they actually did or will now do, and what the advice has given them.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['insight', 'action'],
      facilitatorPrompts: [
        {
          nl: 'Wat zie je nu dat je eerst niet zag?',
          en: 'What do you see now that you did not see before?',
        },
      ],
      artefact: 'decision',
    },
    {
      id: 'sharing',
      title: { nl: 'Ervaringen delen', en: 'Sharing experiences' },
      instructions: {
        nl: 'Wie wil, vertelt kort over een eigen vergelijkbare ervaring. Deze stap mag je overslaan.',
        en: 'Whoever wants to, briefly tells about a similar experience of their own. You may skip this step.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['experience'],
      rules: [{ nl: 'Kort, en zonder nieuw advies', en: 'Briefly, and without new advice' }],
      artefact: 'notes',
    },
    {
      id: 'evaluation',
      frame: ['evaluation'],
      title: { nl: 'Evaluatie', en: 'Evaluation' },
      instructions: {
        nl: 'Ga de kring rond: wat heeft deze inbreng jou opgeleverd, en hoe ging het samenwerken?',
        en: 'Go round the circle: what did this case give you, and how did working together go?',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['insight'],
      artefact: 'reflections',
    },
  ],
});
