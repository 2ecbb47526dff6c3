// Speaker attribution: one test per pattern, with short invented sentences.
import assert from 'node:assert/strict';
import { analyze, attributions, quoteStarting } from './helpers';

describe('attribution/speakers: cues around the quote', () => {
  it('X said after the quote', () => {
    assert.deepEqual(attributions('"The bridge opens in May," Mayor Anna Berg said.'), [['The bridge opens in May,', 'Anna Berg']]);
  });

  it('said X after the quote (inverted)', () => {
    assert.deepEqual(attributions('"Prices will fall," said central bank governor Tomas Lind.'), [['Prices will fall,', 'Tomas Lind']]);
  });

  it('X said: before the quote', () => {
    const text = 'Asked about the delay, Minister Carla Moreno said: "We need more time."';
    assert.equal(quoteStarting(text, 'We need').speaker, 'Carla Moreno');
  });

  it('a cue in mid sentence between two halves of a quote', () => {
    const text = '"We tried," coach Ivan Petrov said, "but the rain won."';
    assert.deepEqual(attributions(text).map(([, s]) => s), ['Ivan Petrov', 'Ivan Petrov']);
  });

  it('a cue in mid sentence before the quote ("X, the ministry said, "…"")', () => {
    const text = 'The Interior Ministry said on Monday that roads were closed. Police and rescuers, the ministry said, "worked through the night."';
    assert.equal(quoteStarting(text, 'worked through').speaker, 'Interior Ministry');
  });

  it('according to X', () => {
    const text = 'The dam "is safe for now," according to engineer Lena Fischer.';
    assert.equal(quoteStarting(text, 'is safe').speaker, 'Lena Fischer');
  });

  it('cue verbs beyond said: tweeted, wrote, insisted, warned', () => {
    const text = [
      '"Great day," Mayor Tom Reyes tweeted.',
      '"The data is clear," Professor Mia Holt wrote.',
      '"No deal," Senator Paul Grant insisted.',
      '"Storms are coming," forecaster Ole Dahl warned.',
    ].join('\n\n');
    assert.deepEqual(analyze(text).quotes.map((q) => [q.speaker, q.cue]), [
      ['Tom Reyes', 'tweeted'], ['Mia Holt', 'wrote'], ['Paul Grant', 'insisted'], ['Ole Dahl', 'warned'],
    ]);
  });

  it('a cue inside the clause reported by an earlier cue: "X said Y called it "…"" is X\'s report', () => {
    const text = 'Rep. Ann Dahl said Mayor Ola Berg called the plan "a gift to developers."';
    assert.equal(quoteStarting(text, 'a gift').speaker, 'Ann Dahl');
  });

  it('a cue in a clause of its own keeps its subject: "X spoke as critics called it "…""', () => {
    const text = 'Mayor Ola Berg said little as critics called the plan "a gift to developers."';
    assert.equal(quoteStarting(text, 'a gift').speaker, 'critics');
  });

  it('a name or pronoun before "called "…"" speaks; a plain noun only names ("a play called "…"")', () => {
    const text = 'The mayor praised what aide Tom Berg called "a new era." He later spoke of what he called "hard choices." Students staged a play called "Sons of Lund."';
    assert.equal(quoteStarting(text, 'a new era').speaker, 'Tom Berg');
    assert.equal(quoteStarting(text, 'hard choices').speaker, 'Tom Berg');
    assert.equal(quoteStarting(text, 'Sons of Lund').cue, null);
  });

  it('a relative clause between subject and verb: "an official who spoke on condition of anonymity said"', () => {
    const text = 'Mayor Ola Berg left early. A city official who spoke on condition of anonymity to discuss the budget said, "There is no money left."';
    assert.equal(quoteStarting(text, 'There is no').speaker, 'city official');
  });

  it('"and said" after a relative clause on an object is the main clause\'s verb: "The Prime Minister turned to the host who was doing the interview and said: "…""', () => {
    const text = 'Radio row\n\nPrime Minister Ola Berg spoke on Monday.\n\nThe Prime Minister then turned to the radio host who was doing the interview and said: "You go and read their articles."';
    assert.equal(quoteStarting(text, 'You go and').speaker, 'Ola Berg');
  });

  it('a relative clause before a progressive: "The teacher who coached … until her shoulder failed is already talking about "…""', () => {
    const text = 'The ferry docked at noon. The teacher who coached the junior team until her shoulder failed is already talking about "a comeback" at the club.';
    assert.equal(quoteStarting(text, 'a comeback').speaker, 'teacher');
  });

  it('"put it" reports speech: "As X put it, "…""', () => {
    const text = 'The new timetable was put in place in March. As harbour master Tom Berg put it, "nobody misses the old one."';
    assert.equal(quoteStarting(text, 'nobody misses').speaker, 'Tom Berg');
  });

  it('a question ending a quote, then the speaker and verb as a sentence of their own: "…?" X, a nurse, said.', () => {
    const text = 'Mayor Ola Berg spoke first.\n\n"Is anyone listening? Are you?" Eva Holm, a retired nurse, said quietly.\n\n"Nobody cares, right?" Nina Dahl went on.';
    assert.equal(quoteStarting(text, 'Is anyone').speaker, 'Eva Holm');
    assert.equal(quoteStarting(text, 'Nobody cares').speaker, 'Nina Dahl');
  });

  it('any verb opening an inverted frame after a quote: `"…?" reacted Berg.`', () => {
    const text = 'Lund spoke on Sunday. "Lund said the bridge is safe. Is Lund joking?" reacted Mayor Ola Berg. Earlier, Berg had been critical.';
    assert.equal(quoteStarting(text, 'Lund said').speaker, 'Ola Berg');
    const apposed = '"This town needs a mayor who listens," exhorted her introducer, actress Maria Holm.';
    assert.equal(quoteStarting(apposed, 'This town needs').speaker, 'Maria Holm');
  });

  it('"co-" roles before a name: `mused Radio Nord co-host Ola Berg` names Ola Berg', () => {
    const text = '"Imagine him on the same stage," mused Radio Nord co-host Ola Berg.';
    assert.equal(quoteStarting(text, 'Imagine him').speaker, 'Ola Berg');
  });

  it('after a question, a speech verb that opens a quotation of its own starts the next sentence: "…?" Lund writes back, "…"', () => {
    const text = 'The photo shows Berg in dark glasses. Berg responds to Lund with, "Why now? On my way to Oslo?" Lund then writes back, "You look great."';
    assert.equal(quoteStarting(text, 'Why now').speaker, 'Berg');
    assert.equal(quoteStarting(text, 'You look').speaker, 'Lund');
  });

  it('verbs of how a crowd speaks are cues next to a quotation: "his fans jeered, "…"", "protesters interrupted her, shouting"', () => {
    const text = 'Ola Berg missed the goal as his fans jeered, "Go home!"\n\nThe second speech was cut short when Lund protesters interrupted her, shouting "Recount now!"';
    assert.equal(quoteStarting(text, 'Go home').speaker, 'his fans');
    assert.equal(quoteStarting(text, 'Recount').speaker, 'Lund protesters');
  });

  it('any verb closing the frame after a quote: "…," X shot back / retaliated', () => {
    const text = 'Mayor Ola Berg spoke first.\n\n"The budget is a fantasy," rival Nina Holm shot back with a laugh.\n\n"Nobody is listening," an angry Ivan Petrov retaliated.';
    assert.equal(quoteStarting(text, 'The budget').speaker, 'Nina Holm');
    assert.equal(quoteStarting(text, 'Nobody').speaker, 'Ivan Petrov');
  });

  it('a partial quote inside reported speech takes the reporting verb\'s subject', () => {
    const text = 'Union leader Maria Costa said the offer was "an insult to every worker" and rejected it.';
    assert.equal(quoteStarting(text, 'an insult').speaker, 'Maria Costa');
  });
});

