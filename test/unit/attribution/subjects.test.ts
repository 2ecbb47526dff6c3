// The subject of a cue: which phrase before the verb speaks when other phrases stand between
// the subject's head and its verb. One test per rule, with short invented sentences.
import assert from 'node:assert/strict';
import { quoteStarting } from './helpers';

describe('attribution/subjects: the phrase that speaks', () => {
  it('after a fronted clause, a bare role set off by commas ("…visiting Ola Berg, governor of Tromso, Jon Lund dismissed") is the apposition, not the subject', () => {
    const text = 'Lund speaks\n\nAddressing journalists after visiting Ola Berg, governor of Tromso on Saturday, Lund dismissed the rumour as fake news.\n\n“I did not go anywhere,” he said.';
    assert.equal(quoteStarting(text, 'I did not').speaker, 'Lund');
  });
  it('a name between a possessive and a lower-case noun ("His Tromso River farm is …") names the thing owned: "he said" after it is still the farmer', () => {
    const text = 'Rain at last\n\nProducer Jon Lund said the season was good.\n\nHis Tromso River farm is looking good.\n\n"We are only a month away from drought," he said.';
    assert.equal(quoteStarting(text, 'We are only').speaker, 'Jon Lund');
  });
  it('"A memo obtained by the Bergen Herald says": the object of a participle after the head does not speak', () => {
    const text = 'A memo reviewed by the Bergen Herald says that "the quay will close in May."';
    assert.equal(quoteStarting(text, 'the quay').speaker, 'memo');
    // The memo's author, after "from", speaks through it; the paper that saw it does not.
    const authored = 'A memo from the Tromso harbour board reviewed by the Bergen Herald says that "the quay will close in May."';
    assert.equal(quoteStarting(authored, 'the quay').speaker, 'Tromso harbour board');
    const other = 'A council source talking to the Bergen Herald said, "The inspectors are still at work."';
    assert.equal(quoteStarting(other, 'The inspectors').speaker, 'council source');
  });

  it('"Berg in his budget address called …": a phrase after "in" between the subject and its verb does not speak', () => {
    const text = 'The turn came when Ola Berg in his budget address called the ferry plan "a disaster" and sat down.';
    assert.equal(quoteStarting(text, 'a disaster').speaker, 'Ola Berg');
  });

  it('a quotation set off by a pair of dashes belongs to the clause before it, not to the verb after the closing dash', () => {
    const text = 'Mayor Ola Berg complained about the delays - "why does it take so long?" - residents of Bergen who came to the meeting said they agreed.';
    assert.equal(quoteStarting(text, 'why does').speaker, 'Ola Berg');
  });

  it('"under what Berg called "…," the club charged": the naming verb right before the quotation takes it, not a non-reporting verb after it', () => {
    const text = 'In 2009, under what Ola Berg called "the old rules," the Bergen Rowing Club defended its prices.';
    assert.equal(quoteStarting(text, 'the old rules').speaker, 'Ola Berg');
  });

  it('"…, in what Ann Dahl, a treasurer for the campaign, called "…"": the name after "what" is the subject, past its apposition', () => {
    const text = 'He kept the ballots safe at the count in 1998, in what Ann Dahl, secretary of the rival list, called "a long siege."';
    assert.equal(quoteStarting(text, 'a long siege').speaker, 'Ann Dahl');
  });

  it('"…," Ola Berg, the analyst who runs the site wrote: a relative clause with its own verb inside an unclosed appositive', () => {
    const text = '"The count is not over," Ola Berg, the analyst who runs bergenpolls.com wrote late on Friday.';
    assert.equal(quoteStarting(text, 'The count').speaker, 'Ola Berg');
  });

  it('Ola Berg, Norway\'s ambassador to Sweden said "…": an unclosed appositive opening with the country the role serves', () => {
    const text = 'Ola Berg, Norway\'s ambassador to Sweden said the talks were "very useful."';
    assert.equal(quoteStarting(text, 'very useful').speaker, 'Ola Berg');
  });

  it('Ola Berg, Minister for Ports and Fisheries said: "…": an unclosed appositive opening with a capitalized title', () => {
    const text = 'Ola Berg, Minister for Ports and Fisheries said: "The new quay opens in May."';
    assert.equal(quoteStarting(text, 'The new quay').speaker, 'Ola Berg');
    const two = 'Ola Berg, President Kari Moe said: "The new quay opens in May."';
    assert.equal(quoteStarting(two, 'The new quay').speaker, 'Kari Moe');
  });

  it('"said Ola Berg, professor of health at the Bergen Institute, who said it was “…”": "who" is the person the appositive describes, not the body ending it', () => {
    const text = 'Cases are rising, said Ola Berg, professor of public health at Bergen University, who said it was “very unusual”.';
    assert.equal(quoteStarting(text, 'very unusual').speaker, 'Ola Berg');
  });

  it('"said Bergen Parks and Recreation General Manager Ola Berg.": a body\'s name with "and", then its officer\'s title and name closing the clause', () => {
    const text = '“I like a leader who is kind,” said Bergen Parks and Recreation General Manager Ola Berg.';
    assert.equal(quoteStarting(text, 'I like').speaker, 'Ola Berg');
  });

  it('"said Town of Bergen Chief Harbour Pilot Ola Berg.": a body named "X of Y", then its officer\'s title and name, is the officer speaking', () => {
    const text = '“The shark was close to the shore,” said Town of Bergen Chief Harbour Pilot Ola Berg.';
    assert.match(quoteStarting(text, 'The shark').speaker ?? '', /Ola Berg$/);
    const professor = '“It is hot,” said University of Oslo Professor Kari Moe.';
    assert.equal(quoteStarting(professor, 'It is hot').speaker, 'Kari Moe');
  });

  it('"At the rally Berg had repeated claims …" with no comma after the opening phrase: the name before the verb is the subject "he" means next', () => {
    const text = 'Police spokesman Paul Lund referred questions to Commissioner Kari Moe, whose phone was not answered.\n\nAt the rally Berg had repeated claims that agents had been trailing him.\n\n"They want to stop me," he said.';
    assert.equal(quoteStarting(text, 'They want').speaker, 'Berg');
  });

  it('"Why It Matters: Economist Ola Berg offered …, arguing, “…”": a question heading a line before a colon names nobody, and the sentence after it has its own subject', () => {
    const text = 'Trade war\nWhy It Matters: Economist Ola Berg offered a more radical view, arguing, “Tariffs are not the way.”';
    assert.equal(quoteStarting(text, 'Tariffs').speaker, 'Ola Berg');
  });

  it('"Before taking questions, Kari Moe, Norway\'s ambassador to Sweden said": the name after an opening phrase opens the clause', () => {
    const text = 'Before taking questions, Kari Moe, Norway\'s ambassador to Sweden said the border deal needed "more work."';
    assert.equal(quoteStarting(text, 'more work').speaker, 'Kari Moe');
  });

  it('"After meeting Ola Berg, the minister said": a name inside the opening phrase does not speak', () => {
    const text = 'Kari Moe is the minister. After meeting Ola Berg, the minister said the talks were "very useful."';
    assert.equal(quoteStarting(text, 'very useful').speaker, 'Kari Moe');
  });

  it('"TROMSO, March 3 (NNA) — Kari Moe, the head of …, said": a shouted dateline\'s commas chain no phrases; the name after the dash speaks', () => {
    const text = 'TROMSO, March 3 (NNA) — Kari Moe, the head of the Tromso ski club, said on Sunday that the new lift was ‘worth every krone’.';
    assert.equal(quoteStarting(text, 'worth every krone').speaker, 'Kari Moe');
  });

  it('"the fair condemned by Norway as a “…”", "the plan, described by Kari Moe as “…”": a participle after its noun gives the words to its agent', () => {
    const text = 'Kari Moe greeted Ola Berg at the close of the three-week fair condemned by Norway as a “wasteful spectacle.”\n\nJon Lund said the plan, described by Ann Dahl as “a mess”, would fail.';
    assert.equal(quoteStarting(text, 'wasteful spectacle').speaker, 'Norway');
    assert.equal(quoteStarting(text, 'a mess').speaker, 'Ann Dahl');
  });

  it('"after the paper\'s editorial urging him to …": a written text before a participle, as the object of a preposition, speaks', () => {
    const text = 'Berg came home only after the Bergen Herald\'s editorial urging him to quit his "long holiday" at once.';
    assert.equal(quoteStarting(text, 'long holiday').speaker, 'Bergen Herald');
  });

  it('"according to the Tromso Sun": a paper\'s name after "the" may end in a weekday\'s short form', () => {
    const text = '"The bridge stays shut," Kari Moe told a town meeting, according to the Tromso Sun.';
    assert.equal(quoteStarting(text, 'The bridge stays').speaker, 'Tromso Sun');
  });

  it('a verb whose colon opens the next quotation does not take the one before it: \'After Dahl called it "…," Berg said: "…"\'', () => {
    const text = 'After Ann Dahl said that the ferry plan was "a gamble," Ola Berg said: "I do not agree."';
    assert.equal(quoteStarting(text, 'a gamble').speaker, 'Ann Dahl');
    assert.equal(quoteStarting(text, 'I do not').speaker, 'Ola Berg');
  });

  it('"Tromso (Troms): …": a dateline with its region in parentheses before a colon is no subject, and "he" is not the town he spoke "in"', () => {
    const text = 'Tromso (Troms): Union minister of state for fisheries, Ola Kristian Berg, played down the statement he gave in Bodo on Friday.\n\n“I never called for a ban,” he said.';
    assert.equal(quoteStarting(text, 'I never called').speaker, 'Ola Kristian Berg');
  });

  it('"Bergen (AFP) – …": a dateline in ordinary capitals with a wire agency in parentheses is no subject', () => {
    const text = 'Bergen (AFP) – Labour leader Ola Berg has taken aim at the harbour plan, saying that "costly mistakes" hurt the town.';
    assert.equal(quoteStarting(text, 'costly').speaker, 'Ola Berg');
  });

  it('"Bergen, 17 May. NNA/ "…"": a wire agency\'s slug and a slash open the story; they are no speaker', () => {
    const text = 'Bergen, 17 May. NNA/ "The harbour will stay open all winter".\n\nThe port authority has not set a date for the works.';
    assert.equal(quoteStarting(text, 'The harbour').speaker, null);
  });

  it('"(3rd LD) Norland to ‘…’": a wire version mark in parentheses is no name; the headline\'s subject speaks', () => {
    const text = '(3rd LD) Norland to ‘fully review’ fishing deal\n\nBERGEN, July 20 (NNA) -- The talks ended without a date.';
    assert.equal(quoteStarting(text, 'fully review').speaker, 'Norland');
  });

  it('"… said that reports can take weeks": a cue word opening a clause before a modal is a plural noun', () => {
    const text = 'Berg said on Monday during a visit to Tromso, Norway, that reports can take weeks because "the office is short of staff."';
    assert.equal(quoteStarting(text, 'the office').speaker, 'Berg');
  });

  it('"…, the groups say": the plural of an organisation noun is a plain subject for a present-tense cue', () => {
    const text = 'The new rules add "a mountain of paperwork" for small farms across the county, the groups say.';
    assert.equal(quoteStarting(text, 'a mountain').speaker, 'groups');
  });

  it('"said that according to the party\'s tally, …": an "according to" opening a reported that-clause is part of what was said', () => {
    const text = 'Ola Berg, a member of the Bergen list, said on Monday that according to the list\'s tally, turnout rose sharply, but "the final count comes tomorrow."';
    assert.equal(quoteStarting(text, 'the final count').speaker, 'Ola Berg');
  });

  it('a plural naming an office\'s business is a modifier, not a verb: "The external affairs authority issued a statement, accusing …"', () => {
    const text = 'The external affairs authority issued a statement, accusing the paper of “lying”.';
    assert.equal(quoteStarting(text, 'lying').speaker, 'external affairs authority');
  });

  it('a thing in "-ent" is no person: "Such incidents could drive students into a “…”" credits no incident', () => {
    const text = 'The council met in Tromso on Monday.\n\nSuch incidents could drive students into a “long spiral of anger”.';
    assert.notEqual(quoteStarting(text, 'long spiral').speaker, 'Such incidents');
  });

  it('a speaking body with a phrase set off after it is still the subject: "The Berg campaign, in a note on the dispute, worded it carefully: “…”"', () => {
    const text = '“We are fine,” Jon Lund said on Monday.\n\nThe Berg campaign, in a note on the ferry dispute, worded it even more carefully: “The mayor never saw the contract.”';
    assert.equal(quoteStarting(text, 'The mayor never').speaker, 'Berg campaign');
  });

  it('a time phrase between a description and its verb ("The harbour authority on Friday issued a statement, accusing …") leaves it the subject a participle takes', () => {
    const text = 'The harbour authority on Friday issued a statement, accusing the Bergen Herald of “lying.”';
    assert.equal(quoteStarting(text, 'lying').speaker, 'harbour authority');
  });

  it('"The police in Bergen State have confirmed …, but said …": a body before "in" and a place is the subject, not the place', () => {
    const text = 'Attack on the harbour\n\nThe police in Bergen State have confirmed an attack on the harbour but said the attack was "proactively repelled" by officers.';
    assert.equal(quoteStarting(text, 'proactively').speaker, 'police');
    const city = 'Attack on the harbour\n\nThe police in Bergen have confirmed an attack on the harbour but said the attack was "proactively repelled" by officers.';
    assert.equal(quoteStarting(city, 'proactively').speaker, 'police');
  });

  it('"The suspect in last Friday’s attack at a school in Ikeda, Osaka Prefecture, has told …": the person before the places speaks, not the prefecture', () => {
    const text = 'OSLO — The suspect in last Friday’s attack at a school in Ikeda, Osaka Prefecture, has told investigators that he wanted to “stir up a commotion” in the town.';
    const speaker = quoteStarting(text, 'stir up').speaker;
    assert.notEqual(speaker, 'Osaka Prefecture');
    assert.match(speaker ?? '', /^suspect/);
  });

  it('"The Minister of the Shura and Representatives Councils underlined", "the Union minister of state for food processing and Jal Shakti told": the role speaks, not the name joined by "and"', () => {
    const shura = 'Bahrain hosts the summit. Minister Ghanim Al Buainain spoke. The Minister of the Shura and Representatives Councils underlined "Oman\'s keenness on carrying out the decisions of the summits."';
    assert.equal(quoteStarting(shura, 'Oman').speaker, 'Ghanim Al Buainain');
    const union = 'Union minister Prahlad Singh Patel denied the reports. "I do not think so," the Union minister of state for food processing and Jal Shakti told news agency ANI.';
    assert.equal(quoteStarting(union, 'I do not think').speaker, 'Prahlad Singh Patel');
  });

  it('a role followed by a clause, not by its "of" phrase, does not take a later "and X said": "a woman asked for a photo and Clinton said"', () => {
    const text = 'Former President Bill Clinton met voters. At one point, a woman asked for a photo and Clinton said, “as long as you are quick.”';
    assert.equal(quoteStarting(text, 'as long as').speaker, 'Bill Clinton');
  });

  it('"Cllr Ola Berg (Con, Bergen North), who …, said": a comma inside the parenthesis after a name splits no phrase, so the name speaks', () => {
    const text = 'Bergen council voted on the rent rise on Thursday after a long meeting in the town hall.\n\nCllr Ola Berg (Con, Bergen North), who is responsible for housing, said: “The decision was made with inflation in mind.”';
    assert.equal(quoteStarting(text, 'The decision').speaker, 'Ola Berg');
  });

  it('"said Assistant Commissioner, Bergen, Ola Berg": a title with its district set off by commas, then the name that speaks', () => {
    const text = 'Police will be out in force in Bergen this weekend after the funeral, the force said in a statement on Tuesday.\n\n“People need to grieve, but peacefully,” said Assistant Commissioner, Bergen, Ola Berg.\n\n“We are ready,” said Inspector, North Bergen, Kari Lund.';
    assert.equal(quoteStarting(text, 'People need').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'We are ready').speaker, 'Kari Lund');
  });
});

