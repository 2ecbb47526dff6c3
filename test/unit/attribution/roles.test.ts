// Role compatibility: a general role noun ("the diplomat", "the official") stands for the
// most salient named holder of a role it covers, and never the reverse.
import assert from 'node:assert/strict';
import { quoteStarting } from './helpers';

describe('attribution/roles: a general role noun covers specific roles', () => {
  it('the senior diplomat -> the deputy foreign minister named before', () => {
    const text = 'Norland Deputy Foreign Minister Jon Lund spoke in Bergen on Monday.\n\n"We see no change in the talks," the senior diplomat told reporters.';
    assert.equal(quoteStarting(text, 'We see').speaker, 'Jon Lund');
  });

  it('two holders of one role: "the prime minister" is the one whose title says "prime", a bare "the president" not the vice president', () => {
    const text = 'Prime Minister Ola Berg met Foreign Minister Ann Dahl in Bergen.\n\n“We made progress,” the prime minister said.';
    assert.equal(quoteStarting(text, 'We made').speaker, 'Ola Berg');
    const vice = 'President Kari Moe spoke after Vice President Jon Lund in Tromso.\n\n“The ferries will run,” the president said.';
    assert.equal(quoteStarting(vice, 'The ferries').speaker, 'Kari Moe');
  });

  it('the expert -> a scholar or analyst named before with a long apposition ("a political economist at the … Institute of …")', () => {
    const text = 'Ann Dahl, a Norland political economist at the Bergen Institute of Marine Studies, spoke to the Bergen Herald on Monday.\n\nThe new quotas, the expert said, are "far too generous for the trawlers".';
    assert.equal(quoteStarting(text, 'far too generous').speaker, 'Ann Dahl');
  });

  it('the diplomat -> a foreign ministry spokeswoman (a role in foreign affairs is a diplomat)', () => {
    const text = 'Norland Foreign Ministry spokeswoman Kari Moe held a briefing.\n\n"The claims are absurd," the diplomat wrote on her channel.';
    assert.equal(quoteStarting(text, 'The claims').speaker, 'Kari Moe');
  });

  it('"the premier" is a prime minister named before; "the singer" a musician; "the executive" a CEO', () => {
    const premier = 'Prime Minister Ola Berg addressed the assembly on Monday.\n\nThe premier insisted that the interview had given "a wrong impression".';
    assert.equal(quoteStarting(premier, 'a wrong impression').speaker, 'Ola Berg');
    const singer = 'R&B musician Kari Moe postponed her tour hours before the opening night.\n\nThe super-fit singer told her followers she needed "a few weeks of rest".';
    assert.equal(quoteStarting(singer, 'a few weeks').speaker, 'Kari Moe');
    const executive = 'Nordgas CEO Jon Lund met investors in Oslo.\n\nThe executive said the results were "better than feared".';
    assert.equal(quoteStarting(executive, 'better than').speaker, 'Jon Lund');
  });

  it('the ambassador is not any diplomat: a spokeswoman named before leaves the description', () => {
    const text = 'Norland Foreign Ministry spokeswoman Kari Moe held a briefing.\n\n"The claims are absurd," the ambassador said.';
    assert.equal(quoteStarting(text, 'The claims').speaker, 'ambassador');
  });

  it('the official after "a senior official" is that unnamed official, not the named spokesman', () => {
    const text = 'City spokesman Jon Lund met the press.\n\nLater, a senior city official said the vote would pass.\n\n"The plan is sound," the official said.';
    assert.equal(quoteStarting(text, 'The plan').speaker, 'senior city official');
  });

  it('"the top … official" is the head in focus ("Chief Election Commissioner Ola Berg … the top poll panel official said"), never a spokesman nor "his chief aide"', () => {
    const text = 'Berg says polls would be held on time\n\nChief Election Commissioner Ola Berg on Friday said the tensions would have no bearing on the elections.\n\nTalking to the media in Bergen, the top poll panel official said, "Elections will be held on time".';
    assert.equal(quoteStarting(text, 'Elections will').speaker, 'Ola Berg');
    const aide = 'Senator Kari Moe held a rally in Bergen on Monday.\n\nHer chief aide doubled down: "We will win this," the top aide said.';
    assert.notEqual(quoteStarting(aide, 'We will win').speaker, 'Kari Moe');
  });

  it('the top diplomat is the head of the office, never a spokeswoman', () => {
    const text = 'Norland Foreign Ministry spokeswoman Kari Moe held a briefing.\n\n"The claims are absurd," the top diplomat said.';
    assert.equal(quoteStarting(text, 'The claims').speaker, 'top diplomat');
  });
});

describe('attribution/roles: where a name gets its role', () => {
  it('a role given in the predicate ("Kari Moe was elected chair of the …") is the subject\'s, for "the new … chair" later', () => {
    const text = 'BERGEN -- Harbour pilot Kari Moe was elected chair of the Norland Pilots Guild at its spring meeting on Saturday.\n\nThe vote came after a long fight over night shifts.\n\nThe new Norland Pilots Guild chair told members that "no ship sails without a pilot".';
    assert.equal(quoteStarting(text, 'no ship sails').speaker, 'Kari Moe');
  });

  it('the role phrase before an appositive name ("the Norland ambassador to Bergen, Ola Berg") is the name\'s role', () => {
    const text = 'Talks went on, said the Norland ambassador to the Bergen Council, Ola Berg.\n\n"We see no change," the diplomat said.';
    assert.equal(quoteStarting(text, 'We see').speaker, 'Ola Berg');
  });

  it('a role before the body it serves ("the official representative of the Norland Foreign Ministry Kari Lund") is the name\'s: she is "the diplomat"', () => {
    const text = 'BERGEN, May 3. Norland is ready for talks, the official representative of the Norland Foreign Ministry Kari Lund told reporters.\n\n"We are open to dialogue," the diplomat said.';
    assert.equal(quoteStarting(text, 'We are open').speaker, 'Kari Lund');
  });

  it('a role before a person\'s title is not the name\'s: "an aide of Prime Minister Ola Berg" is not Berg', () => {
    const text = 'An aide of Prime Minister Ola Berg spoke to reporters in Bergen on Monday.\n\n"We will see," the aide said.';
    assert.notEqual(quoteStarting(text, 'We will see').speaker, 'Ola Berg');
  });

  it('a capitalised title before an appositive name, even without the closing comma ("the Minister of Foreign Affairs, Ola Berg has said"), is the name\'s role', () => {
    const text = 'Norland will hire more staff, the Minister of Foreign Affairs, Ola Berg has said. Berg also spoke about the ferry.\n\nThe minister noted that “none of this is possible without reform.”';
    assert.equal(quoteStarting(text, 'none of this').speaker, 'Ola Berg');
  });

  it('a posting title before the place and the name ("Norland Permanent Representative to the UN Ola Berg") is the name\'s role', () => {
    const text = 'Norland Permanent Representative to the UN Ola Berg spoke in Bergen.\n\n"We see no change," the permanent representative said.';
    assert.equal(quoteStarting(text, 'We see').speaker, 'Ola Berg');
  });

  it('a role after a preposition in that phrase is not the name\'s ("the daughter of the mayor, Kari Moe")', () => {
    const text = 'The crowd cheered the daughter of the mayor, Kari Moe.\n\n"We are proud," the mayor said.';
    assert.equal(quoteStarting(text, 'We are').speaker, 'mayor');
  });
});

