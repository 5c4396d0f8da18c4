import type { CaseTopic, Localized } from '../methods/schema';

/** Working fields the example cases come from; a group picks a case close to its own work. */
export const PRACTICE_FIELDS = [
  'education',
  'youthCare',
  'nursing',
  'socialWork',
  'management',
  'coaching',
  'publicSector',
] as const;
export type PracticeField = (typeof PRACTICE_FIELDS)[number];

/**
 * A fictional case for practising a method before a group brings its own. Nobody in it is real: people are
 * named by their role, so the case also shows how a real case is written without recognisable third parties.
 */
export type ExampleCase = {
  id: string;
  field: PracticeField;
  topic: CaseTopic;
  /** Library methods that suit the case, best first. */
  methods: string[];
  title: Localized;
  situation: Localized;
  /** The case-giver's question, phrased as "Hoe kan ik …?" / "How can I …?". */
  question: Localized;
};

export const exampleCases: ExampleCase[] = [
  {
    id: 'class-after-the-holiday',
    field: 'education',
    topic: 'relationship',
    methods: ['balint', 'reflecting-team', 'talking-stick'],
    title: { nl: 'Een klas die mij niet meer volgt', en: 'A class that no longer follows me' },
    situation: {
      nl: 'Sinds de herfstvakantie lopen mijn lessen in de derde klas vast. Een groepje leerlingen achterin praat door mijn uitleg heen en de rest wacht af wie er wint. Ik heb strenger opgetreden, maar nu voelt elke les als een krachtmeting en ga ik er met tegenzin naartoe.',
      en: 'Since the autumn break my lessons with one year-nine class keep stalling. A small group at the back talks through my explanations and the rest of the class waits to see who wins. I have become stricter, but now every lesson feels like a trial of strength and I dread going in.',
    },
    question: {
      nl: 'Hoe kan ik het contact met deze klas herstellen zonder elke les de strijd aan te gaan?',
      en: 'How can I restore my connection with this class without fighting them every lesson?',
    },
  },
  {
    id: 'parent-evening-complaint',
    field: 'education',
    topic: 'incident',
    methods: ['incident', 'five-step', 'collegial-consultation'],
    title: { nl: 'Een ouder die boos wegliep', en: 'A parent who walked out angry' },
    situation: {
      nl: 'Op de ouderavond vertelde ik een vader dat zijn dochter waarschijnlijk niet overgaat. Hij werd luid, zei dat de school haar al maanden laat zwemmen en liep weg. Achteraf twijfel ik of ik het slechte nieuws te snel bracht. Volgende week zie ik hem opnieuw, samen met de mentor.',
      en: "At the parents' evening I told a father that his daughter will probably not move up a year. He raised his voice, said the school had left her to sink for months and walked out. Looking back I wonder whether I gave the bad news too quickly. Next week I will see him again, together with her mentor.",
    },
    question: {
      nl: 'Hoe kan ik het vervolggesprek zo voeren dat deze vader zich gehoord voelt en we samen verder kunnen?',
      en: 'How can I hold the follow-up conversation so that this father feels heard and we can move on together?',
    },
  },
  {
    id: 'foster-placement-doubt',
    field: 'youthCare',
    topic: 'valuesIdentity',
    methods: ['socratic', 'dilts'],
    title: { nl: 'Terug naar huis, of niet?', en: 'Back home, or not?' },
    situation: {
      nl: 'Een jongen van elf woont twee jaar in een pleeggezin en wil dolgraag terug naar zijn moeder. Zij heeft het afgelopen halfjaar veel bereikt, maar er zijn nog zorgen over haar netwerk. Het team verwacht van mij een advies. Ik merk dat ik steeds tussen loyaliteit aan de jongen en voorzichtigheid heen en weer schiet.',
      en: 'An eleven-year-old boy has lived with a foster family for two years and badly wants to return to his mother. She has achieved a lot in the past six months, but there are still worries about the people around her. My team expects a recommendation from me. I keep swinging between loyalty to the boy and caution.',
    },
    question: {
      nl: 'Hoe kan ik tot een advies komen waar ik zelf achter sta, nu mijn waarden met elkaar botsen?',
      en: 'How can I reach a recommendation I can stand behind when my own values pull in different directions?',
    },
  },
  {
    id: 'caseload-overflow',
    field: 'youthCare',
    topic: 'ownFunctioning',
    methods: ['ten-step', 'core-quadrants', 'gossip'],
    title: { nl: 'Altijd nog één gezin erbij', en: 'Always one more family' },
    situation: {
      nl: 'Mijn caseload is in een jaar gegroeid van twaalf naar negentien gezinnen. Als een collega uitvalt, zeg ik als eerste dat ik wel een gezin overneem. Mijn verslagen lopen achter en ik slaap slecht, maar nee zeggen voelt alsof ik de gezinnen in de steek laat.',
      en: 'In one year my caseload has grown from twelve to nineteen families. When a colleague falls ill, I am the first to offer to take a family over. My reports are behind and I sleep badly, but saying no feels like abandoning the families.',
    },
    question: {
      nl: 'Hoe kan ik mijn grenzen bewaken zonder het gevoel te hebben dat ik gezinnen tekortdoe?',
      en: 'How can I guard my limits without feeling that I am letting families down?',
    },
  },
  {
    id: 'night-shift-medication',
    field: 'nursing',
    topic: 'incident',
    methods: ['incident', 'raguse', 'five-step'],
    title: { nl: 'Een bijna-fout in de nachtdienst', en: 'A near miss on the night shift' },
    situation: {
      nl: 'Tijdens een drukke nachtdienst stond ik op het punt een patiënt de verkeerde dosis te geven. Een leerling-verpleegkundige zag het en zei er iets van. Ik heb het gemeld, maar sindsdien controleer ik alles drie keer en ben ik trager dan mijn collega’s. Ik vertrouw mijn eigen oordeel niet meer.',
      en: 'During a busy night shift I was about to give a patient the wrong dose. A student nurse noticed and spoke up. I reported it, but since then I check everything three times and I am slower than my colleagues. I no longer trust my own judgement.',
    },
    question: {
      nl: 'Hoe kan ik weer vertrouwen op mijn eigen handelen zonder de les van dit incident kwijt te raken?',
      en: 'How can I trust my own work again without losing the lesson of this incident?',
    },
  },
  {
    id: 'family-at-the-bedside',
    field: 'nursing',
    topic: 'relationship',
    methods: ['balint', 'collegial-consultation', 'reflecting-team'],
    title: { nl: 'Een familie die alles wil weten', en: 'A family that wants to know everything' },
    situation: {
      nl: 'Op mijn afdeling ligt een oudere vrouw van wie de dochter elke dienst belt en aan het bed staat met een lijst vragen. Ze spreekt collega’s tegen elkaar uit en dreigt met een klacht. Ik merk dat ik haar kamer ontwijk, terwijl de patiënt zelf juist baat heeft bij rust en aandacht.',
      en: 'An older woman on my ward has a daughter who phones every shift and stands at the bedside with a list of questions. She plays colleagues off against each other and threatens to complain. I notice I avoid the room, while the patient herself would benefit from calm and attention.',
    },
    question: {
      nl: 'Hoe kan ik een werkrelatie met deze dochter opbouwen die de patiënt ten goede komt?',
      en: 'How can I build a working relationship with this daughter that serves the patient?',
    },
  },
  {
    id: 'client-who-stops-coming',
    field: 'socialWork',
    topic: 'relationship',
    methods: ['talking-stick', 'gossip', 'raguse'],
    title: { nl: 'Een cliënt die niet meer komt', en: 'A client who stopped showing up' },
    situation: {
      nl: 'Een man met schulden kwam drie maanden trouw op afspraak en maakte goede stappen. Na een gesprek waarin ik hem wees op een gemiste betaling is hij twee keer niet verschenen en reageert hij niet op berichten. Ik vraag me af wat ik in dat gesprek heb aangeraakt.',
      en: 'A man in debt came to every appointment for three months and was making good progress. After a conversation in which I pointed out a missed payment, he has not turned up twice and does not answer messages. I wonder what I touched in that conversation.',
    },
    question: {
      nl: 'Hoe kan ik het contact herstellen zonder hem onder druk te zetten?',
      en: 'How can I restore contact without putting pressure on him?',
    },
  },
  {
    id: 'neighbourhood-team-roles',
    field: 'socialWork',
    topic: 'equalVoice',
    methods: ['troika', 'talking-stick'],
    title: { nl: 'Wie doet wat in het wijkteam?', en: 'Who does what in the neighbourhood team?' },
    situation: {
      nl: 'In ons nieuwe wijkteam zitten mensen uit vier organisaties. In het casusoverleg voeren steeds dezelfde twee collega’s het woord en nemen zij de beslissingen. Anderen haken af of regelen dingen buiten het overleg om. Ik ben voorzitter van dat overleg en merk dat ik het laat gebeuren.',
      en: 'Our new neighbourhood team brings together people from four organisations. In the case meetings the same two colleagues do the talking and take the decisions. Others drop out or arrange things outside the meeting. I chair that meeting and notice that I let it happen.',
    },
    question: {
      nl: 'Hoe kan ik het casusoverleg zo leiden dat iedereen een stem heeft?',
      en: 'How can I lead the case meeting so that everyone has a voice?',
    },
  },
  {
    id: 'reorganisation-resistance',
    field: 'management',
    topic: 'change',
    methods: ['force-field', 'sioo', 'dilts'],
    title: { nl: 'Een verhuizing die niemand wil', en: 'A move nobody wants' },
    situation: {
      nl: 'Mijn afdeling gaat over drie maanden naar een flexkantoor zonder vaste werkplekken. Het besluit is genomen boven mij. In het team heerst verzet: mensen melden zich vaker ziek en twee ervaren medewerkers solliciteren elders. Ik sta zelf ook niet helemaal achter het besluit.',
      en: 'In three months my department moves to a flexible office without fixed desks. The decision was made above me. The team resists: people call in sick more often and two experienced staff members are applying elsewhere. I am not fully behind the decision myself.',
    },
    question: {
      nl: 'Hoe kan ik mijn team door deze verandering leiden terwijl ik zelf twijfels heb?',
      en: 'How can I lead my team through this change while I have doubts myself?',
    },
  },
  {
    id: 'new-manager-old-peers',
    field: 'management',
    topic: 'ownFunctioning',
    methods: ['core-quadrants', 'profile', 'ten-step'],
    title: { nl: 'Leidinggevende van mijn oud-collega’s', en: 'Managing my former peers' },
    situation: {
      nl: 'Een half jaar geleden werd ik teamleider van het team waarin ik zelf jaren werkte. Ik wil het gezellig houden en stel lastige gesprekken uit. Nu levert één collega structureel te laat aan en de anderen verwachten dat ik optreed.',
      en: 'Six months ago I became team leader of the team I had worked in for years. I want to keep things friendly and put off difficult conversations. Now one colleague delivers late again and again, and the others expect me to act.',
    },
    question: {
      nl: 'Hoe kan ik duidelijk zijn naar deze collega zonder de goede verhoudingen in het team kwijt te raken?',
      en: 'How can I be clear with this colleague without losing the good relationships in the team?',
    },
  },
  {
    id: 'coach-client-dependency',
    field: 'coaching',
    topic: 'ownFunctioning',
    methods: ['reflecting-team', 'gossip', 'socratic'],
    title: { nl: 'Een coachee die niet loslaat', en: 'A coachee who will not let go' },
    situation: {
      nl: 'Een coachee heeft na tien sessies haar doel bereikt, maar vraagt steeds om nog een paar afspraken. Ze zegt dat ze zonder mij terugvalt. Ik vind het prettig om gewaardeerd te worden en twijfel of ik haar help door door te gaan.',
      en: 'After ten sessions a coachee has reached her goal, but keeps asking for a few more appointments. She says she will relapse without me. I enjoy being valued and doubt whether continuing really helps her.',
    },
    question: {
      nl: 'Hoe kan ik dit traject goed afronden zonder haar af te wijzen?',
      en: 'How can I close this coaching well without rejecting her?',
    },
  },
  {
    id: 'team-coaching-conflict',
    field: 'coaching',
    topic: 'relationship',
    methods: ['balint', 'raguse', 'collegial-consultation'],
    title: { nl: 'Gekozen partij in een teamconflict', en: 'Taking sides in a team conflict' },
    situation: {
      nl: 'Ik begeleid een team dat in twee kampen uiteen is gevallen. Na de derde sessie zei een teamlid dat ik duidelijk de kant van de teamleider kies. Dat raakte me, want ik probeer juist neutraal te zijn. Sindsdien voel ik me ongemakkelijk bij de volgende sessie.',
      en: "I coach a team that has split into two camps. After the third session a team member said I clearly take the team leader's side. That hit me, because I try hard to be neutral. Since then I feel uneasy about the next session.",
    },
    question: {
      nl: 'Hoe kan ik met dit verwijt omgaan en het vertrouwen van beide kampen terugwinnen?',
      en: 'How can I deal with this accusation and win back the trust of both camps?',
    },
  },
  {
    id: 'permit-pressure',
    field: 'publicSector',
    topic: 'valuesIdentity',
    methods: ['socratic', 'dilts'],
    title: { nl: 'Druk op een vergunning', en: 'Pressure on a permit' },
    situation: {
      nl: 'Ik beoordeel een vergunningsaanvraag voor een evenement dat de wethouder graag wil. Volgens de regels moet ik een paar punten afkeuren. Mijn afdelingshoofd vraagt of ik ‘er nog eens soepel naar wil kijken’. Ik wil loyaal zijn, maar ook zorgvuldig en eerlijk tegenover andere aanvragers.',
      en: "I am assessing a permit application for an event that the alderman is keen on. By the rules I should turn down a few points. My head of department asks whether I could 'look at it flexibly once more'. I want to be loyal, but also careful and fair to other applicants.",
    },
    question: {
      nl: 'Hoe kan ik hierin een besluit nemen dat ik tegenover iedereen kan verantwoorden?',
      en: 'How can I reach a decision here that I can justify to everyone?',
    },
  },
  {
    id: 'digital-counter',
    field: 'publicSector',
    topic: 'organisation',
    methods: ['sioo', 'force-field', 'tgi'],
    title: { nl: 'Het loket gaat digitaal', en: 'The counter goes digital' },
    situation: {
      nl: 'Onze gemeente sluit het fysieke loket en verwijst inwoners naar een website. Ik coördineer de overgang. Oudere inwoners en mensen die de taal niet goed spreken lopen vast en bellen mijn collega’s boos op. De projectleiding kijkt vooral naar de planning.',
      en: 'Our municipality is closing its front desk and sending residents to a website. I coordinate the transition. Older residents and people who do not speak the language well get stuck and phone my colleagues in anger. Project management mainly watches the schedule.',
    },
    question: {
      nl: 'Hoe kan ik de overgang zo inrichten dat ook kwetsbare inwoners geholpen blijven?',
      en: 'How can I shape the transition so that vulnerable residents are still helped?',
    },
  },
];

export const exampleCaseById = (id: string): ExampleCase | undefined => exampleCases.find((c) => c.id === id);