describe('attribution/speakers: pronouns and roles', () => {
  it('he said -> the last person who was a subject', () => {
    const text = 'Farmer Jonas Berg met the inspector on Monday.\n\n"The fields are dry," he said.';
    assert.equal(quoteStarting(text, 'The fields').speaker, 'Jonas Berg');
  });

  it('she added -> the last person, across an intervening non-subject name', () => {
    const text = 'Judge Ella Voss gave Mr Kim a warning. "Next time, there will be a fine," she added.';
    assert.equal(quoteStarting(text, 'Next time').speaker, 'Ella Voss');
  });

  it('it said -> the last organisation', () => {
    const text = 'The Transport Agency published its report on Friday. "Rail use rose by a third," it said.';
    assert.equal(quoteStarting(text, 'Rail use').speaker, 'Transport Agency');
  });

  it('the spokesman stressed -> the person named as spokesman', () => {
    const text = 'Police spokesman Karl Weber confirmed the arrest. Officers searched the house.\n\n"Nobody was hurt," the spokesman stressed.';
    const q = quoteStarting(text, 'Nobody');
    assert.equal(q.speaker, 'Karl Weber');
    assert.equal(text.slice(q.speakerStart as number, q.speakerEnd as number), 'the spokesman');
  });

  it('the Oregon Republican said -> the person the article is about, shown at the epithet', () => {
    const text = 'Senator Ola Berg toured the plant on Monday.\n\nIn an interview Thursday, the Oregon Republican criticized the plan and said voters wanted to know if the city is "still in the race."';
    const q = quoteStarting(text, 'still in');
    assert.equal(q.speaker, 'Ola Berg');
    assert.equal(text.slice(q.speakerStart as number, q.speakerEnd as number), 'the Oregon Republican');
  });

  it('the ministry said -> the ministry named before', () => {
    const text = 'The Norwegian Health Ministry issued new guidance.\n\n"Masks are optional," the ministry said.';
    assert.equal(quoteStarting(text, 'Masks').speaker, 'Norwegian Health Ministry');
  });

  it('the press secretary noted -> the spokesman named before (one role group)', () => {
    const text = 'City Hall spokeswoman Rita Lund spoke to reporters.\n\n"The budget is balanced," the press secretary noted.';
    assert.equal(quoteStarting(text, 'The budget').speaker, 'Rita Lund');
  });

  it('a role mentioned before any name looks ahead ("Presidential spokesman said" in a headline)', () => {
    const text = '"We welcome the talks," presidential spokesman said\n\nATHENS -- Presidential spokesman Nikos Pappas told reporters on Friday that the government welcomed the planned talks with the lenders.';
    assert.equal(quoteStarting(text, 'We welcome').speaker, 'Nikos Pappas');
  });

  it('Mr X said -> the full name used elsewhere', () => {
    const text = 'Trade Minister Liam O\'Neill visited the port.\n\n"Exports are up," Mr O\'Neill said.';
    assert.equal(quoteStarting(text, 'Exports').speaker, "Liam O'Neill");
  });
});

