import { defineMethod } from './schema';

/** Reflecterend team: an interview, then the team thinks aloud while the case-giver listens, then the case-giver responds. */
export const reflectingTeam = defineMethod({
  id: 'reflecting-team',
  names: { nl: 'Reflecterend team', en: 'Reflecting team' },
  summary: {
    nl: 'Eén collega interviewt de inbrenger, daarna denkt de rest hardop en voorzichtig na terwijl de inbrenger luistert.',
    en: 'One colleague interviews the case-giver, then the rest think aloud, tentatively, while the case-giver listens.',
  },
  intent: {
    nl: 'Past bij situaties waarin je vastzit in één manier van kijken, bijvoorbeeld in een lastige samenwerking. De voorzichtige, open gedachten van het team geven je nieuwe perspectieven zonder dat je iets hoeft aan te nemen.',
    en: 'Suits situations where you are stuck in one way of seeing things, for example in a difficult working relationship. The team’s tentative, open thoughts give you new perspectives without you having to accept anything.',
  },
  origin: {
    nl: 'Ontwikkeld in de jaren tachtig door de Noorse psychiater Tom Andersen in de systeemtherapie, en later overgenomen in coaching en intervisie.',
    en: 'Developed in the 1980s by the Norwegian psychiatrist Tom Andersen in family therapy, and later taken up in coaching and peer consultation.',
  },
  reconstruction: false,
  groupSize: { min: 4, max: 10 },
  durationMinutes: 60,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'facilitator'],
  topics: ['relationship', 'ownFunctioning', 'change'],
  experience: 'some',
  tags: ['interview', 'thinking-aloud', 'listening', 'perspectives'],
  phases: [
    {
      id: 'introduction',
      title: { nl: 'Inleiding', en: 'Introduction' },
      instructions: {
        nl: 'Kies wie de inbrenger interviewt; de anderen vormen het reflecterende team. De inbrenger noemt in een paar zinnen het onderwerp.',
        en: 'Choose who will interview the case-giver; the others form the reflecting team. The case-giver names the topic in a few sentences.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [{ nl: 'Eén interviewer, de rest is team', en: 'One interviewer, the rest are the team' }],
      facilitatorPrompts: [
        {
          nl: 'Waarover wil je vandaag anders leren kijken?',
          en: 'What do you want to learn to see differently today?',
        },
        {
          nl: 'Wie is een goede interviewer voor deze vraag, en waarom?',
          en: 'Who would be a good interviewer for this question, and why?',
        },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'interview',
      title: { nl: 'Interview', en: 'Interview' },
      instructions: {
        nl: 'De interviewer stelt open vragen en de inbrenger vertelt. Het team luistert zonder mee te praten en noteert wat opvalt.',
        en: 'The interviewer asks open questions and the case-giver talks. The team listens without joining in and notes what stands out.',
      },
      minutes: 20,
      contributors: 'helpers',
      turns: 'free',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [
        { nl: 'Alleen de interviewer stelt vragen', en: 'Only the interviewer asks questions' },
        { nl: 'Het team luistert en noteert', en: 'The team listens and takes notes' },
      ],
      helperPrompts: [
        {
          nl: 'Hoe zou een andere betrokkene dit vertellen?',
          en: 'How would another person involved tell this?',
        },
        { nl: 'Wat maakt dat het nu zo loopt?', en: 'What makes it go the way it does now?' },
        { nl: 'Wanneer was het even anders?', en: 'When was it different, even briefly?' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Welk verhaal over deze situatie vertel je jezelf steeds?',
          en: 'Which story about this situation do you keep telling yourself?',
        },
        {
          nl: 'Wat zou er gebeuren als je het andersom bekeek?',
          en: 'What would happen if you looked at it the other way round?',
        },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'reflection',
      title: { nl: 'Het team reflecteert', en: 'The team reflects' },
      instructions: {
        nl: 'Het team praat met elkaar over wat het hoorde, hardop en voorzichtig: als mogelijkheid, niet als oordeel. De inbrenger en de interviewer luisteren alleen.',
        en: 'The team talks among themselves about what they heard, aloud and tentatively: as a possibility, not a judgement. The case-giver and the interviewer only listen.',
      },
      minutes: 15,
      contributors: 'helpers',
      caseGiverPlacement: 'listensOnly',
      turns: 'free',
      contributionKinds: ['association', 'hypothesis'],
      rules: [
        { nl: 'Praat met elkaar, niet tegen de inbrenger', en: 'Talk to each other, not to the case-giver' },
        {
          nl: 'Voorzichtig: "Ik vraag me af…", "Zou het kunnen dat…"',
          en: 'Tentative: "I wonder…", "Could it be that…"',
        },
        { nl: 'Waarderend, geen oordeel', en: 'Appreciative, no judgement' },
      ],
      helperPrompts: [
        { nl: 'Ik vraag me af of…', en: 'I wonder whether…' },
        { nl: 'Wat me raakte, was…', en: 'What touched me was…' },
        { nl: 'Zou het kunnen dat…?', en: 'Could it be that…?' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Klinkt dit als een mogelijkheid, of al als een conclusie?',
          en: 'Does this sound like a possibility, or already a conclusion?',
        },
        { nl: 'Welk perspectief ontbreekt nog?', en: 'Which perspective is still missing?' },
      ],
      artefact: 'reflections',
    },
    {
      id: 'response',
      frame: ['decision'],
      title: { nl: 'Reactie van de inbrenger', en: 'The case-giver responds' },
      uses: [{ phase: 'reflection', actions: ['show', 'choose'] }],
      instructions: {
        nl: 'De interviewer vraagt de inbrenger wat opviel in de reflecties en wat aan het denken zette. De inbrenger kiest zelf waarop hij of zij ingaat.',
        en: 'The interviewer asks the case-giver what stood out in the reflections and what made them think. The case-giver chooses what to respond to.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['insight'],
      rules: [
        {
          nl: 'De inbrenger kiest waarop hij of zij reageert',
          en: 'The case-giver chooses what to respond to',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Welke gedachte wil je niet horen, maar blijft hangen?',
          en: 'Which thought do you not want to hear, yet it stays with you?',
        },
        {
          nl: 'Hoe kijk je nu naar de ander in je verhaal?',
          en: 'How do you see the other person in your story now?',
        },
      ],
      artefact: 'insights',
    },
    {
      id: 'closing',
      frame: ['evaluation'],
      title: { nl: 'Afsluiting', en: 'Closing' },
      instructions: {
        nl: 'De inbrenger noemt wat hij of zij meeneemt. Daarna zegt iedereen kort hoe het was om alleen te luisteren of juist hardop te denken.',
        en: 'The case-giver names what they take with them. Then everyone briefly says what it was like to only listen, or to think aloud.',
      },
      minutes: 10,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['insight', 'action'],
      rules: [{ nl: 'Kort: één punt per persoon', en: 'Short: one point each' }],
      helperPrompts: [
        {
          nl: 'Hardop denken zonder te adviseren, was voor mij…',
          en: 'Thinking aloud without giving advice was, for me…',
        },
        { nl: 'Wat ik meeneem, is…', en: 'What I take with me is…' },
      ],
      facilitatorPrompts: [
        { nl: 'Waar werd voorzichtig toch sturend?', en: 'Where did tentative become steering after all?' },
        { nl: 'Wat is je volgende stap?', en: 'What is your next step?' },
      ],
      artefact: 'insights',
    },
  ],
});
