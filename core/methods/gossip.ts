import { defineMethod } from './schema';

/** Roddelmethode: the case-giver turns away and listens while the group talks about the case in the third person. */
export const gossip = defineMethod({
  id: 'gossip',
  names: { nl: 'Roddelmethode', en: 'Gossip method' },
  summary: {
    nl: 'De inbrenger draait zich om en luistert mee terwijl de groep over hem of haar praat alsof die er niet is.',
    en: 'The case-giver turns away and listens in while the group talks about them as if they were not there.',
  },
  intent: {
    nl: 'Past als je wilt horen hoe anderen naar jou en je situatie kijken, zonder dat je meteen hoeft te reageren. Omdat je niet in gesprek bent, hoor je opvattingen die je anders wegpraat. Vraagt wel vertrouwen in de groep.',
    en: 'Suits you when you want to hear how others see you and your situation, without having to respond straight away. Because you are not in the conversation, you hear views you would otherwise talk away. It does ask for trust in the group.',
  },
  origin: {
    nl: 'Een werkvorm die in de Nederlandse intervisiepraktijk veel wordt gebruikt en in verschillende handboeken en trainingen terugkomt. Er is geen vaste bedenker bekend.',
    en: 'A format widely used in Dutch intervision practice that appears in various handbooks and trainings. No single author is known.',
  },
  reconstruction: false,
  groupSize: { min: 4, max: 8 },
  durationMinutes: 60,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'facilitator'],
  topics: ['ownFunctioning', 'relationship'],
  experience: 'some',
  tags: ['turned-away', 'blind-spots', 'listening'],
  phases: [
    {
      id: 'question',
      title: { nl: 'Vraag van de inbrenger', en: 'The case-giver’s question' },
      instructions: {
        nl: 'De inbrenger schetst kort de situatie en zegt waar de vraag over gaat. Maak de vraag zo concreet mogelijk, zodat de groep weet waar het gesprek straks om draait.',
        en: 'The case-giver briefly sketches the situation and says what the question is about. Make the question as concrete as you can, so the group knows what the conversation will be about.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [{ nl: 'Kort en concreet', en: 'Short and concrete' }],
      facilitatorPrompts: [
        {
          nl: 'Wat wil je horen van de groep, en wat liever niet?',
          en: 'What do you want to hear from the group, and what would you rather not?',
        },
        { nl: 'Welk deel van deze situatie is van jou?', en: 'Which part of this situation is yours?' },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'questions',
      title: { nl: 'Open vragen', en: 'Open questions' },
      instructions: {
        nl: 'De groep stelt open vragen om de situatie goed te begrijpen. De inbrenger antwoordt. Bewaar je meningen en ideeën voor straks.',
        en: 'The group asks open questions to understand the situation well. The case-giver answers. Keep your opinions and ideas for later.',
      },
      minutes: 15,
      contributors: 'helpers',
      turns: 'free',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [
        { nl: 'Alleen open vragen', en: 'Open questions only' },
        { nl: 'Nog geen mening of advies', en: 'No opinions or advice yet' },
      ],
      helperPrompts: [
        { nl: 'Hoe reageerde jij toen dat gebeurde?', en: 'How did you react when that happened?' },
        { nl: 'Wat verwacht je van de ander?', en: 'What do you expect of the other person?' },
        { nl: 'Wanneer ging het wel goed?', en: 'When did it go well?' },
      ],
      facilitatorPrompts: [
        { nl: 'Welke vraag ontwijk je?', en: 'Which question are you avoiding?' },
        { nl: 'Wat zou de ander over jou zeggen?', en: 'What would the other person say about you?' },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'gossip',
      title: { nl: 'Roddelen', en: 'Gossiping' },
      instructions: {
        nl: 'De inbrenger draait de stoel om, luistert en maakt aantekeningen. De groep praat over de inbrenger in de derde persoon: wat valt op, wat speelt er, wat zou helpen? De inbrenger zegt niets tot deze stap voorbij is.',
        en: 'The case-giver turns their chair round, listens and takes notes. The group talks about the case-giver in the third person: what stands out, what is going on, what might help? The case-giver says nothing until this step is over.',
      },
      minutes: 15,
      contributors: 'helpers',
      caseGiverPlacement: 'turnedAway',
      turns: 'free',
      contributionKinds: ['hypothesis', 'association', 'advice'],
      rules: [
        {
          nl: 'Praat over de inbrenger, niet tegen hem of haar',
          en: 'Talk about the case-giver, not to them',
        },
        { nl: 'Eerlijk en met respect', en: 'Honest and respectful' },
        { nl: 'De inbrenger zegt niets', en: 'The case-giver says nothing' },
      ],
      helperPrompts: [
        {
          nl: 'Wat mij opvalt aan hoe zij erover vertelt, is…',
          en: 'What strikes me about how she talks about it is…',
        },
        { nl: 'Ik vraag me af of hij zelf…', en: 'I wonder whether he himself…' },
        { nl: 'Wat haar misschien zou helpen, is…', en: 'What might help her is…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat zeggen jullie nu niet, omdat de inbrenger meeluistert?',
          en: 'What are you not saying because the case-giver is listening?',
        },
        {
          nl: 'Is dit nog over de inbrenger, of over jullie eigen ervaringen?',
          en: 'Is this still about the case-giver, or about your own experiences?',
        },
      ],
      artefact: 'reflections',
    },
    {
      id: 'reaction',
      frame: ['decision'],
      title: { nl: 'Reactie van de inbrenger', en: 'The case-giver responds' },
      uses: [{ phase: 'gossip', actions: ['show'] }],
      instructions: {
        nl: 'De inbrenger draait zich terug naar de groep en vertelt wat raakte, wat klopte en wat niet. De groep luistert en gaat niet in discussie.',
        en: 'The case-giver turns back to the group and says what touched them, what was right and what was not. The group listens and does not argue.',
      },
      minutes: 15,
      contributors: 'caseGiver',
      contributionKinds: ['insight', 'action'],
      rules: [{ nl: 'De groep verdedigt zich niet', en: 'The group does not defend itself' }],
      facilitatorPrompts: [
        {
          nl: 'Wat deed het je om over jezelf te horen praten?',
          en: 'How did it feel to hear yourself being talked about?',
        },
        {
          nl: 'Welke opmerking schuif je opzij, en waarom juist die?',
          en: 'Which remark do you put aside, and why that one?',
        },
      ],
      artefact: 'insights',
    },
    {
      id: 'evaluation',
      frame: ['evaluation'],
      title: { nl: 'Nabespreking', en: 'Looking back' },
      instructions: {
        nl: 'Bespreek om de beurt hoe de werkvorm voelde, voor de inbrenger en voor de groep. Was het veilig genoeg om eerlijk te zijn?',
        en: 'Take turns discussing how the format felt, for the case-giver and for the group. Was it safe enough to be honest?',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['note'],
      rules: [{ nl: 'Over de werkvorm, niet over de casus', en: 'About the format, not the case' }],
      helperPrompts: [
        {
          nl: 'Praten over iemand die erbij zit, was voor mij…',
          en: 'Talking about someone who is present was, for me…',
        },
        { nl: 'Een volgende keer zou ik…', en: 'Next time I would…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Waar werd het roddelen te voorzichtig, of juist te scherp?',
          en: 'Where did the gossip become too careful, or too sharp?',
        },
        { nl: 'Wat hield jullie tegen om iets te zeggen?', en: 'What held you back from saying something?' },
      ],
      artefact: 'notes',
    },
    {
      id: 'learning',
      title: { nl: 'Leerpunten', en: 'Learning points' },
      instructions: {
        nl: 'Iedereen noemt wat hij of zij zelf van deze casus leert voor het eigen werk.',
        en: 'Everyone names what they themselves learn from this case for their own work.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['insight'],
      rules: [{ nl: 'Eén leerpunt per persoon', en: 'One learning point each' }],
      helperPrompts: [
        { nl: 'Wat ik meeneem naar mijn eigen werk, is…', en: 'What I take to my own work is…' },
        { nl: 'Ik ga zelf letten op…', en: 'I am going to watch out for…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Waar herken je jezelf in deze inbrenger?',
          en: 'Where do you recognise yourself in this case-giver?',
        },
        {
          nl: 'Wat zou de groep over jou zeggen als jij je omdraaide?',
          en: 'What would the group say about you if you turned away?',
        },
      ],
      artefact: 'insights',
    },
  ],
});