describe('attribution/speakers: continuing quotes and clustering', () => {
  it('a quote paragraph after an attributed one continues its speaker', () => {
    const text = '"The school will reopen," headteacher Sara Nilsen said.\n\n"Classes start on Monday."';
    assert.equal(quoteStarting(text, 'Classes').speaker, 'Sara Nilsen');
  });

  it('a second quote in the same paragraph continues its speaker', () => {
    const text = '"We lost," captain Per Olsen said. "We will be back next year."';
    assert.equal(quoteStarting(text, 'We will be back').speaker, 'Per Olsen');
  });

  it('clusters Dmitry Peskov = Peskov = Mr Peskov = Kremlin spokesman Dmitry Peskov', () => {
    const text = [
      'Kremlin spokesman Dmitry Peskov spoke on Friday.',
      '"Talks continue," Peskov said.',
      '"No date yet," Mr Peskov added.',
      '"We are patient," Kremlin spokesman Dmitry Peskov said.',
    ].join('\n\n');
    const a = analyze(text);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov']);
    assert.equal(new Set(a.quotes.map((q) => q.speakerId)).size, 1);
    assert.equal(a.speakers.length, 1);
    assert.ok(a.speakers[0].titles.some((t) => t.includes('spokesman')));
    assert.equal(a.speakers[0].mentions.length, 4);
  });

  it('a lone common given name joins the one person who bears it: "Bill is back" with "Bill Lund"', () => {
    const text = 'Bill is back: the old coach at the rink.\n\nFormer coach Bill Lund came to the rink on Monday.\n\nBill, long retired, was not impressed. "The ice is too soft," he said.';
    assert.equal(quoteStarting(text, 'The ice is').speaker, 'Bill Lund');
  });

  it('the canonical name is the fullest form used, even when it comes later', () => {
    const text = 'Vance wins vote\n\n"We did it," Vance said.\n\nMayor Julia Anne Vance thanked her voters.';
    assert.equal(quoteStarting(text, 'We did it').speaker, 'Julia Anne Vance');
  });

  it('people sharing a surname stay apart', () => {
    const text = 'Anna Lopez and Mark Lopez ran against each other.\n\n"I won," Anna Lopez said. "I lost," Mark Lopez said.';
    assert.deepEqual(analyze(text).quotes.map((q) => q.speaker), ['Anna Lopez', 'Mark Lopez']);
  });

  it('an organisation with a country prefix: U.S. Treasury Department', () => {
    const text = 'The U.S. Treasury Department said it would act against "reckless" lenders.';
    assert.equal(quoteStarting(text, 'reckless').speaker, 'U.S. Treasury Department');
  });
});

