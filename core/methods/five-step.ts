import { defineMethod } from './schema';
import { RULES } from './shared/rules';

/** Vijfstappenmethode: from question via exploration and a shared core problem to advice the case-giver weighs. */
export const fiveStep = defineMethod({
  id: 'five-step',
  names: { nl: 'Vijfstappenmethode', en: 'Five-step method' },
  summary: {
    nl: 'In vijf heldere stappen van vraag, via verkennen en de kern van het probleem, naar advies.',
    en: 'Five clear steps from a question, through exploring and finding the core of the problem, to advice.',
  },
  intent: {
    nl: 'Een eenvoudige en veelzijdige werkvorm voor vragen over je eigen handelen in het werk. Goed om mee te beginnen: de groep oefent met doorvragen en samenvatten voordat er advies komt.',
    en: 'A simple, all-round format for questions about how you act at work. Good to start with: the group practises asking further and summing up before any advice is given.',
  },
  origin: {
    nl: 'Een basisvorm die in Nederlandse opleidingen en intervisiehandboeken veel wordt gebruikt, in kleine varianten. Kring volgt de gangbare volgorde van vraag, verkenning, probleem, advies en evaluatie.',
    en: 'A basic format widely used in Dutch training courses and intervision handbooks, in small variations. Kring follows the usual order of question, exploration, problem, advice and evaluation.',
  },
  reconstruction: false,
  groupSize: { min: 3, max: 8 },
  durationMinutes: 60,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'facilitator'],
  topics: ['ownFunctioning', 'incident'],
  experience: 'new',
  tags: ['starter', 'structured', 'advice'],
  phases: [
    {
      id: 'question',
      title: { nl: 'De vraag', en: 'The question' },
      instructions: {
        nl: 'De inbrenger vertelt kort over de situatie en formuleert een vraag. De groep checkt of iedereen de vraag hetzelfde begrijpt.',
        en: 'The case-giver briefly tells about the situation and puts it into a question. The group checks that everyone understands the question the same way.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [{ nl: 'Eindig met één duidelijke vraag', en: 'End with one clear question' }],
      facilitatorPrompts: [
        {
          nl: 'Is dit een vraag waar je zelf iets aan kunt doen?',
          en: 'Is this a question you can do something about yourself?',
        },
        {
          nl: 'Wat wil je na vandaag anders kunnen?',
          en: 'What do you want to be able to do differently after today?',
        },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'exploration',
      title: { nl: 'Verkennen', en: 'Exploring' },
      instructions: {
        nl: 'De groep stelt open vragen en vat regelmatig samen wat de inbrenger zegt. Zo wordt de situatie voor iedereen helder, ook voor de inbrenger zelf. Wacht nog met oplossingen.',
        en: 'The group asks open questions and regularly sums up what the case-giver says. This makes the situation clear for everyone, including the case-giver. Hold back on solutions for now.',
      },
      minutes: 20,
      contributors: 'helpers',
      turns: 'free',
      contributionKinds: ['question', 'paraphrase'],
      caseGiverAnswers: true,
      rules: [RULES.openQuestionsOnly, { nl: 'Vat af en toe samen', en: 'Sum up now and then' }],
      helperPrompts: [
        { nl: 'Kun je een voorbeeld geven van…?', en: 'Can you give an example of…?' },
        { nl: 'Als ik je goed begrijp, dan…', en: 'If I understand you correctly, then…' },
        {
          nl: 'Wat heb je al geprobeerd, en wat gebeurde er toen?',
          en: 'What have you already tried, and what happened then?',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Vragen jullie nog, of geven jullie stiekem al advies?',
          en: 'Are you still asking, or already slipping in advice?',
        },
        {
          nl: 'Wat vind je zelf het lastigste aan deze situatie?',
          en: 'What do you yourself find hardest about this situation?',
        },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'core-problem',
      title: { nl: 'De kern van het probleem', en: 'The core of the problem' },
      instructions: {
        nl: 'De groep zoekt samen naar de kern: waar gaat het eigenlijk om? Formuleer die in één of twee zinnen. De inbrenger zegt of het klopt.',
        en: 'The group looks together for the core: what is it really about? Put it into one or two sentences. The case-giver says whether it fits.',
      },
      minutes: 10,
      contributors: 'helpers',
      turns: 'free',
      contributionKinds: ['diagnosis'],
      rules: [{ nl: 'Eén gezamenlijke formulering', en: 'One shared wording' }],
      helperPrompts: [
        { nl: 'Volgens mij gaat het eigenlijk over…', en: 'I think it is really about…' },
        { nl: 'Het probleem is niet zozeer…, maar…', en: 'The problem is not so much…, but…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Is dit het probleem van de inbrenger, of van iemand anders?',
          en: 'Is this the case-giver’s problem, or someone else’s?',
        },
        { nl: 'Herken je jezelf in deze formulering?', en: 'Do you recognise yourself in this wording?' },
      ],
      artefact: 'diagnoses',
    },
    {
      id: 'advice',
      title: { nl: 'Adviezen', en: 'Advice' },
      instructions: {
        nl: 'Iedereen geeft om de beurt minstens één advies. Na elk advies zegt de inbrenger kort of het aanspreekt, zonder het te verdedigen of af te wijzen.',
        en: 'Everyone takes a turn to give at least one piece of advice. After each one, the case-giver briefly says whether it appeals, without defending or rejecting it.',
      },
      minutes: 15,
      contributors: 'helpers',
      turns: 'round',
      contributionKinds: ['advice'],
      caseGiverAnswers: true,
      rules: [
        { nl: 'Minstens één advies per persoon', en: 'At least one piece of advice each' },
        {
          nl: 'De inbrenger zegt alleen of het aanspreekt',
          en: 'The case-giver only says whether it appeals',
        },
      ],
      helperPrompts: [
        { nl: 'Je zou kunnen proberen om…', en: 'You could try to…' },
        {
          nl: 'Wat mij in een vergelijkbare situatie hielp, was…',
          en: 'What helped me in a similar situation was…',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Welk advies ligt buiten je gewoonte, en trekt dat je aan?',
          en: 'Which advice is outside your habits, and does it attract you?',
        },
        { nl: 'Wat ga je deze week doen?', en: 'What will you do this week?' },
      ],
      artefact: 'adviceList',
    },
    {
      id: 'evaluation',
      frame: ['evaluation'],
      title: { nl: 'Evaluatie', en: 'Evaluation' },
      instructions: {
        nl: 'De inbrenger zegt wat deze bijeenkomst heeft opgeleverd. Daarna noemt iedereen een eigen leerpunt en iets over hoe de stappen liepen.',
        en: 'The case-giver says what this meeting has given them. Then everyone names a learning point of their own and something about how the steps went.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['insight'],
      rules: [{ nl: 'Kort: één punt per persoon', en: 'Short: one point each' }],
      helperPrompts: [
        { nl: 'Wat ik zelf leerde, is…', en: 'What I learned myself is…' },
        {
          nl: 'Bij het verkennen ging het goed/minder goed toen…',
          en: 'Exploring went well/less well when…',
        },
      ],
      facilitatorPrompts: [
        { nl: 'Voelde de inbrenger zich gehoord?', en: 'Did the case-giver feel heard?' },
        { nl: 'Welke stap sloegen jullie eigenlijk over?', en: 'Which step did you actually skip?' },
      ],
      artefact: 'insights',
    },
  ],
});
