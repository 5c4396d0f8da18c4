import type { Localized } from '../methods/schema';

/**
 * What the simulated colleagues of a demo meeting say (DEMO-2), per example case and by the kind of
 * contribution a phase asks for, so one script serves every demo method. All fictional, in Kring's own words.
 */
export type DemoScript = {
  caseId: string;
  /** The case-giver's account, a sentence or two at a time. */
  situation: Localized[];
  /** Questions helpers ask, each with the answer a simulated case-giver gives. */
  questions: { q: Localized; a: Localized }[];
  /** What a simulated case-giver says to a question it has no scripted answer for (the visitor's). */
  answers: Localized[];
  /** Hypotheses and diagnoses: what might be going on. */
  ideas: Localized[];
  advice: Localized[];
  /** What the case-giver takes away. */
  takeaways: Localized[];
  /** What helpers say when looking back. */
  reflections: Localized[];
  actions: Localized[];
  decision: Localized;
};

const l = (nl: string, en: string): Localized => ({ nl, en });

const neighbourhood: DemoScript = {
  caseId: 'neighbourhood-team-roles',
  situation: [
    l(
      'Ons wijkteam bestaat sinds een halfjaar, met mensen uit vier organisaties. Ik zit het wekelijkse casusoverleg voor.',
      'Our neighbourhood team started six months ago, with people from four organisations. I chair the weekly case meeting.',
    ),
    l(
      'Twee ervaren collega’s voeren steeds het woord en hakken de knopen door. De anderen zeggen weinig en regelen dingen achteraf op de gang.',
      'Two experienced colleagues always do the talking and make the calls. The others say little and sort things out afterwards in the corridor.',
    ),
  ],
  questions: [
    {
      q: l(
        'Wat gebeurt er precies als iemand anders wel iets inbrengt?',
        'What exactly happens when someone else does bring something in?',
      ),
      a: l(
        'Meestal reageert een van die twee meteen met hoe het bij hen gaat, en dan is het onderwerp eigenlijk al van hen.',
        'Usually one of the two responds straight away with how they do it, and then the topic is really theirs.',
      ),
    },
    {
      q: l(
        'Wat zou je willen dat er over drie maanden anders is?',
        'What would you like to be different in three months?',
      ),
      a: l(
        'Dat ik bij elke casus minstens drie verschillende stemmen hoor voordat we besluiten.',
        'That I hear at least three different voices on every case before we decide.',
      ),
    },
    {
      q: l(
        'Hoe reageren die twee collega’s als je ze onderbreekt?',
        'How do those two colleagues react when you interrupt them?',
      ),
      a: l(
        'Dat heb ik eerlijk gezegd nog nauwelijks gedaan. Ze hebben veel kennis en ik wil ze niet tegen me krijgen.',
        'To be honest I have hardly done it. They know a lot and I do not want to turn them against me.',
      ),
    },
  ],
  answers: [
    l(
      'Goede vraag. Daar heb ik nog niet zo naar gekeken, maar ik denk dat het meespeelt.',
      'Good question. I had not looked at it that way, but I think it plays a part.',
    ),
    l(
      'Dat weet ik niet precies. Ik merk vooral dat ik na het overleg onrustig ben.',
      'I am not sure. Mostly I notice that I feel uneasy after the meeting.',
    ),
  ],
  ideas: [
    l(
      'Wat ik hoor: de voorzitter is bang de twee ervaren collega’s kwijt te raken en geeft daardoor de leiding weg.',
      'What I hear: the chair is afraid of losing the two experienced colleagues and so hands the lead away.',
    ),
    l(
      'Misschien weten de nieuwe mensen niet goed wat er van hen verwacht wordt, omdat elke organisatie anders werkt.',
      'Perhaps the newer people do not really know what is expected of them, because each organisation works differently.',
    ),
  ],
  advice: [
    l(
      'De voorzitter zou kunnen beginnen met een korte ronde waarin iedereen eerst één zin zegt, voordat de discussie opengaat.',
      'The chair could start with a short round in which everyone says one sentence before the discussion opens.',
    ),
    l(
      'Vraag de twee ervaren collega’s apart om mee te helpen anderen aan het woord te laten. Maak ze bondgenoot.',
      'Ask the two experienced colleagues separately to help bring others in. Make them allies.',
    ),
    l(
      'Zou de voorzitter bij elke casus vooraf kunnen zeggen wie er als eerste reageert?',
      'Could the chair say beforehand, for each case, who responds first?',
    ),
  ],
  takeaways: [
    l(
      'Het idee om de twee collega’s bondgenoot te maken, raakt me. Ik zag ze vooral als het probleem.',
      'The idea of making the two colleagues allies struck me. I mostly saw them as the problem.',
    ),
    l(
      'Ik begin volgende week met een rondje van één zin per persoon.',
      'Next week I will start with a round of one sentence each.',
    ),
  ],
  reflections: [
    l(
      'Adviseren zonder dat de vraagsteller meteen reageert, voelde vrijer dan ik dacht.',
      'Giving advice without the client reacting straight away felt freer than I expected.',
    ),
    l(
      'Ik merkte hoe snel ik zelf met oplossingen kwam.',
      'I noticed how quickly I came up with solutions myself.',
    ),
    l(
      'Mooi om te zien hoe een kleine vraag toch veel losmaakt.',
      'Good to see how a small question can open up so much.',
    ),
  ],
  actions: [
    l(
      'Gesprek met de twee ervaren collega’s plannen',
      'Plan a conversation with the two experienced colleagues',
    ),
  ],
  decision: l(
    'Ik open het overleg voortaan met een ronde van één zin per persoon en vraag de twee ervaren collega’s om mee te helpen.',
    'From now on I will open the meeting with a round of one sentence each and ask the two experienced colleagues to help.',
  ),
};

