import { defineMethod } from './schema';
import { RULES } from './shared/rules';

/** Krachtenveldanalyse: Lewin's model of driving and restraining forces around a change that does not happen. */
export const forceField = defineMethod({
  id: 'force-field',
  names: { nl: 'Krachtenveldanalyse', en: 'Force-field analysis' },
  summary: {
    nl: 'Breng in kaart wat een verandering tegenhoudt en wat haar helpt, en kies waar je gaat duwen.',
    en: 'Map what holds a change back and what helps it, then choose where to push.',
  },
  intent: {
    nl: 'Voor een verandering die maar niet op gang komt, of een besluit waar je steeds omheen draait. Het schema geeft houvast, dus ook geschikt voor groepen met weinig ervaring in samen problemen oplossen.',
    en: 'For a change that just does not get going, or a decision you keep circling around. The diagram gives the conversation something to hold on to, so it also suits groups with little experience in solving problems together.',
  },
  origin: {
    nl: 'Gebaseerd op het krachtenveld van sociaal psycholoog Kurt Lewin: een situatie blijft zoals ze is zolang stuwende en remmende krachten elkaar in evenwicht houden. Het gaat hier dus niet om een analyse van belanghebbenden.',
    en: 'Based on the force field of social psychologist Kurt Lewin: a situation stays as it is as long as driving and restraining forces keep each other in balance. So this is not a stakeholder analysis.',
  },
  reconstruction: false,
  groupSize: { min: 3, max: 10 },
  durationMinutes: 60,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'scribe', 'facilitator'],
  topics: ['change', 'organisation'],
  experience: 'new',
  tags: ['visual', 'diagram', 'decision'],
  phases: [
    {
      id: 'situation',
      title: { nl: 'Nu en straks', en: 'Now and later' },
      instructions: {
        nl: 'De inbrenger beschrijft hoe de situatie nu is en hoe hij of zij wil dat ze wordt. Maak daar samen één doel van dat zo concreet mogelijk is. Dit doel is de middenlijn van het krachtenveld.',
        en: 'The case-giver describes how the situation is now and how they want it to become. Together, turn that into one goal that is as concrete as possible. This goal is the centre line of the force field.',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [{ nl: 'Eén doel, in één zin', en: 'One goal, in one sentence' }],
      facilitatorPrompts: [
        { nl: 'Hoe merk je dat het doel bereikt is?', en: 'How will you notice that the goal is reached?' },
        {
          nl: 'Wil jij dit zelf, of wil een ander het?',
          en: 'Do you want this yourself, or does someone else?',
        },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'questions',
      title: { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
      instructions: {
        nl: 'Stel om de beurt een vraag die helpt de situatie en het doel scherp te krijgen. De inbrenger antwoordt kort. Je mag je beurt overslaan.',
        en: 'Take turns asking a question that helps to sharpen the situation and the goal. The case-giver answers briefly. You may pass.',
      },
      minutes: 10,
      contributors: 'helpers',
      turns: 'round',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [
        { nl: 'Open vragen — nog geen advies', en: 'Open questions — no advice yet' },
        RULES.eachQuestionOnce,
      ],
      helperPrompts: [
        {
          nl: 'Wie heeft er belang bij dat alles blijft zoals het is?',
          en: 'Who benefits from everything staying as it is?',
        },
        {
          nl: 'Wat heb je al geprobeerd, en wat gebeurde er toen?',
          en: 'What have you already tried, and what happened?',
        },
        { nl: 'Wanneer ging het al eens een beetje goed?', en: 'When did it go a little well before?' },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'forces',
      title: { nl: 'Krachten verzamelen', en: 'Collecting forces' },
      instructions: {
        nl: 'Iedereen, ook de inbrenger, schrijft voor zichzelf remmende krachten (rood) en stuwende krachten (groen) op. Is een kracht eigenlijk een oplossing, vraag dan: welke kracht versterkt dit?',
        en: 'Everyone, the case-giver included, writes down restraining forces (red) and driving forces (green) on their own. If a force is really a solution, ask: which force does this strengthen?',
      },
      minutes: 15,
      contributors: 'all',
      turns: 'individual',
      contributionKinds: ['force'],
      rules: [
        {
          nl: 'Een kracht is een feit of factor, geen oplossing',
          en: 'A force is a fact or factor, not a solution',
        },
        { nl: 'Eén kracht per kaartje', en: 'One force per card' },
        {
          nl: 'Krachten buiten bereik gaan apart, niet weg',
          en: 'Forces outside reach are set aside, not deleted',
        },
      ],
      helperPrompts: [
        { nl: 'Wat houdt de huidige situatie in stand?', en: 'What keeps the current situation in place?' },
        { nl: 'Wie of wat zou de verandering kunnen dragen?', en: 'Who or what could carry the change?' },
        { nl: 'Welke gewoonte of angst remt?', en: 'Which habit or fear holds things back?' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Welke remmende kracht zit in de inbrenger zelf?',
          en: 'Which restraining force lies in the case-giver themself?',
        },
        { nl: 'Welke kracht noemt niemand hardop?', en: 'Which force is nobody naming out loud?' },
      ],
      artefact: 'forces',
    },
    {
      id: 'weigh',
      title: { nl: 'Krachten wegen', en: 'Weighing the forces' },
      uses: [{ phase: 'forces', actions: ['show', 'sort'] }],
      instructions: {
        nl: 'Eerst voegt de gespreksleider of de notulist dubbele krachten samen en zet krachten buiten bereik van de inbrenger apart. Geef daarna elke kracht voor jezelf een gewicht van 1 (zwak) tot 10 (zeer sterk). Daarna zie je het gemiddelde en hoe ver jullie uiteenlopen. De vijf zwaarste krachten gaan door naar de volgende stap.',
        en: 'First the chair or the scribe merges duplicate forces and sets aside forces outside the case-giver’s reach. Then, on your own, give each force a weight from 1 (weak) to 10 (very strong). Then you see the average and how far apart you are. The five heaviest forces go on to the next step.',
      },
      minutes: 10,
      contributors: 'all',
      turns: 'individual',
      contributionKinds: ['rating'],
      weighForces: true,
      rules: [
        { nl: 'Iedereen weegt eerst alleen', en: 'Everyone weighs alone first' },
        {
          nl: 'Praat pas na het tonen over grote verschillen',
          en: 'Discuss big differences only after revealing',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Waar lopen jullie het verst uiteen, en wat zegt dat?',
          en: 'Where do you differ most, and what does that say?',
        },
        {
          nl: 'Herken je als inbrenger het gewicht dat de groep geeft?',
          en: 'As case-giver, do you recognise the weight the group gives?',
        },
      ],
      artefact: 'forceWeights',
    },
    {
      id: 'actions',
      title: { nl: 'Acties per kracht', en: 'Actions per force' },
      uses: [{ phase: 'forces', actions: ['show'], top: 5 }],
      instructions: {
        nl: 'Neem de zwaarste krachten een voor een door. Stel om de beurt voor hoe je een remmende kracht zwakker of een stuwende kracht sterker maakt. De inbrenger luistert alleen.',
        en: 'Go through the heaviest forces one by one. Take turns suggesting how to weaken a restraining force or strengthen a driving one. The case-giver only listens.',
      },
      minutes: 10,
      contributors: 'helpers',
      caseGiverPlacement: 'listensOnly',
      turns: 'round',
      contributionKinds: ['advice'],
      rules: [
        { nl: 'Noem bij elk voorstel de kracht', en: 'Name the force with each suggestion' },
        RULES.caseGiverDoesNotRespond,
      ],
      helperPrompts: [
        { nl: 'Deze rem wordt zwakker als…', en: 'This brake gets weaker if…' },
        { nl: 'Je kunt deze steun groter maken door…', en: 'You can make this support bigger by…' },
      ],
      artefact: 'actions',
    },
    {
      id: 'choice',
      frame: ['decision'],
      title: { nl: 'Keuze van de inbrenger', en: 'The case-giver’s choice' },
      uses: [{ phase: 'actions', actions: ['show', 'choose'] }],
      instructions: {
        nl: 'De inbrenger kiest een of twee acties en zegt wanneer hij of zij begint. Vaak werkt het beter om een rem weg te nemen dan om harder te duwen.',
        en: 'The case-giver chooses one or two actions and says when they will start. Removing a brake often works better than pushing harder.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['action'],
      facilitatorPrompts: [
        { nl: 'Wat heb je nodig om dit echt te doen?', en: 'What do you need to really do this?' },
        { nl: 'Wanneer vertel je ons hoe het ging?', en: 'When will you tell us how it went?' },
      ],
      artefact: 'decision',
    },
  ],
});
