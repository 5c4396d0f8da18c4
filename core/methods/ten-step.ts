import { defineMethod } from './schema';

/** Tienstappenmethode: a thorough analysis in which the case-giver rates the questions and the problem statements. */
export const tenStep = defineMethod({
  id: 'ten-step',
  names: { nl: 'Tienstappenmethode', en: 'Ten-step method' },
  summary: {
    nl: 'Een grondige analyse: de inbrenger waardeert de vragen en de probleemomschrijvingen en stelt het probleem zelf opnieuw vast.',
    en: 'A thorough analysis: the case-giver rates the questions and the problem statements and then redefines the problem.',
  },
  intent: {
    nl: 'Past bij een taai probleem dat al lang speelt en waarvan je niet goed weet wat de kern is. Je neemt de tijd: eerst het probleem scherp krijgen, dan pas kijken wat het in stand houdt en wat je gaat doen. De vaste stappen geven houvast; daarom wordt de methode vaak aangeraden aan groepen die net met intervisie beginnen.',
    en: 'Suits a stubborn problem that has been going on for a while and whose core you cannot quite pin down. You take your time: first get the problem sharp, only then look at what keeps it going and what you will do. The fixed steps give a clear structure, which is why the method is often recommended to groups that are new to peer consultation.',
  },
  origin: {
    nl: 'Een uitgebreide werkvorm uit de Nederlandse intervisieliteratuur. Kenmerkend is dat de inbrenger de vragen en probleemomschrijvingen van de groep waardeert.',
    en: 'An extensive format from Dutch intervision literature. Its hallmark is that the case-giver rates the group’s questions and problem statements.',
  },
  reconstruction: false,
  groupSize: { min: 4, max: 8 },
  durationMinutes: 130,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'scribe', 'facilitator'],
  topics: ['ownFunctioning', 'change'],
  experience: 'new',
  tags: ['thorough', 'rating', 'written-round', 'long'],
  phases: [
    {
      id: 'sketch',
      title: { nl: 'De situatie schetsen', en: 'Sketching the situation' },
      instructions: {
        nl: 'De inbrenger beschrijft het probleem: wat speelt er, wie zijn erbij betrokken en wat heeft hij of zij al gedaan? De groep luistert.',
        en: 'The case-giver describes the problem: what is going on, who is involved and what have they already done? The group listens.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [{ nl: 'De groep onderbreekt niet', en: 'The group does not interrupt' }],
      facilitatorPrompts: [
        {
          nl: 'Hoe lang speelt dit al, en waarom breng je het nu in?',
          en: 'How long has this been going on, and why bring it in now?',
        },
        { nl: 'Wat heb je zelf al geprobeerd?', en: 'What have you already tried yourself?' },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'write-questions',
      title: { nl: 'Vragen opschrijven', en: 'Writing down questions' },
      instructions: {
        nl: 'Iedereen schrijft voor zichzelf vragen op die helpen het probleem te begrijpen. De vragen worden daarna tegelijk zichtbaar voor de inbrenger.',
        en: 'Everyone writes down, on their own, questions that help to understand the problem. The questions then become visible to the case-giver all at once.',
      },
      minutes: 10,
      contributors: 'helpers',
      turns: 'individual',
      contributionKinds: ['question'],
      rules: [
        { nl: 'Schrijf alleen, zonder overleg', en: 'Write alone, without conferring' },
        { nl: 'Open vragen', en: 'Open questions' },
      ],
      helperPrompts: [
        { nl: 'Wat maakt dit voor jou een probleem?', en: 'What makes this a problem for you?' },
        { nl: 'Wat gebeurt er als je niets doet?', en: 'What happens if you do nothing?' },
        { nl: 'Wie heeft er nog meer last van?', en: 'Who else is bothered by it?' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Schrijf ook de vraag op die je eigenlijk niet durft te stellen.',
          en: 'Also write down the question you do not really dare to ask.',
        },
        {
          nl: 'Zit er een vraag bij die de inbrenger pijn kan doen?',
          en: 'Is there a question that could hurt the case-giver?',
        },
      ],
      artefact: 'none',
    },
    {
      id: 'rate-questions',
      title: { nl: 'Vragen waarderen', en: 'Rating the questions' },
      uses: [{ phase: 'write-questions', actions: ['rate'] }],
      instructions: {
        nl: 'De inbrenger geeft elke vraag een waardering van 1 tot 5: hoe belangrijk is deze vraag voor mij? Zo wordt zichtbaar waar de energie zit.',
        en: 'The case-giver gives each question a rating from 1 to 5: how important is this question to me? This shows where the energy is.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['insight'],
      caseGiverRates: true,
      rules: [{ nl: 'Waarderen, nog niet beantwoorden', en: 'Rate, do not answer yet' }],
      facilitatorPrompts: [
        {
          nl: 'Welke vraag gaf je een lage waardering, terwijl hij je wel raakte?',
          en: 'Which question did you rate low even though it touched you?',
        },
        {
          nl: 'Wat zegt het hoogst gewaardeerde rijtje over je probleem?',
          en: 'What does the top-rated set say about your problem?',
        },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'answers',
      title: { nl: 'Antwoorden', en: 'Answers' },
      uses: [{ phase: 'write-questions', actions: ['answer'] }],
      instructions: {
        nl: 'De inbrenger beantwoordt de vragen, te beginnen met de hoogst gewaardeerde. De groep luistert en vraagt nog niet door.',
        en: 'The case-giver answers the questions, starting with the highest-rated. The group listens and asks no follow-up questions yet.',
      },
      minutes: 20,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      caseGiverAnswers: true,
      rules: [{ nl: 'Begin bij de belangrijkste vraag', en: 'Start with the most important question' }],
      facilitatorPrompts: [
        { nl: 'Welke vraag sla je over, en waarom?', en: 'Which question are you skipping, and why?' },
        { nl: 'Wat ontdek je terwijl je antwoordt?', en: 'What are you discovering while you answer?' },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'final-questions',
      title: { nl: 'Laatste vragen', en: 'Final questions' },
      instructions: {
        nl: 'Om de beurt stelt iedereen nog één vraag over wat onduidelijk bleef. De inbrenger antwoordt kort.',
        en: 'Each person in turn asks one more question about what is still unclear. The case-giver answers briefly.',
      },
      minutes: 10,
      contributors: 'helpers',
      turns: 'round',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [
        { nl: 'Eén vraag per beurt', en: 'One question per turn' },
        { nl: 'Geen advies', en: 'No advice' },
      ],
      helperPrompts: [
        {
          nl: 'Je zei eerder…, wat bedoelde je daarmee?',
          en: 'Earlier you said…, what did you mean by that?',
        },
        { nl: 'Wat is er nog niet gezegd?', en: 'What has not been said yet?' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat weten we nog steeds niet over jouw aandeel?',
          en: 'What do we still not know about your part in this?',
        },
        {
          nl: 'Welk antwoord klonk anders dan de rest?',
          en: 'Which answer sounded different from the rest?',
        },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'problem-statements',
      title: { nl: 'Het probleem omschrijven', en: 'Stating the problem' },
      instructions: {
        nl: 'Iedereen schrijft voor zichzelf in één of twee zinnen op wat volgens hem of haar het eigenlijke probleem van de inbrenger is. Daarna komen alle omschrijvingen tegelijk op tafel.',
        en: 'Everyone writes down, on their own, in one or two sentences what they think the case-giver’s real problem is. Then all the statements are revealed at once.',
      },
      minutes: 20,
      contributors: 'helpers',
      turns: 'individual',
      contributionKinds: ['diagnosis'],
      rules: [
        {
          nl: 'Schrijf in de ik-vorm van de inbrenger: "Mijn probleem is…"',
          en: 'Write as the case-giver, in the first person: "My problem is…"',
        },
        { nl: 'Een probleem, geen oplossing', en: 'A problem, not a solution' },
      ],
      helperPrompts: [
        { nl: 'Mijn probleem is dat ik…', en: 'My problem is that I…' },
        { nl: 'Ik weet niet hoe ik… zonder…', en: 'I do not know how to… without…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Beschrijft dit de inbrenger, of vooral jezelf?',
          en: 'Does this describe the case-giver, or mostly yourself?',
        },
        { nl: 'Welke omschrijving durft het verst te gaan?', en: 'Which statement dares to go furthest?' },
      ],
      artefact: 'diagnoses',
    },
    {
      id: 'rate-statements',
      title: { nl: 'Omschrijvingen waarderen', en: 'Rating the statements' },
      uses: [{ phase: 'problem-statements', actions: ['rate'] }],
      instructions: {
        nl: 'De inbrenger geeft elke probleemomschrijving een waardering van 1 tot 5 en zegt kort wat hij of zij herkent in de hoogste. De groep luistert.',
        en: 'The case-giver gives each problem statement a rating from 1 to 5 and briefly says what they recognise in the highest ones. The group listens.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['insight'],
      caseGiverRates: true,
      rules: [
        {
          nl: 'De groep verdedigt de eigen omschrijvingen niet',
          en: 'The group does not defend its statements',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Welke omschrijving schuurt, en wat zegt dat?',
          en: 'Which statement grates, and what does that tell you?',
        },
        { nl: 'Wat ontbreekt er in alle omschrijvingen?', en: 'What is missing from all the statements?' },
      ],
      artefact: 'diagnoses',
    },
    {
      id: 'redefine',
      title: { nl: 'Het probleem opnieuw vaststellen', en: 'Redefining the problem' },
      uses: [{ phase: 'problem-statements', actions: ['show'] }],
      instructions: {
        nl: 'De inbrenger formuleert het probleem opnieuw, in eigen woorden en met wat de omschrijvingen hebben opgeleverd. Dit wordt het vertrekpunt voor de rest.',
        en: 'The case-giver puts the problem into words again, in their own words and using what the statements brought. This becomes the starting point for the rest.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['insight'],
      rules: [{ nl: 'Eén zin, in de ik-vorm', en: 'One sentence, in the first person' }],
      facilitatorPrompts: [
        {
          nl: 'Hoe verschilt dit van je vraag aan het begin?',
          en: 'How does this differ from your question at the start?',
        },
        { nl: 'Is dit een probleem dat jij kunt oplossen?', en: 'Is this a problem you can solve?' },
      ],
      artefact: 'insights',
    },
    {
      id: 'forces',
      title: { nl: 'Wat houdt het probleem in stand?', en: 'What keeps the problem going?' },
      instructions: {
        nl: 'De groep zoekt naar krachten die het probleem in stand houden: bij de inbrenger, bij anderen en in de organisatie. Bespreek ook wat er gebeurt als één van die krachten verdwijnt.',
        en: 'The group looks for forces that keep the problem going: in the case-giver, in others and in the organisation. Also discuss what happens if one of those forces goes away.',
      },
      minutes: 20,
      contributors: 'helpers',
      turns: 'free',
      contributionKinds: ['force'],
      rules: [{ nl: 'Krachten benoemen, geen schuld', en: 'Name forces, not blame' }],
      helperPrompts: [
        { nl: 'Wat levert het probleem iemand op?', en: 'What does the problem give someone?' },
        {
          nl: 'Wat zou er gebeuren als dit morgen opgelost was?',
          en: 'What would happen if this were solved tomorrow?',
        },
        { nl: 'Welke gewoonte houdt dit vast?', en: 'Which habit keeps this in place?' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat wordt er in je werk makkelijker als het probleem blijft zoals het is?',
          en: 'What becomes easier in your work if the problem stays as it is?',
        },
        { nl: 'Welke kracht noemt niemand hardop?', en: 'Which force is nobody naming out loud?' },
      ],
      artefact: 'forces',
    },
    {
      id: 'plan',
      frame: ['decision'],
      title: { nl: 'Wat ga ik doen?', en: 'What will I do?' },
      uses: [{ phase: 'redefine', actions: ['show'] }],
      instructions: {
        nl: 'De inbrenger zegt wat hij of zij gaat doen, met een eerste concrete stap en wanneer. Spreek af hoe de groep er in de volgende bijeenkomst op terugkomt.',
        en: 'The case-giver says what they will do, with a first concrete step and when. Agree how the group will come back to it at the next meeting.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['action'],
      rules: [{ nl: 'Concreet: wat, wanneer, met wie', en: 'Concrete: what, when, with whom' }],
      facilitatorPrompts: [
        {
          nl: 'Wat houdt je tegen om dit morgen al te doen?',
          en: 'What stops you from doing this tomorrow?',
        },
        { nl: 'Aan wie ga je vertellen dat je dit doet?', en: 'Who will you tell that you are doing this?' },
      ],
      artefact: 'actions',
    },
  ],
});
