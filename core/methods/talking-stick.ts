import { defineMethod } from './schema';
import { RULES } from './shared/rules';

/** Talking Stick intervision: most phases are rounds in which only the person with the stick may speak. */
export const talkingStick = defineMethod({
  id: 'talking-stick',
  names: { nl: 'Talking Stick-intervisie', en: 'Talking Stick intervision' },
  summary: {
    nl: 'Alleen wie de spreekstok heeft praat; de rest luistert, en iedereen komt evenveel aan het woord.',
    en: 'Only the person holding the talking stick speaks; the rest listen, and everyone gets an equal say.',
  },
  intent: {
    nl: 'Past bij groepen waarin een paar mensen snel het gesprek overnemen, of waarin stille leden weinig ruimte krijgen. Ook goed bij beladen onderwerpen: door de vaste beurten wordt er echt geluisterd en valt niemand elkaar in de rede.',
    en: 'Suits groups where a few people quickly take over the conversation, or where quiet members get little room. Also good for sensitive topics: the fixed turns make people really listen and nobody interrupts.',
  },
  origin: {
    nl: 'De spreekstok komt uit de gesprekscirkels van inheemse volken in Noord-Amerika; Covey voegde de regel toe dat je eerst de vorige spreker samenvat. Er is geen vaste beschrijving voor intervisie: deze opbouw is een reconstructie, een voorstel van Kring. Pas hem gerust aan aan hoe jullie groep het heeft geleerd.',
    en: 'The talking stick comes from the talking circles of Indigenous peoples in North America; Covey added the rule that you first sum up the previous speaker. There is no standard description for intervision: this structure is a reconstruction, proposed by Kring. Feel free to adapt it to how your group learned it.',
  },
  reconstruction: true,
  groupSize: { min: 4, max: 10 },
  durationMinutes: 60,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'facilitator'],
  topics: ['equalVoice', 'relationship', 'ownFunctioning'],
  experience: 'new',
  tags: ['talking-stick', 'rounds', 'equal-voice', 'listening'],
  phases: [
    {
      id: 'arrival',
      frame: ['opening'],
      title: { nl: 'Openingsronde: hoe kom ik binnen?', en: 'Opening round: how am I arriving?' },
      instructions: {
        nl: 'De stok gaat de kring rond. Wie hem vasthoudt, zegt in een paar zinnen hoe hij of zij er vandaag bij zit. Wil je niets zeggen, geef de stok dan zwijgend door.',
        en: 'The stick goes round the circle. Whoever holds it says in a few sentences how they are doing today. If you do not want to say anything, pass the stick on in silence.',
      },
      minutes: 5,
      contributors: 'stickHolder',
      turns: 'stick',
      contributionKinds: ['note'],
      rules: [
        { nl: 'Alleen wie de stok heeft, praat', en: 'Only the person holding the stick speaks' },
        { nl: 'Zwijgend doorgeven mag altijd', en: 'Passing in silence is always allowed' },
      ],
      helperPrompts: [
        { nl: 'Vandaag kom ik binnen met…', en: 'Today I arrive with…' },
        { nl: 'Wat me nog afleidt, is…', en: 'What is still distracting me is…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Is er iets waardoor je vandaag niet helemaal hier kunt zijn?',
          en: 'Is there anything that keeps you from being fully here today?',
        },
        {
          nl: 'Wat heb je nodig om vrijuit te kunnen praten?',
          en: 'What do you need to be able to speak freely?',
        },
      ],
      artefact: 'none',
    },
    {
      id: 'case',
      title: { nl: 'De inbrenger vertelt', en: 'The case-giver tells the case' },
      instructions: {
        nl: 'De inbrenger houdt de stok vast en vertelt over de situatie, zonder haast. Hij of zij sluit af met de vraag waarbij hulp welkom is. De anderen luisteren en onderbreken niet.',
        en: 'The case-giver holds the stick and tells about the situation, without hurrying. They end with the question they would like help with. The others listen and do not interrupt.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [
        {
          nl: 'De inbrenger houdt de stok tot het verhaal af is',
          en: 'The case-giver keeps the stick until the story is finished',
        },
        { nl: 'Niemand onderbreekt', en: 'Nobody interrupts' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat wil je na deze bijeenkomst weten of kunnen?',
          en: 'What do you want to know or be able to do after this meeting?',
        },
        { nl: 'Wat maakt dit voor jou zo belangrijk?', en: 'What makes this so important to you?' },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'questions',
      title: { nl: 'Vragenronde', en: 'Question round' },
      instructions: {
        nl: 'De stok gaat rond en wie hem heeft, stelt één open vraag of geeft hem door. Komt de stok weer bij de inbrenger, dan beantwoordt die de vragen van die ronde. Doe zo veel rondes als de tijd toelaat.',
        en: 'The stick goes round and whoever holds it asks one open question or passes it on. When the stick returns to the case-giver, they answer that round’s questions. Do as many rounds as time allows.',
      },
      minutes: 15,
      contributors: 'stickHolder',
      turns: 'stick',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [
        { nl: 'Eén vraag per beurt', en: 'One question per turn' },
        RULES.openQuestionsOnly,
        {
          nl: 'De inbrenger antwoordt pas als de stok weer bij hem of haar is',
          en: 'The case-giver answers only once the stick is back with them',
        },
      ],
      helperPrompts: [
        { nl: 'Wat gebeurde er precies toen…?', en: 'What exactly happened when…?' },
        {
          nl: 'Wat merkte je bij jezelf op dat moment?',
          en: 'What did you notice in yourself at that moment?',
        },
        { nl: 'Wat zou je graag anders zien?', en: 'What would you like to see change?' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Welke vraag blijft al een paar rondes liggen?',
          en: 'Which question has been left unasked for a few rounds?',
        },
        {
          nl: 'Wie heeft de stok steeds doorgegeven, en wat houdt je tegen?',
          en: 'Who keeps passing the stick, and what is holding you back?',
        },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'reflection',
      title: { nl: 'Reflectieronde', en: 'Reflection round' },
      instructions: {
        nl: 'Wie de stok heeft, vat eerst samen wat de vorige spreker zei, tot die knikt dat het klopt. Vertel daarna wat je hebt gehoord in het verhaal en wat het bij jou oproept. Ook hier mag je de stok zwijgend doorgeven.',
        en: 'Whoever holds the stick first sums up what the previous speaker said, until that person nods that it is right. Then say what you heard in the story and what it brings up in you. Here too you may pass the stick in silence.',
      },
      minutes: 15,
      contributors: 'stickHolder',
      turns: 'stick',
      contributionKinds: ['paraphrase', 'association'],
      paraphraseFirst: true,
      rules: [
        { nl: 'Eerst de vorige spreker samenvatten', en: 'First sum up the previous speaker' },
        {
          nl: 'Spreek vanuit jezelf: "ik hoor…", "bij mij roept het op…"',
          en: 'Speak for yourself: "I hear…", "it brings up in me…"',
        },
        { nl: 'Geen advies', en: 'No advice' },
      ],
      helperPrompts: [
        { nl: 'Wat ik jou hoorde zeggen, is…', en: 'What I heard you say is…' },
        { nl: 'Wat me raakt in je verhaal, is…', en: 'What touches me in your story is…' },
        { nl: 'Ik herken…', en: 'I recognise…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Klopt de samenvatting echt, of knik je uit beleefdheid?',
          en: 'Is the summary really right, or are you nodding to be polite?',
        },
        { nl: 'Wat hoor je nu voor het eerst?', en: 'What are you hearing now for the first time?' },
      ],
      artefact: 'reflections',
    },
    {
      id: 'response',
      frame: ['decision'],
      title: { nl: 'Reactie van de inbrenger', en: 'The case-giver’s response' },
      uses: [{ phase: 'reflection', actions: ['show'] }],
      instructions: {
        nl: 'De stok gaat naar de inbrenger. Hij of zij vertelt wat er is overgekomen, wat raakte en wat hij of zij ermee gaat doen. De groep luistert.',
        en: 'The stick goes to the case-giver, who says what they heard, what touched them and what they will do with it. The group listens.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['insight', 'action'],
      rules: [{ nl: 'De groep luistert zonder te reageren', en: 'The group listens without responding' }],
      facilitatorPrompts: [
        {
          nl: 'Wat neem je mee, en wat laat je liggen?',
          en: 'What do you take with you, and what do you leave?',
        },
        { nl: 'Wat is je eerste stap?', en: 'What is your first step?' },
      ],
      artefact: 'decision',
    },
    {
      id: 'closing',
      frame: ['evaluation'],
      title: { nl: 'Slotronde: wat heb ik geleerd?', en: 'Closing round: what have I learned?' },
      instructions: {
        nl: 'De stok gaat nog één keer rond. Iedereen noemt een leerpunt voor zichzelf en zegt kort hoe de beurten met de stok bevielen.',
        en: 'The stick goes round one last time. Everyone names a learning point for themselves and briefly says how taking turns with the stick felt.',
      },
      minutes: 5,
      contributors: 'stickHolder',
      turns: 'stick',
      contributionKinds: ['insight'],
      rules: [{ nl: 'Eén leerpunt per persoon', en: 'One learning point each' }],
      helperPrompts: [
        { nl: 'Wat ik vandaag leerde over mezelf, is…', en: 'What I learned about myself today is…' },
        { nl: 'Luisteren zonder te reageren was voor mij…', en: 'Listening without responding was, for me…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wie kwam vandaag minder aan bod dan hij of zij wilde?',
          en: 'Who got less of a say today than they wanted?',
        },
        {
          nl: 'Wat doe je in je werk met deze manier van luisteren?',
          en: 'What will you do with this way of listening in your work?',
        },
      ],
      artefact: 'insights',
    },
  ],
});
