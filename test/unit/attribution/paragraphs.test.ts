// Quotes with no speech verb of their own: what the sentence, the paragraph and the one before
// it say about who speaks. One test per rule, with short invented sentences.
import assert from 'node:assert/strict';
import { quoteStarting } from './helpers';

describe('attribution/paragraphs: quotes without a cue of their own', () => {
  it('a paragraph ending in a colon hands the quote paragraphs after it to its subject', () => {
    const text = [
      'The strike entered its third week on Friday.',
      'The transport union listed its demands:',
      '"Higher wages for night shifts.',
      '"A safer depot."',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'Higher wages').speaker, 'transport union');
    assert.equal(quoteStarting(text, 'A safer').speaker, 'transport union');
  });

  it('a bulleted list after "X said that:" is X\'s, item by item, whatever each item\'s subject', () => {
    const text = [
      'Mayor Kari Moe spoke to the harbour board on Monday. She told members that:',
      '  • The ferry plan had been "rushed through" by the county.\n  • Jon Lund\'s office had done "almost nothing" about winter service.\n  • The town will go to court if needed.\n  • Tromso has "run out of patience".',
      'The board meets again in May.',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'rushed through').speaker, 'Kari Moe');
    assert.equal(quoteStarting(text, 'almost nothing').speaker, 'Kari Moe');
    assert.equal(quoteStarting(text, 'run out of').speaker, 'Kari Moe');
  });

  it('a clause of its own ending in the colon ("…, but Jon Lund had a reply ready: "…"") takes the quote from a cue in an earlier clause', () => {
    const text = 'In its yearly report the council praised the plan as "a sensible saving", but Jon Lund had a short reply ready: "You cannot save money by sinking a harbour."';
    assert.equal(quoteStarting(text, 'You cannot save').speaker, 'Jon Lund');
  });

  it('a colon inside the sentence hands the quote to the sentence\'s subject', () => {
    const text = 'Coach Lars Nyberg met the fans. He then turned to the crowd again: "We will be back."';
    assert.equal(quoteStarting(text, 'We will be back').speaker, 'Lars Nyberg');
  });

  it('a named subject leading to a colon speaks, not the speaker of the quote before it', () => {
    const text = 'Mayor Eva Lind posted a photo of the new bridge. "The best bridge in the region!" she wrote. Council member Jonas Berg broke down what was wrong with the photo: "It shows the old bridge."';
    assert.equal(quoteStarting(text, 'It shows').speaker, 'Jonas Berg');
  });

  it('a person named right before a colon introduces the quote', () => {
    const text = 'The result does not surprise pollster Anna Vik: "Turnout decides everything."';
    assert.equal(quoteStarting(text, 'Turnout').speaker, 'Anna Vik');
  });

  it('of two names before a colon, the first leads', () => {
    const text = 'A new survey by Anna Vik and Jonas Berg: "Turnout decides everything."';
    assert.equal(quoteStarting(text, 'Turnout').speaker, 'Anna Vik');
  });

  it('a quote paragraph after a paragraph about a named person is that person\'s', () => {
    const text = 'Farmer Nils Holm is hopeful about the harvest, in part because the rain came early.\n\n"This will be our best year."';
    assert.equal(quoteStarting(text, 'This will be').speaker, 'Nils Holm');
  });

  it('a fragment in a sentence whose subject is a pronoun is the word of the person it stands for', () => {
    const text = 'Mayor Tom Reyes opened the bridge on Monday.\n\nHe admired the "quiet strength" of the crews.';
    assert.equal(quoteStarting(text, 'quiet strength').speaker, 'Tom Reyes');
  });

  it('a fragment in a sentence whose subject is a description belongs to that description', () => {
    const text = 'The drivers\' union wants a "fair deal" for night shifts.';
    assert.equal(quoteStarting(text, 'fair deal').speaker, 'drivers\' union');
  });

  it('a plural noun before a verb is the head of the subject, not its verb', () => {
    const text = 'The two leaders agreed in a call to meet "as soon as possible."';
    assert.equal(quoteStarting(text, 'as soon').speaker, 'two leaders');
  });

  it('an advertising slot ("Hide Ad" ¶ "Hide Ad") between two quote paragraphs neither names a speaker nor breaks the speaker\'s run', () => {
    const text = 'Councillor Jon Lund said the plan was kept secret. "We want to know what was agreed."\n\nHide Ad\nHide Ad\n\n"They need to be open. This document should be public."';
    assert.equal(quoteStarting(text, 'They need').speaker, 'Jon Lund');
  });

  it('a "Most Read" panel between two quote paragraphs is page furniture: "Read" is nobody, and the speaker\'s run goes on', () => {
    const text = 'Hospital waits\n\nChief executive Kari Moe said the waits were too long. “We already have a plan in place.\n\nMost Read\n\n“One of the ways we will do this is same-day care.”';
    assert.equal(quoteStarting(text, 'One of the ways').speaker, 'Kari Moe');
  });

  it('a participle with no subject of its own ("Before finishing by saying, “…”") goes on with the last speaker; "Adding:" before a quote is no name', () => {
    const text = 'Director Jon Lund said the signing was a big day for the club. "His best years are ahead of him."\n\nBefore finishing by saying, "I am delighted we have his signature."\n\nAdding: "We will win the league."';
    assert.equal(quoteStarting(text, 'I am delighted').speaker, 'Jon Lund');
    assert.notEqual(quoteStarting(text, 'We will win').speaker, 'Adding');
  });

  it('a later quote in the paragraph of a speaker stays theirs', () => {
    const text = 'The river rose fast, engineer Sara Lind said. Only a wall can stop what she called "the next flood."';
    assert.equal(quoteStarting(text, 'the next flood').speaker, 'Sara Lind');
  });

  it('a cue later in the sentence covers every quote before it', () => {
    const text = 'Planners should avoid words like "soon" and "later" in timetables, minister Ola Berg told reporters.';
    assert.equal(quoteStarting(text, 'soon').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'later').speaker, 'Ola Berg');
  });

  it('a later cue whose subject is unknown leaves the sentence subject a say', () => {
    const text = 'Economist Eva Moen sees the plan as "a gamble" for the town, they confirmed.';
    assert.equal(quoteStarting(text, 'a gamble').speaker, 'Eva Moen');
  });
  it('a quotation standing as a paragraph of its own is credited by the next paragraph\'s bare speech verb: "“…”." ¶ "Ola Berg said at a party meeting."', () => {
    const text = 'Bergen, 17 May. NNA/ "We will not give up the harbour".\n\nCiting local media, Norland president Ola Berg said at a party meeting on Friday.';
    assert.equal(quoteStarting(text, 'We will not').speaker, 'Ola Berg');
    const complement = '"We will not give up the harbour".\n\nOla Berg said the talks would go on.';
    assert.equal(quoteStarting(complement, 'We will not').speaker, null);
  });

  it('the points of a list a speaker introduces with a colon are theirs, bullets or numbers, until the list ends', () => {
    const bullets = [
      'Mayor Kari Moe answered questions at the town hall on Monday. She said that:',
      '• The ferry timetable was cut "without a single hearing" last spring.',
      '• Her council has "written to the ministry twice" since then.',
      'Jon Lund, who runs the ferry, called the cuts "unavoidable".',
      'The ferry company posted the new timetable online "for the winter".',
    ].join('\n\n');
    assert.equal(quoteStarting(bullets, 'without a single').speaker, 'Kari Moe');
    assert.equal(quoteStarting(bullets, 'written to').speaker, 'Kari Moe');
    assert.equal(quoteStarting(bullets, 'unavoidable').speaker, 'Jon Lund');
    assert.notEqual(quoteStarting(bullets, 'for the winter').speaker, 'Kari Moe');
    const numbered = 'Ola Berg listed his conditions at the meeting:\n1. Repairs must be "finished before May".\n2. The old pier is "not to be sold".';
    assert.equal(quoteStarting(numbered, 'finished before').speaker, 'Ola Berg');
    assert.equal(quoteStarting(numbered, 'not to be sold').speaker, 'Ola Berg');
  });

  it('a source reported inside a speaker\'s words ("he said the report also showed that …") does not take over the quote paragraph after it', () => {
    const text = [
      'Ola Berg, the harbour chief, spoke to reporters in Bergen on Monday.',
      'Besides pointing to the storms, he said the county audit also pointed out that the old pier was unsafe.',
      '“The audit backs what we have said for years. We will close the pier.”',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'The audit backs').speaker, 'Ola Berg');
  });

  it('a paragraph with no speaker of its own, right after one reporting someone, carries that person\'s account: "Berg told … ¶ Those storms could push farmers into “…”"', () => {
    const text = [
      'Ola Berg, the Norland farm minister, told the council in Bergen on Monday that the floods were getting worse every year.',
      'Those storms could push young farmers into “a spiral of debt and despair”.',
      'Berg also spoke about the new dams.',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'a spiral').speaker, 'Ola Berg');
  });

  it('a paragraph ending in a colon after someone\'s interview or statement ("Read more in Ola Berg\'s interview with the Bergen Herald:") hands the quote below to that person', () => {
    const text = [
      '“The ferry will run all winter,” Ann Dahl, the port chief, said on Monday.',
      'Read more in Ola Berg’s long interview with the Bergen Herald:',
      '“We have fixed the worst problems with Tromso.”',
    ].join('\n\n');
    assert.equal(quoteStarting(text, 'We have fixed').speaker, 'Ola Berg');
  });

  it('a line opening with "From" or "More from" and a source before the colon ("From the county report: “…”") hands the quote to that source', () => {
    const text = '“We are fine,” Jon Lund said on Monday.\n\nThe county looked at the ferry books. From the county report: “Costs rose by half in two years.”';
    assert.equal(quoteStarting(text, 'Costs rose').speaker, 'county report');
    const more = 'The poll moved again.\n\nMore from Ola Berg: “The data show a shift to the left.”';
    assert.equal(quoteStarting(more, 'The data show').speaker, 'Ola Berg');
  });

  it('words nobody is credited with are, as a low-confidence guess, the person the story is about: "On fame:" ¶ "…" in an interview write-up', () => {
    const text = 'Pop singer Kari Moe sat down with us before her tour. Some highlights:\n\nOn fame:\n\n“People think I hate being famous. I am frightened of it.”\n\nOn her new album:\n\n“It has been very communal.”';
    for (const prefix of ['People think', 'It has been']) {
      const quote = quoteStarting(text, prefix);
      assert.equal(quote.speaker, 'Kari Moe');
      assert.ok(quote.confidence <= 0.3, `a guess, not a credit: ${quote.confidence}`);
    }
  });

  it('the guess is a person or a body, never a place or a headline word: a dateline leaves the quote unspoken', () => {
    const text = 'Bergen, 17 May.\n\nThe storm closed the harbour.\n\n“The worst in forty years.”';
    assert.equal(quoteStarting(text, 'The worst').speaker, null);
  });
});