describe('attribution/speakers: labels, passives and descriptions', () => {
  it('NAME: "…" (a headline or a transcript label)', () => {
    const text = 'Mayor Berg: ‘We will rebuild’\n\nThe city council met on Monday to discuss the damage caused by the storm, officials said.';
    assert.equal(quoteStarting(text, 'We will rebuild').speaker, 'Berg');
  });

  it('a passive cue with a "by" agent', () => {
    const text = 'The plan was described as "reckless" by Senator Ann Moss.';
    assert.equal(quoteStarting(text, 'reckless').speaker, 'Ann Moss');
  });

  it('a description speaks as itself when nobody named answers to it', () => {
    const text = '"The numbers are wrong," a senior official said.';
    const a = analyze(text);
    assert.equal(a.quotes[0].speaker, 'senior official');
    assert.equal(a.speakers[0].named, false);
    assert.equal(text.slice(a.quotes[0].speakerStart as number, a.quotes[0].speakerEnd as number), 'a senior official');
  });

  it('an office named with "of" before the name: `"…," said master of ceremonies Ola Berg`', () => {
    const text = '"Thanks for welcoming us," said master of ceremonies Ola Berg, an engineer who moved here decades ago.';
    assert.equal(quoteStarting(text, 'Thanks').speaker, 'Ola Berg');
  });

  it('said X after a quote whose nested closing marks leave a stray mark', () => {
    const text = "''We called it 'the long road,''' said coach Ivan Petrov, whom the club hired in May.";
    assert.equal(quoteStarting(text, 'We called it').speaker, 'Ivan Petrov');
  });

  it('an apposition whose closing comma is missing: "X, the spokeswoman for the Y Club said"', () => {
    const text = 'Kari Moe, the spokeswoman for the Bergen Rowing Club said on Sunday that the regatta was "a great success."';
    assert.equal(quoteStarting(text, 'a great success').speaker, 'Kari Moe');
    const aside = 'The mayor spoke last. Berg, a close aide said, "is very confident in the result."';
    assert.equal(quoteStarting(aside, 'is very').speaker, 'close aide');
    // (A quotation that opens a sentence of its own is the name's: the comma after "said" only leads into it.)
    const opening = 'Verdict in Bergen\n\nThe crowd cheered outside the court. As for the crowds, Ola Berg, a friend of the victim Per Lund said, "It is a bit of a circus."';
    assert.equal(quoteStarting(opening, 'It is a bit').speaker, 'Ola Berg');
  });

  it('an apposition opening with a bare role and missing its closing comma: "X, president and CEO of the Y stated, "…""', () => {
    const text = 'Ola Berg, president and CEO of the Bergen Harbour Association stated, "The numbers do not add up."';
    assert.equal(quoteStarting(text, 'The numbers').speaker, 'Ola Berg');
  });

  it('an apposition opening with a possessive and missing its closing comma: "X, Norland\'s chief negotiator at the Y said "…""', () => {
    const text = 'Ola Berg, Norland\'s chief negotiator at the fishing talks said the latest offer was "not worth the paper."';
    assert.equal(quoteStarting(text, 'not worth').speaker, 'Ola Berg');
  });

  it('an unclosed apposition after a scene-setting phrase: "In reply to …, X, the envoy to the Y said "…""', () => {
    const text = 'In reply to the letter from Tromso, Ann Dahl, the head of the Norland delegation to the United Nations said the plan was "not serious."';
    assert.equal(quoteStarting(text, 'not serious').speaker, 'Ann Dahl');
  });

  it('"said spokesperson of the Norland Foreign Ministry Ann Dahl": an office, "of", the body\'s name and then a person\'s name after the verb -- the person speaks', () => {
    const text = 'Ola Berg spoke first.\n\n“We will not move,” said spokesperson of the Norland Foreign Ministry Ann Dahl while commenting on the plan.';
    assert.equal(quoteStarting(text, 'We will not move').speaker, 'Ann Dahl');
  });

  it('a perfect tense of "write" reports speech: "As X had written, "…""', () => {
    const text = 'The studio was his life. As the columnist Ann Berg had written a year earlier, "We could not have an industry without him."';
    assert.equal(quoteStarting(text, 'We could').speaker, 'Ann Berg');
  });

  it('a name in apposition to a description of a thing is not the subject: "X, the head of news at the local station, Radio Fjord, said"', () => {
    const text = 'Kari Moe, the head of news at the local radio station, Radio Fjord, said the new budget was "a step in the right direction."';
    assert.equal(quoteStarting(text, 'a step in').speaker, 'Kari Moe');
  });

  it('two people joined by "and" before the verb: the first leads, past a floating "both"', () => {
    const text = 'Ambassador Ola Berg and editor Dr. Jon Lund both denounced the "Neighbours For Change" movement on Thursday. The two senators both said the plan was "dead on arrival."';
    assert.equal(quoteStarting(text, 'Neighbours').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'dead on').speaker, 'two senators');
  });

  it('two people "of the" organisation: the first of them speaks, not the organisation', () => {
    const text = '"New designs are possible," experts Ada Holm and Eva Berg of the Institute for Science and Public Security wrote in September.';
    assert.equal(quoteStarting(text, 'New designs').speaker, 'Ada Holm');
  });

  it('of two people sharing one apposition, the first leads: "X and Y, both Republicans, said"', () => {
    const text = '"We expect better," council leader Ola Berg and board chair Jon Lund, both Liberals, said in a letter.';
    assert.equal(quoteStarting(text, 'We expect better').speaker, 'Ola Berg');
  });

  it('a short quoted title inside an apposition does not cut it: `"…," X, wearing "Vote Lund" pins, said`', () => {
    const text = '"We have had better meetings than this one," delegate Ola Berg, wearing a cowboy hat and "Vote Lund" campaign pins, said as confetti fell.';
    assert.equal(quoteStarting(text, 'We have had').speaker, 'Ola Berg');
  });

  it('an apposition between the subject and the verb: "X, 30, of Y, said"', () => {
    const text = '"The rent is too high," Kari Moe, 44, of Tromso, Norway, said after the meeting.';
    assert.equal(quoteStarting(text, 'The rent is').speaker, 'Kari Moe');
  });

  it('a phrase opening with a preposition is the topic, not the subject: "Of X, Y, who …, said"', () => {
    const text = 'Donor Ann Holm met the candidates last week. Of Jon Lund, Holm, who has given money to Ola Berg, said, "He is a wonderful man."';
    assert.equal(quoteStarting(text, 'He is').speaker, 'Ann Holm');
  });
});

