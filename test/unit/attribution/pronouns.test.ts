// Who "he" and "she" stand for: gender, groups, things, and how long a speaker stays in mind.
// One test per rule, with short invented sentences.
import assert from 'node:assert/strict';
import { analyze, quoteStarting } from './helpers';

describe('attribution/pronouns: who "he" and "she" can be', () => {
  it('"… about NNA\'s decision, he said": an acronym in the possessive names a body, never who "he" is', () => {
    const text = 'Minister Ola Berg spoke in Bergen.\n\nAsked about the praise for NNA\'s ruling, he said, “Give us a week to study it.”';
    assert.equal(quoteStarting(text, 'Give us a week').speaker, 'Ola Berg');
  });

  it('"a consulate spokeswoman said … she said": a description whose head gives a gender is who the pronoun means', () => {
    const text = 'Ola Berg said the fees were fair.\n\n“We do not set prices for anyone,” a consulate spokeswoman said after the meeting.\n\nThe town is harmed by “invented” rumours, she said.';
    assert.equal(quoteStarting(text, 'invented').speaker, 'consulate spokeswoman');
  });

  it('"Mrs. Lund" does not join "Peter Lund": she stays apart from her namesake', () => {
    const text = [
      'Former mayor Peter Lund spoke first.',
      'Mrs. Lund took the stage after him and thanked the volunteers.',
      '"We built this town together," she said.',
    ].join('\n\n');
    const a = analyze(text);
    const q = quoteStarting(text, 'We built');
    assert.notEqual(q.speaker, 'Peter Lund');
    assert.equal(text.slice(q.speakerStart as number, q.speakerEnd as number), 'Lund');
    assert.equal(a.speakers[0].kind, 'person');
  });

  it('with no subject to stand for, "he" is the last fitting person named, in any role', () => {
    const text = 'Last month, when I asked Jonas Berg if he would ever back Maria Holm, he looked up and said, "I will back you!"';
    assert.equal(quoteStarting(text, 'I will back').speaker, 'Jonas Berg');
    const she = 'Mayor Jonas Berg opened the meeting. He then handed the floor to Maria Holm. After a pause she said, "The budget is broken."';
    assert.equal(quoteStarting(she, 'The budget').speaker, 'Maria Holm');
    const possessor = 'For that vote the senator drew Jonas Berg’s ire - he called her "weak" on Monday.';
    assert.equal(quoteStarting(possessor, 'weak').speaker, 'Jonas Berg');
  });

  it('a sentence with no person as subject leaves the person heading one of its clauses in mind', () => {
    const text = 'Peter Lund was charged with assault on Friday. The delay dragged on until Mayor Jonas Berg was called in to explain it at the hearing. He said, "I have not seen the video."';
    assert.equal(quoteStarting(text, 'I have not').speaker, 'Jonas Berg');
    const already = 'Anna Berg was angry at first. The race was her first vote in years, and she doubts Maria Holm will win. "I will vote for the best candidate," she said.';
    assert.equal(quoteStarting(already, 'I will vote').speaker, 'Anna Berg');
  });

  it('a sentence opening with a person\'s doings ("Berg\'s promise …") keeps that person in mind', () => {
    const text = 'Senator Michael Lund spoke first.\n\nPeter Berg\'s promise to keep the debate polite was soon forgotten. Before long, he called Lund "a liar."';
    assert.equal(quoteStarting(text, 'a liar').speaker, 'Peter Berg');
  });

  it('"As for X, he said": the topic named first is who "he" means', () => {
    const text = 'Senator Jon Lund spoke first and attacked the plan. As for Ola Berg, he said he was not worried. "I will have the votes," he said.';
    assert.equal(quoteStarting(text, 'I will have').speaker, 'Ola Berg');
  });

  it('a group name ("Republicans", "Swedish-Americans") is never "he"', () => {
    const text = 'Senator Olof Dahl met the press. He addressed Swedish-Americans in a letter.\n\nRepublicans cheered.\n\n"This is our moment," he said.';
    assert.equal(quoteStarting(text, 'This is our').speaker, 'Olof Dahl');
  });

  it('a name ending in a plural group word ("Coptic Christians") is never "he"', () => {
    const text = 'Archbishop Ola Berg says the quarrels are "irrelevant".\n\nThe Coptic Christians killed last month died proclaiming that "Christ is Lord," he says today.\n\n"Churches stand as mute witnesses," he says.';
    assert.equal(quoteStarting(text, 'Christ is Lord').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'Churches stand').speaker, 'Ola Berg');
  });

  it('a preposition opening a sentence ("Alongside delays, Berg feared …") is no name for "he"', () => {
    const text = 'Transport chief Ola Berg said the delays were untenable.\n\nAlongside delays and disruptions, Berg feared the ferry would one day fail.\n\nHe said if a ferry lost steering, it “could get beached or sink”.';
    assert.equal(quoteStarting(text, 'could get beached').speaker, 'Ola Berg');
  });

  it('a plural description ("his listeners") is never "he"', () => {
    const text = 'Radio host Tom Berg recalled that his listeners wondered if "the vote was fixed."\n\n"They were worried," he said.';
    assert.equal(quoteStarting(text, 'They were').speaker, 'Tom Berg');
  });

  it('"he" and "she" stand for a named person, not a description ("a reporter asked")', () => {
    const text = 'Mayor Eva Lind took questions on Monday. A reporter asked about the budget.\n\n"It is balanced," she said.';
    assert.equal(quoteStarting(text, 'It is balanced').speaker, 'Eva Lind');
  });

  it('"said the 78-year-old owner of an inn … ¶ "…," he said": a person brought in with "the" and an age is who "he" means next', () => {
    const text = 'TROMSO — The Tromso Shimbun reported the quake.\n\n“It was a tremendous shake,” said the 78-year-old owner of an inn in Bodo.\n\n“All I could do was protect myself,” he said.';
    assert.equal(quoteStarting(text, 'All I could').speaker, '78-year-old owner of an inn in Bodo');
  });

  it('"One neighbour told FOX13 that … ¶ "…," she said": an unnamed person just brought in as a source is who "she" means', () => {
    const text = [
      'Officers stopped Carl Moen on Birch Road in Memphis.',
      'One neighbour told FOX13 that investigators knocked on her door.',
      '“They showed up early in the morning,” she said.',
      'Another neighbour told FOX13 she saw the lights.',
      '“I saw the lights flashing through my window,” she said.',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'They showed up').speaker, 'One neighbour');
    assert.equal(quoteStarting(text, 'I saw the lights').speaker, 'Another neighbour');
  });

  it('an unnamed source is "he" only until someone else is the subject', () => {
    const text = [
      'Senator Per Lund met his colleagues on Tuesday.',
      'One council official who relayed the exchange said Lund quieted the room, telling his colleagues, “We have to be fair to Berg.”',
      'In the interview, Lund repeated those words. He said the mayor had been “a great help to the council.”',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'a great help').speaker, 'Per Lund');
  });

  it('a thing with a person-like ending ("the amendment") is never "she"', () => {
    const text = 'Activist Ruth Moen fought the proposal for years. The amendment states that "all workers are equal."\n\n"Common sense won," she said.';
    assert.equal(quoteStarting(text, 'Common sense').speaker, 'Ruth Moen');
  });

  it('"She met X": the pronoun alone is the subject, not the name after the verb', () => {
    const text = 'Mayor Eva Lind spoke on Monday. She met Danes in Aarhus, saying that "the bridge will be rebuilt."';
    assert.equal(quoteStarting(text, 'the bridge').speaker, 'Eva Lind');
  });

  it('a sentence-opening adverb ("Rather, …") is not a person', () => {
    const text = 'Senator Ola Berg did not wait for the vote. Rather, he wrote to the board.\n\n"We move now," he said.';
    assert.equal(quoteStarting(text, 'We move').speaker, 'Ola Berg');
  });

  it('a given name used for men and women ("Lindsey") does not rule out "he"', () => {
    const text = 'Senator Lindsey Dahl met voters in the square.\n\n"We will win," he said.';
    assert.equal(quoteStarting(text, 'We will win').speaker, 'Lindsey Dahl');
  });

  it('a long quotation counts as one step for a pronoun: "He continued" after it', () => {
    const long = 'The harbour needs work. '.repeat(150).trim();
    const text = `Governor Paul Ek opened the session.\n\nEk said, "${long}"\n\nHe continued, "We start in May."`;
    assert.ok(long.length > 3000);
    assert.equal(quoteStarting(text, 'We start').speaker, 'Paul Ek');
  });

  it('the subject named again as a possessor after a newcomer keeps "he": "…, led by Lord Ola Berg, will inform Mr Lund\'s plan. He told …"', () => {
    const text = 'Health Secretary Jon Lund said the service was broken. He spoke on Monday.\nThe review, led by surgeon and independent peer Lord Ola Berg, will inform Mr Lund\'s ten-year plan.\nHe told the BBC there was "more to come."';
    assert.equal(quoteStarting(text, 'more to come').speaker, 'Jon Lund');
  });

  it('a person introduced by full name after the last subject, in a sentence of their own, is "he" next', () => {
    const text = 'Mayor Peter Berg spoke for an hour.\n\nThe crowd cheered, courtesy of Michael Lund, a delegate from Bergen who dressed up as a tax bill.\n\n"It seemed like a good joke," he said.';
    assert.equal(quoteStarting(text, 'It seemed').speaker, 'Michael Lund');
    // The subject of the introducing sentence stays first.
    const met = 'Mayor Peter Berg spoke for an hour.\n\nHe met Michael Lund, a delegate from Bergen.\n\n"It seemed like a good joke," he said.';
    assert.equal(quoteStarting(met, 'It seemed').speaker, 'Peter Berg');
  });

  it('only someone whose name or title tells the gender is taken as newly introduced: not "President Franklin D. Roosevelt" for "she"', () => {
    const text = 'Nora Lind runs the bank.\n\nThe bank was created in 1942 by President Franklin D. Roosevelt.\n\n"It is a good day," she said.';
    assert.equal(quoteStarting(text, 'It is a').speaker, 'Nora Lind');
  });

  it('a town and its state ("Cupertino, Calif.", "Louisville, Ky.") are places, never "she"', () => {
    const text = 'Nora Lind had the floor for an hour.\n\nWhen the doors opened at the hall in Cupertino, Calif., the vote had become a circus. “We will go on,” she said.\n\nThe count was done in Louisville, Ky. “It is over,” she said.';
    assert.equal(quoteStarting(text, 'We will').speaker, 'Nora Lind');
    assert.equal(quoteStarting(text, 'It is over').speaker, 'Nora Lind');
  });
  it('a clause opening the sentence ("when I phoned Berg …,") puts its person in mind for the "he" after it', () => {
    const lead = 'Peter Lund spoke first, and his lawyer, Paul Berg, watched. "It was fine," Lund said.\n\n';
    const emailed = lead + 'Afterwards, when I phoned Berg about the ruling, he replied, "We are not done yet."';
    assert.equal(quoteStarting(emailed, 'We are not').speaker, 'Paul Berg');
    const subject = lead + 'When Ms. Ann Dahl took the stage, the crowd went quiet, she said. "We were all tired."';
    assert.equal(quoteStarting(subject, 'We were all').speaker, 'Ann Dahl');
    // A clause with no subject of its own shares the main clause's: the one meeting speaks.
    const meeting = lead + 'After meeting Paul Berg on Monday, he said, "I will not resign."';
    assert.equal(quoteStarting(meeting, 'I will not').speaker, 'Peter Lund');
  });
  it('a place describing the person after it ("Ohio builder Ola Berg voiced …") leaves the person, not the place, as the subject', () => {
    const text = '"We are united," said Peter Lund, a co-chair.\n\nLast spring, Ohio builder Ola Berg voiced doubts about the plan. "The numbers never worked," he told the Bergen Herald.';
    assert.equal(quoteStarting(text, 'The numbers').speaker, 'Ola Berg');
    const verb = '"We are united," said Peter Lund, a co-chair.\n\nLast spring, Ohio sued Ola Berg over the plan. "The numbers never worked," he told the Bergen Herald.';
    assert.equal(quoteStarting(verb, 'The numbers').speaker, 'Peter Lund');
  });
  it('a person introduced by a lower-case role but no gendered name ("professor Brit Holm") is who the next sentence\'s "she" means', () => {
    const text = 'Ann Dahl spoke first. Then Peter Lund took the stage, and Lund praised the crews.\n\nTo Tromso University law professor Brit Holm, the ruling came too late.\n\n"The harm was already done," she said.';
    assert.equal(quoteStarting(text, 'The harm').speaker, 'Brit Holm');
  });
  it('a bare surname keeps the person it already stood for after a namesake is named in full', () => {
    const text = 'Ann Berg is running for mayor of Bergen. Berg said the town needs new schools.\n\nHer husband, Peter Berg, sold the family firm last year.\n\n"We will not stop now," Berg said.';
    assert.equal(quoteStarting(text, 'We will not').speaker, 'Ann Berg');
  });
  it('a sentence opening on a person\'s possessive ("Dahl\'s next step is not known, but she said") keeps that person in mind for its own "she"', () => {
    const text = 'Ann Dahl lost the vote.\n\n"People waited for hours," said Maria Holm of the Bergen Herald, who watched the count.\n\nDahl\'s next step is not known, but she said on Monday, "I will stay in Bergen."';
    assert.equal(quoteStarting(text, 'I will stay').speaker, 'Ann Dahl');
    const role = 'Ann Dahl lost the vote.\n\n"People waited for hours," said Maria Holm of the Bergen Herald.\n\nDahl\'s spokeswoman Kari Moe was calm, and she said, "We will appeal."';
    assert.equal(quoteStarting(role, 'We will appeal').speaker, 'Kari Moe');
  });
  it('a person named first in the sentence as an owner ("Going by Berg\'s budget, as he says …") is who its "he" means', () => {
    const text = 'Peter Berg wants the nomination. "He has a narrow path," Paul Lund wrote in the Bergen Herald.\n\nGoing by Berg\'s budget, as he says he will "cut every fee," the towns have reason for concern.';
    assert.equal(quoteStarting(text, 'cut every').speaker, 'Peter Berg');
  });
  it('the holder of a view ("To Ohio pollster Berg, …") is the person in mind for the next "he"', () => {
    const text = 'Paul Berg has worked for both parties.\n\nPeter Lund leads the race.\n\nTo Ohio pollster Berg, the talk of a Lund landslide is wishful thinking.\n\n"The towns have not voted yet," he said.';
    assert.equal(quoteStarting(text, 'The towns have').speaker, 'Paul Berg');
  });
  it('the holder of a view ("For Berg, Lund is showing …") stays in mind above the subject of the view', () => {
    const text = 'Paul Berg writes a column for the Bergen Herald.\n\nFor Berg, Peter Lund is showing how thin his party\'s plan is. "The ferry will pay for itself, we are told," he jokes.';
    assert.equal(quoteStarting(text, 'The ferry').speaker, 'Paul Berg');
  });
  it('an adverb set off by a comma before the opening possessive ("Indeed, Berg\'s goal is …") keeps the owner in mind', () => {
    const text = 'Paul Berg toured the north.\n\n"He follows his own views," Peter Lund told the Bergen Herald.\n\nIndeed, Berg\'s goal is more homes in every town. His case is practical, and he laments a "housing cliff" in the north.';
    assert.equal(quoteStarting(text, 'housing cliff').speaker, 'Paul Berg');
  });
  it('a subject put after "was" ("Near the door was Berg, a ferry pilot.") is who the next "he" means', () => {
    const text = '"Are we ready to work?" Peter Lund asked the crowd.\n\nThe hall clapped. Near the door was Berg, a ferry pilot. He did not clap.\n\n"It is all for show," he said.';
    assert.equal(quoteStarting(text, 'It is all').speaker, 'Berg');
  });
  it('the speaker of a sentence stays in mind above the person whose words it reports, but not an asker', () => {
    const text = 'Paul Berg worked for the party for years.\n\nHe noted that Peter Lund himself has admitted the budget is short.\n\n"Nobody wants higher fees," he said.';
    assert.equal(quoteStarting(text, 'Nobody wants').speaker, 'Paul Berg');
    const asked = 'Paul Berg hosts the morning show.\n\nBerg then asked Peter Lund about the harbour, and Lund said it would reopen soon.\n\n"The crews are ready," he said.';
    assert.equal(quoteStarting(asked, 'The crews').speaker, 'Peter Lund');
  });
  it('a cue closing its sentence after a comma ("Lund confirmed the sighting, Berg said.") makes its subject the speaker "he" means next', () => {
    const text = 'Harbourmaster Paul Berg closed the beach.\n\nPeter Lund confirmed the sighting at noon, Berg said. Nobody knows what kind of fin it was.\n\n"It was not a sunfish," he said.';
    assert.equal(quoteStarting(text, 'It was not').speaker, 'Paul Berg');
  });
  it('a person followed by an irregular past ("a promise Dahl made") heads a clause and stays in mind', () => {
    const text = 'Maria Holm spoke about jobs in Bergen.\n\nPeter Lund promised aid to the towns.\n\nMany fishermen are still upset by a promise Dahl made in May. When she was speaking about quotas, she said: "The fjords need a rest."';
    assert.equal(quoteStarting(text, 'The fjords').speaker, 'Dahl');
  });
  it('a sentence opening on a participle clause ("Noting that …, Dahl made …") has its subject after the comma', () => {
    const text = 'Paul Dahl wrote a book.\n\nAnna Holm spoke first.\n\nRecalling that both Holm and Lund lost their first races, Dahl drew a simple lesson.\n\n"Losing once is normal," he wrote.';
    assert.equal(quoteStarting(text, 'Losing once').speaker, 'Paul Dahl');
  });
  it('a name after a plural determiner ("Other Bergeners liked …") is many people, never "he"', () => {
    const text = 'Peter Lund has not always been kind to Bergen.\n\n"The parade was lovely," one reader wrote.\n\nOther Bergeners liked the parade. While he says he "grew up here," he has not lived in Bergen for years.';
    assert.equal(quoteStarting(text, 'grew up').speaker, 'Peter Lund');
  });
  it('a thing named like a person is never "he" or "she": "… tear up the Fjord Accord", then "she said"', () => {
    const text = 'OSLO -- A cousin of the mayor on Tuesday called the plan "unwise" and asked the council to tear up the Fjord Accord.\n\n"We cannot afford it," she said.';
    // (The cousin, brought in unnamed as the subject just before, is who "she" is.)
    assert.equal(quoteStarting(text, 'We cannot').speaker, 'cousin of the mayor');
  });

  it('a body named for its number of members ("the diplomatic Quartet") is never "he"', () => {
    const text = 'Envoy Ola Berg said all members were "keen to help."\n\nThe diplomatic Quartet along with others had done "important work" in this area, he noted.';
    assert.equal(quoteStarting(text, 'important work').speaker, 'Ola Berg');
  });

  it('a name opening a sentence right before a quotation is what the quote is about, not who "she" is', () => {
    const text = 'Mayor Kari Moe opened the hearing on the harbour plan. "We have waited long enough," she said.\n\nAnn Dahl "has never read the plan, and it shows," she added.';
    assert.equal(quoteStarting(text, 'has never read').speaker, 'Kari Moe');
  });

  it('"they" after a group that was just the subject ("…," the senators wrote. "…," they added.) is that group; a group the story left behind is not', () => {
    const text = 'Norland senators back the regulator\n\n"The real basis of your concerns is her expertise," the senators wrote.\n"To argue that the law bars her is illogical," they added.';
    assert.equal(quoteStarting(text, 'To argue').speaker, 'senators');
    const later = 'Many voters said the plan was "a mess." The port opened on Monday. Ships came in. Trade rose. Ola Berg spoke.\n\n"We are ready," they said.';
    assert.notEqual(quoteStarting(later, 'We are ready').speaker, 'voters');
  });

  it('a name joined to a body as a sentence\'s subject ("Nordbloc and the European Union reached a deal") is no "he"', () => {
    const text = 'Berg may leave the trade bloc\n\nNorland President Ola Berg spoke before the assembly on Saturday.\n\n“It is necessary to be willing to leave Nordbloc,” he said.\n\nOn Dec. 6 last year, Nordbloc and the European Union finally reached an agreement to liberalize trade.\n\n“We will put an end to inflation,” he said.';
    assert.equal(quoteStarting(text, 'We will put').speaker, 'Ola Berg');
  });
  it('a capitalized plural opening a sentence ("Patients waited …", "Targets were …") is a common noun, never "he"; a surname that speaks stays one', () => {
    const text = 'Health Minister Ola Berg opened the ward on Monday.\n\nPatients waited for hours at the gate. "We are doing all we can," he said.\n\nTargets were missed in every region last year. "This cannot go on," he added.';
    assert.equal(quoteStarting(text, 'We are doing').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'This cannot').speaker, 'Ola Berg');
    const surname = 'Health Minister Ola Berg opened the ward on Monday.\n\nWilliams said the gate opened late. "We waited for hours," he said.';
    assert.equal(quoteStarting(surname, 'We waited').speaker, 'Williams');
  });

  it('"he" is not a paper named with "the": "According to the Tromso Courant, …" leaves the minister named before', () => {
    const text = 'Foreign Minister Ola Berg spoke in Tromso.\n\nAccording to the Tromso Courant, the harbour deal was stalled.\n\n“You know why the deal is stalled,” he said.';
    assert.equal(quoteStarting(text, 'You know why').speaker, 'Ola Berg');
  });

  it('"he" is not a church: "the Lutheran Church" is a body, so "he" stays with the president', () => {
    const text = '“It is possible,” Berg explained to the press. The Lutheran Church has been a great support, the president said. “The bishop agrees,” he assured.';
    assert.equal(quoteStarting(text, 'The bishop agrees').speaker, 'Berg');
  });
});