describe('attribution/roles: a capitalised title after an article is a role', () => {
  it('"the President said", "The Minister noted" -> the holder named before, not a person called "President"', () => {
    const president = 'President Ola Berg opened the ferry terminal in Tromso on Monday. “We are focused on the region,” the President said.';
    assert.equal(quoteStarting(president, 'We are focused').speaker, 'Ola Berg');
    const minister = 'Norland will hire more staff, Foreign Minister Ann Dahl has said. The Minister noted that “every new post has to be paid for.”';
    assert.equal(quoteStarting(minister, 'every new post').speaker, 'Ann Dahl');
  });
});

describe('attribution/roles: a role nobody named holds', () => {
  it('"the minister told reporters" after a story about Ola Berg is Berg, like "he"; not when Berg holds another role, and never "the reporter"', () => {
    const text = 'Ola Berg opened the new ferry line on Monday. “It is a great day,” Berg said. Later, the minister told reporters the line would “pay for itself”.';
    assert.equal(quoteStarting(text, 'pay for itself').speaker, 'Ola Berg');
    const senator = 'Senator Ola Berg spoke at the rally. “We will win,” the president said.';
    assert.equal(quoteStarting(senator, 'We will win').speaker, 'president');
    const compound = 'Ola Berg took questions after the summit in Tromso. “We will talk again,” the diplomat-turned-politician said.';
    assert.equal(quoteStarting(compound, 'We will talk').speaker, 'Ola Berg');
    const introduced = 'A statement by a spokesman for the Bergen port office was read out. Ola Berg said he had been arrested. “The arrest is lawful,” the spokesman said.';
    assert.notEqual(quoteStarting(introduced, 'The arrest').speaker, 'Ola Berg');
    const reporter = 'Ola Berg spoke at the rally. “Will you win?” the reporter asked.';
    assert.equal(quoteStarting(reporter, 'Will you win').speaker, 'reporter');
  });
});

describe('attribution/roles: a lawyer speaks for themself', () => {
  it('"Mr Moe\'s solicitor argued", then "the solicitor added", "A solicitor for Jon Lund said": the lawyer, not the client', () => {
    const text = 'Philip Moe was charged with fraud on Friday.\n\nMr Moe\'s solicitor argued there had been "ample time" to search the offices.\n\nThe solicitor added that Mr Moe had "a clear record".\n\nA solicitor for Jon Lund said: "He denies it."';
    assert.equal(quoteStarting(text, 'ample time').speaker, 'Mr Moe\'s solicitor');
    assert.equal(quoteStarting(text, 'a clear record').speaker, 'Mr Moe\'s solicitor');
    assert.equal(quoteStarting(text, 'He denies').speaker, 'solicitor for Jon Lund');
  });
});

describe('attribution/roles: a profession names the person in focus', () => {
  it('"Jon Lund won best picture … The British filmmaker then joked, “…”": a trade the lexicon knows is a role like any other', () => {
    const text = 'Jon Lund won best picture on Sunday night. He said he was ecstatic. The British filmmaker then joked, "You know, jump."';
    assert.equal(quoteStarting(text, 'You know').speaker, 'Jon Lund');
  });
  it('"said the 2012 Masters champion": a champion is a role, and the event naming it is no speaker', () => {
    const text = 'Golf report\n\nOla Berg shot a 66 on Thursday to lead by two.\n\n“I have no regrets,” said the 2012 Masters champion.';
    assert.equal(quoteStarting(text, 'I have no regrets').speaker, 'Ola Berg');
  });
});

describe('attribution/roles: a relative speaks for themself', () => {
  it('"the sister of leader Ola Berg said" is the sister\'s word, not Ola Berg\'s ("the wife of …", "the son of …" alike)', () => {
    assert.equal(quoteStarting('The sister of Norland leader Ola Berg on Friday said the offer was "admirable".', 'admirable').speaker, 'sister of Norland leader Ola Berg');
    assert.equal(quoteStarting('The wife of Mayor Ola Berg said the ferry was "a lifeline".', 'a lifeline').speaker, 'wife of Mayor Ola Berg');
    assert.equal(quoteStarting('The son of Ola Berg told reporters the charges were "absurd".', 'absurd').speaker, 'son of Ola Berg');
    assert.equal(quoteStarting('Ola Berg’s sister said the offer was “admirable”.', 'admirable').speaker, 'Ola Berg’s sister');
  });
});

describe('attribution/roles: a source issued by someone, an office of someone', () => {
  it('"according to the statement issued by the ministry", "a statement released by the ministry called": the issuer speaks', () => {
    const text = 'According to the statement issued by the Bergen Port Authority, it regrets the “long delays” at the quay.\n\nA statement released by the Bergen Council called the plan “unacceptable”.';
    assert.equal(quoteStarting(text, 'long delays').speaker, 'Bergen Port Authority');
    assert.equal(quoteStarting(text, 'unacceptable').speaker, 'Bergen Council');
  });

  it('"The statement of the council reads:", "“…,” reads a statement by the council", "said a letter from Kari Moe": the author speaks', () => {
    const text = 'The statement of the Bergen Council reads: “The quay stays closed.”\n\n“Repairs start in May,” reads a statement by the Tromso Port Authority.\n\n“The ferry must run,” said a letter from Kari Moe.';
    assert.equal(quoteStarting(text, 'The quay stays').speaker, 'Bergen Council');
    assert.equal(quoteStarting(text, 'Repairs start').speaker, 'Tromso Port Authority');
    assert.equal(quoteStarting(text, 'The ferry must').speaker, 'Kari Moe');
  });

  it('"A report by the council, released on Monday, said": an aside after the source leaves its author the speaker, not the subject of what was said', () => {
    const text = 'A report by the Bergen Council, released on Monday, said the quay was “beyond repair.”\n\nA projection by the consulting firm Harbour Economics, prepared for the ferry union, predicted that fares would “double by 2030.”';
    assert.equal(quoteStarting(text, 'beyond repair').speaker, 'Bergen Council');
    assert.equal(quoteStarting(text, 'double by').speaker, 'Harbour Economics');
  });

  it('"Workers …, angry at …, said the mayor was “hiding.”": the phrase after "said" that "was" follows is the subject of what was said, not the speaker', () => {
    const text = 'Workers at the yard, angry at the closure and the new fares, said the mayor was “hiding.”';
    assert.equal(quoteStarting(text, 'hiding').speaker, 'Workers at the yard');
  });

  it('"The council’s message to the office of Mayor Ola Berg added": "of" there names the office’s holder, not the message’s author', () => {
    const text = 'The Bergen Council wrote to the mayor on Friday.\n\nThe council’s message to the office of Mayor Ola Berg added that the quay would not “stay closed for ever.”';
    assert.equal(quoteStarting(text, 'stay closed').speaker, 'Bergen Council');
  });

  it('"The Bergen Times … “…,” the editorial warns": a paper\'s editorial or article speaks for the paper named last', () => {
    const text = 'The Bergen Times looked at the ferry timetable on Monday.\n\n“If the ferries keep running late,” the editorial warns, “the islands will empty.”';
    assert.equal(quoteStarting(text, 'If the ferries').speaker, 'Bergen Times');
    const piece = 'Fishermen are angry about the new quotas, according to an opinion piece in the Tromso Post.\n\nThe article noted that the rules had been “written in a hurry.”';
    assert.equal(quoteStarting(piece, 'written in a hurry').speaker, 'Tromso Post');
  });

  it('"Ola Berg\'s office said", "the President\'s office said": a person\'s office speaks for the person', () => {
    const text = 'President Ola Berg spoke in Tromso.\n\nThe President\'s office said the plan was “a mess”.\n\nKari Moe\'s office called it “a relief”.';
    assert.equal(quoteStarting(text, 'a mess').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'a relief').speaker, 'Kari Moe');
  });
});