describe('attribution/speakers: clauses around the subject', () => {
  it('"In a light-hearted moment Judge Ola Berg, hearing the case, said:": a fronted phrase without its comma leaves the titled name the subject', () => {
    const text = 'The court sat late.\n\nIn what may have been a light-hearted moment Judge Ola Berg, hearing the case in Bergen District Court, said: “This is exceptional.”';
    assert.equal(quoteStarting(text, 'This is exceptional').speaker, 'Ola Berg');
  });

  it('a subject opening a subordinate clause, with an aside after it: "after X, asked about Y, had said, "…""', () => {
    const text = 'The issue came up Friday after Mayor Ola Berg, asked about the closures, had said, "We close roads every year."';
    assert.equal(quoteStarting(text, 'We close').speaker, 'Ola Berg');
    const that = 'It was two years ago that Ann Holm, who is weighing a run for mayor, said a third term was "out of the question."';
    assert.equal(quoteStarting(that, 'out of the').speaker, 'Ann Holm');
  });

  it('a retort: "X shot back" / "fired back" is the cue nearest the quote, not an earlier verb', () => {
    const text = 'After Governor Jon Lund criticized the plan during a debate, Berg shot back, "The plan is sound."';
    assert.equal(quoteStarting(text, 'The plan is').speaker, 'Berg');
    const fired = 'When Lund said the city would pay, Ann Holm fired back forcefully: "The city will lose."';
    assert.equal(quoteStarting(fired, 'The city will').speaker, 'Ann Holm');
  });

  it('a participle after "kept", "began", "started" is that verb\'s: "and X kept pressing him on why … "…""', () => {
    const text = 'The hearing ran late, and Rep. Kari Moe (D-Ore.) kept pressing him on why the board had filed the repairs under "routine" work while the dam was failing.';
    assert.equal(quoteStarting(text, 'routine').speaker, 'Kari Moe');
  });

  it('a participle after "began by" is that verb\'s: "When he came back he began by saying, "…""', () => {
    const text = 'Judge Ola Berg called a short break.\n\nWhen he came back he began by saying, "The case is closed."';
    assert.equal(quoteStarting(text, 'The case').speaker, 'Ola Berg');
  });

  it('an outlet as the agent of a passive "reported" credits the report, not the words: `X, calling it a "…" that was reported by the Y`', () => {
    const text = 'Ola Berg belittled the issue of the loans, calling it a "clerical slip" that was reported in a "smear job" by The Bergen Times.';
    assert.equal(quoteStarting(text, 'clerical').speaker, 'Ola Berg');
  });
});

