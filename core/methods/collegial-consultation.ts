import { defineMethod } from './schema';

/** Kollegiale Beratung (Tietze): six short phases, a chosen consultation module, the case-giver only listens. */
export const collegialConsultation = defineMethod({
  id: 'collegial-consultation',
  names: {
    nl: 'Collegiale consultatie (Kollegiale Beratung)',
    en: 'Collegial consultation (Kollegiale Beratung)',
  },
  summary: {
    nl: 'Een strak getimede consultatie in zes fasen, met een vaste taakverdeling en een werkvorm die de inbrenger zelf kiest.',
    en: 'A tightly timed consultation in six phases, with fixed roles and a format the case-giver chooses.',
  },
  intent: {
    nl: 'Past bij een concrete vraag uit je werk waarvoor je in korte tijd frisse ideeën wilt. Door de vaste rollen en tijden kan een groep zonder begeleider er snel mee werken.',
    en: 'Suits a concrete question from your work where you want fresh ideas in a short time. The fixed roles and times let a group work with it quickly, even without a facilitator.',
  },
  origin: {
    nl: 'Beschreven door Kim-Oliver Tietze in zijn boek "Kollegiale Beratung", in Duitstalige landen een veelgebruikte vorm van intervisie. Kring volgt zijn zes fasen.',
    en: 'Described by Kim-Oliver Tietze in his book "Kollegiale Beratung", a widely used form of peer consultation in German-speaking countries. Kring follows his six phases.',
  },
  reconstruction: false,
  groupSize: { min: 4, max: 10 },
  durationMinutes: 45,
  roles: ['caseGiver', 'helper', 'chair', 'scribe', 'timekeeper', 'facilitator'],
  topics: ['ownFunctioning', 'incident', 'relationship'],
  experience: 'new',
  tags: ['short', 'casting', 'scribe', 'modules'],
  phases: [
    {
      id: 'casting',
      frame: ['inventory', 'casting'],
      title: { nl: 'Rollen verdelen', en: 'Casting' },
      instructions: {
        nl: 'Spreek af wie de inbrenger is, wie het gesprek leidt en wie opschrijft wat er gezegd wordt. De overigen zijn adviseurs.',
        en: 'Agree who the case-giver is, who leads the conversation and who writes down what is said. Everyone else is a consultant.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'free',
      contributionKinds: ['note', 'vote'],
      rules: [
        { nl: 'De inbrenger leidt nooit het gesprek', en: 'The case-giver never leads the conversation' },
      ],
      helperPrompts: [
        {
          nl: 'Wie heeft er een vraag die niet kan wachten?',
          en: 'Who has a question that cannot wait?',
        },
        {
          nl: 'Wie heeft het gesprek al een tijd niet geleid?',
          en: 'Who has not led the conversation for a while?',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Kiezen jullie de casus die het meest dringend is, of de makkelijkste?',
          en: 'Are you choosing the most urgent case, or the easiest?',
        },
        { nl: 'Wie neemt steeds dezelfde rol?', en: 'Who always takes the same role?' },
      ],
      artefact: 'none',
    },
    {
      id: 'account',
      title: { nl: 'Vertellen en doorvragen', en: 'Telling and asking' },
      instructions: {
        nl: 'De inbrenger vertelt vrijuit over de situatie. De adviseurs stellen alleen informatievragen om het beeld compleet te maken. De gespreksleider vat aan het eind samen.',
        en: 'The case-giver talks freely about the situation. The consultants only ask questions for information, to complete the picture. The chair sums up at the end.',
      },
      minutes: 10,
      contributors: 'all',
      turns: 'free',
      contributionKinds: ['note', 'factualQuestion'],
      caseGiverAnswers: true,
      rules: [
        { nl: 'Alleen vragen om informatie', en: 'Questions for information only' },
        { nl: 'Nog geen ideeën of advies', en: 'No ideas or advice yet' },
      ],
      helperPrompts: [
        { nl: 'Wie zijn er allemaal bij betrokken?', en: 'Who are all the people involved?' },
        { nl: 'Wat is er tot nu toe gebeurd?', en: 'What has happened so far?' },
        { nl: 'Welke ruimte heb je zelf om te handelen?', en: 'How much room do you yourself have to act?' },
      ],
      facilitatorPrompts: [
        { nl: 'Wat laat je in je verhaal weg?', en: 'What are you leaving out of your story?' },
        { nl: 'Hoe voel jij je in deze situatie?', en: 'How do you feel in this situation?' },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'key-question',
      title: { nl: 'De kernvraag', en: 'The key question' },
      instructions: {
        nl: 'De inbrenger formuleert één kernvraag voor de adviseurs: wat wil hij of zij van hen weten? De gespreksleider helpt de vraag scherp te krijgen.',
        en: 'The case-giver puts one key question to the consultants: what do they want to learn from them? The chair helps to make the question sharp.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['question'],
      rules: [{ nl: 'Eén vraag, in één zin', en: 'One question, in one sentence' }],
      facilitatorPrompts: [
        { nl: 'Is dit de vraag waar je echt mee zit?', en: 'Is this the question that really troubles you?' },
        { nl: 'Wat zou een goed antwoord je opleveren?', en: 'What would a good answer give you?' },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'module',
      title: { nl: 'Werkvorm kiezen', en: 'Choosing a format' },
      instructions: {
        nl: 'Kies samen hoe de adviseurs straks werken: vrij ideeën spuien, hypothesen geven, eigen ervaringen vertellen of gericht advies geven. De inbrenger heeft de doorslaggevende stem.',
        en: 'Choose together how the consultants will work: a free brainstorm, hypotheses, own experiences or targeted advice. The case-giver has the deciding vote.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'free',
      contributionKinds: ['vote'],
      rules: [{ nl: 'De inbrenger beslist', en: 'The case-giver decides' }],
      helperPrompts: [
        { nl: 'Bij deze vraag past misschien vooral…', en: 'This question might be best served by…' },
        {
          nl: 'Wil je ideeën, of eerst begrijpen wat er speelt?',
          en: 'Do you want ideas, or first understand what is going on?',
        },
      ],
      facilitatorPrompts: [
        { nl: 'Kiezen jullie steeds dezelfde werkvorm?', en: 'Do you always choose the same format?' },
        {
          nl: 'Welke werkvorm zou de inbrenger zelf het spannendst vinden?',
          en: 'Which format would the case-giver find most exciting?',
        },
      ],
      artefact: 'none',
    },
    {
      id: 'consultation',
      title: { nl: 'Consultatie', en: 'Consultation' },
      uses: [{ phase: 'key-question', actions: ['show'] }],
      instructions: {
        nl: 'De adviseurs werken met de gekozen werkvorm; de inbrenger luistert alleen en onderbreekt niet. De notulist schrijft alles op, zodat de inbrenger kan blijven luisteren.',
        en: 'The consultants work with the chosen format; the case-giver only listens and does not interrupt. The scribe writes everything down, so the case-giver can keep listening.',
      },
      minutes: 15,
      contributors: 'helpers',
      caseGiverPlacement: 'listensOnly',
      turns: 'free',
      contributionKinds: ['hypothesis', 'advice', 'association', 'experience'],
      rules: [
        { nl: 'De inbrenger luistert alleen', en: 'The case-giver only listens' },
        { nl: 'Blijf bij de gekozen werkvorm', en: 'Stick to the chosen format' },
        { nl: 'De notulist schrijft alles op', en: 'The scribe writes everything down' },
      ],
      helperPrompts: [
        { nl: 'Een idee dat bij me opkomt, is…', en: 'An idea that comes to mind is…' },
        { nl: 'Mijn vermoeden is dat…', en: 'My hunch is that…' },
        {
          nl: 'Toen ik iets vergelijkbaars meemaakte, heb ik…',
          en: 'When I went through something similar, I…',
        },
      ],
      facilitatorPrompts: [
        { nl: 'Gaat dit nog over de kernvraag?', en: 'Is this still about the key question?' },
        {
          nl: 'Welk idee klinkt gek, maar zou toch kunnen werken?',
          en: 'Which idea sounds odd but might still work?',
        },
      ],
      artefact: 'adviceList',
    },
    {
      id: 'closing',
      frame: ['decision'],
      title: { nl: 'Afronden', en: 'Closing' },
      uses: [{ phase: 'consultation', actions: ['show', 'choose'] }],
      instructions: {
        nl: 'De inbrenger zegt wat bruikbaar was en wat hij of zij gaat doen. Bedank elkaar en kijk kort terug op hoe de rollen en de tijd werkten.',
        en: 'The case-giver says what was useful and what they will do. Thank each other and look back briefly on how the roles and the timing worked.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['insight', 'action'],
      rules: [
        { nl: 'De inbrenger hoeft niets te verantwoorden', en: 'The case-giver owes nobody an explanation' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Welk idee neem je mee, ook al voelt het ongemakkelijk?',
          en: 'Which idea will you take with you even though it feels uncomfortable?',
        },
        { nl: 'Wat doe je als eerste?', en: 'What will you do first?' },
      ],
      artefact: 'decision',
    },
  ],
});