const nightShift: DemoScript = {
  caseId: 'night-shift-medication',
  situation: [
    l(
      'Drie weken geleden, in een drukke nachtdienst, stond ik op het punt een patiënt de verkeerde dosis te geven. Een leerling-verpleegkundige zag het op tijd.',
      'Three weeks ago, on a busy night shift, I was about to give a patient the wrong dose. A student nurse spotted it in time.',
    ),
    l(
      'Ik heb het netjes gemeld. Maar sindsdien controleer ik alles drie keer, ben ik trager dan mijn collega’s en slaap ik slecht voor een dienst.',
      'I reported it properly. But since then I check everything three times, I am slower than my colleagues and I sleep badly before a shift.',
    ),
  ],
  questions: [
    {
      q: l(
        'Hoe laat in de dienst gebeurde het, en hoeveel patiënten had je toen?',
        'What time in the shift did it happen, and how many patients did you have?',
      ),
      a: l(
        'Rond vier uur ’s nachts. Ik had negen patiënten, twee meer dan normaal.',
        'Around four in the morning. I had nine patients, two more than usual.',
      ),
    },
    {
      q: l(
        'Wat werd er na je melding met je besproken?',
        'What was discussed with you after you reported it?',
      ),
      a: l(
        'De melding is in de commissie besproken, maar met mij heeft niemand er echt over gepraat.',
        'The report was discussed by the committee, but nobody really talked with me about it.',
      ),
    },
    {
      q: l(
        'Hoe reageerde de leerling-verpleegkundige daarna op jou?',
        'How did the student nurse react to you afterwards?',
      ),
      a: l(
        'Heel gewoon, eigenlijk. Ik heb haar bedankt, maar ik schaamde me.',
        'Quite normally, really. I thanked her, but I felt ashamed.',
      ),
    },
  ],
  answers: [
    l(
      'Dat heb ik me nog niet afgevraagd. Ik denk dat het klopt.',
      'I had not asked myself that yet. I think it is true.',
    ),
    l(
      'Lastig te zeggen. Ik merk vooral spanning zodra ik de medicijnkar pak.',
      'Hard to say. Mostly I feel tense as soon as I take the medicine trolley.',
    ),
  ],
  ideas: [
    l(
      'Het incident is afgehandeld als melding, maar niet als ervaring: de schrik heeft nog geen plek gekregen.',
      'The incident was handled as a report, not as an experience: the fright has not found a place yet.',
    ),
    l(
      'Drie keer controleren is een manier om de controle terug te krijgen, maar het houdt de angst ook levend.',
      'Checking three times is a way of regaining control, but it also keeps the fear alive.',
    ),
  ],
  advice: [
    l(
      'Vraag je leidinggevende om een nagesprek over hoe het met jóu gaat, niet alleen over de melding.',
      'Ask your manager for a follow-up talk about how yóu are doing, not just about the report.',
    ),
    l(
      'Spreek met een collega af dat je in de volgende diensten samen de dubbele controle doet, voor een vaste periode.',
      'Agree with a colleague to do the double check together for your next shifts, for a fixed period.',
    ),
    l(
      'Vertel de leerling-verpleegkundige wat haar opmerking voor je betekende. Dat helpt jullie allebei.',
      'Tell the student nurse what her speaking up meant to you. That helps you both.',
    ),
  ],
  takeaways: [
    l(
      'Dat de schrik nog geen plek heeft gekregen, klopt. Ik heb het alleen gemeld, niet verwerkt.',
      'It is true that the fright has not found a place. I only reported it; I did not process it.',
    ),
    l(
      'Samen dubbel controleren voor een vaste periode voelt haalbaar.',
      'Double-checking together for a fixed period feels doable.',
    ),
  ],
  reflections: [
    l('Ik herkende veel van mijn eigen eerste jaren.', 'I recognised a lot from my own first years.'),
    l(
      'Het hielp om eerst alleen vragen te stellen; mijn eerste idee bleek niet te kloppen.',
      'It helped to ask only questions first; my first idea turned out to be wrong.',
    ),
  ],
  actions: [
    l('Nagesprek aanvragen bij mijn leidinggevende', 'Ask my manager for a follow-up talk'),
    l(
      'Twee weken samen dubbel controleren met een collega',
      'Double-check together with a colleague for two weeks',
    ),
  ],
  decision: l(
    'Ik vraag deze week een nagesprek aan en spreek met een collega af dat we twee weken samen controleren.',
    'This week I will ask for a follow-up talk and agree with a colleague that we check together for two weeks.',
  ),
};