describe('attribution/speakers: groups', () => {
  it('a plural role noun speaks: "candidates referred to …"', () => {
    const text = 'In the debate, candidates referred to "the wall" a dozen times.';
    assert.equal(quoteStarting(text, 'the wall').speaker, 'candidates');
  });

  it('the plural of a role noun before a present-tense "say" speaks: "critics say"', () => {
    const text = 'Mayor Ola Berg wants a new tax. That is why critics say she plans to "squeeze" the middle class.';
    assert.equal(quoteStarting(text, 'squeeze').speaker, 'critics');
  });

  it('a group named after a person is not that person: "Berg supporters"', () => {
    const text = 'Mayor Anna Berg spoke on Monday. Berg supporters responded with chants of "Four more years."';
    assert.equal(quoteStarting(text, 'Four more').speaker, 'Berg supporters');
  });

  it('an aside between a plural subject and its present-tense verb: "The two councillors, however, insist that "…""', () => {
    const text = 'Mayor Ola Berg said the fee was unlawful. The two councillors, however, insist that "the bylaw allows it."';
    assert.equal(quoteStarting(text, 'the bylaw').speaker, 'two councillors');
  });

  it('a figure opening the sentence is its subject, softener and all: "About 200 protesters gathered, chanting "…""', () => {
    const text = 'The rally went on for hours. About 200 protesters gathered in three groups, holding signs and chanting "Vote them out."';
    assert.equal(quoteStarting(text, 'Vote them').speaker, '200 protesters');
  });

  it('a share of people speaks as itself: "most said", "Roughly six in 10 said", "and 9 percent said", "Several said"', () => {
    const text = 'Parents here were uneasy; most said they were "quite uneasy." Roughly six in 10 said they were "upset" with the school board. Asked about a strike, 30 percent said "fairly likely" and 9 percent said "very unlikely." Several said they wanted "smaller classes" instead.';
    assert.equal(quoteStarting(text, 'quite uneasy').speaker, 'most');
    assert.equal(quoteStarting(text, 'upset').speaker, 'Roughly six in 10');
    assert.equal(quoteStarting(text, 'fairly likely').speaker, '30 percent');
    assert.equal(quoteStarting(text, 'very unlikely').speaker, '9 percent');
    assert.equal(quoteStarting(text, 'smaller classes').speaker, 'Several');
  });

  it('a participle after "with" and two phrases joined by "and" is theirs: "with many riders and spectators chanting "…""', () => {
    const text = 'The final was close to the end, with many riders and spectators chanting "Go Bergen!"';
    assert.equal(quoteStarting(text, 'Go Bergen').speaker, 'spectators');
  });

  it('a plural of people heads the subject phrase, whole: "Two military analysts found that … "…""', () => {
    const text = 'The report came out in May. Two military analysts found last year that the fleet is "the best in the region."';
    assert.equal(quoteStarting(text, 'the best').speaker, 'Two military analysts');
  });

  it('a plural of people with no determiner speaks: "Former workers have called …"', () => {
    const text = 'The company faces a lawsuit. Former workers have called the plan a "fraud" in court.';
    assert.equal(quoteStarting(text, 'fraud').speaker, 'Former workers');
  });
});

describe('attribution/speakers: quotes with no cue', () => {
  it('a sentence whose subject is a source owns its fragment before the paragraph\'s speaker does: "X said … The union wants a "…""', () => {
    const text = 'Ann Holm said the plan was fair. The union wants a "fair deal" for drivers.';
    assert.equal(quoteStarting(text, 'fair deal').speaker, 'union');
  });

  it('a participle after the head noun is not the head: "A city inspector\'s report issued this year described "…""', () => {
    const text = 'Ann Holm said the bridge was safe. A city inspector\'s report issued this year described what looked like "serious cracks" in it.';
    assert.equal(quoteStarting(text, 'serious').speaker, "city inspector's report");
  });

  it('a sentence opening "To X," gives X\'s view: "To Holm, Berg is the "patient" mayor who …"', () => {
    const text = 'Mayor Ola Berg won the county.\n\nTo Ann Holm, Berg is the "patient and honest" mayor who fixed her street.';
    assert.equal(quoteStarting(text, 'patient').speaker, 'Ann Holm');
  });

  it('a plain word before a role after a name still describes: "The Tromso football columnist Jon Lund wrote: "…""', () => {
    const text = 'Fans left early.\n\nThe Tromso football columnist Jon Lund wrote on Sunday: "The club has lost its way."';
    assert.equal(quoteStarting(text, 'The club has').speaker, 'Jon Lund');
  });

  it('a possessive name before a speech noun owns the quote: "Berg\'s pledge to be "neutral""', () => {
    const text = 'The talks stalled in May.\n\nThe worries go beyond Mayor Ola Berg\'s controversial pledge to be "neutral" in the dispute.\n\nFew remember Nina Holm\'s "no new taxes" promise from the last race.';
    assert.equal(quoteStarting(text, 'neutral').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'no new taxes').speaker, 'Nina Holm');
  });

  it('a reaction is something said: "Mayor Berg\'s reaction: "Is that all?""', () => {
    const text = 'The budget came out on Monday.\n\nMayor Ola Berg\'s reaction: "Is that all there is?"';
    assert.equal(quoteStarting(text, 'Is that all').speaker, 'Ola Berg');
  });

  it('a possessive speech noun wins over the speaker of the quote before it in the paragraph', () => {
    const text = 'Mayor Ola Berg said the plan was "a good start." Few voters forget Nina Holm\'s "no new taxes" promise from the last race.';
    assert.equal(quoteStarting(text, 'no new taxes').speaker, 'Nina Holm');
  });

  it('a sentence that is only a quotation, after a sentence about a named person, is theirs', () => {
    const text = '"The race is close," said pollster Ivan Petrov.\n\nProfessor Eva Holm agreed. "Voters are running out of time."';
    assert.equal(quoteStarting(text, 'Voters are').speaker, 'Eva Holm');
  });

  it('a quote in a clause opening the sentence belongs to that clause\'s subject', () => {
    const text = 'The council met on Monday.\n\nWhile Ola Berg, speaking for the council, laid out a plan for "cheaper buses," and the rival party left the room.\n\nAfter weeks of debate over what counts as "affordable" housing, Nina Holm on Friday proposed a vote.';
    assert.equal(quoteStarting(text, 'cheaper buses').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'affordable').speaker, 'Nina Holm');
  });

  it('"As" opening the sentence is such a clause: `As Nina Holm sang at the fair, "…"` is hers', () => {
    const text = 'The town loves its old songs.\n\nAs Nina Holm sang at the fair, "We will stay by the river."';
    assert.equal(quoteStarting(text, 'We will stay').speaker, 'Nina Holm');
  });

  it('"as" inside the sentence is a preposition: `the council voted … the unit known as "…"` stays the council\'s', () => {
    const text = 'In May, the council voted to pay the victims of the unit known as "Night Crew," run by a captain.';
    assert.equal(quoteStarting(text, 'Night Crew').speaker, 'council');
  });

  it('a linking "But"/"And" before the opening clause does not hide it: "But while denouncing the "greed" …, X …"', () => {
    const text = 'The council met on Monday.\n\nBut while denouncing the "greed" of lenders, Nina Holm has not offered a plan.';
    assert.equal(quoteStarting(text, 'greed').speaker, 'Nina Holm');
  });

  it('a cue whose subject cannot be found leaves the quote to the rules for quotes with no cue', () => {
    const text = 'The council met on Monday.\n\nAfter weeks of arguing over what counts as "affordable" housing, Nina Holm on Friday proposed a vote.';
    assert.equal(quoteStarting(text, 'affordable').speaker, 'Nina Holm');
  });
});