describe('attribution/roles: a scholar quoted unnamed in the lead', () => {
  it('"…, a Norland academic has said. ¶ …, said Ola Berg, who teaches …" and "the academic said": the scholar named next', () => {
    const text = 'BERGEN, Jan. 26 (NNA) -- The new ferry line will “bring the islands closer to town,” a Norland academic has said.\n\nThe line matters for the north, said Ola Berg, who teaches geography at the University of Bergen.\n\n“Islanders will shop in town again,” the academic said.';
    assert.equal(quoteStarting(text, 'bring the islands').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'Islanders will shop').speaker, 'Ola Berg');
  });

  it('an unnamed source who is no scholar stays unnamed: "a harbour worker said" is not the minister named next', () => {
    const text = 'BERGEN, Jan. 26 (NNA) -- The port closed early, and “nobody knows why,” a harbour worker said.\n\nMinister Ola Berg said the port would open on Monday.';
    assert.equal(quoteStarting(text, 'nobody knows why').speaker, 'harbour worker');
  });
});

describe('attribution/roles: a person named by age', () => {
  it('"CJI Ola Berg … the CJI said": the initials of the chief justice are an office, held by the judge they title', () => {
    const text = 'Court notes\n\nCJI Ola Berg spoke at the bar association’s Constitution Day function on Thursday.\n\n“Courts see more fraught cases before elections,” the CJI said.';
    assert.equal(quoteStarting(text, 'Courts see').speaker, 'Ola Berg');
  });

  it('"said the former foreign minister": a past office is an epithet for the person in focus, though the story never gave them that office', () => {
    const text = 'Bergen rally\n\nLabour Party chairman Ola Berg addressed a rally in Bergen on Saturday.\n\nBerg said the other parties were contesting the vote for their own ends.\n\n“All the problems of Bergen would be solved,” said the former foreign minister.';
    assert.equal(quoteStarting(text, 'All the problems').speaker, 'Ola Berg');
  });

  it('"The 58-year-old wrote", "said the 58-year-old": the person the story follows, like "he"', () => {
    const text = 'Ola Berg has closed the bakery he ran for decades.\n\nThe 58-year-old wrote to his customers that it was “time for a rest,” but he would still bake.\n\n“I will be back on Sundays,” said the 58-year-old.';
    assert.equal(quoteStarting(text, 'time for a rest').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'I will be back').speaker, 'Ola Berg');
  });
});

describe('attribution/roles: a member of parliament by title', () => {
  it('"According to the MP, …", "stressed the parliamentarian": the lawmaker the story follows, not a body called "MP"', () => {
    const text = 'Ola Berg visited the fish farm on Friday.\n\nHe noted that the pens were full.\n\nAccording to the MP, the salmon “grow faster each year”.\n\n“The farm needs more staff,” stressed the parliamentarian.';
    assert.equal(quoteStarting(text, 'grow faster').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'The farm needs').speaker, 'Ola Berg');
  });

  it('"Shadow health minister Ola Berg … The Labour MP said": a minister sits in parliament, so "the MP" is the minister the story follows, not a place called Sherwood', () => {
    const text = 'Shadow health minister Ola Berg visited the clinic on Friday.\n\nThe Sherwood MP said: "The wards need more staff."';
    assert.equal(quoteStarting(text, 'The wards need').speaker, 'Ola Berg');
  });

  it('"Education Minister Kari Moe … the Tralee teacher said": a town qualifying a role the story never gave her is an epithet for the person in focus, not a speaker called Tralee', () => {
    const text = 'Education Minister Kari Moe has offered advice to students sitting exams.\n\n“There is a great richness in the second path,” the Tralee teacher said.\n\n“Reach out to others.”';
    assert.equal(quoteStarting(text, 'There is a great').speaker, 'Kari Moe');
    assert.equal(quoteStarting(text, 'Reach out').speaker, 'Kari Moe');
  });

  it('"the Glasgow MSP", "the Belfast MLA": the letters of other parliaments are, like "the Sherwood MP", the member the story follows', () => {
    const text = 'Health Secretary Kari Moe visited the ward on Friday.\n\n“We need more nurses,” said the Glasgow MSP.\n\nJon Lund, the Stormont health minister, spoke next.\n\n“The beds are full,” the Belfast MLA said.';
    assert.equal(quoteStarting(text, 'We need').speaker, 'Kari Moe');
    assert.equal(quoteStarting(text, 'The beds').speaker, 'Jon Lund');
  });

  it('"Committee chairman Ola Berg … stressed the parliamentarian": a committee chair is a parliamentarian', () => {
    const text = 'Committee chairman Ola Berg visited the fish farm on Friday.\n\n“The farm needs more staff,” stressed the parliamentarian.';
    assert.equal(quoteStarting(text, 'The farm needs').speaker, 'Ola Berg');
  });
});

describe('attribution/roles: an unnamed spokesperson is credited as described', () => {
  it('"A Norland Ministry spokesperson told reporters … “…,” the Norland Ministry spokesperson said": the description, not the ministry, when nobody named holds the post', () => {
    const text = 'A Norland Ministry spokesperson told reporters that the new fee was “a fair price,” but promised a review.\n\n“We read the letter. It is a start,” the Norland Ministry spokesperson said.';
    assert.equal(quoteStarting(text, 'a fair price').speaker, 'Norland Ministry spokesperson');
    assert.equal(quoteStarting(text, 'We read the letter').speaker, 'Norland Ministry spokesperson');
  });

  it('a spokesperson the story names is still the person: "Norland Ministry spokesperson Ola Berg … the Norland Ministry spokesperson said"', () => {
    const text = 'Norland Ministry spokesperson Ola Berg spoke in Tromso on Friday.\n\n“We read the letter,” the Norland Ministry spokesperson said.';
    assert.equal(quoteStarting(text, 'We read the letter').speaker, 'Ola Berg');
  });
});

describe('attribution/roles: "the group" for a named organisation of members', () => {
  it('the group said -> the rights group named before, not a ministry', () => {
    const text = 'The Norland Interior Ministry closed the camp.\n\nNorland Rights Watch called the move "a cruel mistake," the group said.';
    assert.equal(quoteStarting(text, 'a cruel').speaker, 'Norland Rights Watch');
  });

  it('a headline\'s "Watchdog group says" looks ahead to the first group named', () => {
    const text = 'Watchdog group says camp closure is "a cruel mistake"\n\nBERGEN -- The Bergen Peace Alliance criticised the closure of the camp on Monday.';
    assert.equal(quoteStarting(text, 'a cruel').speaker, 'Bergen Peace Alliance');
  });
});

