import { defineMethod } from './schema';
import { RULES } from './shared/rules';

/** Profielbeschrijving (reconstruction): how you see your own functioning, set beside how the others see it. */
export const profile = defineMethod({
  id: 'profile',
  names: { nl: 'Profielbeschrijving', en: 'Profile description' },
  summary: {
    nl: 'Je beschrijft je eigen kwaliteiten en valkuilen, de groep doet hetzelfde, en je legt beide beelden naast elkaar.',
    en: 'You describe your own qualities and pitfalls, the group does the same, and you put both pictures side by side.',
  },
  intent: {
    nl: 'Voor een vraag over je eigen functioneren: wat gaat je goed af, waar loop je vast, wat kun je leren? Vraagt wat vertrouwen in de groep, omdat je eerlijke feedback krijgt.',
    en: 'For a question about your own functioning: what comes easily, where do you get stuck, what can you learn? It asks for some trust in the group, because you get honest feedback.',
  },
  origin: {
    nl: 'Er is geen openbare stap-voor-stapbeschrijving van deze methode gevonden. Deze opbouw is een voorstel van Kring, met het kernkwadrant van Ofman als hulpmiddel; pas hem aan aan de manier waarop jullie groep de methode heeft geleerd.',
    en: 'No public step-by-step description of this method was found. This structure is proposed by Kring, using Ofman’s core quadrant as a tool; adapt it to how your group learned the method.',
  },
  reconstruction: true,
  groupSize: { min: 3, max: 8 },
  durationMinutes: 50,
  roles: ['caseGiver', 'helper', 'chair', 'timekeeper', 'scribe', 'facilitator'],
  topics: ['ownFunctioning'],
  experience: 'some',
  tags: ['feedback', 'core-quadrant', 'self-image'],
  phases: [
    {
      id: 'situation',
      title: { nl: 'Situatie en vraag', en: 'Situation and question' },
      instructions: {
        nl: 'De inbrenger vertelt over een situatie waarin de eigen manier van werken een rol speelt, en sluit af met een vraag over zichzelf, bijvoorbeeld: hoe kom ik over, of wat houd ik in stand?',
        en: 'The case-giver tells about a situation in which their own way of working plays a part, and ends with a question about themselves, for example: how do I come across, or what do I keep in place?',
      },
      minutes: 10,
      contributors: 'caseGiver',
      contributionKinds: ['note'],
      rules: [
        {
          nl: 'De vraag gaat over jezelf, niet over een ander',
          en: 'The question is about yourself, not someone else',
        },
      ],
      facilitatorPrompts: [
        {
          nl: 'Wat zou je graag over jezelf willen horen, en wat liever niet?',
          en: 'What would you like to hear about yourself, and what rather not?',
        },
      ],
      artefact: 'caseDescription',
    },
    {
      id: 'questions',
      title: { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
      instructions: {
        nl: 'Stel om de beurt een vraag over wat de inbrenger deed, dacht en voelde. De inbrenger antwoordt kort. Je mag je beurt overslaan.',
        en: 'Take turns asking a question about what the case-giver did, thought and felt. The case-giver answers briefly. You may pass.',
      },
      minutes: 10,
      contributors: 'helpers',
      turns: 'round',
      contributionKinds: ['question'],
      caseGiverAnswers: true,
      rules: [RULES.openQuestionsOnly, RULES.eachQuestionOnce],
      helperPrompts: [
        { nl: 'Wat deed je precies, en wat zei je?', en: 'What exactly did you do, and what did you say?' },
        {
          nl: 'Wanneer voel je je in je werk op je best?',
          en: 'When do you feel at your best in your work?',
        },
        { nl: 'Waar erger je je het meest aan bij anderen?', en: 'What annoys you most in others?' },
      ],
      artefact: 'questionsAndAnswers',
    },
    {
      id: 'self-profile',
      title: { nl: 'Zelfbeeld', en: 'Self-image' },
      instructions: {
        nl: 'De inbrenger schrijft voor zichzelf op welke kwaliteiten hij of zij in deze situatie inzette, waarin hij of zij doorschoot, wat de uitdaging is en waar hij of zij allergisch voor is. De groep ziet dit pas bij de vergelijking.',
        en: 'The case-giver writes down on their own which qualities they used in this situation, where they overdid them, what their challenge is and what they are allergic to. The group only sees this at the comparison.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      turns: 'individual',
      contributionKinds: ['quality', 'pitfall', 'challenge', 'allergy'],
      rules: [{ nl: 'Schrijf in steekwoorden', en: 'Write in keywords' }],
      artefact: 'profiles',
    },
    {
      id: 'others-profile',
      title: { nl: 'Beeld van de anderen', en: 'The others’ image' },
      instructions: {
        nl: 'Iedere helper schrijft voor zichzelf welke kwaliteiten je de inbrenger zag gebruiken, waar die doorschoten en welke uitdaging je ziet. Alles wordt tegelijk getoond.',
        en: 'Each helper writes down on their own which qualities you saw the case-giver use, where they were overdone, and which challenge you see. Everything is revealed at the same time.',
      },
      minutes: 10,
      contributors: 'helpers',
      turns: 'individual',
      contributionKinds: ['quality', 'pitfall', 'challenge'],
      rules: [
        { nl: 'Baseer je op wat je hoorde, niet op roddels', en: 'Base it on what you heard, not on gossip' },
        {
          nl: 'Noem bij elke valkuil ook de kwaliteit erachter',
          en: 'With each pitfall, name the quality behind it',
        },
      ],
      helperPrompts: [
        { nl: 'Een kwaliteit die ik in je verhaal zag, is…', en: 'A quality I saw in your story is…' },
        { nl: 'Als je daar te veel van doet, wordt het…', en: 'If you do too much of that, it becomes…' },
        { nl: 'Wat jij zou kunnen oefenen, is…', en: 'What you could practise is…' },
      ],
      facilitatorPrompts: [
        {
          nl: 'Durf je ook op te schrijven wat je lastig vindt om te zeggen?',
          en: 'Will you also write down what you find hard to say out loud?',
        },
      ],
      artefact: 'profiles',
    },
    {
      id: 'comparison',
      title: { nl: 'Beelden vergelijken', en: 'Comparing the pictures' },
      uses: [
        { phase: 'self-profile', actions: ['compare'] },
        { phase: 'others-profile', actions: ['compare'] },
      ],
      instructions: {
        nl: 'Kijk naar het zelfbeeld en het beeld van de groep naast elkaar: wat zien jullie allemaal, wat ziet alleen de inbrenger, en wat zien alleen de anderen? De inbrenger reageert eerst; helpers lichten toe met een voorbeeld.',
        en: 'Look at the self-image and the group’s image side by side: what do you all see, what does only the case-giver see, and what do only the others see? The case-giver responds first; helpers explain with an example.',
      },
      minutes: 10,
      contributors: 'all',
      contributionKinds: ['insight'],
      rules: [
        { nl: 'De inbrenger reageert als eerste', en: 'The case-giver responds first' },
        { nl: 'Toelichten mag, verdedigen niet', en: 'Explaining is fine, defending is not' },
      ],
      helperPrompts: [
        { nl: 'Ik schreef dit op omdat ik hoorde dat je…', en: 'I wrote this because I heard you…' },
      ],
      facilitatorPrompts: [
        { nl: 'Wat verrast je het meest?', en: 'What surprises you most?' },
        {
          nl: 'Welk deel van het beeld van de groep wil je liever niet zien?',
          en: 'Which part of the group’s picture would you rather not see?',
        },
      ],
      artefact: 'profileComparison',
    },
    {
      id: 'challenge',
      frame: ['decision'],
      title: { nl: 'Mijn uitdaging', en: 'My challenge' },
      uses: [{ phase: 'comparison', actions: ['show'] }],
      instructions: {
        nl: 'De inbrenger maakt de zin "Mijn uitdaging is…" af en noemt een eerste stap die hij of zij de komende weken zet.',
        en: 'The case-giver completes the sentence "My challenge is…" and names a first step they will take in the coming weeks.',
      },
      minutes: 5,
      contributors: 'caseGiver',
      contributionKinds: ['challenge', 'action'],
      facilitatorPrompts: [
        {
          nl: 'Hoe merken anderen dat je hieraan werkt?',
          en: 'How will others notice that you are working on this?',
        },
      ],
      artefact: 'decision',
    },
  ],
});