describe('attribution/speakers: null when unsure', () => {
  it('a scare quote with no speech verb, in a clause of its own, has no speaker', () => {
    const text = 'The statement came after the two mayors agreed to meet again "within weeks."';
    const q = quoteStarting(text, 'within weeks');
    assert.equal(q.speaker, null);
    assert.equal(q.confidence, 0);
  });

  it('an unresolvable pronoun has no speaker', () => {
    const q = quoteStarting('"It is over," he said.', 'It is over');
    assert.equal(q.speaker, null);
    assert.equal(q.cue, 'said');
  });

  it('a passive cue with nothing before it has no speaker', () => {
    assert.equal(quoteStarting('It was noted that "the roads are closed."', 'the roads').speaker, null);
  });

  it('confidence is higher for a named speaker than for a continued one', () => {
    const text = '"We lost," captain Per Olsen said.\n\n"We will be back."';
    const [named, continued] = analyze(text).quotes;
    assert.ok(named.confidence > continued.confidence);
  });

  it('a line of only a dash and a name after a quotation credits it: `"…" ¶ - Ola Berg.`', () => {
    const text = 'The two rivals traded claims all week.\n\n"I will look into it, I promise."\n\n- Ola Berg.\n\nBerg has been looking into it for a long time.';
    assert.equal(quoteStarting(text, 'I will look').speaker, 'Ola Berg');
  });

  it('a dash and a name after a whole-sentence quotation credit it, on its line or the next, and win over the speaker before: a list of quotations', () => {
    const text = 'The best lines of the week.\n\n"I do not make music for people who do not care." — Jon Lund at the producers\' dinner on Feb. 9.\n\n"Do not tweet drunk." — Comedian Kari Moe at the summit.\n\n"Pressure got to me."\n\n— Canadian teenager Ola Berg has been compared to the greats.';
    assert.equal(quoteStarting(text, 'I do not make').speaker, 'Jon Lund');
    assert.equal(quoteStarting(text, 'Do not tweet').speaker, 'Kari Moe');
    assert.equal(quoteStarting(text, 'Pressure got').speaker, 'Ola Berg');
    // (A dash after a fragment in running prose is no credit line: `a "mess" — Lund's word`.)
    const prose = 'Kari Moe called the plan a "mess" — Jon Lund disagreed.';
    assert.equal(quoteStarting(prose, 'mess').speaker, 'Kari Moe');
  });

  it('a dash credit may describe the speaker by a work in marks: `"…" — “Cold Harbour” director nominee Ola Berg, in an interview.`', () => {
    const text = 'Reaction to the nominations:\n\n“I am truly honored. It is possible.” — “Cold Harbour” director nominee Ola Berg, in an interview.\n\n“I woke up a few minutes later.” — “Bergen Nights” star Kari Moe, in a statement.\n\n“What a morning.” — “Call Me by the Sea” best actor nominee Jon Lund, in a statement.';
    assert.equal(quoteStarting(text, 'I am truly').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'I woke up').speaker, 'Kari Moe');
    assert.equal(quoteStarting(text, 'What a morning').speaker, 'Jon Lund');
  });

  it('"remembered" after a quotation is a speech verb: `"…," remembered Ola Berg, a former aide.`', () => {
    const text = 'The merger defined her career.\n\n"Everyone told her not to do it," remembered Ola Berg, a former aide.';
    assert.equal(quoteStarting(text, 'Everyone told').speaker, 'Ola Berg');
  });
});

