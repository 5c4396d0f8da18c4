import { DILTS_LEVELS, defineMethod, type Localized, type PhaseInput } from './schema';
import { RULES } from './shared/rules';

type Level = (typeof DILTS_LEVELS)[number];

/** Per level: its name, what questions on it are about, and example questions for helpers. */
const LEVELS: Record<Level, { title: Localized; focus: Localized; prompts: Localized[] }> = {
  environment: {
    title: { nl: 'Omgeving', en: 'Environment' },
    focus: { nl: 'waar, wanneer en met wie het speelt', en: 'where, when and with whom it happens' },
    prompts: [
      { nl: 'Waar en wanneer gebeurt het?', en: 'Where and when does it happen?' },
      { nl: 'Wie zijn erbij?', en: 'Who is there?' },
    ],
  },
  behaviour: {
    title: { nl: 'Gedrag', en: 'Behaviour' },
    focus: { nl: 'wat de inbrenger doet en zegt', en: 'what the case-giver does and says' },
    prompts: [
      { nl: 'Wat doe je dan precies?', en: 'What exactly do you do then?' },
      { nl: 'Wat zeg je, en hoe?', en: 'What do you say, and how?' },
    ],
  },
  capabilities: {
    title: { nl: 'Vaardigheden', en: 'Capabilities' },
    focus: { nl: 'wat de inbrenger kan en hoe', en: 'what the case-giver can do, and how' },
    prompts: [
      { nl: 'Wat kun je goed in zo’n situatie?', en: 'What are you good at in a situation like this?' },
      { nl: 'Welke vaardigheid mis je nu?', en: 'Which skill are you missing now?' },
    ],
  },
  beliefs: {
    title: { nl: 'Overtuigingen en waarden', en: 'Beliefs and values' },
    focus: {
      nl: 'waarom, en wat de inbrenger belangrijk vindt',
      en: 'why, and what the case-giver finds important',
    },
    prompts: [
      { nl: 'Wat vind je hier belangrijk?', en: 'What do you find important here?' },
      {
        nl: 'Wat denk je dat er gebeurt als je het anders doet?',
        en: 'What do you think happens if you do it differently?',
      },
    ],
  },
  identity: {
    title: { nl: 'Identiteit', en: 'Identity' },
    focus: { nl: 'wie de inbrenger is in deze situatie', en: 'who the case-giver is in this situation' },
    prompts: [
      { nl: 'Wie ben jij in deze situatie?', en: 'Who are you in this situation?' },
      {
        nl: 'Wat voor professional wil je hier zijn?',
        en: 'What kind of professional do you want to be here?',
      },
    ],
  },
  mission: {
    title: { nl: 'Zingeving', en: 'Mission' },
    focus: {
      nl: 'waarvoor en voor wie de inbrenger dit doet',
      en: 'what for and for whom the case-giver does this',
    },
    prompts: [
      { nl: 'Waarvoor doe je dit werk?', en: 'What do you do this work for?' },
      { nl: 'Wie heeft er uiteindelijk baat bij?', en: 'Who benefits in the end?' },
    ],
  },
};

/** One question phase per level; its id `level-<level>` tells the engine which level to tag by default. */
function levelPhase(level: Level, index: number): PhaseInput {
  const { title, focus, prompts } = LEVELS[level];
  return {
    id: `level-${level}`,
    title: { nl: `Niveau ${index + 1}: ${title.nl}`, en: `Level ${index + 1}: ${title.en}` },
    instructions: {
      nl: `Stel om de beurt alleen vragen over dit niveau: ${focus.nl}. De inbrenger antwoordt kort; de antwoorden worden per niveau bewaard. Je mag je beurt overslaan.`,
      en: `Take turns asking only questions on this level: ${focus.en}. The case-giver answers briefly; the answers are kept per level. You may pass.`,
    },
    minutes: 5,
    contributors: 'helpers',
    turns: 'round',
    contributionKinds: ['question'],
    tagging: 'diltsLevel',
    caseGiverAnswers: true,
    rules: [
      { nl: 'Alleen vragen over dit niveau', en: 'Only questions about this level' },
      RULES.openQuestionsOnly,
    ],
    helperPrompts: prompts,
    artefact: 'levelStatements',
  };
}