describe('attribution/roles: an issued source speaks for its issuer', () => {
  it('X issued a statement … "the statement said" -> X', () => {
    const text = 'The Norland Health Ministry on Monday issued a statement on the clinics.\n\n"No clinic will close this year," the statement said.';
    assert.equal(quoteStarting(text, 'No clinic').speaker, 'Norland Health Ministry');
  });

  it('"In a statement posted on its website, the office said" … "the statement added" -> the office; an unnamed body issues too', () => {
    const named = 'The Norland Foreign Office on Sunday said the talks had failed. In a lengthy statement posted on its website, the office said the other side was stalling. “Nobody could see progress,” the statement added.';
    assert.equal(quoteStarting(named, 'Nobody could').speaker, 'Norland Foreign Office');
    const unnamed = 'The harbour board met on Monday. In a statement, the board said the quay was safe. “No ship is at risk,” the statement said.';
    assert.equal(quoteStarting(unnamed, 'No ship').speaker, 'board');
  });

  it('"X in its statement insisted …" makes X the issuer: "the statement said" later is X, not a speaker in between', () => {
    const text = 'The Tromso Harbour Board in its Friday statement insisted the new fees were fair.\n\nFishermen\'s leader Jon Lund called the fees "daylight robbery".\n\n"Every port in Norland charges as much," the statement said.';
    assert.equal(quoteStarting(text, 'Every port').speaker, 'Tromso Harbour Board');
  });

  it('"the statement said" with no issuer named -> the last named speaker, who put it out', () => {
    const text = 'The Bergen Port Authority on Monday said it would shut the north quay until spring.\n\nFerry crews have long complained about cracks in the pier.\n\n"Heavy cargo can no longer be landed there safely," the statement said.';
    assert.equal(quoteStarting(text, 'Heavy cargo').speaker, 'Bergen Port Authority');
  });

  it('"the statement said" after an unnamed body spoke ("the junta announced …, saying") -> that body; after nobody spoke -> the body the story is about', () => {
    const junta = 'Troops surrounded the palace in Bergen.\n\nLater on Sunday the junta announced a curfew “until further notice,” saying it would meet the ministers on Monday.\n\n“Any refusal to attend will be considered a rebellion,” the statement added.';
    assert.equal(quoteStarting(junta, 'Any refusal').speaker, 'junta');
    const condemned = 'The Bergen Council has condemned the attack on the ferry and vowed to rebuild the pier.\n\n“The council will stand with the crews,” read the statement.';
    assert.equal(quoteStarting(condemned, 'The council will').speaker, 'Bergen Council');
    // (An unnamed body after a named voice is not who put the statement out: "the newspaper alleged".)
    const named = 'Ola Berg said on Monday that the story was false. The newspaper alleged that Berg had met the owners.\n\n“It is a fabrication,” the statement said.';
    assert.equal(quoteStarting(named, 'It is a fabrication').speaker, 'Ola Berg');
  });

  it('"the post said", "the advisory stated", "the tweet read" with no issuer named -> the last named speaker, who put it out', () => {
    const post = 'The Norland Army said on Sunday that its troops had cleared the road.\n\nVillagers returned to the market on Monday.\n\n“The operation will continue until the area is safe,” the post said.';
    assert.equal(quoteStarting(post, 'The operation will').speaker, 'Norland Army');
    const advisory = 'The Bergen Avalanche Center warned hikers on Tuesday that the snow was unstable.\n\nThe advisory stated that “high avalanche danger exists in the backcountry”.';
    assert.equal(quoteStarting(advisory, 'high avalanche').speaker, 'Bergen Avalanche Center');
  });

  it('"the blog published by X" … "the blog said" -> X; "A report on the board released by X in May found" -> X', () => {
    const blog = 'Senator Kari Moe said she would sue those behind the blog published by Silent Harbour.\n\n"Her loyalty is to the palace," the blog said.';
    assert.equal(quoteStarting(blog, 'Her loyalty').speaker, 'Silent Harbour');
    const report = 'A report on the harbour board released by the Bergen Audit Office in May found that "money is not spent where it is needed".';
    assert.equal(quoteStarting(report, 'money is not').speaker, 'Bergen Audit Office');
    // ("Lund said in a statement issued by his office": Lund spoke through the statement.)
    const spoke = 'Jon Lund said this in a statement issued by the Lund Media Office on Monday.\n\nLund, reacting through the statement, said: "The story is false."';
    assert.equal(quoteStarting(spoke, 'The story').speaker, 'Jon Lund');
  });

  it('"The Norland Health Ministry said … "…," a ministry statement said" -> the ministry named last', () => {
    const text = 'The Norland Health Ministry said two people were hurt.\n\n"The strikes hurt two people," a ministry statement said.';
    assert.equal(quoteStarting(text, 'The strikes').speaker, 'Norland Health Ministry');
  });

  it('X released a report that called … -> X (the source just issued is its issuer\'s voice)', () => {
    const text = 'The Bergen Peace Alliance released a report that called the camps "a disgrace."';
    assert.equal(quoteStarting(text, 'a disgrace').speaker, 'Bergen Peace Alliance');
  });
});

describe('attribution/roles: a frame closing the sentence credits it', () => {
  it('a passive verb before the quote gives way to ", the premier told …" closing the sentence (resolved to the one named further down)', () => {
    const text = 'The fishing fleet was attacked overnight with "home-made" rockets, the premier told the Bergen Herald\n\nTROMSO -- Norland Premier Kari Moe visited the harbour on Monday.';
    assert.equal(quoteStarting(text, 'home-made').speaker, 'Kari Moe');
  });

  it('a reported "X told Y …" gives way to ", the council said" closing the sentence: the council\'s account', () => {
    const text = 'Mayor Kari Moe told the harbour workers on Tuesday that night shifts would be "kept as they are" through the winter, the Tromso town council said.';
    assert.equal(quoteStarting(text, 'kept as they').speaker, 'Tromso town council');
  });
});

