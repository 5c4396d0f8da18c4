import { defineMethod } from './schema';
import { RULES } from './shared/rules';

/** Methode Raguse (reconstruction): the four-phase model with a written picture-forming step. */
export const raguse = defineMethod({
  id: 'raguse',
  names: { nl: 'Methode Raguse', en: 'Raguse method' },
  summary: {
    nl: 'Van vraag naar besluit in vier fasen, waarbij ieder eerst voor zichzelf een beeld van de situatie opschrijft.',
    en: 'From question to decision in four phases, where everyone first writes down their own picture of the situation.',
  },
  intent: {
    nl: 'Een brede methode voor de meeste werkvragen, zeker als je wilt dat iedereen eerst zelf nadenkt voordat het gesprek op gang komt. Zo hoor je ook de stillere stemmen in de groep.',
    en: 'A broad method for most work questions, especially when you want everyone to think for themselves before the conversation gets going. That way you also hear the quieter voices in the group.',
  },
  origin: {
    nl: 'Van deze methode is openbaar alleen de naam bekend; er is geen stap-voor-stapbeschrijving gevonden. Deze opbouw is een voorstel van Kring, gebaseerd op de gangbare vier fasen van intervisie; pas hem aan aan de manier waarop jullie groep de methode heeft geleerd.',
    en: 'Only the name of this method is publicly known; no step-by-step description was found. This structure is proposed by Kring, based on the common four phases of intervision; adapt it to how your group learned the method.',
  },
  reconstruction: true,
  groupSize: { min: 4, max: 10 },
  durationMinutes: 60,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'scribe', 'facilitator'],
  topics: ['incident', 'ownFunctioning', 'relationship'],
  experience: 'some',
  tags: ['four-phases', 'written', 'equal-voice'],
  phases: [
    {
      id: 'problem',
      title: { nl: 'Probleemstelling', en: 'Stating the problem' },
      instructions: {
        nl: 'De inbrenger beschrijft de situatie en sluit af met één duidelijke vraag. De groep luistert en onderbreekt niet.',
        en: 'The case-giver describes the situation and ends with one clear question. The group listens and does not interrupt.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [{ nl: 'Eindig met één vraag', en: 'End with one question' }],
      facilitatorPrompts: [
        { nl: 'Wat maakt dit voor jou een probleem?', en: 'What makes this a problem for you?' },
        { nl: 'Wat heb je zelf in de hand?', en: 'What is in your own hands?' },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'questions',
      title: { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
      instructions: {
        nl: 'Stel om de beurt een open vraag om de situatie beter te begrijpen. De inbrenger antwoordt kort. Je mag je beurt overslaan.',
        en: 'Take turns asking an open question to understand the situation better. The case-giver answers briefly. You may pass.',
      },
      minutes: 10,
      contributors: 'helpers',
      turns: 'round',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [RULES.openQuestionsOnly, RULES.eachQuestionOnce],
      helperPrompts: [
        { nl: 'Wat wil je dat er anders wordt?', en: 'What do you want to be different?' },
        { nl: 'Wie zijn er nog meer bij betrokken?', en: 'Who else is involved?' },
        { nl: 'Wat gebeurt er als je niets doet?', en: 'What happens if you do nothing?' },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'picture',
      title: { nl: 'Beeld op papier', en: 'Picture on paper' },
      instructions: {
        nl: 'Schrijf voor jezelf op welk beeld je nu hebt: wat speelt er volgens jou, en wat weet je nog niet? Alles wordt tegelijk getoond, zodat niemand wordt beïnvloed door wie het eerst praat.',
        en: 'Write down for yourself the picture you now have: what do you think is going on, and what do you not know yet? Everything is revealed at the same time, so nobody is swayed by whoever speaks first.',
      },
      minutes: 10,
      contributors: 'helpers',
      turns: 'individual',
      contributionKinds: ['hypothesis'],
      rules: [RULES.writeAlone],
      helperPrompts: [
        { nl: 'Ik vermoed dat er eigenlijk speelt dat…', en: 'I suspect that what is really going on is…' },
        { nl: 'Wat ik nog mis in het verhaal, is…', en: 'What I still miss in the story is…' },
      ],
      artefact: 'diagnoses',
    },
    {
      id: 'recognition',
      title: { nl: 'Herkenning', en: 'Recognition' },
      uses: [{ phase: 'picture', actions: ['show', 'choose'] }],
      instructions: {
        nl: 'De inbrenger leest de beelden en zegt wat herkenbaar is, wat verrast en wat niet klopt. De groep luistert.',
        en: 'The case-giver reads the pictures and says what is recognisable, what surprises and what does not fit. The group listens.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['insight'],
      rules: [{ nl: 'Geen discussie over wie gelijk heeft', en: 'No debate about who is right' }],
      facilitatorPrompts: [
        {
          nl: 'Welk beeld wijs je snel af, en waarom zo snel?',
          en: 'Which picture do you reject quickly, and why so quickly?',
        },
      ],
      artefact: 'insights',
    },
    {
      id: 'judgement',
      title: { nl: 'Oordeelsvorming', en: 'Forming a judgement' },
      uses: [{ phase: 'picture', actions: ['show'], chosenOnly: true }],
      instructions: {
        nl: 'Geef om de beurt je oordeel en een advies dat past bij de vraag van de inbrenger. De inbrenger luistert alleen en schrijft op wat bruikbaar is.',
        en: 'Take turns giving your judgement and a piece of advice that fits the case-giver’s question. The case-giver only listens and writes down what is useful.',
      },
      minutes: 15,
      contributors: 'helpers',
      caseGiverPlacement: 'listensOnly',
      turns: 'round',
      contributionKinds: ['advice'],
      rules: [
        RULES.caseGiverDoesNotRespond,
        { nl: 'Sluit aan bij de vraag van de inbrenger', en: 'Stay with the case-giver’s question' },
      ],
      helperPrompts: [
        { nl: 'Gezien wat ik hoorde, zou ik…', en: 'Given what I heard, I would…' },
        { nl: 'Een kleine eerste stap kan zijn…', en: 'A small first step could be…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Lost dit advies de vraag op, of het probleem van de helper?',
          en: 'Does this advice answer the question, or the helper’s own problem?',
        },
      ],
      artefact: 'adviceList',
    },
    {
      id: 'decision',
      frame: ['decision'],
      title: { nl: 'Besluitvorming', en: 'Making a decision' },
      uses: [{ phase: 'judgement', actions: ['show', 'choose'] }],
      instructions: {
        nl: 'De inbrenger zegt wat hij of zij meeneemt, wat hij of zij gaat doen en wanneer, en sluit af met wat deze bijeenkomst heeft opgeleverd.',
        en: 'The case-giver says what they take with them, what they will do and when, and closes with what this meeting has given them.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['insight', 'action'],
      facilitatorPrompts: [
        { nl: 'Wat ga je als eerste doen, en wanneer?', en: 'What will you do first, and when?' },
      ],
      artefact: 'decision',
    },
  ],
});