describe('attribution/speakers: a phrase that cannot speak is no speaker', () => {
  it('an ordinal is no source: "The second outburst came …, shouting "…"" has no speaker "second"', () => {
    const q = quoteStarting('The band played until late.\n\nThe second outburst came midway through the concert in the park, shouting "Lund must go!" as she sang.', 'Lund must go');
    assert.equal(q.speaker, null);
    assert.equal(q.confidence, 0);
  });

  it('a span of time is no source: `Ola Berg … said the days when towns shared "…"` is Ola Berg\'s', () => {
    const text = 'Ola Berg, a historian who wrote "Long Winters," said the days when towns shared "one common story" are gone.';
    assert.equal(quoteStarting(text, 'one common').speaker, 'Ola Berg');
  });

  it('an abstract noun is no source: `conceded the present situation is "…"` leaves the speaker null', () => {
    const q = quoteStarting('The minister, who pushed for the new quay in 2018, conceded the present situation on the coast is "far from good."', 'far from');
    assert.notEqual(q.speaker, 'present situation');
    assert.equal(q.speaker, null);
  });
});

describe('attribution/speakers: with no speech verb, only a source as subject owns a quote', () => {
  it('"The deal is really a "…"": a thing as subject credits nobody', () => {
    const q = quoteStarting('The council is split over the harbor plan.\n\nThe deal is really a "pre-agreement" because the port has not signed.', 'pre-agreement');
    assert.equal(q.speaker, null);
    assert.equal(q.confidence, 0);
  });

  it('"The pro-Berg narrative will be that she is the "…"": a narrative is no source', () => {
    assert.equal(quoteStarting('The pro-Berg narrative will be that she is the "safe choice" this year.', 'safe choice').speaker, null);
  });

  it('"The union wants a "…"": a body as subject still owns the fragment', () => {
    assert.equal(quoteStarting('The union wants a "fair deal" for drivers.', 'fair deal').speaker, 'union');
  });
});

describe('attribution/speakers: "that" after a noun or verb opens a clause, not a description', () => {
  it('`scolded fans that throw bottles at referees, saying … "…"` is the scolder\'s, not "that throw bottles"', () => {
    const text = 'Kari Moe has scolded fans that throw bottles at referees, saying her club does not need "that kind of help."';
    assert.equal(quoteStarting(text, 'that kind of help').speaker, 'Kari Moe');
  });

  it('"The fact that Mr. Lind\'s bill has one co-sponsor … "…"": the clause\'s "that" is no part of the speaker\'s name', () => {
    const q = quoteStarting('The fact that Mr. Lind\'s bill has only one co-sponsor and no hearing is "telling."', 'telling');
    assert.ok(!q.speaker?.startsWith('that'), `speaker ${q.speaker}`);
  });

  it('"At that point the spokesman said "…"": "that" after a preposition is still a determiner', () => {
    assert.equal(quoteStarting('At that point the spokesman said the talks were "over."', 'over').speaker, 'spokesman');
  });
});

describe('attribution/speakers: a subject and its verb are not one phrase', () => {
  it('"The rules require that drivers show tickets …" ¶ "…": "rules require" is no speaker', () => {
    const text = 'The rules require that drivers on the ferry show tickets at both gates.\n\n"The timetable is final. Nobody can change it now."';
    const q = quoteStarting(text, 'The timetable');
    assert.equal(q.speaker, null);
    assert.equal(q.confidence, 0);
  });

  it('a plural before a head that names a source is a modifier: "The sales manager defended the "…" plan"', () => {
    assert.equal(quoteStarting('The sales manager defended the "fresh start" plan.', 'fresh start').speaker, 'sales manager');
  });

  it('"his colleague said "…"": a possessive before the head is still a description', () => {
    assert.equal(quoteStarting('Ola Berg left early. "She was tired," his colleague said.', 'She was tired').speaker, 'his colleague');
  });
});