describe('attribution/roles: a description naming a body and a role', () => {
  it('"A Bergen Council spokesman" in the lead -> the spokesman whose title names that council further down', () => {
    const text = 'A Bergen Council spokesman on Friday called the ferry plan "a fantasy" and left the hall.\n\n"We will not pay for it," Bergen Council spokesman Jon Lund told the Bergen Herald.';
    assert.equal(quoteStarting(text, 'a fantasy').speaker, 'Jon Lund');
  });

  it('"one Bergen Council spokesman" is one of several, unnamed: the spokesman speaks as described, neither the council nor the one named later', () => {
    const text = 'One Bergen Council spokesman on Friday called the ferry plan "a fantasy" and left the hall.\n\n"We will not pay for it," Bergen Council spokesman Jon Lund told the Bergen Herald.';
    assert.equal(quoteStarting(text, 'a fantasy').speaker, 'One Bergen Council spokesman');
  });

  it('"said one harbour authority official who asked not to be named … the official said": one unnamed official, shown as described, not the body', () => {
    const text = 'The walkout came as a surprise.\n\n"To run a picket you need a permit," said one Bergen Harbour Authority official who asked not to be named.\n\n"There were no major issues," the official said.';
    assert.equal(quoteStarting(text, 'To run a picket').speaker, 'one Bergen Harbour Authority official');
    assert.equal(quoteStarting(text, 'There were no').speaker, 'one Bergen Harbour Authority official');
  });

  it('"a senior Norland Palace official said": an unnamed official of a named body speaks as described', () => {
    const text = 'Ola Berg met the envoy on Monday.\n\n"The talks went well," a senior Norland Palace official said.';
    assert.equal(quoteStarting(text, 'The talks went').speaker, 'senior Norland Palace official');
  });
});

describe('attribution/roles: a description opening the article', () => {
  it('"…," the envoy wrote, before anyone is named -> the person named first in the next sentences', () => {
    const text = '"The new rules are a farce from start to finish," the envoy wrote on his blog.\n\nJon Lund called the rules a gift to smugglers.';
    assert.equal(quoteStarting(text, 'The new rules').speaker, 'Jon Lund');
  });

  it('a description opening the story after a caption naming only one person is that person, named again next', () => {
    const text = 'Kari Moe\n\nThe leader of the Tromso fishing board on Monday brushed off the new quotas as "paper rules".\n\n"Nobody on the boats was asked," Kari Moe told the Bergen Herald.';
    assert.equal(quoteStarting(text, 'paper rules').speaker, 'Kari Moe');
  });
});

describe('attribution/roles: a journalist is not the outlet', () => {
  it('"a Bergen Herald reporter asked" -> the reporter, not the paper', () => {
    const text = 'At the briefing, a Bergen Herald reporter asked Jon Lund, "Will the ferry run in winter?"';
    assert.equal(quoteStarting(text, 'Will the ferry').speaker, 'Bergen Herald reporter');
  });
});

describe('attribution/roles: an office named by its "of"', () => {
  it('"The office of the Norland Ombudsman believes" -> the whole phrase speaks', () => {
    const text = 'The office of the Norland Ombudsman believes that such claims are "not helpful."';
    assert.equal(quoteStarting(text, 'not helpful').speaker, 'office of the Norland Ombudsman');
  });
});

describe('attribution/roles: an indefinite description the writer names next', () => {
  it('"A spokeswoman for the ministry dismissed …" then "The spokeswoman, Ann Dahl, said" -> Ann Dahl', () => {
    const text = 'Ola Berg said the ferry would run. A spokeswoman for the Norland Foreign Ministry waved the plan away as "a toy boat".\n\nThe spokeswoman, Ann Dahl, said the ministry had not been asked.';
    assert.equal(quoteStarting(text, 'a toy boat').speaker, 'Ann Dahl');
  });

  it('a spokeswoman named only paragraphs later stays a description', () => {
    const text = 'A spokeswoman for the Norland Foreign Ministry waved the plan away as "a toy boat".\n\nThe ferry has run since 1990.\n\nIt carries cars.\n\nIt carries trucks.\n\nThe spokeswoman, Ann Dahl, said the ministry had not been asked.';
    assert.notEqual(quoteStarting(text, 'a toy boat').speaker, 'Ann Dahl');
  });
});

describe('attribution/roles: the head of an office', () => {
  it('"The head of the department" after a named minister -> the minister', () => {
    const text = 'Norland Foreign Minister Ola Berg said on Monday that Bergen would reply. The head of the department accused the neighbours of trying "by any means to win."';
    assert.equal(quoteStarting(text, 'by any means').speaker, 'Ola Berg');
  });

  it('"The head of state" is the leader, not the minister named last', () => {
    const text = 'Norland President Ann Dahl arrived in Bergen. Foreign Minister Ola Berg said the talks would go on. The head of state warned of a "long winter".';
    assert.equal(quoteStarting(text, 'long winter').speaker, 'Ann Dahl');
  });
});

describe('attribution/roles: a source someone spoke in', () => {
  it('"Ola Berg said in his statement …" then "…," the statement reads -> Ola Berg', () => {
    const text = 'Norland Foreign Minister Ola Berg said in his statement that the ferry deal was dead.\n\n"We see no reason to sign it now," the statement reads.';
    assert.equal(quoteStarting(text, 'We see no reason').speaker, 'Ola Berg');
  });

  it('"said on Friday in a statement" with a time between the verb and "in"', () => {
    const text = 'The Norland Fishing Board said on Friday in a statement that quotas would fall.\n\n"The stocks are too low," the statement said.';
    assert.equal(quoteStarting(text, 'The stocks').speaker, 'Norland Fishing Board');
  });
  it('"the agency chief" is whoever leads a body, but "the NFC chief" only someone whose title names the NFC', () => {
    const text = 'Fishing agency director general Ola Berg spoke in Bergen on Monday.\n\nThe agency chief told reporters that a "good many" of the harbour towns were not ready.';
    assert.equal(quoteStarting(text, 'good many').speaker, 'Ola Berg');
    const other = 'Ann Dahl spoke in Bergen. She later wrote to Fisheries Minister Jon Lund.\n\nThe NFC chief was asked about the quotas.\n\nThe cut would be "very sad," she said.';
    assert.equal(quoteStarting(other, 'very sad').speaker, 'Ann Dahl');
  });
  it('an apposition "the spokesman for the Norland Fishing Board" gives the name its role, so "the spokesman" later is that person', () => {
    const text = 'Ola Berg, the spokesman for the Norland Fishing Board, spoke in Tromso on Monday.\n\nThe spokesman said, "Nothing will change."';
    assert.equal(quoteStarting(text, 'Nothing will').speaker, 'Ola Berg');
  });
});