/** De 6 logische niveaus: questions climb from environment to mission, then the group locates problem and lever. */
export const dilts = defineMethod({
  id: 'dilts',
  names: { nl: 'De 6 logische niveaus', en: 'The six logical levels' },
  summary: {
    nl: 'Je onderzoekt je vraag niveau voor niveau, van omgeving tot zingeving, en zoekt waar de oplossing zit.',
    en: 'You explore your question level by level, from environment to mission, and look for where the solution lies.',
  },
  intent: {
    nl: 'Voor vragen die steeds terugkomen, ook al probeer je van alles, en voor vragen over waarden, identiteit of de zin van je werk. Een probleem laat zich vaak pas oplossen op een hoger niveau dan waar het zich laat zien.',
    en: 'For questions that keep coming back however much you try, and for questions about values, identity or the meaning of your work. A problem often only gives way on a higher level than where it shows.',
  },
  origin: {
    nl: 'Robert Dilts bouwde het model van de logische niveaus op ideeën van Gregory Bateson over niveaus van leren en veranderen. Deze volgorde van stappen voor intervisie is een voorstel van Kring; pas haar gerust aan.',
    en: 'Robert Dilts built the logical levels model on ideas of Gregory Bateson about levels of learning and change. This order of steps for intervision is proposed by Kring; feel free to adapt it.',
  },
  reconstruction: true,
  groupSize: { min: 3, max: 8 },
  durationMinutes: 70,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'scribe', 'facilitator'],
  topics: ['valuesIdentity', 'ownFunctioning', 'change'],
  experience: 'some',
  tags: ['levels', 'pyramid', 'values', 'identity'],
  phases: [
    {
      id: 'case',
      title: { nl: 'De casus in het kort', en: 'The case in brief' },
      instructions: {
        nl: 'De inbrenger vertelt kort wat er speelt en wat zijn of haar vraag is. Details komen straks per niveau aan bod.',
        en: 'The case-giver briefly tells what is going on and what their question is. Details come up later, level by level.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [{ nl: 'Kort: details volgen per niveau', en: 'Briefly: details follow per level' }],
      artefact: 'caseDescription',
    },
    ...DILTS_LEVELS.map((level, index) => levelPhase(level, index)),
    {
      id: 'diagnosis',
      title: { nl: 'Waar zit het?', en: 'Where does it sit?' },
      instructions: {
        nl: 'Schrijf voor jezelf op op welk niveau het probleem zit en op welk niveau de oplossing kan liggen, met een korte uitleg. Alles wordt tegelijk getoond en per niveau geteld. De inbrenger luistert.',
        en: 'Write down for yourself on which level the problem sits and on which level the solution may lie, with a short explanation. Everything is revealed at the same time and counted per level. The case-giver listens.',
      },
      minutes: 10,
      contributors: 'helpers',
      caseGiverPlacement: 'listensOnly',
      turns: 'individual',
      contributionKinds: ['diagnosis'],
      tagging: 'diltsLevel',
      rules: [
        { nl: 'Kies bij elke bijdrage een niveau', en: 'Choose a level with each contribution' },
        RULES.writeAlone,
      ],
      helperPrompts: [
        {
          nl: 'Het probleem laat zich zien in gedrag, maar zit volgens mij in…',
          en: 'The problem shows in behaviour, but I think it sits in…',
        },
        {
          nl: 'De sleutel ligt volgens mij een niveau hoger, bij…',
          en: 'I think the key lies one level higher, in…',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Zoeken jullie de oplossing op hetzelfde niveau als het probleem?',
          en: 'Are you looking for the solution on the same level as the problem?',
        },
        { nl: 'Welk niveau vermijdt de groep?', en: 'Which level is the group avoiding?' },
      ],
      artefact: 'levelTally',
    },
    {
      id: 'level-choice',
      title: { nl: 'Niveau kiezen', en: 'Choosing a level' },
      uses: [{ phase: 'diagnosis', actions: ['show', 'choose'] }],
      instructions: {
        nl: 'De inbrenger kiest na de telling het niveau (of de niveaus) om op te werken, markeert eventueel de rake diagnoses en herformuleert de vraag.',
        en: 'After the count the case-giver chooses the level (or levels) to work on, may mark the diagnoses that hit home, and rephrases the question.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['levelStatement'],
      tagging: 'diltsLevel',
      facilitatorPrompts: [
        { nl: 'Wat is jouw eigen aandeel op dit niveau?', en: 'What is your own part on this level?' },
      ],
      artefact: 'decision',
    },
    {
      id: 'advice',
      title: { nl: 'Advies op het gekozen niveau', en: 'Advice on the chosen level' },
      // The chosen level travels on: the case-giver's level statement and the diagnoses they chose.
      uses: [
        { phase: 'level-choice', actions: ['show'] },
        { phase: 'diagnosis', actions: ['show'], chosenOnly: true },
      ],
      instructions: {
        nl: 'Geef om de beurt een advies dat werkt op het niveau dat de inbrenger koos. De inbrenger luistert alleen.',
        en: 'Take turns giving advice that works on the level the case-giver chose. The case-giver only listens.',
      },
      minutes: 10,
      contributors: 'helpers',
      caseGiverPlacement: 'listensOnly',
      turns: 'round',
      contributionKinds: ['advice'],
      tagging: 'diltsLevel',
      rules: [
        { nl: 'Blijf op het gekozen niveau', en: 'Stay on the chosen level' },
        RULES.caseGiverDoesNotRespond,
      ],
      helperPrompts: [
        { nl: 'Op dit niveau zou ik…', en: 'On this level I would…' },
        {
          nl: 'In je rol als professional zou je ook kunnen kijken naar…',
          en: 'In your role as a professional, you could also look at…',
        },
      ],
      artefact: 'adviceList',
    },
    {
      id: 'choice',
      frame: ['decision'],
      title: { nl: 'Keuze', en: 'Choice' },
      uses: [
        { phase: 'level-choice', actions: ['show'] },
        { phase: 'advice', actions: ['show', 'choose'] },
      ],
      instructions: {
        nl: 'De inbrenger zegt welk advies hij of zij meeneemt en wat hij of zij als eerste gaat doen.',
        en: 'The case-giver says which advice they take with them and what they will do first.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['action'],
      artefact: 'actions',
    },
    {
      id: 'evaluation',
      frame: ['evaluation'],
      title: { nl: 'Evaluatie', en: 'Evaluation' },
      instructions: {
        nl: 'Ga de kring rond: wat liet het klimmen langs de niveaus je zien, en wat neem je zelf mee?',
        en: 'Go round the circle: what did climbing through the levels show you, and what do you take with you yourself?',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['insight'],
      artefact: 'reflections',
    },
  ],
});
