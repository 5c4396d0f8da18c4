import { defineMethod } from './schema';
import { RULES } from './shared/rules';

/** Kernkwadranten (Ofman): the group fills in quality, pitfall, challenge and allergy for the case-giver's situation. */
export const coreQuadrants = defineMethod({
  id: 'core-quadrants',
  names: { nl: 'Kernkwadranten', en: 'Core quadrants' },
  summary: {
    nl: 'Samen breng je in kaart wat je sterke kant is, waar die doorschiet, wat je uitdaging is en waar je allergisch voor bent.',
    en: 'Together you map your strength, where it goes too far, what your challenge is and what you are allergic to.',
  },
  intent: {
    nl: 'Past bij vragen over je eigen functioneren en bij botsingen met een collega of klant die je steeds weer irriteert. Je ziet hoe je kracht en je valkuil samenhangen en wat je van de ander kunt leren. Helder en toegankelijk, ook voor nieuwe groepen.',
    en: 'Suits questions about how you function and clashes with a colleague or client who keeps irritating you. You see how your strength and your pitfall belong together and what you can learn from the other person. Clear and accessible, also for new groups.',
  },
  origin: {
    nl: 'Het kernkwadrant is een model van de Nederlandse organisatieadviseur Daniel Ofman, bekend geworden door zijn boek "Bezieling en kwaliteit in organisaties" uit 1992.',
    en: 'The core quadrant is a model by the Dutch organisational consultant Daniel Ofman, which became known through his 1992 book "Bezieling en kwaliteit in organisaties".',
  },
  reconstruction: false,
  groupSize: { min: 3, max: 8 },
  durationMinutes: 60,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'facilitator'],
  topics: ['ownFunctioning', 'relationship'],
  experience: 'new',
  tags: ['qualities', 'feedback', 'self-knowledge', 'written-round'],
  phases: [
    {
      id: 'situation',
      title: { nl: 'De situatie', en: 'The situation' },
      instructions: {
        nl: 'De inbrenger vertelt over een situatie waarin hij of zij zichzelf tegenkwam, of over iemand die steeds irriteert. Hij of zij sluit af met een vraag over de eigen manier van doen.',
        en: 'The case-giver tells about a situation where they ran into themselves, or about someone who keeps irritating them. They end with a question about their own way of doing things.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [
        {
          nl: 'De vraag gaat over jezelf, niet over de ander',
          en: 'The question is about yourself, not the other person',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat zegt je irritatie over wat jij belangrijk vindt?',
          en: 'What does your irritation say about what matters to you?',
        },
        { nl: 'Hoe vaak kom je dit patroon tegen?', en: 'How often do you run into this pattern?' },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'questions',
      title: { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
      instructions: {
        nl: 'De groep stelt open vragen over wat de inbrenger deed, dacht en voelde. De inbrenger antwoordt. Let op het gedrag, zodat je straks kwaliteiten kunt benoemen.',
        en: 'The group asks open questions about what the case-giver did, thought and felt. The case-giver answers. Pay attention to behaviour, so you can name qualities later.',
      },
      minutes: 10,
      contributors: 'helpers',
      turns: 'free',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [RULES.openQuestionsOnly],
      helperPrompts: [
        {
          nl: 'Wat deed je precies, en wat deed de ander?',
          en: 'What exactly did you do, and what did the other person do?',
        },
        { nl: 'Waar ergerde je je het meest aan?', en: 'What annoyed you most?' },
        {
          nl: 'Waar ben je goed in, volgens je collega’s?',
          en: 'What are you good at, according to your colleagues?',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wanneer doe jij zelf wat je in de ander stoort?',
          en: 'When do you yourself do what bothers you in the other person?',
        },
        {
          nl: 'Wat zou er gebeuren als je hier minder goed in was?',
          en: 'What would happen if you were less good at this?',
        },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'quality',
      title: { nl: 'Kernkwaliteit', en: 'Core quality' },
      instructions: {
        nl: 'Iedereen, ook de inbrenger, schrijft voor zichzelf op welke sterke kant van de inbrenger in deze situatie zichtbaar werd. De antwoorden worden samen zichtbaar.',
        en: 'Everyone, the case-giver included, writes down on their own which strength of the case-giver showed in this situation. The answers are revealed together.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'individual',
      contributionKinds: ['quality'],
      rules: [{ nl: 'Een kwaliteit, in één of twee woorden', en: 'A quality, in one or two words' }],
      helperPrompts: [
        { nl: 'Wat ik in je zie, is je…', en: 'What I see in you is your…' },
        { nl: 'Waar mensen op jou rekenen, is…', en: 'What people count on you for is…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Is dit een echte kwaliteit van de inbrenger, of een compliment?',
          en: 'Is this a real quality of the case-giver, or a compliment?',
        },
        {
          nl: 'Wat maakt het lastig om deze kwaliteit bij jezelf te zien?',
          en: 'What makes it hard to see this quality in yourself?',
        },
      ],
      artefact: 'profiles',
    },
    {
      id: 'pitfall',
      title: { nl: 'Valkuil', en: 'Pitfall' },
      instructions: {
        nl: 'Schrijf op wat er gebeurt als die kwaliteit doorschiet: te veel van het goede. Denk aan wat er in deze situatie misging.',
        en: 'Write down what happens when that quality goes too far: too much of a good thing. Think of what went wrong in this situation.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'individual',
      contributionKinds: ['pitfall'],
      rules: [{ nl: 'De valkuil hoort bij de kwaliteit', en: 'The pitfall belongs to the quality' }],
      helperPrompts: [
        { nl: 'Als je … te ver doorvoert, wordt het…', en: 'If you take … too far, it becomes…' },
        { nl: 'Anderen merken dan vooral dat je…', en: 'What others then mostly notice is that you…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wie in de groep herkent deze valkuil bij zichzelf?',
          en: 'Who in the group recognises this pitfall in themselves?',
        },
        { nl: 'Noemen jullie een valkuil, of een verwijt?', en: 'Are you naming a pitfall, or a reproach?' },
      ],
      artefact: 'profiles',
    },
    {
      id: 'challenge',
      title: { nl: 'Uitdaging', en: 'Challenge' },
      instructions: {
        nl: 'Schrijf op wat de inbrenger kan ontwikkelen om uit de valkuil te blijven: de positieve tegenhanger van de valkuil.',
        en: 'Write down what the case-giver can develop to stay out of the pitfall: the positive opposite of the pitfall.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'individual',
      contributionKinds: ['challenge'],
      rules: [{ nl: 'Een uitdaging is een kwaliteit om te leren', en: 'A challenge is a quality to learn' }],
      helperPrompts: [
        { nl: 'Wat je zou kunnen oefenen, is…', en: 'What you could practise is…' },
        { nl: 'Iets meer … zou je helpen', en: 'A bit more … would help you' },
      ],
      facilitatorPrompts: [
        { nl: 'Wat maakt deze uitdaging eng?', en: 'What makes this challenge frightening?' },
        { nl: 'Wie ken je die dit goed kan?', en: 'Who do you know who is good at this?' },
      ],
      artefact: 'profiles',
    },
    {
      id: 'allergy',
      title: { nl: 'Allergie', en: 'Allergy' },
      instructions: {
        nl: 'Schrijf op waar de inbrenger allergisch voor is: te veel van de uitdaging, en vaak precies wat hij of zij in de ander ziet. Zo wordt zichtbaar wat de ander hem of haar kan leren.',
        en: 'Write down what the case-giver is allergic to: too much of the challenge, and often exactly what they see in the other person. This shows what the other person can teach them.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'individual',
      contributionKinds: ['allergy'],
      rules: [
        { nl: 'De allergie is de uitdaging die doorschiet', en: 'The allergy is the challenge gone too far' },
      ],
      helperPrompts: [
        { nl: 'Waar jij slecht tegen kunt, is…', en: 'What you cannot stand is…' },
        { nl: 'In de ander zie je vooral…', en: 'In the other person you mostly see…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat kun je leren van de persoon die je irriteert?',
          en: 'What can you learn from the person who irritates you?',
        },
        {
          nl: 'Herken je deze allergie ook op andere plekken?',
          en: 'Do you recognise this allergy in other places too?',
        },
      ],
      artefact: 'profiles',
    },
    {
      id: 'quadrant',
      title: { nl: 'Het kwadrant bekijken', en: 'Looking at the quadrant' },
      uses: [
        { phase: 'quality', actions: ['compare'] },
        { phase: 'pitfall', actions: ['compare'] },
        { phase: 'challenge', actions: ['compare'] },
        { phase: 'allergy', actions: ['compare'] },
      ],
      instructions: {
        nl: 'Leg de vier hoeken naast elkaar. De inbrenger zegt wat hij of zij herkent, wat verrast en wat niet klopt. De groep mag kort toelichten, zonder te overtuigen.',
        en: 'Put the four corners side by side. The case-giver says what they recognise, what surprises them and what does not fit. The group may explain briefly, without persuading.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['insight'],
      rules: [{ nl: 'De inbrenger bepaalt wat klopt', en: 'The case-giver decides what fits' }],
      facilitatorPrompts: [
        { nl: 'Waar zien anderen iets wat jij niet ziet?', en: 'Where do others see something you do not?' },
        {
          nl: 'Welke hoek vind je het moeilijkst om te accepteren?',
          en: 'Which corner do you find hardest to accept?',
        },
      ],
      artefact: 'insights',
    },
    {
      id: 'action',
      frame: ['decision'],
      title: { nl: 'Aan de slag met de uitdaging', en: 'Working on the challenge' },
      uses: [{ phase: 'challenge', actions: ['show'] }],
      instructions: {
        nl: 'De inbrenger bedenkt één kleine, concrete stap om aan de uitdaging te werken in de komende weken. Spreek samen af wanneer de groep erop terugkomt.',
        en: 'The case-giver comes up with one small, concrete step to work on the challenge in the coming weeks. Agree together when the group will come back to it.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['action'],
      rules: [{ nl: 'Klein en concreet', en: 'Small and concrete' }],
      facilitatorPrompts: [
        {
          nl: 'In welke situatie ga je dit deze week proberen?',
          en: 'In which situation will you try this this week?',
        },
        {
          nl: 'Hoe merk je dat je weer in je valkuil stapt?',
          en: 'How will you notice that you are stepping into your pitfall again?',
        },
      ],
      artefact: 'actions',
    },
  ],
});