describe('attribution/roles: a press office speaks for its body', () => {
  it('"the ministry’s press service said", "the press service of the ministry said" -> the ministry named before', () => {
    const possessive = 'The Norland Foreign Ministry said on Friday it would respond.\n\n“We will not leave this without an answer,” the ministry’s press service said.';
    assert.equal(quoteStarting(possessive, 'We will not').speaker, 'Norland Foreign Ministry');
    const of = 'The Norland Foreign Ministry said on Friday it would respond.\n\n“We will not leave this without an answer,” the press service of the ministry said.';
    assert.equal(quoteStarting(of, 'We will not').speaker, 'Norland Foreign Ministry');
  });

  it('"the ministry’s statement said", "Berg’s letter says" -> the owner of the source', () => {
    const ministry = 'The Norland Foreign Ministry said on Friday it would respond.\n\nThe ministry’s statement said Bergen would “not be spoken to in that tone.”';
    assert.equal(quoteStarting(ministry, 'not be spoken').speaker, 'Norland Foreign Ministry');
    const letter = 'Mayor Ola Berg wrote to the council on Friday. Berg’s letter says the ferry is “a lifeline.”';
    assert.equal(quoteStarting(letter, 'a lifeline').speaker, 'Ola Berg');
  });

  it('"the Gazeta article claimed" -> Gazeta, the name before the source noun; "she" later is not that outlet', () => {
    const text = 'Mayor Kari Moe spoke on Monday. The Gazeta article claimed the ferry would “stop by May”. She called the report “fiction”.';
    assert.equal(quoteStarting(text, 'stop by May').speaker, 'Gazeta');
    assert.equal(quoteStarting(text, 'fiction').speaker, 'Kari Moe');
  });

  it('"a statement from the ministry said" -> the ministry; "the ministry’s letter to Mayor Berg said" -> the ministry, not the addressee', () => {
    const from = 'A statement from the Norland Foreign Ministry said the port would “close soon”.';
    assert.equal(quoteStarting(from, 'close soon').speaker, 'Norland Foreign Ministry');
    const to = 'The Norland Foreign Ministry answered on Monday. The ministry’s letter to Mayor Ola Berg said the port would “close soon”.';
    assert.equal(quoteStarting(to, 'close soon').speaker, 'Norland Foreign Ministry');
  });

  it('"his memo says", "her letter reads" -> the person the possessive pronoun stands for', () => {
    const text = 'Harbour chief Ann Dahl wrote to the staff on Monday. Her memo to the crews says the port will “close soon”.';
    assert.equal(quoteStarting(text, 'close soon').speaker, 'Ann Dahl');
  });
});