const parentEvening: DemoScript = {
  caseId: 'parent-evening-complaint',
  situation: [
    l(
      'Op de ouderavond vertelde ik een vader dat zijn dochter waarschijnlijk niet overgaat. Hij werd boos, zei dat de school haar maanden had laten zwemmen en liep weg.',
      'At the parents’ evening I told a father that his daughter will probably not move up. He got angry, said the school had left her to sink for months and walked out.',
    ),
    l(
      'Volgende week zie ik hem opnieuw, samen met de mentor. Ik twijfel of ik het nieuws te snel bracht.',
      'Next week I will see him again, with her mentor. I wonder whether I gave the news too quickly.',
    ),
  ],
  questions: [
    {
      q: l(
        'Wist de vader al dat het niet goed ging met zijn dochter?',
        'Did the father already know that his daughter was struggling?',
      ),
      a: l(
        'Hij had de cijfers in het portaal kunnen zien, maar niemand had hem er eerder over gebeld.',
        'He could have seen the marks in the portal, but nobody had called him about it before.',
      ),
    },
    {
      q: l(
        'Hoeveel tijd had je voor het gesprek op de ouderavond?',
        'How much time did you have for the conversation at the parents’ evening?',
      ),
      a: l(
        'Tien minuten, en er stond al een rij ouders te wachten.',
        'Ten minutes, and there was already a queue of parents waiting.',
      ),
    },
    {
      q: l(
        'Wat wil je dat de vader na het volgende gesprek denkt?',
        'What do you want the father to think after the next conversation?',
      ),
      a: l(
        'Dat we zijn dochter echt zien en samen met hem zoeken wat ze nodig heeft.',
        'That we really see his daughter and look with him for what she needs.',
      ),
    },
  ],
  answers: [
    l(
      'Daar heb ik nog niet bij stilgestaan. Ik denk het wel.',
      'I had not thought about that. I think so, yes.',
    ),
    l(
      'Dat weet ik eerlijk gezegd niet. Ik heb vooral zijn boosheid onthouden.',
      'To be honest I do not know. What I mostly remember is his anger.',
    ),
  ],
  ideas: [
    l(
      'Het probleem is niet het slechte nieuws zelf, maar dat het als een verrassing kwam.',
      'The problem is not the bad news itself, but that it came as a surprise.',
    ),
    l(
      'De vader reageerde misschien uit schrik en machteloosheid, niet uit boosheid op deze docent.',
      'The father may have reacted out of fright and helplessness, not out of anger at this teacher.',
    ),
  ],
  advice: [
    l(
      'Begin het gesprek met erkenning: dat het nieuws hard aankwam en dat de school eerder had moeten bellen.',
      'Open the conversation with acknowledgement: the news hit hard and the school should have called earlier.',
    ),
    l(
      'Bereid met de mentor voor wie wat zegt, zodat je niet allebei gaat uitleggen.',
      'Prepare with the mentor who says what, so you are not both explaining.',
    ),
    l(
      'Vraag de vader wat hij thuis ziet aan zijn dochter.',
      'Ask the father what he sees of his daughter at home.',
    ),
  ],
  takeaways: [
    l(
      'Dat het nieuws als een verrassing kwam, is de kern. Dat neem ik mee naar het gesprek.',
      'That the news came as a surprise is the heart of it. I will take that into the conversation.',
    ),
    l(
      'Beginnen met erkenning voelt eng, maar ook eerlijk.',
      'Starting with acknowledgement feels scary, but also honest.',
    ),
  ],
  reflections: [
    l(
      'Ik merkte dat ik me meteen met de vader identificeerde.',
      'I noticed that I identified with the father straight away.',
    ),
    l(
      'Door de vaste stappen bleven we bij de vraag en niet bij de schuldvraag.',
      'The fixed steps kept us on the question rather than on who was to blame.',
    ),
  ],
  actions: [l('Met de mentor het gesprek voorbereiden', 'Prepare the conversation with the mentor')],
  decision: l(
    'Ik open het gesprek met erkenning en bereid met de mentor voor wie wat zegt.',
    'I will open the conversation with acknowledgement and prepare with the mentor who says what.',
  ),
};

export const demoScripts: DemoScript[] = [neighbourhood, nightShift, parentEvening];
