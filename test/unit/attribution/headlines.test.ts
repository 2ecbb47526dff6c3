// Headline-style lines, where every longer word is capitalized: names end where the verb
// starts, and a capitalized verb can be the cue. One test per rule, invented headlines.
import assert from 'node:assert/strict';
import { quoteStarting } from './helpers';

const BODY = 'Senator Maria Holm said on Monday that the talks had failed, and Holm urged calm.';

describe('attribution/headlines: title-case lines', () => {
  it('the name stops at the verb: "Maria Holm Calls Talks ‘A Farce’"', () => {
    const text = `Maria Holm Calls Talks With Lenders ‘A Farce’\n\n${BODY}`;
    const q = quoteStarting(text, 'A Farce');
    assert.equal(q.speaker, 'Maria Holm');
    assert.equal(q.cue, 'calls');
  });

  it('a capitalized speech verb after the quote: "‘…,’ Maria Holm Tells Voters"', () => {
    const text = `Deal Is ‘Dead On Arrival,’ Maria Holm Tells Voters\n\n${BODY}`;
    assert.equal(quoteStarting(text, 'Dead On').speaker, 'Maria Holm');
  });

  it('words the article writes in lower case are not names: "Holm Got Real About …"', () => {
    const text = `Maria Holm Got Real About Being Called ‘Difficult’\n\n${BODY} It was a real test, she said, and she got called difficult.`;
    assert.equal(quoteStarting(text, 'Difficult').speaker, 'Maria Holm');
  });

  it('a full name the body spells out ends before any verb-like word: "Maria Holm Went Candid On ‘…’"', () => {
    const text = `Maria Holm Went Candid On ‘Rising Rents’\n\n${BODY}`;
    assert.equal(quoteStarting(text, 'Rising').speaker, 'Maria Holm');
  });

  it('a name opening the line, then its verb, speaks after the colon: "Maria Holm Praises Election Chief Jon Lund: ‘…’"', () => {
    const text = `Maria Holm Praises Election Chief Jon Lund: ‘A Very Fine Job’\n\n${BODY}`;
    assert.equal(quoteStarting(text, 'A Very').speaker, 'Maria Holm');
    const later = `Maria Holm Backs Jon Lund: I Am ‘Appalled’ By The Result\n\n${BODY}`;
    assert.equal(quoteStarting(later, 'Appalled').speaker, 'Maria Holm');
  });

  it('a label after a dash wins over a cue earlier in the line: "POLL SAYS … - Lena Ek: "…""', () => {
    const text = 'POLL SAYS VOTERS WANT CHANGE - Lena Ek: "Turnout will be high."\n\nThe survey covered every town.';
    assert.equal(quoteStarting(text, 'Turnout').speaker, 'Lena Ek');
  });

  it('a name the body spells out ends before a verb in -s: "Maria Holm Sides With Lenders On ‘…’"', () => {
    // "Sides" is nowhere else in the article, so only the body's "Maria Holm" tells where the name ends.
    const text = `Maria Holm Sides With Lenders On ‘Fair Rates’\n\n${BODY}`;
    const q = quoteStarting(text, 'Fair Rates');
    assert.equal(q.speaker, 'Maria Holm');
  });

  it('a line opening with "NAME:" is that person\'s, even with words between the colon and the quotes', () => {
    const text = 'NY Gov Lena Ek: Berg Is ‘A Good Partner,’ ‘More Work Is Needed’\n\nThe governor spoke on Sunday.';
    assert.equal(quoteStarting(text, 'A Good Partner').speaker, 'Lena Ek');
    assert.equal(quoteStarting(text, 'More Work').speaker, 'Lena Ek');
  });

  it('body sentences keep their rules: a capitalized word mid-sentence is still a name', () => {
    const text = `Maria Holm Calls Talks ‘A Farce’\n\n${BODY} "Nobody Says no to Holm," Per Berg said.`;
    assert.equal(quoteStarting(text, 'Nobody').speaker, 'Per Berg');
  });

  it('a wire headline names its source at its end: "Talks ‘far from over’: Ministry", "… ‘secretly’ … – Presidency"', () => {
    const body = '\n\nBERGEN, May 3 (NNA) -- The harbour reopened on Saturday.';
    assert.equal(quoteStarting('Harbour deal ‘far from over’: Fisheries Ministry' + body, 'far from').speaker, 'Fisheries Ministry');
    assert.equal(quoteStarting('Bergen Did Not ‘Secretly’ Close The Harbour – Presidency' + body, 'Secretly').speaker, 'Presidency');
  });
  it('a name right after the full stop closing a quoted headline credits it: "‘The port stays open’. Moe", not "He called it “absurd”. Moe"', () => {
    const body = '\n\nBERGEN, May 3 (NNA) -- The harbour reopened on Saturday after a week of talks.';
    assert.equal(quoteStarting('‘The port stays open’. Moe' + body, 'The port stays').speaker, 'Moe');
    assert.equal(quoteStarting('He called the plan “absurd”. Moe' + body, 'absurd').speaker, null);
  });
  it('a headline quoting a few words of a body quotation is that speaker’s, over a country credited in the headline: "Norway ‘highly appreciates’ …"', () => {
    const text = 'Norway ‘highly appreciates’ Bergen’s ferry offer\n\nTROMSO, May 3 (NNA) -- “We highly appreciate the offer and the work behind it,” Foreign Minister Ola Berg told reporters on Monday.';
    assert.equal(quoteStarting(text, 'highly appreciates').speaker, 'Ola Berg');
    const named = 'Ann Dahl calls ferry offer ‘very generous’\n\nTROMSO, May 3 (NNA) -- “It is very generous,” Ola Berg said. Ann Dahl agreed.';
    assert.equal(quoteStarting(named, 'very generous').speaker, 'Ann Dahl');
  });
  it('a headline quotation credited to a country goes to the named person the story quotes first: "Norway ‘firmly against’ the plan"', () => {
    const text = 'Norway ‘firmly against’ the plan\n\nTROMSO, May 3 (NNA) -- Norway stands against the plan for the harbour and will say so at the talks next week, the ministry said on Friday in a long statement.\n\n“We will not sign it,” Foreign Minister Ola Berg told reporters in Tromso.';
    assert.equal(quoteStarting(text, 'firmly against').speaker, 'Ola Berg');
  });
  it('a one-word headline quotation credited to a country goes to the first body speaker too: "Norway shows ‘will’ on fish deal"', () => {
    const text = 'Norway shows ‘will’ on fish deal\n\nTROMSO, May 3 (NNA) -- Fisheries Minister Ola Berg said on Friday that Norway showed a “firm will” to settle the quota row with its neighbours.';
    assert.equal(quoteStarting(text, 'will').speaker, 'Ola Berg');
  });
  it('a wire kicker ("Spotlight:", "Roundup:") is no speaker, and a headline naming two people takes the speaker of the body quotation it echoes', () => {
    const text = 'Spotlight: Berg, Lund hold “fruitful and constructive” talks\n\nTROMSO, May 3 (NNA) -- “Our talks were fruitful and constructive,” Norland President Ola Berg said here Friday after meeting Jon Lund.';
    assert.equal(quoteStarting(text, 'fruitful').speaker, 'Ola Berg');
  });
  it('"says" right after a headline quotation is the verb, never a noun: "Fishing talks ‘up in the air’ says harbour aide"', () => {
    const text = 'Fishing talks ‘up in the air’ says harbour aide\n\nBERGEN, June 4. /NNA/. No talks are planned, Norland harbour aide Ola Berg told reporters on Monday.';
    assert.equal(quoteStarting(text, 'up in the air').speaker, 'Ola Berg');
  });
  it('a quotation standing alone as a heading line is the words of the speaker the paragraph below opens with', () => {
    const text = 'Ola Berg and Jon Lund met in Tromso on Monday. The mayor and Lund spoke about the port.\n\n‘We have no plans to sell the ferry’\n\nLund answered a question about the ferry line. He said that the town would keep it.';
    assert.equal(quoteStarting(text, 'We have no plans').speaker, 'Jon Lund');
    const title = '‘Ties with Bergen are at a low point’\n\nNorland Foreign Minister Kari Moe said the talks had gone badly.';
    assert.equal(quoteStarting(title, 'Ties with').speaker, 'Kari Moe');
  });
  it('a sub-heading inside the story quoting a few words ("- The deal needs ‘steady attention’") is the words of the speaker the paragraph below opens with', () => {
    const text = [
      'Ola Berg met Ann Dahl in Bergen on Monday to discuss the ferry deal, which both sides signed last week after long talks.',
      'The deal covers fares, winter routes and the new pier, and it leaves the county a small share of the costs.',
      '- The deal needs ‘steady attention’',
      'Berg said the terms were settled after hard talks and cover the routes that matter most.',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'steady attention').speaker, 'Ola Berg');
  });
  it('a headline quoting one word of a body quotation ("Bergen has ‘resolve’ for Tromso ties") is that speaker’s, over the place the headline credits', () => {
    const text = 'Bergen has ‘resolve’ for Tromso ties\n\nNorland Foreign Minister Ola Berg said on Thursday that Bergen has a “firm resolve” to improve ties with Tromso.';
    assert.equal(quoteStarting(text, 'resolve').speaker, 'Ola Berg');
  });
  it('a quoted sub-heading that takes its words from a quotation further down ("‘The closure was a total betrayal’" … a “total betrayal”) is that speaker’s, not the next paragraph’s', () => {
    const text = [
      'The ferry line closed on Monday after ten years of service to the islands.',
      '‘The closure was a total betrayal’',
      'Ola Berg said earlier on the radio that the county had made a “bad bargain” with the owners. Former mayor Ann Dahl called the closure a “total betrayal” of the islanders.',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'The closure was').speaker, 'Ann Dahl');
  });

  it('a label naming an event does not speak: "Harbour Summit: Norland Pushes for ‘Open Waters’"', () => {
    const text = [
      'Leaders meet in Bergen',
      'Prime Minister Ola Berg opened the meeting on Monday.',
      'Harbour Summit: Norland Pushes for ‘Open Waters’',
      'The Norland leader also called for “fair and orderly” trade.',
    ].join('\n\n');
    assert.notEqual(quoteStarting(text, 'Open Waters').speaker, 'Harbour Summit');
    const acronym = text.replace('Harbour Summit:', 'NATO Summit:');
    assert.ok(!['NATO Summit', 'Summit', 'NATO'].includes(quoteStarting(acronym, 'Open Waters').speaker ?? ''));
    const person = 'Talks go on\n\nKari Moe: “Not on my watch.”';
    assert.equal(quoteStarting(person, 'Not on my').speaker, 'Kari Moe');
  });

  it('a short sub-heading quoting a word or two ("Disruption “regret”", "“Shambolic” approach") is the speaker\'s whose quotation below holds them', () => {
    const text = 'Norland doctors strike\n\nAbout 3,300 operations were cancelled.\n\nDisruption “regret”\n\nUnion chair Dr Ola Berg says: "We deeply regret the level of disruption caused." He adds that the strike sends a “clear message”.\n\nHospital chief Kari Moe says the service had been “pulling out all the stops”.\n\n“Shambolic” approach\n\nShadow health secretary Ann Dahl describes the approach to the strike as "utterly shambolic".';
    assert.equal(quoteStarting(text, 'regret').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'Shambolic').speaker, 'Ann Dahl');
  });

  it('a line opening with a quotation and a colon, then a name and its verb ("‘Put your money where your mouth is’: Jon Lund criticises …"), is the name\'s', () => {
    const text = 'Norland election: day 31\n\nA former Prime Minister has laid into Ola Berg, declaring the voters ‘deserve better’.\n\n\'Put your money where your mouth is\': Jon Lund criticises the defence spend\n\nKari Moe was joined by former prime minister Per Dahl in Bergen.';
    assert.equal(quoteStarting(text, 'Put your money').speaker, 'Jon Lund');
    const shares = 'Norland markets\n\nThe bank reported results on Monday.\n\n\'Record profits\': Nordbank shares rose on the news\n\nTraders were pleased.';
    assert.notEqual(quoteStarting(shares, 'Record profits').speaker, 'Nordbank');
  });
});