describe('attribution/roles: an unnamed speaker is shown by its fullest description', () => {
  it('"The notice by an official at the Bergen water board did not mention … the official said": the role as it was introduced, up to its verb', () => {
    const text = 'The notice by an official at the Bergen water board did not mention the cost.\n\n“The pipes will be replaced by June,” the official said.';
    assert.equal(quoteStarting(text, 'The pipes will').speaker, 'official at the Bergen water board');
  });

  it('"a spokesman for the Bergen harbour board said" … "the spokesman said" -> one speaker, "spokesman for the Bergen harbour board"', () => {
    const text = '“We condemn these attacks,” a spokesman for the Bergen harbour board said in a statement on Friday. “The quay is safe,” the spokesman said.';
    assert.equal(quoteStarting(text, 'We condemn').speaker, 'spokesman for the Bergen harbour board');
    assert.equal(quoteStarting(text, 'The quay').speaker, 'spokesman for the Bergen harbour board');
    const chained = '“It is important,” said a marketing manager at a small radio station in Tromso with many listeners.';
    assert.equal(quoteStarting(chained, 'It is important').speaker, 'marketing manager at a small radio station in Tromso');
  });

  it('a capitalised title set off from the name by a comma ("by Norland Harbour Agency Director, Ola Berg") is still the name\'s: "the Agency\'s Director" is Berg', () => {
    const text = [
      'The warning came in a speech by Norland Harbour Agency Director, Ola Berg.',
      'Speaking in Bergen on Monday, the Agency’s Director made the case for new locks, saying that “the old ones will fail.”',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'the old ones').speaker, 'Ola Berg');
  });

  it('a relative described by kin ("the sister of leader Ola Berg") is the next person named for the first time with the family name, never a stranger named next', () => {
    const text = [
      'BERGEN -- The outspoken sister of Bergen mayor Ola Berg on Tuesday said Tromso had been “generous” to send pumps after the flood.',
      'Kari Berg’s comments, printed in the Bergen Herald, followed a week of rain.',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'generous').speaker, 'Kari Berg');
    const stranger = 'The sister of the young sailor said she was “heartbroken” by the loss.\n\nPolice chief Ann Dahl said the search would go on.';
    assert.notEqual(quoteStarting(stranger, 'heartbroken').speaker, 'Ann Dahl');
  });

  it('a description whose sentence tells its gender ("the president said she …", "… buys herself time") is the recent holder of that gender', () => {
    const text = [
      'President Kari Moe of Norland spoke on Monday. She said Bergen had put new fees on Norland goods, after Bergen President Ola Berg signed the order.',
      'The president said she would answer on Sunday: “Prices will rise.”',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'Prices will rise').speaker, 'Kari Moe');
  });

  it('a source credited "by" someone described ("A notice by a spokesman for the Tromso port office did not explain why …") is who "the spokesman" means later, shown by that description', () => {
    const text = 'Tromso closed the ferry route on Monday. A notice by a spokesman for the Tromso port office did not explain why.\n\n“The route will reopen when the ice clears,” the spokesman said.';
    assert.equal(quoteStarting(text, 'The route will').speaker, 'spokesman for the Tromso port office');
  });

  it('a description naming a country is not a holder from another: "Norway’s energy minister" after "Swedish Energy Minister Kari Moe"', () => {
    const lead = [
      'Oil group ‘only a phone call away’',
      'Norway’s energy minister said on Monday that the oil group was “only a phone call away.”',
      'Ola Berg told an industry event in Bergen that the group can always be trusted. “We are only a phone call away if needed,” he said.',
      'Demand is rising, Swedish Energy Minister Kari Moe said at the same event.',
    ].join('\n\n');
    assert.equal(quoteStarting(lead, 'only a phone call away.').speaker, 'Ola Berg');
    // A country and its adjective are one country: "Norway’s" is the Norwegian minister, "France’s" the French one.
    const adjective = 'Norwegian Energy Minister Ola Berg spoke in Bergen. Swedish Energy Minister Kari Moe spoke after him.\n\nNorway’s energy minister said the group was “only a phone call away.”';
    assert.equal(quoteStarting(adjective, 'only a phone').speaker, 'Ola Berg');
    const irregular = 'French Foreign Minister Ada Lund met her Swedish counterpart Eva Holm on Monday.\n\nFrance’s foreign minister said the talks were “useful.”';
    assert.equal(quoteStarting(irregular, 'useful').speaker, 'Ada Lund');
  });

  it('"the presidency" is an office that speaks: "…,” the Norwegian presidency says in a statement. “…,” it adds.', () => {
    const text = 'Norway and Sweden hold talks\n\nIn Oslo, Berg and Moe “discussed the escalation in the region,” the Norwegian presidency says in a statement.\n\n“The two leaders discussed the best ways to protect civilians,” it adds.';
    assert.equal(quoteStarting(text, 'discussed the escalation').speaker, 'Norwegian presidency');
    assert.equal(quoteStarting(text, 'The two leaders').speaker, 'Norwegian presidency');
  });

  it('"the NDP leader" is the person the story is about, not the party: "Ola Berg spoke … He hoped … "…," the AL leader warned"', () => {
    const text = 'Norland election heats up\n\nInformation Minister Ola Berg spoke to reporters. He hoped that the NDP would behave.\n\n"No arson attacks by the NDP will be allowed," the AL leader warned.';
    assert.equal(quoteStarting(text, 'No arson').speaker, 'Ola Berg');
  });
  it('a role qualified by a body or a place ("the Bergen Vikings head coach", "the Tromso MP") is the person the story is about, not the body', () => {
    const text = 'Coach regrets words\n\nSiv Dahl admitted on Wednesday that she had chosen the wrong words.\n\n"I used some of the wrong words," the Bergen Vikings head coach told reporters.\n\n"We have elite players," the head coach said.';
    assert.equal(quoteStarting(text, 'I used').speaker, 'Siv Dahl');
    assert.equal(quoteStarting(text, 'We have').speaker, 'Siv Dahl');
    const mp = 'Lockdown row\n\nMr Lund said the prime minister had apologised.\n\nThe Tromso MP said: "Clearly people were having a drink."';
    assert.equal(quoteStarting(mp, 'Clearly').speaker, 'Lund');
    // (A relation to a named person is not that person: "Berg’s campaign manager" works for Berg.)
    const manager = 'Primary results\n\nAnn Moe won Delaware, proving she is not just a “regional” candidate, as Berg’s campaign manager suggested.';
    assert.notEqual(quoteStarting(manager, 'regional').speaker, 'Ann Moe');
  });
  it('a role after a body\'s name ("the Fed Chair said") is that body\'s officer, the person the story is about, not the body', () => {
    const text = 'Rates on hold\n\nFederal Reserve Chair Ola Berg spoke on Wednesday.\n\nThe fight against inflation has a long way to go, she added.\n\n"We want to see convincing evidence," the Fed Chair said.';
    assert.equal(quoteStarting(text, 'We want').speaker, 'Ola Berg');
  });
  it('"the Health Minister" nobody holds is the last person in the story who may hold it, past a person with another role in between', () => {
    const text = 'Waiting lists\n\nHospitals must cut waiting times, Andrew Lund says. Siv Dahl, the Norland Nurses Organisation president, said nurses were tired.\n\n"I expect a national review of all waiting lists," the Health Minister said on Wednesday.';
    assert.equal(quoteStarting(text, 'I expect').speaker, 'Andrew Lund');
    // (Someone known only by a name that may be a place or a body is no candidate.)
    const place = 'Waiting lists\n\nHospitals in Tromso must cut waiting times. Siv Dahl, the Norland Nurses Organisation president, said nurses were tired.\n\n"I expect a national review," the Health Minister said.';
    assert.equal(quoteStarting(place, 'I expect').speaker, 'Health Minister');
  });
  it('a chairperson is a role like a chairman: "the Chairperson of the Accounts Committee, Ola Berg, said", "Bergen chairperson Siv Dahl"', () => {
    const text = 'Training college row\n\nOn the same programme, the Chairperson of the Public Accounts Committee Norland Party’s Ola Berg said they had received the report.\n\n“The key question is whether there was a loss to the taxpayer.”';
    assert.equal(quoteStarting(text, 'The key question').speaker, 'Ola Berg');
    const party = 'Party rallies\n\nResponding to the plans, NDP Bergen chairperson Siv Dahl came out swinging. “You cannot intimidate us,” she said.';
    assert.equal(quoteStarting(party, 'You cannot').speaker, 'Siv Dahl');
  });
  it('an epithet ("the telecom czar", "the shipping magnate") fits the person in focus whatever their office, but not a bare name that may be a firm', () => {
    const text = 'Tariff war\n\n"All those things need to be done," Nordtel Chairman Ola Berg told reporters.\n\nBerg, who is also the Chairman of the industry body, said the industry will not need an auction.\n\nThe Norwegian telecom czar said Nordtel Bergen’s balance sheet remains "healthy and strong".';
    assert.equal(quoteStarting(text, 'healthy and strong').speaker, 'Ola Berg');
  });
  it('a performer\'s epithet ("the rapper", "the former Masterchef winner", "the Bergen Nights star") is the person in focus', () => {
    const text = 'Jon Lund is back. He told the magazine a week after his wedding that the album was done. The rapper said that he did have "a single" ready.';
    assert.equal(quoteStarting(text, 'a single').speaker, 'Jon Lund');
    const chef = 'Ola Berg, who owns the Bergen Arms, told the paper the news had made him cry. The former Masterchef winner added: "I have an amazing team."';
    assert.equal(quoteStarting(chef, 'I have an').speaker, 'Ola Berg');
    const star = 'Kari Moe won again on Sunday. "It is never bad to win," said the Bergen Nights star, who has seven awards.';
    assert.equal(quoteStarting(star, 'It is never').speaker, 'Kari Moe');
  });
  it('a family speaks as itself, not as the person it mourns: "the family wrote", "with his family calling him a “hero”"', () => {
    const text = 'Ola Berg died on Monday. In 2015 he fought back from illness to appear in the film.\n\n"He put his heart and soul into the role," the family wrote.';
    assert.equal(quoteStarting(text, 'He put his').speaker, 'family');
    const hero = 'Jon Lund drowned trying to save two children, police said, with his family calling him a "hero".';
    assert.equal(quoteStarting(hero, 'hero').speaker, 'his family');
  });
  it('"the party" is the party named last, though its name says "Congress" or "Alliance" or it goes by its letters', () => {
    const text = 'Party studies ruling\n\nNNC secretary-general Ola Berg confirmed that the leaders would decide.\n\nThe NNC is not saying much, save that it is still studying the judgment.\n\n“We reaffirm our full confidence in the judiciary,” the party said in a statement.';
    assert.equal(quoteStarting(text, 'We reaffirm').speaker, 'NNC');
    const alliance = 'Arrests spark bickering\n\nThe Norland Democratic Alliance on Friday called on prosecutors to apologize.\n\n“The prosecution has publicized unconfirmed allegations,” the party said.';
    assert.equal(quoteStarting(alliance, 'The prosecution has').speaker, 'Norland Democratic Alliance');
  });
  it('a judge titled "Mr Justice" is "the judge" and "the Chief Justice" of the rest of the story, not the court', () => {
    const text = 'Judge seeks tough line\n\nArmed burglars must be stopped, a High Court judge has declared.\n\nMr Justice Lund set out his approach after hearing a bail application.\n\nThe judge said: "If the law is not going to act, society falls apart."';
    assert.equal(quoteStarting(text, 'If the law').speaker, 'Lund');
    const chief = 'Courts and the press\n\nThe Chief Justice, Mr Justice Berg, criticised applications to abort trials.\n\nMr Justice Berg said such applications were common. The Chief Justice said judges had shown "a distinct lack of faith" in juries.';
    assert.equal(quoteStarting(chief, 'a distinct lack').speaker, 'Berg');
  });
  it('a role phrase opening a sentence without an article names the person after its comma ("Saudi oil minister, Prince Ola Berg, appeared"; "Minister for Information KPK, Jon Lund said"), past a rank of birth', () => {
    const text = 'Oil talks\n\nNorwegian oil minister, Prince Ola Berg, appeared in video clips.\n\nThe Norwegian minister added: “You talked about Russia.”';
    assert.equal(quoteStarting(text, 'You talked').speaker, 'Ola Berg');
    const office = 'Talks\n\nMinister for Information KPK, Jon Lund said the state would hold.\n\nThe minister asked: “Who attacked the post?”';
    assert.equal(quoteStarting(office, 'Who attacked').speaker, 'Jon Lund');
    // (A name in the opening phrase is someone else: "Committee Chairman Rep. Ola Berg, R-Utah, said".)
    const chair = 'Hearing\n\nCommittee Chairman Rep. Ola Berg, R-Utah, said the hearing would start. “There is no reason to wait,” he said.';
    assert.equal(quoteStarting(chair, 'There is no').speaker, 'Ola Berg');
  });
  it('"the Taoiseach", "the Tánaiste" and "the emir" are offices held by the person named with them', () => {
    const text = 'Dublin row\n\nTaoiseach Ola Byrne spoke in the Dáil on Tuesday.\n\nThe Taoiseach said the broadcaster could have “a chilling effect on democracy”.';
    assert.equal(quoteStarting(text, 'a chilling').speaker, 'Ola Byrne');
    const emir = 'Gulf row\n\nThe agency cited Emir Sheikh Jon bin Ola Al Berg as criticizing the tensions.\n\n“There is no wisdom in hostility,” the Norlandic emir was quoted as saying.';
    assert.equal(quoteStarting(emir, 'There is no').speaker, 'Jon bin Ola Al Berg');
  });
  it('a leader of a one-word body the lexicon does not know ("The Storting leader called …") is the person the story is about, not the body', () => {
    const text = 'Early finish\n\nKari Moe said the accusation was unfair to the Storting.\n\nThe Storting leader called the accusation ‘extremely offensive’.';
    assert.equal(quoteStarting(text, 'extremely offensive').speaker, 'Kari Moe');
  });
  it('an imperative opening a sentence ("Take, for example, Tromso Mining CEO Ola Berg, who …") is no name', () => {
    const text = 'Calls of the year\n\nTake, for example, Tromso Mining CEO Ola Berg, who unloaded on analysts, saying that some “can’t read numbers.”';
    assert.equal(quoteStarting(text, 'can’t read').speaker, 'Ola Berg');
  });
  it('an office written as initials ("the PM said", "the CM said", "the FM told") is the holder of the office spelled out before it', () => {
    const text = 'Prime Minister Jon Smith toured the flood zone on Monday with Chief Minister Ola Berg.\n\n"The polls will be held on time," the CM said. "The budget is safe," the PM said.\n\nForeign Minister Kari Lund was also there. "Aid is coming," the FM told reporters.';
    assert.equal(quoteStarting(text, 'The polls').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'The budget').speaker, 'Jon Smith');
    assert.equal(quoteStarting(text, 'Aid is').speaker, 'Kari Lund');
    // (Kenya's cabinet secretaries: "the CS" is one person, not a plural.)
    const cs = 'Bandits flee\n\nInterior Cabinet Secretary Per Moe said the bandits had fled.\n\n"We gave the notice after getting intelligence," the CS said.';
    assert.equal(quoteStarting(cs, 'We gave').speaker, 'Per Moe');
  });

  it('an office\'s initials before a name ("CM Ola Berg") make "the chief minister" that person', () => {
    const text = 'Rains flood the delta\n\nThe water reached the barrage on Sunday, according to CM Ola Berg.\n\nThe chief minister also recalled the floods of 2007, in which "many people" lost their lives.';
    assert.equal(quoteStarting(text, 'many people').speaker, 'Ola Berg');
  });

  it('"the company" is a firm named as one ("Nordsol Energy Ltd") before a nearer bare name, and never a name after "in" ("signed in Tromso")', () => {
    const text = 'Solar deal\n\nNordsol Energy Ltd has signed a deal with the Tromso government for a solar plant, the company said in a statement. The deal was signed in Bodo.\n\n"The project will start in 2015," the company said.';
    assert.equal(quoteStarting(text, 'The project').speaker, 'Nordsol Energy Ltd');
  });
  it('"the company" is the firm last named when its name does not say "company" ("Nordlys plans …, what the company is calling …"), and "it" then stands for the firm; "that company" is not', () => {
    const text = 'Phones for the US\n\nNordlys plans to launch a smartphone in the US, what the company is calling a "more innovative" phone.\n\n"We are ready," the company said. It added: "Prices will fall."';
    assert.equal(quoteStarting(text, 'more innovative').speaker, 'Nordlys');
    assert.equal(quoteStarting(text, 'We are ready').speaker, 'Nordlys');
    assert.equal(quoteStarting(text, 'Prices will').speaker, 'Nordlys');
    const that = 'Funds for savers\n\nMayor Ola Berg backed Nordlys last year. He later recommended a firm best known for index funds. That company is owned by its funds.\n\n"Just put your money there," he said.';
    assert.equal(quoteStarting(that, 'Just put').speaker, 'Ola Berg');
  });

  it('"the prime minister" is not someone named as a former one ("former prime minister Jon Lund"); "the former prime minister" is', () => {
    const text = 'Press talk row\n\nPrime Minister Ola Berg met reporters on Monday to discuss former prime minister Jon Lund\'s statements in an interview.\n\n"The impression that there was a blackout is wrong," said the prime minister.\n\n"I was misreported," said the former prime minister.';
    assert.equal(quoteStarting(text, 'The impression').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'I was misreported').speaker, 'Jon Lund');
  });

  it('"the Norland Labour Party president" is no later-named leader of another body ("Centre Party leader Kari Moe")', () => {
    const text = 'Coalition deal\n\nPrime Minister Ola Berg spoke in a hoarse voice on Monday.\n\n“We hear the criticism,” the Norland Labour Party president said after the vote.\n\nThe coalition deal that Berg and Centre Party leader Kari Moe signed on Monday is short.';
    assert.equal(quoteStarting(text, 'We hear').speaker, 'Ola Berg');
  });

  it('"the prime minister" is not the last minister named for another office ("Immigration Minister Jon Lund"); a bare "Minister" title may be any', () => {
    const text = 'Boat arrivals\n\nImmigration Minister Jon Lund said there was room on the island.\n\nA tough-talking Ola Berg has warned voters about boat arrivals.\n\nThe prime minister vowed none of the asylum seekers would settle here.\n\n“We cannot be misty-eyed about this,” he told reporters in Bergen.';
    assert.equal(quoteStarting(text, 'We cannot').speaker, 'Ola Berg');
    const spelled = 'Talks\n\nU.S. Defense Secretary Ola Berg and NATO Secretary-General Jon Lund brief the media in Brussels.\n\nBRUSSELS President Kari Moe\'s defence secretary told allies they must not "waver" in their support.';
    assert.equal(quoteStarting(spelled, 'waver').speaker, 'Ola Berg');
  });

  it('an epithet ("the leftist leader", "the veterinary technician") is the person the story follows, even with another role; a noun modifier ("the city attorney") is not', () => {
    const leader = 'Vote count\n\nPresidential candidate Ola Berg admitted defeat on Thursday.\n\nBerg said there were violations during the vote.\n\n“I will not take any post,” the leftist leader said.';
    assert.equal(quoteStarting(leader, 'I will not').speaker, 'Ola Berg');
    const technician = 'At the border\n\nVolunteer Kari Moe was handing out jackets at the crossing.\n\n"Some have arrived with nothing," said the veterinary technician who left her home to help.';
    assert.equal(quoteStarting(technician, 'Some have').speaker, 'Kari Moe');
    const attorney = 'Council row\n\nCouncillor Jon Lund asked about the contract.\n\n“The contract is lawful,” the city attorney responded.';
    assert.notEqual(quoteStarting(attorney, 'The contract').speaker, 'Jon Lund');
  });
});

