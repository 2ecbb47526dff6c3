// How far a name reaches and what it names: one test per rule of entities.ts and the files
// it calls on, with invented sentences.
import assert from 'node:assert/strict';
import { quoteStarting, quoteTexts } from './helpers';

describe('attribution/names: the extent and kind of names', () => {
  it('a known place opening a sentence before a time phrase is a name: "France on Monday called the strike “…”"', () => {
    const text = 'The ferry strike spread to three ports.\n\nFrance on Monday called the strike “a blockade.”';
    assert.equal(quoteStarting(text, 'a blockade').speaker, 'France');
  });

  it('"General" before an event is the adjective, not a rank: "for Norland\'s 13th General Election and opposition leader Ola Berg said"', () => {
    const text = 'OSLO - Six days to go for Norland\'s 13th General Election and opposition leader Ola Berg said he is hopeful after a "resounding" turnout.\n\n"We are ready," he said.';
    assert.equal(quoteStarting(text, 'resounding').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'We are ready').speaker, 'Ola Berg');
  });

  it('a line of a capital and one lower-case word is a section heading: "Key quotes" names nobody', () => {
    const text = 'The bank kept its rates. Governor Kari Moe is taking questions from the press.\n\nKey quotes\n\n"We will look at how we measure inflation."\n\n"I am concerned about low rates."';
    assert.equal(quoteStarting(text, 'We will look').speaker, 'Kari Moe');
    assert.equal(quoteStarting(text, 'I am concerned').speaker, 'Kari Moe');
  });

  it('a weekday\'s short form ending a name before its speech verb is part of it: "“…,” startup CEO Kim Hyun Sun said"', () => {
    const text = 'Startups abroad\n\nThe experts said training matters. “I joined a global startup program,” startup Do More CEO Kim Hyun Sun said.';
    assert.equal(quoteStarting(text, 'I joined').speaker, 'Kim Hyun Sun');
  });

  it('a lone capital before a number labels a district or a sum, never a person: "Ward 8 Coun. Courtney Walcott … he said"', () => {
    const text = 'Zoning vote\n\nWard 8 Coun. Courtney Walcott had a response to criticism that housing is not the job of city council.\n“The land use bylaw is ours,” he said.';
    assert.equal(quoteStarting(text, 'The land use').speaker, 'Courtney Walcott');
  });

  it('a long title before a name with particles keeps the whole name: "Minister of Foreign Affairs HE Sheikh Ola bin Jon bin Kari Al Berg"', () => {
    const text = 'Norland reviews its role: PM\n\nPrime Minister and Minister of Foreign Affairs HE Sheikh Ola bin Jon bin Kari Al Berg said the talks were at a delicate stage.\n\n“We have seen a misuse of this mediation,” he said.';
    assert.equal(quoteStarting(text, 'We have seen').speaker, 'Ola bin Jon bin Kari Al Berg');
  });

  it('two titles joined by "and" are one person\'s: "Norland State Councilor and Foreign Minister Ola Berg … met …, saying"', () => {
    const text = 'Norland state councilor meets Swedish envoy\n\nNorland State Councilor and Foreign Minister Ola Berg meets with visiting envoy Jon Lund in Bergen, Oct. 8.\n\nBERGEN, Oct. 8 -- Norland State Councilor and Foreign Minister Ola Berg on Monday met with visiting envoy Jon Lund, saying that both sides should "follow the right path."';
    assert.equal(quoteStarting(text, 'follow the right').speaker, 'Ola Berg');
  });

  it('"Brig." is a title with its period: "Air Defence Force commander Brig. Gen. Ola Berg" is the commander', () => {
    const text = 'Norland air defence chief warns\n\nNorland Air Defence Force commander Brig. Gen. Ola Berg has urged adversaries to keep their distance.\n\n“We are warning the enemy,” the commander said.';
    assert.equal(quoteStarting(text, 'We are warning').speaker, 'Ola Berg');
  });

  it('an unnamed partisan is the speaker, place and all: "said a New Mexico Democrat", "one Republican told"', () => {
    const text = 'The vote is close in the new districts.\n\n“The gap is too wide,” said a New Mexico Democrat.\n\n“We can still win,” one Republican told reporters.';
    assert.equal(quoteStarting(text, 'The gap').speaker, 'New Mexico Democrat');
    assert.equal(quoteStarting(text, 'We can').speaker, 'Republican');
  });

  it('a country named in two words is a place: "North Korea said", "Hong Kong" is no person called "Korea" or "Kong" whom "he" could mean', () => {
    const text = 'North Korea said on Friday it would “never give up” its weapons. Hong Kong officials met Ola Berg. He called the talks “useful”.';
    assert.equal(quoteStarting(text, 'never give up').speaker, 'North Korea');
    assert.equal(quoteStarting(text, 'useful').speaker, 'Ola Berg');
  });

  it('places joined by a hyphen ("China-US", "Russia-Ukraine") modify a noun and are nobody "he" could mean', () => {
    const text = 'Ola Berg met the press in Tromso. The China-US exchanges reached five million last year.\n\n“We must talk more,” he said.';
    assert.equal(quoteStarting(text, 'We must talk').speaker, 'Ola Berg');
  });

  it('a nationality\'s combining form before a hyphen ("the Anglo-Australian miner", "Franco-German") is a nationality, not a name the CEO belongs to', () => {
    const text = 'Mining results\n\nNordgas chief executive Ola Berg has poured cold water on fears.\n\nSpeaking after the results, the Anglo-Australian miner’s CEO said he did not think so.\n\n“The best place for iron ore is the north,” he said.';
    assert.equal(quoteStarting(text, 'The best place').speaker, 'Ola Berg');
  });
  it('a compound with a lower-case part after its hyphen ("Anti-war", "Dahl-inspired", "Clock-gray") is an ordinary word, nobody "he" could be', () => {
    const text = 'Ola Berg leads the group in Tromso.\n\nAnti-war groups marched there on Friday.\n\n“We want peace,” he said.';
    assert.equal(quoteStarting(text, 'We want peace').speaker, 'Ola Berg');
    const inside = 'Ola Berg runs the market in Tromso.\n\nThe Dahl-inspired nets sold out by noon.\n\n“The port is open,” he said.';
    assert.equal(quoteStarting(inside, 'The port is open').speaker, 'Ola Berg');
  });

  it('the place of a diplomat\'s posting is no part of the name after it: "Norway\'s Ambassador to Sweden Ola Berg … the ambassador told"', () => {
    const text = 'Norway’s Ambassador to Sweden Ola Berg opened the book fair in Malmo, Berg said on Wednesday.\n\n“Readers here love our crime novels,” the ambassador told the paper.';
    const quote = quoteStarting(text, 'Readers here love');
    assert.equal(quote.speaker, 'Ola Berg');
  });

  it('"President of Norway Ola Berg": the title\'s place comes before the name, and "the head of state" and "the president" are Ola Berg', () => {
    const text = 'President of Norway Ola Berg made a statement on Friday.\n\n«It is hard for our citizens,» the head of state wrote.\n\nToday «peace has come», the president said.';
    assert.equal(quoteStarting(text, 'It is hard').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'peace has come').speaker, 'Ola Berg');
  });

  it('a group\'s possessive runs on inside a body\'s name: "the Democratic People\'s Republic of Norland", "the Workers\' Party"', () => {
    const text = 'The Democratic People\'s Republic of Norland said on Monday that the new bridge was "a gift to both banks".\n\n"It opens in spring," it said.\n\nThe Workers\' Party of Norland called the plan "a mess".';
    assert.equal(quoteStarting(text, 'a gift to both banks').speaker, 'Democratic People\'s Republic of Norland');
    assert.equal(quoteStarting(text, 'It opens in spring').speaker, 'Democratic People\'s Republic of Norland');
    assert.equal(quoteStarting(text, 'a mess').speaker, 'Workers\' Party of Norland');
  });

  it('"The Head of State called …": the capitalized title is the leader in focus, nobody named "Head" (but "Tom Head" is a name)', () => {
    const text = 'President Ola Berg opened the ski season in Tromso.\n\n«The snow came early this year,» the Head of State said.\n\nTom Head said the plan was “a mess”.';
    assert.equal(quoteStarting(text, 'The snow came early').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'a mess').speaker, 'Tom Head');
  });

  it('"President of the United States Ola Berg": a title, "of the" and a country come before the name', () => {
    const text = 'President of the United States Ola Berg said the deal was “great”.';
    assert.equal(quoteStarting(text, 'great').speaker, 'Ola Berg');
  });

  it('a body\'s name runs on through "of the": "the Ministry of Fisheries of the Norland Republic said … the ministry added"', () => {
    const text = 'The Ministry of Fisheries of the Norland Republic said the cod quota was “fair to every boat”.\n\n“It stays until autumn,” the ministry added.\n\nOla Berg of the Bergen Council called it “a relief”.';
    assert.equal(quoteStarting(text, 'fair to every boat').speaker, 'Ministry of Fisheries of the Norland Republic');
    assert.equal(quoteStarting(text, 'It stays until autumn').speaker, 'Ministry of Fisheries of the Norland Republic');
    assert.equal(quoteStarting(text, 'a relief').speaker, 'Ola Berg');
  });

  it('"Further, he warned …": a sentence adverb opening a sentence is no name', () => {
    const text = 'Ola Berg spoke in Tromso.\n\nFurther, he warned the board that the quay was “falling apart.”';
    assert.equal(quoteStarting(text, 'falling apart').speaker, 'Ola Berg');
  });

  it('a nationality from anywhere in the world is no name: "the Senegalese diplomat said", "the Kyrgyz envoy added"', () => {
    const text = 'The talks in Geneva ended late. “We must talk again,” the Senegalese diplomat said. “Soon,” the Kyrgyz envoy added.';
    assert.equal(quoteStarting(text, 'We must').speaker, 'Senegalese diplomat');
    assert.equal(quoteStarting(text, 'Soon').speaker, 'Kyrgyz envoy');
  });

  it('a capitalized "Aide" or "Adviser" before a name is a title, not part of the name: "Harbour Aide Ola Berg said"', () => {
    const text = 'The date of the talks is open, Harbour Aide Ola Berg said on Monday. "Nothing is planned," the aide added.';
    assert.equal(quoteStarting(text, 'Nothing').speaker, 'Ola Berg');
  });

  it('"New" before another capital opens a name: "reported by The New York Times" names the New York Times', () => {
    const text = 'The audit came out on Monday.\n\nThe fund called the loan a “paperwork error,” The New York Times reported.';
    assert.equal(quoteStarting(text, 'paperwork').speaker, 'New York Times');
  });

  it('"for" and "and" inside an organisation\'s name: "the Institute for Coastal and Marine Research said"', () => {
    const text = 'The tests went on.\n\n"Nothing has changed," the Institute for Coastal and Marine Research said.\n\n"It is done," the Department of Fisheries and Coastal Affairs said.';
    assert.equal(quoteStarting(text, 'Nothing').speaker, 'Institute for Coastal and Marine Research');
    assert.equal(quoteStarting(text, 'It is done').speaker, 'Department of Fisheries and Coastal Affairs');
  });

  it('an -ing form opening a sentence before a name is a verb: "Celebrating Maria Holm …" names Maria Holm', () => {
    const text = 'Mayor Maria Holm spoke last.\n\nCelebrating Maria Holm turned into a “huge” party in the square.';
    assert.equal(quoteStarting(text, 'huge').speaker, 'Maria Holm');
  });

  it('a title word ending a name after a given name or an initial is the surname: "Representative Ola T. King"', () => {
    const text = 'The vote was close.\n\n"We will win," said Representative Ola T. King, a Liberal from Bergen.';
    assert.equal(quoteStarting(text, 'We will win').speaker, 'Ola T. King');
  });

  it('a number opening a sentence is no name: "Two weeks after …, she said" is not spoken by "Two"', () => {
    const text = 'Mayor Maria Holm met the press.\n\nTwo days after Holm walked out of a council meeting, she said, “Enough of these stories.”';
    assert.equal(quoteStarting(text, 'Enough of these').speaker, 'Maria Holm');
  });

  it('a participle opening a sentence right before a quotation is no name: "Written “…,” the statement …"', () => {
    const text = 'The group adopted the Harbour Statement in 1960.\n\nWritten “at this time of moral crisis,” the statement is a short summary of its ideas.';
    assert.equal(quoteStarting(text, 'at this time').speaker, 'statement');
  });

  it('after a comma the partisan label describes the name before it: "Ola Berg, a Tampa Republican, said"', () => {
    const text = 'Ola Berg, a Tampa Republican, said the bill was “a disgrace to the state.”';
    assert.equal(quoteStarting(text, 'a disgrace').speaker, 'Ola Berg');
  });

  it('"of" inside a capitalized title is not a preposition: "Speaker of the House Ola Berg said"', () => {
    const text = 'The session ran late. Speaker of the House Ola Berg said the bill was “dead on arrival.”';
    assert.equal(quoteStarting(text, 'dead on').speaker, 'Ola Berg');
  });

  it('abbreviated police ranks are titles: "said bureau chief Sr. Comr. Kari Lund" names Lund, not the force before the role', () => {
    const text = '"Their roles are still being investigated," said Bergen Police operational bureau chief Sr. Comr. Kari Lund, as quoted by the Herald.';
    assert.equal(quoteStarting(text, 'Their roles').speaker, 'Kari Lund');
    const after = '"We hope people will avoid crowds," National Police spokesman Sr. Comr. Ola Berg said in a statement on Friday.';
    assert.equal(quoteStarting(after, 'We hope').speaker, 'Ola Berg');
  });

  it('a capitalized title right before the name ends the title too: "Office of Civil Defense Administrator Ola Berg said"', () => {
    const text = 'There was “extensive” damage, Office of Civil Defense Administrator Undersecretary Ola Berg said.';
    assert.equal(quoteStarting(text, 'extensive').speaker, 'Ola Berg');
  });

  it('a title that is also a family name ends a name: "said lawmaker Haleem Adil Sheikh" is one person, and "Sheikh" later is him', () => {
    const text = '“Only the army came,” said lawmaker Haleem Adil Sheikh, who visited the villages.\n\nSheikh said the villagers had to climb trees. “They were crying for help,” he said.';
    assert.equal(quoteStarting(text, 'Only the army').speaker, 'Haleem Adil Sheikh');
    assert.equal(quoteStarting(text, 'They were crying').speaker, 'Haleem Adil Sheikh');
    // Before a name, the same word is still a title.
    assert.equal(quoteStarting('“Only the army came,” said Sheikh Abdullah bin Zayed.', 'Only the army').speaker, 'Abdullah bin Zayed');
  });

  it('a lower-case role before the name ends the title: "Ministry of Health spokesman Ola Berg said" names Berg, not the ministry', () => {
    const text = 'There was “extensive” damage, Ministry of Health spokesman Ola Berg said.';
    assert.equal(quoteStarting(text, 'extensive').speaker, 'Ola Berg');
    const professor = 'University of Tromso professor Kari Lund said the ice was “thinner than ever.”';
    assert.equal(quoteStarting(professor, 'thinner').speaker, 'Kari Lund');
  });

  it('"boss" is a person\'s role: "said union boss Ola Berg" names Berg, not the union', () => {
    const text = '“We will strike on Monday,” said Teamsters union boss Ola Berg, who led the talks.';
    assert.equal(quoteStarting(text, 'We will').speaker, 'Ola Berg');
  });

  it('"ranking" modifies a role: "said Budget ranking Democrat Ola Berg" names Berg, not the committee', () => {
    const text = '“The numbers do not add up,” said Budget ranking Democrat Ola Berg, who read the plan.';
    assert.match(quoteStarting(text, 'The numbers').speaker ?? '', /Ola Berg$/);
  });

  it('a party word before a name labels the person: "ranking Democrat Ola Berg" is Ola Berg', () => {
    const text = 'Republican Ann Dahl spoke first. “The numbers do not add up,” said ranking Democrat Ola Berg. The Republican National Committee declined to comment.';
    assert.equal(quoteStarting(text, 'The numbers').speaker, 'Ola Berg');
  });

  it('a heading in capitals alone on its line names nobody: "FULL TEXT." before "he said"', () => {
    const text = 'Adm. Ola Berg, who leads the fleet, makes no apologies.\n\nFULL TEXT.\n\nHe has called the plan “reckless,” he said.';
    assert.equal(quoteStarting(text, 'reckless').speaker, 'Ola Berg');
  });

  it('an ordinal listing points or an imperative opening a sentence is no name: "Second, they …", "Think "…" meets …"', () => {
    const text = 'The plan had two parts, the admiral said. First, it was meant to show "strength." Second, it was meant to calm "nervous allies."\n\nThe show is dark. Think "Jaws" meets "Fargo."\n\nAlready, the show is "a hit."';
    assert.equal(quoteStarting(text, 'nervous').speaker, 'admiral');
    assert.equal(quoteStarting(text, 'Jaws').speaker, null);
    assert.equal(quoteStarting(text, 'a hit').speaker, null);
  });

  it('"The Latest:" opening a line heads a section and names nobody; "The Times:" still speaks', () => {
    const text = 'The Latest: Berg opens the bridge to "loud applause."\n\nMayor Ola Berg opened the new bridge on Monday.';
    assert.notEqual(quoteStarting(text, 'loud applause').speaker, 'Latest');
    assert.equal(quoteStarting('The Times: "We stand by the story."', 'We stand').speaker, 'Times');
  });

  it('a nationality after an honorific is a surname: "Mr. English said"', () => {
    const text = 'The campaign met on Monday.\n\n"He speaks for us," Mr. English said of the senator.';
    assert.equal(quoteStarting(text, 'He speaks').speaker, 'English');
  });

  it('two offices joined by "and" before one name: "said former Gov. and party Chairman X", "said president and CEO X"', () => {
    const text = '"He knows the coast," said former Bergen Gov. and Harbour League Chairman Ed Lund.';
    assert.equal(quoteStarting(text, 'He knows').speaker, 'Ed Lund');
    const lower = '"The numbers do not add up," said president and CEO Ann Dahl.';
    assert.equal(quoteStarting(lower, 'The numbers').speaker, 'Ann Dahl');
  });

  it('an ordinal inside a rank before the name: "said Air Force 1st Lt. Ola Berg"', () => {
    const text = '"We need better options," said Air Force 1st Lt. Ola Berg.';
    assert.equal(quoteStarting(text, 'We need').speaker, 'Ola Berg');
  });

  it('a lone capital after an inverted speech verb is a surname, even a nationality: `"…," said Polish, who …`', () => {
    const text = 'The host asked about 2028 again.\n\n“It is too early to tell,” said Polish, who also hosts a show.';
    assert.equal(quoteStarting(text, 'It is too').speaker, 'Polish');
  });

  it('a name used as a modifier in a description gives way to the name in apposition: "said another Facebook user, Ola Berg"', () => {
    const text = 'The posts kept coming all night.\n\n“We are anxious,” said another Facebook user, Ola Berg.';
    assert.equal(quoteStarting(text, 'We are').speaker, 'Ola Berg');
  });

  it('a name opening a dashed aside says who the description before it is: "A former candidate -- Ola Berg, who … -- said"', () => {
    const text = 'The speech drew fire.\n\nA former presidential candidate -- Ola Berg, who lost in 2008 -- said the plan “changes nothing.”';
    assert.equal(quoteStarting(text, 'changes nothing').speaker, 'Ola Berg');
  });

  it('a month name ending a name is a surname, not a date: "Prime Minister Ola May said", but "Ola Berg Tuesday said"', () => {
    const text = 'Prime Minister Ola May said the deal was “better than none.” Ann Berg Tuesday said it was “a start.”';
    assert.equal(quoteStarting(text, 'better than').speaker, 'Ola May');
    assert.equal(quoteStarting(text, 'a start').speaker, 'Ann Berg');
  });

  it('a capital opening a sentence before ", who" is a name even if the word is also ordinary: "Small, who …, said that"', () => {
    const text = 'The small shops suffered most.\n\nMarty Small spoke first. Small, who attended the rally, said that the owner “took millions and left.”';
    assert.equal(quoteStarting(text, 'took millions').speaker, 'Marty Small');
  });

  it('a plural of people opening a sentence is a group, not a name: "People should …, he told reporters"', () => {
    const text = 'Foreign Ministry spokesman Ola Berg repeated that the country opposed hacking.\n\nPeople should not use words like “maybe,” he told reporters.';
    assert.equal(quoteStarting(text, 'maybe').speaker, 'Ola Berg');
  });

  it('a word that concedes or answers opening a sentence is no name: "Sure, he admits that …" is the last person\'s', () => {
    const text = 'Mayor Jon Lund spoke about the budget in Bergen.\n\nSure, he admits that the new bridge is “far too costly.”';
    assert.equal(quoteStarting(text, 'far too').speaker, 'Jon Lund');
  });

  it('a state abbreviation with its period before a comma sets the scene, not the subject: "In Fresno, Calif., the retired teacher …: “…”"', () => {
    const text = 'The library closed last spring.\n\nAt a meeting that week in Fresno, Calif., the retired teacher ended her talk with a line from a poem: “Nothing lasts forever.”';
    assert.equal(quoteStarting(text, 'Nothing lasts').speaker, 'retired teacher');
  });

  it('an Arabic surname keeps its lower-case article: "Omar al-Rashid", then "al-Rashid said", is one speaker', () => {
    const text = 'The cleric Omar al-Rashid spoke in Bergen on Friday.\n\n“We will return next year,” al-Rashid said.';
    assert.equal(quoteStarting(text, 'We will return').speaker, 'Omar al-Rashid');
  });

  it('a nickname in quotation marks between a given name and a surname belongs to the name: Peter “Buddy” Lund, then “he said”', () => {
    const text = 'The boat parade went on despite the rain.\n\nIn Bergen, Peter “Buddy” Lund of Tromso carried a flag. “I sang the whole way,” he said.';
    assert.equal(quoteStarting(text, 'I sang').speaker, 'Peter “Buddy” Lund');
  });

  it('a nickname that opens with a capital beyond ASCII belongs to the name too: Peter “Ölli” Lund', () => {
    const text = 'The boat parade went on despite the rain.\n\nIn Bergen, Peter “Ölli” Lund of Tromso carried a flag. “I sang the whole way,” he said.';
    assert.equal(quoteStarting(text, 'I sang').speaker, 'Peter “Ölli” Lund');
  });

  it('a one-word nickname between two capitalised words belongs to the name whatever the given name: President Ola “Olly” Berg, then “he said”', () => {
    const text = 'President Ola “Olly” Berg opened the new quay on Monday. “The ferry runs again,” he said.';
    assert.deepEqual(quoteTexts(text), ['The ferry runs again,']);
    assert.equal(quoteStarting(text, 'The ferry').speaker, 'Ola “Olly” Berg');
  });

  it('in a headline that capitalises every word, a capitalised word in marks stays a quotation: Berg Calls Fare Rise “Disastrous” For Islands', () => {
    const text = 'Berg Calls Fare Rise “Disastrous” For Islands\n\nMayor Ola Berg spoke in Bergen on Monday.';
    assert.ok(quoteTexts(text).includes('Disastrous'));
  });

  it('a sentence opening with "Answering questions" names nobody: "he" after it is the person named before', () => {
    const text = 'Foreign Minister Ola Berg spoke in Bergen on Monday.\n\nAnswering questions after a lecture at the Bergen Center, he said the ties were “strong and growing”.';
    assert.equal(quoteStarting(text, 'strong and').speaker, 'Ola Berg');
  });

  it('"Un", "Eu" in name case are syllables of a name, not the UN or the EU: "Park Sun Un said"', () => {
    const text = 'The leader of Norland, Park Sun Un, spoke on Monday. "We will wait," Park Sun Un said.';
    assert.equal(quoteStarting(text, 'We will').speaker, 'Park Sun Un');
  });

  it('officers named in the plural are a body: "Norland’s Joint Chiefs of Staff said" credits the Joint Chiefs of Staff', () => {
    const text = 'A rocket fell into the sea on Monday.\n\n“The launch was hostile,” Norland’s Joint Chiefs of Staff said, giving no details.';
    assert.equal(quoteStarting(text, 'The launch').speaker, 'Joint Chiefs of Staff');
  });

  it('a surname spelled like a modal ("Ola May says", "Kari Will says") is the subject of the verb after it, not an auxiliary', () => {
    const text = 'Norland Finance Minister Ola May says his office has concluded the budget is "balanced at last".';
    assert.equal(quoteStarting(text, 'balanced at last').speaker, 'Ola May');
    const will = 'Harbour chief Kari Will says her board has concluded the quay is "unsafe for cargo".';
    assert.equal(quoteStarting(will, 'unsafe for cargo').speaker, 'Kari Will');
  });

  it('the surname An is a name, not an article: "An Lihua, spokeswoman …", "An said that", "said An,", all one person, An Lihua', () => {
    const text = [
      'An Lihua, spokeswoman for the Harbour Office, made the remarks on Friday.',
      'Describing the plan as reckless, An said that "anyone who backs it will regret it."',
      'The harbour is a local matter and "we oppose any outside meddling," said An, adding "we will keep talking."',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'anyone who').speaker, 'An Lihua');
    assert.equal(quoteStarting(text, 'anyone who').cue, 'said');
    assert.equal(quoteStarting(text, 'we oppose').speaker, 'An Lihua');
    // Before a vowel, a capital H or an acronym, "An" is still the article.
    const article = 'An Oslo court said the plan was "legal," and An FBI agent called it "bold."';
    assert.equal(quoteStarting(article, 'legal').speaker, 'Oslo court');
    assert.equal(quoteStarting(article, 'bold').speaker, 'FBI agent');
  });

  it('an -ing word opening a sentence is a verb even when a hard line break follows it: "Reflecting¶on the dispute, she told"', () => {
    const text = 'Envoy Ada Dahl said the relationship is “strong and lasting.” Reflecting\non the dispute, she told reporters: “People may disagree.”';
    assert.equal(quoteStarting(text, 'People may').speaker, 'Ada Dahl');
  });

  it('letters after a name ("Jonathan Lund QC said", "Kari Berg MP") are not part of the name; the cue after them is still the name\'s', () => {
    const text = 'Cross-examining the driver, Jonathan Lund QC said: "You saw the officer."\n\nLund added: "Did you hear him?"\n\nLabour\'s Kari Berg MP told reporters the case was "a scandal".';
    assert.equal(quoteStarting(text, 'You saw').speaker, 'Jonathan Lund');
    assert.equal(quoteStarting(text, 'Did you').speaker, 'Jonathan Lund');
    assert.equal(quoteStarting(text, 'a scandal').speaker, 'Kari Berg');
  });

  it('"the Council of Churches’ Ola Berg said": the name after a body\'s possessive speaks, not the body whose name holds "of"', () => {
    const text = 'Hundreds gathered at the mosque.\n\n“We deplore these acts,” the Norland Council of Churches’ Ola Berg said at the news conference.';
    assert.equal(quoteStarting(text, 'We deplore').speaker, 'Ola Berg');
  });

  it('an editor\'s bracketed label ("[Translation: …]") names nobody, so "she" stays with the speaker', () => {
    const text = 'Manila talks\n\nVice President Kari Lund spoke in Manila. "Ang tao ay masaya," she said.\n[Translation: "The people are happy."]\n"I do not talk to people to save them," she added.';
    assert.equal(quoteStarting(text, 'I do not talk').speaker, 'Kari Lund');
  });

  it('a lone word opening a titled person\'s name is that person: "Anwar said" after Prime Minister Anwar Ibrahim, "Lee said" after Prime Minister Lee Hsien Loong', () => {
    const text = 'Prime Minister Anwar Ibrahim froze leave on Monday. Finance Minister Lee Hsien Loong agreed.\n\n“All ministers must stay at work,” Anwar said.\n\n“The budget allows it,” Lee said.';
    assert.equal(quoteStarting(text, 'All ministers').speaker, 'Anwar Ibrahim');
    assert.equal(quoteStarting(text, 'The budget').speaker, 'Lee Hsien Loong');
  });

  it('a lone place word never joins a person whose name it opens: "Israel said" is not Israel Katz', () => {
    const text = 'Minister Israel Katz met the envoy on Monday.\n\n“We will open the border,” Israel said in a statement.';
    assert.notEqual(quoteStarting(text, 'We will open').speaker, 'Israel Katz');
  });

  it('a surname that is also an adjective speaks before a past-tense verb: "Long replied:" after Ann Long is named', () => {
    const text = 'Court report\n\nProsecutor Tom Reed questioned Ann Long about the night. Asked if that was the kind of thing an officer might say, Long replied: "I do not know, I am not a police officer."';
    assert.equal(quoteStarting(text, 'I do not know').speaker, 'Ann Long');
  });

  it('right after a quotation such a surname speaks in any tense: "“…,” Long says."', () => {
    const text = 'Zoo news\n\nThe aquarium hired keeper Ann Long in 2019. Rachel Moss, a vet, said the otters were well.\n\n"The new pool is being built behind the scenes," Long says.';
    assert.equal(quoteStarting(text, 'The new pool').speaker, 'Ann Long');
  });

  it('Thai police ranks are titles: "said Pol. Lt. Col. Ola Berg" -- "Pol." ends no sentence and names nobody', () => {
    const text = 'Checkpoints set up\n\n“We will search every car,” said Pol. Lt. Col. Ola Berg. “These checkpoints work,” added Pol. Maj. Gen. Kari Moe.';
    assert.equal(quoteStarting(text, 'We will search').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'These checkpoints').speaker, 'Kari Moe');
  });

  it('Nigerian police ranks are titles: "CP Ola Adeyemi … The CP noted", "DSP Ola Adeyemi said"', () => {
    const cp = 'Lagos police have a new chief. The State Commissioner of Police, CP Ola Adeyemi disclosed that the command had recovered ammunition.\nThe CP noted that “all suspects are to be charged to court after investigation.”';
    assert.equal(quoteStarting(cp, 'all suspects').speaker, 'Ola Adeyemi');
    const dsp = 'Police spokesman DSP Ola Adeyemi said on Monday that bandits were sighted.\n“Joint teams were drafted to the area,” he said.';
    assert.equal(quoteStarting(dsp, 'Joint teams').speaker, 'Ola Adeyemi');
  });

  it('a word the article writes in lower case inside a quotation is no name when it opens a sentence: "Inflation is “…”" is not "he"', () => {
    const text = 'Governor Ola Berg said in the press conference, “we have to stay the course to make sure inflation falls back to target.”\nInflation is “expected to fall sharply over the coming months.” He added, “prices are on course to halve.”';
    assert.equal(quoteStarting(text, 'prices are').speaker, 'Ola Berg');
  });

  it('British councillors\' titles "Cllr" and "Coun." are no part of the name, and "Sultan" last in a name is a surname', () => {
    const text = [
      'Bergen council voted on the rent rise on Thursday after a long meeting in the town hall.',
      'Cllr Ann Berg, the deputy leader, said: “It is too much for tenants to carry.”',
      'Coun. Per Holm said the vote was “damning” for the council.',
      '“It was so little,” said Ola Jon Sultan of the Bergen Drivers Alliance.',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'It is too much').speaker, 'Ann Berg');
    assert.equal(quoteStarting(text, 'damning').speaker, 'Per Holm');
    assert.equal(quoteStarting(text, 'It was so little').speaker, 'Ola Jon Sultan');
  });
});
