import { defineMethod } from './schema';
import { RULES } from './shared/rules';

/** Incidentmethode: a recent moment where you did not know how to act, explored step by step (six-step default). */
export const incident = defineMethod({
  id: 'incident',
  names: { nl: 'Incidentmethode', en: 'Incident method' },
  summary: {
    nl: 'Eén kort moment uit je werk waarop je vastliep, en daarna veel manieren om ermee om te gaan.',
    en: 'One short moment at work where you got stuck, followed by many ways to handle it.',
  },
  intent: {
    nl: 'Past bij een concreet en recent voorval waarbij je niet wist wat je moest doen. Goed voor groepen die net beginnen: de stappen zijn helder en je gaat naar huis met een flink aantal mogelijkheden om uit te kiezen.',
    en: 'Suits a concrete, recent event where you did not know what to do. Good for groups that are just starting: the steps are clear and you leave with plenty of options to choose from.',
  },
  origin: {
    nl: 'Komt voort uit het "incident process" dat Pigors in de jaren vijftig aan het MIT ontwikkelde; in de Nederlandse intervisie werd het bekend via Hendriksen. Kring volgt standaard de variant in zes stappen van Blankestijn.',
    en: 'Grew out of the "incident process" that Pigors developed at MIT in the 1950s; in Dutch intervision it became known through Hendriksen. By default Kring follows the six-step variant by Blankestijn.',
  },
  reconstruction: false,
  groupSize: { min: 5, max: 10 },
  durationMinutes: 50,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'scribe', 'facilitator'],
  topics: ['incident'],
  experience: 'new',
  tags: ['structured', 'many-options', 'starter'],
  phases: [
    {
      id: 'choose',
      frame: ['inventory'],
      title: { nl: 'Incidenten kiezen', en: 'Choosing an incident' },
      instructions: {
        nl: 'Iedereen beschrijft kort een echte situatie die nog niet is afgerond. Vertel tot het moment waarop je moest handelen, dus niet wat je deed of hoe het afliep. Kies daarna samen één incident.',
        en: 'Everyone briefly describes a real situation that is still open. Tell it up to the moment you had to act, so not what you did or how it ended. Then choose one incident together.',
      },
      minutes: 10,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['note', 'vote'],
      rules: [
        { nl: 'Hooguit drie zinnen per incident', en: 'Three sentences at most per incident' },
        { nl: 'Stop bij het moment van handelen', en: 'Stop at the moment you had to act' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Is dit echt jouw eigen probleem, of dat van een ander?',
          en: 'Is this really your own problem, or someone else’s?',
        },
        { nl: 'Wat maakt dat dit je nog steeds bezighoudt?', en: 'What makes this still stay with you?' },
      ],
      artefact: 'notes',
    },
    {
      id: 'introduction',
      title: { nl: 'Inleiding door de inbrenger', en: 'The case-giver’s introduction' },
      instructions: {
        nl: 'De inbrenger vertelt het incident tot aan het moment waarop een keuze nodig was, en sluit af met een vraag. Hij of zij geeft ook aan of de vraag gaat over wat er zichtbaar gebeurde, of over wat eronder speelde: gevoelens en overtuigingen.',
        en: 'The case-giver tells the incident up to the moment a choice was needed, and ends with a question. They also say whether the question is about what visibly happened, or about what went on beneath it: feelings and beliefs.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [
        { nl: 'Vertel nog niet wat je hebt gedaan', en: 'Do not say yet what you did' },
        { nl: 'De anderen luisteren zonder te onderbreken', en: 'The others listen without interrupting' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Welke vraag wil je na vandaag beantwoord hebben?',
          en: 'Which question do you want answered after today?',
        },
        {
          nl: 'Wat was er voor jou op dat moment op het spel?',
          en: 'What was at stake for you at that moment?',
        },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'information',
      title: { nl: 'Informatieronde', en: 'Information round' },
      instructions: {
        nl: 'Schrijf eerst voor jezelf op wat je wilt weten. Stel dan om de beurt één feitelijke vraag; de inbrenger antwoordt kort. Heb je niets meer te vragen, dan mag je je beurt overslaan.',
        en: 'First write down for yourself what you want to know. Then take turns asking one factual question each; the case-giver answers briefly. If you have nothing left to ask, you may pass.',
      },
      minutes: 15,
      contributors: 'helpers',
      turns: 'round',
      contributionKinds: ['factualQuestion'],
      caseGiverAnswers: true,
      rules: [
        { nl: 'Alleen vragen naar feiten — geen advies', en: 'Factual questions only — no advice' },
        {
          nl: 'Geen verstopt advies zoals "Heb je al geprobeerd…?"',
          en: 'No hidden advice such as "Have you tried…?"',
        },
        RULES.eachQuestionOnce,
        { nl: 'Korte antwoorden', en: 'Short answers' },
      ],
      helperPrompts: [
        {
          nl: 'Wie waren erbij en wat zeiden ze precies?',
          en: 'Who was there and what exactly did they say?',
        },
        { nl: 'Wat gebeurde er vlak daarvoor?', en: 'What happened just before?' },
        { nl: 'Wat was op dat moment jouw taak?', en: 'What was your task at that moment?' },
        { nl: 'Hoe vaak komt dit voor?', en: 'How often does this happen?' },
      ],
      facilitatorPrompts: [
        { nl: 'Welke vraag durft niemand te stellen?', en: 'Which question is nobody daring to ask?' },
        { nl: 'Wat voelde je precies op dat moment?', en: 'What exactly did you feel at that moment?' },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'diagnosis',
      title: { nl: 'Diagnose', en: 'Diagnosis' },
      instructions: {
        nl: 'Zeg om de beurt wat volgens jou de kern van het probleem is. Beschrijf wat er speelt, nog niet wat er moet gebeuren. De inbrenger luistert alleen.',
        en: 'Take turns saying what you think the core of the problem is. Describe what is going on, not yet what should be done. The case-giver only listens.',
      },
      minutes: 7.5,
      contributors: 'helpers',
      caseGiverPlacement: 'listensOnly',
      turns: 'round',
      contributionKinds: ['diagnosis'],
      rules: [
        RULES.caseGiverDoesNotRespond,
        {
          nl: 'Benoem wat er speelt, geef nog geen oplossing',
          en: 'Name what is going on; no solutions yet',
        },
      ],
      helperPrompts: [
        { nl: 'Ik denk dat de kern is dat…', en: 'I think the core is that…' },
        { nl: 'Wat mij opvalt in je verhaal is…', en: 'What strikes me in your story is…' },
      ],
      facilitatorPrompts: [
        { nl: 'Wat is jouw eigen aandeel in deze situatie?', en: 'What is your own part in this situation?' },
        { nl: 'Zien jullie allemaal hetzelfde probleem?', en: 'Do you all see the same problem?' },
      ],
      artefact: 'diagnoses',
    },
    {
      id: 'solutions',
      title: { nl: 'Oplossingen', en: 'Solutions' },
      instructions: {
        nl: 'Schrijf voor jezelf op wat jij zou doen als je in de schoenen van de inbrenger stond. Daarna leest iedereen zijn oplossing voor, zonder erover te discussiëren. De inbrenger luistert alleen.',
        en: 'Write down for yourself what you would do if you were in the case-giver’s shoes. Then everyone reads out their solution, without discussing it. The case-giver only listens.',
      },
      minutes: 7.5,
      contributors: 'helpers',
      caseGiverPlacement: 'listensOnly',
      turns: 'individual',
      contributionKinds: ['advice'],
      rules: [
        { nl: 'Eerst schrijven, dan voorlezen', en: 'Write first, then read out' },
        { nl: 'Geen discussie over elkaars oplossingen', en: 'No discussion of each other’s solutions' },
        RULES.caseGiverDoesNotRespond,
      ],
      helperPrompts: [
        { nl: 'Als ik jou was, zou ik…', en: 'If I were you, I would…' },
        { nl: 'Mijn eerste stap morgen zou zijn…', en: 'My first step tomorrow would be…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Is dit een oplossing voor de inbrenger, of voor jezelf?',
          en: 'Is this a solution for the case-giver, or for yourself?',
        },
      ],
      artefact: 'adviceList',
    },
    {
      id: 'choice',
      frame: ['decision'],
      title: { nl: 'Keuze van de inbrenger', en: 'The case-giver’s choice' },
      uses: [{ phase: 'solutions', actions: ['show', 'choose', 'compare'] }],
      instructions: {
        nl: 'De inbrenger zegt welke oplossing of oplossingen het meest aanspreken en waarom. Daarna vertelt hij of zij wat er in werkelijkheid is gedaan, zodat de groep kan vergelijken.',
        en: 'The case-giver says which solution or solutions appeal most and why. Then they tell what they actually did, so the group can compare.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['insight', 'action'],
      rules: [{ nl: 'De inbrenger heeft het laatste woord', en: 'The case-giver has the last word' }],
      facilitatorPrompts: [
        { nl: 'Wat ga je als eerste anders doen?', en: 'What will you do differently first?' },
        {
          nl: 'Welke oplossing schuif je opzij, en waarom?',
          en: 'Which solution do you put aside, and why?',
        },
      ],
      artefact: 'decision',
    },
  ],
});
