import { defineMethod } from './schema';
import { RULES } from './shared/rules';

/** SIOO-methode (reconstruction): a case read through the organisation around it — structure, culture, power, interests. */
export const sioo = defineMethod({
  id: 'sioo',
  names: { nl: 'SIOO-methode', en: 'SIOO method' },
  summary: {
    nl: 'Je kijkt naar je vraag door de bril van de organisatie: structuur, cultuur, macht en belangen.',
    en: 'You look at your question through the lens of the organisation: structure, culture, power and interests.',
  },
  intent: {
    nl: 'Voor vragen waarin de organisatie om je heen een grote rol speelt: een vastgelopen verandering, botsende belangen, onduidelijke verantwoordelijkheden. De vraag blijft wel binnen wat je zelf in je rol kunt doen.',
    en: 'For questions where the organisation around you plays a big part: a stalled change, clashing interests, unclear responsibilities. The question does stay within what you can do yourself in your role.',
  },
  origin: {
    nl: 'De naam verwijst naar SIOO, een Nederlands interuniversitair centrum voor organisatie- en veranderkunde, maar er is geen openbare stap-voor-stapbeschrijving van deze methode gevonden. Deze opbouw is een voorstel van Kring met een organisatiebril; pas hem aan aan de manier waarop jullie groep de methode heeft geleerd.',
    en: 'The name refers to SIOO, a Dutch inter-university centre for organisation and change studies, but no public step-by-step description of this method was found. This structure is proposed by Kring with an organisational lens; adapt it to how your group learned the method.',
  },
  reconstruction: true,
  groupSize: { min: 4, max: 10 },
  durationMinutes: 60,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'scribe', 'facilitator'],
  topics: ['organisation', 'change'],
  experience: 'some',
  tags: ['organisation', 'hypotheses', 'interventions'],
  phases: [
    {
      id: 'situation',
      title: { nl: 'Situatie en vraag', en: 'Situation and question' },
      instructions: {
        nl: 'De inbrenger schetst de situatie, de eigen rol daarin en de vraag. Vertel ook kort hoe de organisatie eromheen eruitziet.',
        en: 'The case-giver sketches the situation, their own role in it and the question. Also briefly describe what the organisation around it looks like.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [
        { nl: 'De vraag ligt binnen je eigen invloed', en: 'The question lies within your own influence' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat is hier jouw vraag, en wat is de vraag van de organisatie?',
          en: 'What is your question here, and what is the organisation’s question?',
        },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'context',
      title: { nl: 'Vragen over de organisatie', en: 'Questions about the organisation' },
      instructions: {
        nl: 'Stel om de beurt een vraag over de organisatie rond de casus: hoe is het georganiseerd, wat is hier gewoon, wie heeft invloed en wie heeft welk belang? De inbrenger antwoordt kort. Je mag je beurt overslaan.',
        en: 'Take turns asking a question about the organisation around the case: how is it organised, what is normal here, who has influence and who has which interest? The case-giver answers briefly. You may pass.',
      },
      minutes: 15,
      contributors: 'helpers',
      turns: 'round',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [RULES.openQuestionsOnly, RULES.eachQuestionOnce],
      helperPrompts: [
        { nl: 'Wie beslist hier uiteindelijk over?', en: 'Who finally decides on this?' },
        {
          nl: 'Wat wordt er in jullie organisatie beloond, en wat niet?',
          en: 'What gets rewarded in your organisation, and what does not?',
        },
        {
          nl: 'Wie heeft er baat bij dat het blijft zoals het is?',
          en: 'Who benefits from it staying as it is?',
        },
        { nl: 'Hoe is dit vroeger gegaan?', en: 'How did this go in the past?' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat is jouw eigen belang in deze situatie?',
          en: 'What is your own interest in this situation?',
        },
        { nl: 'Welke ongeschreven regel speelt hier mee?', en: 'Which unwritten rule plays a part here?' },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'hypotheses',
      title: { nl: 'Hypothesen', en: 'Hypotheses' },
      instructions: {
        nl: 'Schrijf voor jezelf een hypothese op over wat er in de organisatie gebeurt: welke krachten houden de situatie zoals ze is? Alles wordt tegelijk getoond. De inbrenger luistert.',
        en: 'Write down for yourself a hypothesis about what is happening in the organisation: which forces keep the situation as it is? Everything is revealed at the same time. The case-giver listens.',
      },
      minutes: 10,
      contributors: 'helpers',
      caseGiverPlacement: 'listensOnly',
      turns: 'individual',
      contributionKinds: ['hypothesis'],
      rules: [
        { nl: 'Een hypothese is een vermoeden, geen oordeel', en: 'A hypothesis is a hunch, not a verdict' },
        { nl: 'Eén hypothese per kaartje', en: 'One hypothesis per card' },
      ],
      helperPrompts: [
        { nl: 'Mijn vermoeden is dat … omdat …', en: 'My hunch is that … because …' },
        {
          nl: 'Het lijkt alsof de organisatie beschermt dat…',
          en: 'It looks as if the organisation protects…',
        },
      ],
      artefact: 'diagnoses',
    },
    {
      id: 'pick',
      title: { nl: 'Hypothese kiezen', en: 'Choosing a hypothesis' },
      uses: [{ phase: 'hypotheses', actions: ['rate', 'choose'] }],
      instructions: {
        nl: 'De inbrenger geeft elke hypothese een cijfer voor hoe goed ze past, en kiest de hypothese waarmee hij of zij verder wil, met kort de reden.',
        en: 'The case-giver gives each hypothesis a score for how well it fits, and chooses the hypothesis they want to work on, briefly saying why.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      caseGiverRates: true,
      contributionKinds: ['insight'],
      facilitatorPrompts: [
        {
          nl: 'Welke hypothese raakt je het meest, ook al klopt ze misschien niet?',
          en: 'Which hypothesis touches you most, even if it may not be right?',
        },
      ],
      artefact: 'insights',
    },
    {
      id: 'interventions',
      title: { nl: 'Interventies', en: 'Interventions' },
      uses: [{ phase: 'hypotheses', actions: ['show'], chosenOnly: true }],
      instructions: {
        nl: 'Stel om de beurt een interventie voor die past bij de gekozen hypothese en binnen de rol van de inbrenger. De inbrenger luistert alleen.',
        en: 'Take turns suggesting an intervention that fits the chosen hypothesis and the case-giver’s role. The case-giver only listens.',
      },
      minutes: 10,
      contributors: 'helpers',
      caseGiverPlacement: 'listensOnly',
      turns: 'round',
      contributionKinds: ['advice'],
      rules: [
        { nl: 'Blijf binnen de invloed van de inbrenger', en: 'Stay within the case-giver’s influence' },
        RULES.caseGiverDoesNotRespond,
      ],
      helperPrompts: [
        { nl: 'Vanuit jouw rol zou je kunnen…', en: 'From your role you could…' },
        { nl: 'Een bondgenoot hierin kan zijn…', en: 'An ally in this could be…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat kost deze interventie de inbrenger?',
          en: 'What does this intervention cost the case-giver?',
        },
      ],
      artefact: 'adviceList',
    },
    {
      id: 'choice',
      frame: ['decision'],
      title: { nl: 'Keuze', en: 'Choice' },
      uses: [{ phase: 'interventions', actions: ['show', 'choose'] }],
      instructions: {
        nl: 'De inbrenger kiest een interventie en zegt wanneer en bij wie hij of zij begint.',
        en: 'The case-giver chooses an intervention and says when and with whom they will start.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['action'],
      artefact: 'decision',
    },
    {
      id: 'evaluation',
      frame: ['evaluation'],
      title: { nl: 'Evaluatie', en: 'Evaluation' },
      instructions: {
        nl: 'Ga de kring rond: wat heeft de organisatiebril je laten zien dat je anders had gemist?',
        en: 'Go round the circle: what did the organisational lens show you that you would otherwise have missed?',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['insight'],
      artefact: 'reflections',
    },
  ],
});
