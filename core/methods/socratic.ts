import { defineMethod } from './schema';

/** Socratisch gesprek: from one concrete example to a core statement, its reasons, and the values beneath them. */
export const socratic = defineMethod({
  id: 'socratic',
  names: { nl: 'Socratisch gesprek', en: 'Socratic dialogue' },
  summary: {
    nl: 'Vanuit één concreet voorbeeld onderzoek je samen welke overtuigingen en waarden achter een keuze zitten.',
    en: 'Starting from one concrete example, you explore together which beliefs and values lie behind a choice.',
  },
  intent: {
    nl: 'Past bij vragen over wat goed, eerlijk of professioneel is, en bij dilemma’s waarin je eigen waarden botsen. Het gaat niet om een oplossing maar om begrijpen waarom je doet wat je doet. Vraagt geduld en precies luisteren.',
    en: 'Suits questions about what is good, fair or professional, and dilemmas where your own values clash. It is not about a solution but about understanding why you do what you do. It asks for patience and careful listening.',
  },
  origin: {
    nl: 'Gebaseerd op het socratisch gesprek zoals Leonard Nelson en later Gustav Heckmann het in Duitsland uitwerkten. In Nederland werd het onder meer door Jos Kessels verder ontwikkeld voor organisaties.',
    en: 'Based on the Socratic dialogue as worked out in Germany by Leonard Nelson and later Gustav Heckmann. In the Netherlands it was developed further for organisations by Jos Kessels, among others.',
  },
  reconstruction: false,
  groupSize: { min: 4, max: 10 },
  durationMinutes: 90,
  roles: ['caseGiver', 'helper', 'chair', 'scribe', 'timekeeper', 'facilitator'],
  topics: ['valuesIdentity', 'ownFunctioning'],
  experience: 'some',
  tags: ['values', 'dilemma', 'slow', 'reasoning'],
  phases: [
    {
      id: 'example',
      title: { nl: 'Het voorbeeld', en: 'The example' },
      instructions: {
        nl: 'De inbrenger vertelt een concreet voorval dat hij of zij zelf heeft meegemaakt en dat bij de vraag past. Vertel precies wat er gebeurde, zonder het al uit te leggen.',
        en: 'The case-giver tells about a concrete event they went through themselves that fits the question. Tell exactly what happened, without explaining it yet.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [
        {
          nl: 'Een echt, afgerond voorval uit eigen ervaring',
          en: 'A real, finished event from your own experience',
        },
        { nl: 'Beschrijven, nog niet verklaren', en: 'Describe, do not explain yet' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Is dit voorbeeld echt van jou, of heb je het gehoord?',
          en: 'Is this example really yours, or did you hear it?',
        },
        { nl: 'Op welk moment moest je kiezen?', en: 'At which moment did you have to choose?' },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'clarify',
      title: { nl: 'Het voorbeeld verhelderen', en: 'Clarifying the example' },
      instructions: {
        nl: 'De groep vraagt naar feiten totdat iedereen zich het voorval goed kan voorstellen. Stel je zo nodig in de plaats van de inbrenger.',
        en: 'The group asks about facts until everyone can picture the event clearly. Put yourself in the case-giver’s place if that helps.',
      },
      minutes: 10,
      contributors: 'helpers',
      turns: 'free',
      contributionKinds: ['factualQuestion'],
      caseGiverAnswers: true,
      rules: [
        { nl: 'Alleen vragen naar wat er gebeurde', en: 'Only questions about what happened' },
        { nl: 'Geen meningen of oordelen', en: 'No opinions or judgements' },
      ],
      helperPrompts: [
        { nl: 'Wat zei je precies?', en: 'What exactly did you say?' },
        {
          nl: 'Wat wist je op dat moment, en wat nog niet?',
          en: 'What did you know at that moment, and what not yet?',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Zit er in deze vraag al een oordeel verstopt?',
          en: 'Is there a judgement hidden in this question?',
        },
        {
          nl: 'Kan iedereen zich het moment nu echt voorstellen?',
          en: 'Can everyone really picture the moment now?',
        },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'core-statement',
      title: { nl: 'De kernuitspraak', en: 'The core statement' },
      instructions: {
        nl: 'De inbrenger vat het beslissende moment samen in één zin: "Op het moment dat…, deed of dacht ik…, omdat…". De groep helpt de zin zo precies mogelijk te maken.',
        en: 'The case-giver sums up the decisive moment in one sentence: "At the moment that…, I did or thought…, because…". The group helps make the sentence as precise as possible.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['insight'],
      rules: [{ nl: 'Eén zin met "omdat"', en: 'One sentence with "because"' }],
      facilitatorPrompts: [
        { nl: 'Is dit de echte reden, of de nette reden?', en: 'Is this the real reason, or the tidy one?' },
        { nl: 'Welk woord in je zin is het belangrijkst?', en: 'Which word in your sentence matters most?' },
      ],
      artefact: 'insights',
    },
    {
      id: 'justification',
      title: { nl: 'De redenen onderzoeken', en: 'Examining the reasons' },
      uses: [{ phase: 'core-statement', actions: ['show'] }],
      instructions: {
        nl: 'De groep vraagt door op het "omdat": waarom vond je dat belangrijk, en waarom dat dan weer? Zo komen de overtuigingen onder de keuze naar boven. De inbrenger antwoordt.',
        en: 'The group asks further about the "because": why did that matter to you, and why did that matter in turn? This brings the beliefs beneath the choice to the surface. The case-giver answers.',
      },
      minutes: 20,
      contributors: 'helpers',
      turns: 'free',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [
        { nl: 'Vraag door, geef geen mening', en: 'Keep asking, do not give opinions' },
        { nl: 'Blijf bij het voorbeeld', en: 'Stay with the example' },
      ],
      helperPrompts: [
        {
          nl: 'Waarom vond je dat op dat moment belangrijk?',
          en: 'Why did that matter to you at that moment?',
        },
        { nl: 'Wat bedoel je precies met…?', en: 'What exactly do you mean by…?' },
        { nl: 'Geldt dat altijd, of alleen hier?', en: 'Does that always apply, or only here?' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Waar wordt het ongemakkelijk om door te vragen?',
          en: 'Where does it become uncomfortable to keep asking?',
        },
        { nl: 'Welke waarde staat hier eigenlijk op het spel?', en: 'Which value is really at stake here?' },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'own-statements',
      title: { nl: 'Ieders eigen uitspraak', en: 'Everyone’s own statement' },
      instructions: {
        nl: 'Iedereen schrijft voor zichzelf op: wat zou ik op dat moment gedaan hebben, en waarom? Daarna worden de uitspraken tegelijk zichtbaar.',
        en: 'Everyone writes down on their own: what would I have done at that moment, and why? Then the statements are revealed at once.',
      },
      minutes: 10,
      contributors: 'helpers',
      turns: 'individual',
      contributionKinds: ['experience'],
      rules: [
        {
          nl: 'In dezelfde vorm: "Op dat moment zou ik…, omdat…"',
          en: 'In the same form: "At that moment I would…, because…"',
        },
      ],
      helperPrompts: [
        { nl: 'Op dat moment zou ik…, omdat…', en: 'At that moment I would…, because…' },
        { nl: 'Ik twijfel tussen… en…, omdat…', en: 'I am torn between… and…, because…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Schrijf je op wat je zou doen, of wat je zou willen doen?',
          en: 'Are you writing what you would do, or what you would like to do?',
        },
        {
          nl: 'Waar verschil je echt van de inbrenger?',
          en: 'Where do you really differ from the case-giver?',
        },
      ],
      artefact: 'reflections',
    },
    {
      id: 'values',
      title: { nl: 'Samen de waarden onderzoeken', en: 'Exploring the values together' },
      uses: [
        { phase: 'core-statement', actions: ['show'] },
        { phase: 'own-statements', actions: ['compare'] },
      ],
      instructions: {
        nl: 'Vergelijk de uitspraken: waar zijn jullie het over eens, en waar niet? Zoek samen naar de waarden die eronder liggen en probeer die in woorden te vangen. Verschil van mening is hier juist waardevol.',
        en: 'Compare the statements: where do you agree, and where not? Look together for the values beneath them and try to put them into words. Disagreement is especially valuable here.',
      },
      minutes: 25,
      contributors: 'all',
      turns: 'free',
      contributionKinds: ['theme', 'insight'],
      rules: [
        { nl: 'Onderzoek, overtuig niet', en: 'Explore, do not persuade' },
        { nl: 'Laat verschil bestaan', en: 'Let differences stand' },
      ],
      helperPrompts: [
        {
          nl: 'Wat we allemaal belangrijk lijken te vinden, is…',
          en: 'What we all seem to find important is…',
        },
        { nl: 'Ons verschil zit volgens mij in…', en: 'I think our difference lies in…' },
        {
          nl: 'Welk woord gebruiken we, maar bedoelen we verschillend?',
          en: 'Which word do we use but mean differently?',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Zijn jullie het echt eens, of wordt het verschil toegedekt?',
          en: 'Do you really agree, or is the difference being papered over?',
        },
        {
          nl: 'Welke waarde zou je opgeven als het moest?',
          en: 'Which value would you give up if you had to?',
        },
      ],
      artefact: 'insights',
    },
    {
      id: 'closing',
      frame: ['evaluation'],
      title: { nl: 'Wat neem ik mee?', en: 'What do I take with me?' },
      instructions: {
        nl: 'Iedereen noemt in een ronde wat hij of zij heeft ontdekt over de eigen waarden. De inbrenger sluit af.',
        en: 'In a round, everyone names what they discovered about their own values. The case-giver closes.',
      },
      minutes: 5,
      contributors: 'all',
      turns: 'round',
      contributionKinds: ['insight'],
      rules: [{ nl: 'Eén inzicht per persoon', en: 'One insight each' }],
      helperPrompts: [
        { nl: 'Wat ik over mezelf ontdekte, is…', en: 'What I discovered about myself is…' },
        { nl: 'Ik kijk nu anders naar…', en: 'I now look differently at…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat doe je morgen anders nu je dit weet?',
          en: 'What will you do differently tomorrow now that you know this?',
        },
        { nl: 'Welke vraag is nog open gebleven?', en: 'Which question has remained open?' },
      ],
      artefact: 'insights',
    },
  ],
});
