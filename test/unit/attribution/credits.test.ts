// Wire-copy credits: who said the words when an outlet, an opinion or a reported clause
// stands between the quotation and its speaker. One test per rule, with invented sentences.
import assert from 'node:assert/strict';
import { quoteStarting } from './helpers';

describe('attribution/credits: outlets, views and reported clauses', () => {
  it('"X quoted Y as saying", "X cited Y as saying": Y speaks, not the outlet', () => {
    const quoted = '“The ferry will sail again,” the Bergen Herald quoted Ola Berg as saying on Friday.';
    assert.equal(quoteStarting(quoted, 'The ferry').speaker, 'Ola Berg');
    const cited = 'The Norland News Agency cited Kari Moe as saying the plan was “not finished.”';
    assert.equal(quoteStarting(cited, 'not finished').speaker, 'Kari Moe');
  });

  it('"X quoted the Leader of the Revolution Ayatollah Y as saying": Y speaks, past his capitalised title', () => {
    const text = 'Norland guards its border\n\nOla Berg quoted the Leader of the Revolution Ayatollah Jon Lund as saying that “certain states are interested in the border”.';
    assert.equal(quoteStarting(text, 'certain states').speaker, 'Jon Lund');
  });

  it('a fragment nobody is credited with ("hospitals … are “getting worse”") is the words of whoever says them in full further on, not a place\'s or a name\'s', () => {
    const text = 'Two hospitals in Ilford and Romford have the worst waiting times in the country and are “getting worse”.\n\nFigures for December show that fewer than three in ten patients were seen within four hours.\n\nOla Berg, chair of the health committee, begged the trust to open more beds.\n\n“It is not just awful, it has been getting worse for years,” he said.';
    assert.equal(quoteStarting(text, 'getting worse').speaker, 'Ola Berg');
    // (A name the story uses is nobody's phrase: "could not bring himself to utter: “Ola Berg.”")
    const name = 'Lund bows out\n\nJon Lund ended his campaign on Sunday after Ola Berg won the south.\n\nHe thanked his staff and his family in a short speech in Bergen.\n\nAt the farewell there were two words that a tired Lund could not bring himself to utter: “Ola Berg.”\n\n“I will vote for Ola Berg,” Kari Moe said.';
    assert.notEqual(quoteStarting(name, 'Ola Berg.').speaker, 'Kari Moe');
  });

  it('"…," Y told reporters, according to a news agency: the direct credit wins over the agency that relayed it', () => {
    const agency = '“The border stays open,” Ola Berg told reporters in Tromso, according to the Norland News Agency.';
    assert.equal(quoteStarting(agency, 'The border').speaker, 'Ola Berg');
    const state = '“We expect an answer,” Kari Moe said on Monday, according to state news agency Norland Press.';
    assert.equal(quoteStarting(state, 'We expect').speaker, 'Kari Moe');
    // (An outlet's own account stays the credited source.)
    const paper = '“We expect an answer,” Kari Moe said on Monday, according to the Bergen Herald.';
    assert.equal(quoteStarting(paper, 'We expect').speaker, 'Bergen Herald');
  });

  it('"According to a news agency, Y said …" and "…, the news agency reported" after Y\'s own verb: Y speaks', () => {
    const first = 'Meanwhile, according to the Norland News Agency, Ola Berg said the drills “are a warning to smugglers.”';
    assert.equal(quoteStarting(first, 'are a warning').speaker, 'Ola Berg');
    const named = 'According to Reuters, Kari Moe told lawmakers the quota was “a fair start.”';
    assert.equal(quoteStarting(named, 'a fair start').speaker, 'Kari Moe');
    const reported = 'On Thursday, Ola Berg told party leaders that he might quit because ‘nothing works any more’, the Norland News Agency reported.';
    assert.equal(quoteStarting(reported, 'nothing works').speaker, 'Ola Berg');
    // (An agency's own report, with no speaker of its own inside, stays the agency's.)
    const own = '“The ferry will not sail this week,” the Norland News Agency reported.';
    assert.equal(quoteStarting(own, 'The ferry').speaker, 'Norland News Agency');
  });

  it('"Y has said …, the Bergen Herald reported": any outlet reporting a sentence with a speaker of its own relays it', () => {
    const text = 'Foreign Minister Ola Berg has said that the talks were “cordial,” describing them as “exploratory,” the Bergen Herald reported on Friday.';
    assert.equal(quoteStarting(text, 'cordial').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'exploratory').speaker, 'Ola Berg');
  });

  it('"In his opinion, …", "In her view, …", "In the minister\'s words, …": the possessor credits the quote like "according to"', () => {
    const opinion = 'Mr Ola Berg met Mrs Kari Moe on Friday. In his opinion, the deal “breaks every rule.”';
    assert.equal(quoteStarting(opinion, 'breaks').speaker, 'Ola Berg');
    const view = 'Mr Ola Berg met Mrs Kari Moe on Friday. In her view, the ferry is “far too slow.”';
    assert.equal(quoteStarting(view, 'far too').speaker, 'Kari Moe');
    const words = 'Jon Lund met Fisheries Minister Ann Dahl. In the minister’s words, the quota is “a fair start.”';
    assert.equal(quoteStarting(words, 'a fair').speaker, 'Ann Dahl');
    // (A view phrase inside the clause is no credit: "right in his assessment".)
    const inside = 'Jon Lund called the plan a “harbour tax,” and Kari Moe was right in her assessment of it.';
    assert.equal(quoteStarting(inside, 'harbour').speaker, 'Jon Lund');
  });

  it('"Norway asks the fleets “…,” Ambassador Ola Berg said": a country\'s appeal, whatever its verb, is the account of the person the closing clause names', () => {
    const text = 'TROMSO, June 2. /NNA/. Norway asks the fishing fleets “to keep out of the bay,” Ambassador to Iceland Ola Berg said after the harbour talks.';
    assert.equal(quoteStarting(text, 'to keep out of the bay').speaker, 'Ola Berg');
  });

  it('"The board keeps its “…” secret. This was stated by spokesman Ola Berg.": the next sentence\'s passive report names who said this one', () => {
    const text = 'The harbour board keeps its “new tariff” secret, and the fishermen fear it means “higher fees for everyone.” This was stated by Bergen council spokesman Ola Berg.';
    assert.equal(quoteStarting(text, 'new tariff').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'higher fees').speaker, 'Ola Berg');
    // A quote with a cue of its own keeps it.
    const cued = 'Kari Moe said the ferry would keep “its winter timetable.” This was reported by the Bergen Herald.';
    assert.equal(quoteStarting(cued, 'its winter timetable').speaker, 'Kari Moe');
  });

  it('"He stated that the farmers were defending the valley and “…”": a verb inside the clause a reporting verb opens ("stated", "stressed") passes the words on to the reporter', () => {
    const text = 'Ola Berg spoke at the fair.\n\nHe stressed that the farmers were defending the valley and “must be paid fairly.”';
    assert.equal(quoteStarting(text, 'must be paid fairly').speaker, 'Ola Berg');
  });

  it('"Quote from Berg: “…”": a label naming whose quote follows credits it', () => {
    const text = 'Harbour master Ola Berg spoke about the new quay.\n\nSource: Berg at the Tromso fish market\n\nQuote from Berg: “The quay opens in May, whatever the weather does.”';
    assert.equal(quoteStarting(text, 'The quay opens').speaker, 'Ola Berg');
  });

  it('a pronoun right after related-link headline lines looks past them: "she said" is not the headline\'s subject', () => {
    const text = 'Press secretary Kari Moe was asked on Tuesday about the new harbour fees.\n\nJon Lund warns ferry plan could cost millions – Bergen latest\n\nMore on the harbour\n\nIn a short reply, she said: “Nobody here is worried.”';
    assert.equal(quoteStarting(text, 'Nobody').speaker, 'Kari Moe');
  });

  it('a month word alone after an honorific or before a speech verb is a surname: "Mrs May said", "Norland\'s May says"', () => {
    const honorific = 'Prime Minister Ann May met the mayors. The harbour fees are “far too high,” Mrs May said on Friday.';
    assert.equal(quoteStarting(honorific, 'far too').speaker, 'Ann May');
    const possessive = 'Norland’s May says talks are “going well” in Bergen';
    assert.equal(quoteStarting(possessive, 'going well').speaker, 'May');
    // (A date stays a date: "in May" does not speak.)
    const date = 'Ola Berg met the mayors in May and called the fees “far too high.”';
    assert.equal(quoteStarting(date, 'far too').speaker, 'Ola Berg');
  });

  it('"will continue “to …”": a quoted infinitive after a weak verb is no speech; the reporting speaker keeps it', () => {
    const text = 'Ola Berg spoke in Bergen. “We do not agree,” he said, adding that the council will continue “to talk with the fishermen.”';
    assert.equal(quoteStarting(text, 'to talk').speaker, 'Ola Berg');
  });

  it('"According to him, the council would prefer “to …”": the pronoun after "according to" speaks, not the clause\'s subject', () => {
    const text = 'Ola Berg spoke in Bergen on Friday. According to him, the council would prefer “to wait for the vote.”';
    assert.equal(quoteStarting(text, 'to wait').speaker, 'Ola Berg');
  });

  it('"Y added: “…,” the report said": the speaker\'s colon frame wins over the text that relays it', () => {
    const text = 'Ola Berg spoke in Bergen on Friday. Ola Berg added: “The quota is our business, not theirs,” the report said.';
    assert.equal(quoteStarting(text, 'The quota').speaker, 'Ola Berg');
    // (With no frame of its own the report still speaks.)
    const plain = 'Ola Berg spoke in Bergen on Friday. “The quota is too low,” the report said.';
    assert.equal(quoteStarting(plain, 'The quota').speaker, 'report');
  });

  it('a dateline before a colon ("Baku/01.08.18/NNA:", "Bergen, 1 August (NNA):") credits no place with the quote after it', () => {
    const text = 'Baku/01.08.18/NNA: "There is no second state that gives its citizens so much care."\n\nBergen, 1 August (NNA): "The ferry will run all winter."';
    assert.equal(quoteStarting(text, 'There is no').speaker, null);
    assert.equal(quoteStarting(text, 'The ferry').speaker, null);
  });

  it('a place that undergoes a passive ("Tromso was chosen as the venue “for technical reasons”") is not credited with the fragment; "Norway was “deeply concerned”" still is', () => {
    const text = 'Tromso was chosen as the venue of the second round “for technical and logistical reasons,” the report noted later.\n\nThe talks went on. Oslo was battered by a “once-in-a-century” storm that week.\n\nNorway was “deeply concerned” about the talks.';
    assert.notEqual(quoteStarting(text, 'once-in').speaker, 'Oslo');
    assert.equal(quoteStarting(text, 'deeply concerned').speaker, 'Norway');
  });

  it('"In what it described as “…”, Norland began": the pronoun of a fronted "in what" clause is the main clause\'s subject', () => {
    const text = 'In what it described as “punishment” for “reckless acts,” Norland began two days of drills near the border.\n\nIn what he called a “betrayal,” Mayor Ola Berg quit the party on Monday.';
    assert.equal(quoteStarting(text, 'punishment').speaker, 'Norland');
    assert.equal(quoteStarting(text, 'reckless acts').speaker, 'Norland');
    assert.equal(quoteStarting(text, 'betrayal').speaker, 'Ola Berg');
  });

  it('"X said, according to his office": the speaker\'s own office relays the words; an outlet\'s account stays the credit', () => {
    const text = '“It won’t be like before,” Defence Minister Ola Berg said, according to his office, during a meeting with the envoy.\n\n“It is over,” the mayor said, according to the Bergen Herald.';
    assert.equal(quoteStarting(text, 'It won').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'It is over').speaker, 'Bergen Herald');
  });

  it('"X told reporters, according to a video posted online": a recording relays the words, so X speaks', () => {
    const text = 'Ferry strike\n\n“All ministers must go back to work,” Mayor Ola Berg told reporters, according to a video posted online by the broadcaster NRK.';
    assert.equal(quoteStarting(text, 'All ministers').speaker, 'Ola Berg');
  });

  it('"…," a website reported quoting him as saying: "him" is who speaks, and a name joined to ".net" is an outlet, not "he"', () => {
    const text = 'Energy Minister Omar Saleh spoke in Riyadh on Monday. “I think people must be in their comfort zone,” Norland-Arabia.net reported quoting him as saying.';
    assert.equal(quoteStarting(text, 'I think people').speaker, 'Omar Saleh');
  });

  it('a sentence of a name and a bare speech verb right after a quotation credits it: "“… the authorities.” Kari Lund said."', () => {
    const text = 'The fund reached a deal on Friday. The deal “would support the reform agenda of the authorities.” Kari Lund said.\n\n“We won.” Ola Berg said the team played well.';
    assert.equal(quoteStarting(text, 'would support').speaker, 'Kari Lund');
    assert.notEqual(quoteStarting(text, 'We won').speaker, 'Ola Berg');
  });

  it('a statement "published on the website of" a body is the body\'s, though it reports what a minister said', () => {
    const text = [
      'Foreign Minister Ola Berg made the warning in a call on Thursday, according to a statement published on the website of the Norwegian Foreign Ministry.',
      '"When discussing the talks, Berg pointed out that the sanctions were illusory," the statement said.',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'When discussing').speaker, 'Norwegian Foreign Ministry');
  });

  it('"This is according to X\'s spokesperson, Jon Lund" opening the next paragraph credits the quotation before it to the person named', () => {
    const text = 'Court ruling no blow to president\n\nThe court\'s dismissal of President Ola Berg\'s bid to challenge the report "is not a blow to the president".\n\nThis is according to Berg\'s spokesperson, Jon Lund, who addressed the media on Wednesday.';
    assert.equal(quoteStarting(text, 'is not a blow').speaker, 'Jon Lund');
  });

  it('"despite threats of “trouble” from Ola Berg": what a speech noun says is its source\'s, named after "from"', () => {
    const text = 'Norland confirms election results\n\nThe Electoral Commission of Norland has confirmed the results despite threats of “trouble” from Ola Berg, with the two largest parties opening the door to coalitions.';
    assert.equal(quoteStarting(text, 'trouble').speaker, 'Ola Berg');
  });
});
