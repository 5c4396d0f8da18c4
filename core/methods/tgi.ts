import { defineMethod } from './schema';

/** Themagecentreerde interactie: a case looked at through I, We, It and Globe, under Cohn's helping rules. */
export const tgi = defineMethod({
  id: 'tgi',
  names: { nl: 'Themagecentreerde interactie', en: 'Theme-centred interaction' },
  summary: {
    nl: 'Je vat de casus samen in één themazin en bekijkt hem vanuit vier kanten: ik, wij, de taak en de omgeving.',
    en: 'You sum up the case in one theme sentence and look at it from four sides: I, we, the task and the surroundings.',
  },
  intent: {
    nl: 'Voor vragen waarin persoon, team, taak en organisatie door elkaar lopen. De groep zoekt evenwicht tussen de vier factoren: ik, wij, het thema en de omgeving krijgen elk hun plek in het gesprek. De gespreksregels maken het gesprek zelf ook tot leerstof.',
    en: 'For questions where person, team, task and organisation get mixed up. The group looks for balance between the four factors: I, We, the theme and the surroundings each get their place in the conversation. The conversation rules turn the conversation itself into learning material as well.',
  },
  origin: {
    nl: 'Ruth Cohn ontwikkelde themagecentreerde interactie als vorm van "levend leren" in groepen, met vier gelijkwaardige factoren: ik, wij, het thema en de globe. Er is geen vast intervisiescript gevonden; deze volgorde van stappen is een voorstel van Kring, dus pas die gerust aan.',
    en: 'Ruth Cohn developed theme-centred interaction as a form of "living learning" in groups, with four equal factors: I, We, the theme and the Globe. No fixed intervision script was found; this order of steps is proposed by Kring, so feel free to adapt it.',
  },
  reconstruction: true,
  groupSize: { min: 4, max: 10 },
  durationMinutes: 60,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'scribe', 'facilitator'],
  topics: ['ownFunctioning', 'organisation'],
  experience: 'some',
  tags: ['conversation-rules', 'four-factors', 'living-learning'],
  phases: [
    {
      id: 'disturbances',
      frame: ['opening'],
      title: { nl: 'Wat staat in de weg?', en: 'What is in the way?' },
      instructions: {
        nl: 'Ga de kring rond: zit er iets dwars waardoor je er nu niet helemaal bij bent? Noem het kort, dan kan de groep ermee rekening houden.',
        en: 'Go round the circle: is something bothering you that keeps you from being fully here? Name it briefly, so the group can take it into account.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['note'],
      rules: [
        { nl: 'Storingen gaan voor', en: 'Disturbances come first' },
        { nl: 'Overslaan mag', en: 'Passing is fine' },
      ],
      facilitatorPrompts: [
        { nl: 'Wat heb je nodig om hier nu echt te zijn?', en: 'What do you need to really be here now?' },
      ],
      artefact: 'notes',
    },
    {
      id: 'case',
      title: { nl: 'De casus', en: 'The case' },
      instructions: {
        nl: 'De inbrenger vertelt de casus en wat hij of zij ervan wil leren. De anderen luisteren.',
        en: 'The case-giver tells the case and what they want to learn from it. The others listen.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [{ nl: 'Spreek in de ik-vorm', en: 'Speak as "I"' }],
      artefact: 'caseDescription',
    },
    {
      id: 'theme',
      title: { nl: 'De themazin', en: 'The theme sentence' },
      instructions: {
        nl: 'Maak samen met de inbrenger één zin die de casus samenvat en die iets zegt over de persoon, de groep, de taak en de omgeving. De inbrenger beslist wanneer de zin klopt.',
        en: 'Together with the case-giver, make one sentence that captures the case and says something about the person, the group, the task and the surroundings. The case-giver decides when the sentence is right.',
      },
      minutes: 10,
      contributors: 'all',
      contributionKinds: ['theme'],
      rules: [
        { nl: 'De inbrenger beslist over de themazin', en: 'The case-giver decides on the theme sentence' },
      ],
      helperPrompts: [
        {
          nl: 'Hoe kan ik … terwijl ons team … in een organisatie die …?',
          en: 'How can I … while our team … in an organisation that …?',
        },
        {
          nl: 'Welk woord uit het verhaal moet zeker in de zin?',
          en: 'Which word from the story must be in the sentence?',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Welke van de vier kanten ontbreekt nog in de zin?',
          en: 'Which of the four sides is still missing from the sentence?',
        },
      ],
      artefact: 'themeSentence',
    },
    {
      id: 'questions',
      title: { nl: 'Vragen volgens de hulpregels', en: 'Questions under the helping rules' },
      instructions: {
        nl: 'Stel om de beurt vragen aan de inbrenger, die kort antwoordt. Houd je aan de gespreksregels; die blijven de hele stap in beeld.',
        en: 'Take turns asking the case-giver questions; the case-giver answers briefly. Keep to the conversation rules; they stay in view for the whole step.',
      },
      minutes: 10,
      contributors: 'helpers',
      turns: 'round',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [
        { nl: 'Spreek in de ik-vorm, niet met "men" of "we"', en: 'Speak as "I", not as "one" or "we"' },
        { nl: 'Zeg waarom je iets vraagt', en: 'Say why you are asking' },
        { nl: 'Houd interpretaties voorlopig voor je', en: 'Hold back interpretations for now' },
        { nl: 'Eén persoon tegelijk aan het woord', en: 'One person speaks at a time' },
        {
          nl: 'Zijgesprekken gaan voor: zeg ze hardop',
          en: 'Side conversations come first: say them out loud',
        },
      ],
      helperPrompts: [
        {
          nl: 'Ik vraag dit omdat ik je doel wil begrijpen: wat wil jij hier zelf?',
          en: 'I ask this because I want to understand your goal: what do you want here yourself?',
        },
        { nl: 'Hoe reageert je team als je dit doet?', en: 'How does your team react when you do this?' },
        { nl: 'Wat vraagt de organisatie van je?', en: 'What does the organisation ask of you?' },
      ],
      facilitatorPrompts: [
        {
          // Cohn's postulate "be your own chairperson": you decide what you say and when.
          nl: 'Ben je op dit moment je eigen chairperson: wat wil jij zelf zeggen, en wanneer?',
          en: 'Are you your own chairperson right now: what do you want to say, and when?',
        },
        {
          nl: 'Ik merk een zijgesprek: wat wil je daarmee zeggen?',
          en: 'I notice a side conversation: what do you want to say with it?',
        },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'factors',
      title: { nl: 'Ronde per factor', en: 'Round per factor' },
      instructions: {
        nl: 'Bekijk de casus om de beurt vanuit ik, wij, het thema en de globe. Geef bij elke bijdrage aan over welke factor ze gaat. Zo zie je welke kant veel aandacht krijgt en welke weinig.',
        en: 'Take turns looking at the case from I, We, the theme and the Globe. Mark each contribution with the factor it is about. That way you see which side gets much attention and which little.',
      },
      minutes: 15,
      contributors: 'helpers',
      turns: 'round',
      contributionKinds: ['insight'],
      tagging: 'tgiFactor',
      rules: [
        { nl: 'Eén factor per bijdrage', en: 'One factor per contribution' },
        { nl: 'Wees voorzichtig met algemene uitspraken', en: 'Be careful with general statements' },
      ],
      helperPrompts: [
        { nl: 'Ik: wat speelt er in jou?', en: 'I: what is going on in you?' },
        { nl: 'Wij: wat gebeurt er tussen de mensen?', en: 'We: what happens between the people?' },
        { nl: 'Thema: waar gaat de taak eigenlijk over?', en: 'Theme: what is the task really about?' },
        {
          nl: 'Globe: welke omgeving of regels spelen mee?',
          en: 'Globe: which surroundings or rules play a part?',
        },
      ],
      facilitatorPrompts: [
        { nl: 'Welke factor slaan jullie steeds over?', en: 'Which factor do you keep skipping?' },
      ],
      artefact: 'factorNotes',
    },
    {
      id: 'conclusions',
      frame: ['decision'],
      title: { nl: 'Conclusies van de inbrenger', en: 'The case-giver’s conclusions' },
      uses: [{ phase: 'theme', actions: ['show'] }],
      instructions: {
        nl: 'De inbrenger zegt wat hij of zij meeneemt en welke stap hij of zij gaat zetten. Kijk nog eens naar de themazin: klopt die nog?',
        en: 'The case-giver says what they take with them and which step they will take. Look at the theme sentence once more: is it still right?',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['insight', 'action'],
      artefact: 'decision',
    },
    {
      id: 'reflection',
      frame: ['evaluation'],
      title: { nl: 'Terugblik op het proces', en: 'Looking back at the process' },
      instructions: {
        nl: 'Ga de kring rond: waren ik, wij, thema en globe in balans in dit gesprek? Geef bij je bijdrage aan over welke factor je iets zegt.',
        en: 'Go round the circle: were I, We, theme and Globe in balance in this conversation? Mark your contribution with the factor you are talking about.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['insight'],
      tagging: 'tgiFactor',
      facilitatorPrompts: [
        { nl: 'Wie heeft weinig gezegd, en hoe kwam dat?', en: 'Who said little, and why was that?' },
      ],
      artefact: 'reflections',
    },
  ],
});
