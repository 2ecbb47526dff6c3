// The phrase that does the speaking: how far it reaches, what is not part of it, and words
// that only look like speech verbs. One test per rule, with short invented sentences.
import assert from 'node:assert/strict';
import { analyze, quoteStarting } from './helpers';

describe('attribution/phrases: finding the speaker phrase', () => {
  it('"X did not name anyone, but told …": the second verb of the clause has its subject', () => {
    const text = 'Mayor Ida Strand did not name her rivals, but told supporters that "the city deserves better."';
    assert.equal(quoteStarting(text, 'the city').speaker, 'Ida Strand');
  });

  it('a name right before the verb\'s comma wins over earlier phrases: "…, in Dover, DE, …, Gov. Ada Berg (D), said"', () => {
    const text = 'On Tuesday in Dover, DE, after a long day, Gov. Ada Berg (D), said, "The trains will run."';
    assert.equal(quoteStarting(text, 'The trains').speaker, 'Ada Berg');
  });

  it('"said Lund University political scientist Eva Holm": plain words leading to a role before the name', () => {
    const text = '"The race is close," said Lund University political scientist Eva Holm.';
    assert.equal(quoteStarting(text, 'The race').speaker, 'Eva Holm');
  });

  it('"said a local farmer, Jonas Dahl": the name in apposition speaks', () => {
    const text = '"We lost the crop," said a local farmer, Jonas Dahl.';
    assert.equal(quoteStarting(text, 'We lost').speaker, 'Jonas Dahl');
  });

  it('a nationality after a given name is a surname: "said David English"', () => {
    const text = '"The vote was fair," said David English, an observer.';
    assert.equal(quoteStarting(text, 'The vote').speaker, 'David English');
  });

  it('any speech verb may invert after a quote: "…," scoffed Ana Lind', () => {
    const text = '"They never listen," scoffed Ana Lind, a nurse.';
    assert.equal(quoteStarting(text, 'They never').speaker, 'Ana Lind');
  });

  it('a place before a comma sets the scene, it is not the subject', () => {
    const text = 'In Bergen, Norway, Mayor Tor Vik praised the crews, calling them "heroes."';
    assert.equal(quoteStarting(text, 'heroes').speaker, 'Tor Vik');
  });

  it('a state written with initials is a place: "At a rally in Dover, N.H., on Tuesday, …"', () => {
    const text = 'At a rally in Dover, N.H., on Tuesday, Senator Ada Lund endorsed the plan, saying that it would "save the mills."';
    assert.equal(quoteStarting(text, 'save the mills').speaker, 'Ada Lund');
  });

  it('a time phrase ending in "ago" stands between subject and verb', () => {
    const text = 'The Water Board about three months ago said that the old pipes were "perfectly sound."';
    assert.equal(quoteStarting(text, 'perfectly sound').speaker, 'Water Board');
  });

  it('a parenthesis after the name and a relative clause: "Rep. Ada Berg (D-Vt.), who …, said"', () => {
    const text = 'Rep. Ada Berg (D-Vt.), who wrote the bill last spring with two colleagues, said the vote was "long overdue."';
    assert.equal(quoteStarting(text, 'long overdue').speaker, 'Ada Berg');
  });

  it('"last week" between the subject and the verb', () => {
    const text = 'Senator Ola Moe last week said the budget was "a disgrace."';
    assert.equal(quoteStarting(text, 'a disgrace').speaker, 'Ola Moe');
  });

  it('a relative clause belongs to the noun right before it, not to the noun before "for"', () => {
    const text = 'The board voted 6-1 for a motion which said the plant was "unsafe."';
    assert.equal(quoteStarting(text, 'unsafe').speaker, 'motion');
  });

  it('"said Pierre de Vos": a name with a lower-case particle is read whole', () => {
    const text = '"The race is a circus," said Pierre de Vos, a law professor.';
    assert.equal(quoteStarting(text, 'The race').speaker, 'Pierre de Vos');
  });

  it('"of" after a person\'s name does not make an office: "Senator Ann Bishop of Ohio"', () => {
    const text = '"We need a vote," said Senator Ann Bishop of Ohio, who chairs the panel.';
    const a = analyze(text);
    assert.match(a.quotes[0].speaker ?? '', /Ann Bishop$/);
    assert.equal(a.speakers[0].kind, 'person');
  });

  it('"of" after an office keeps the office whole: "Federal Reserve Bank of Boston"', () => {
    const text = '"Rates will rise," the Federal Reserve Bank of Boston said.';
    assert.equal(quoteStarting(text, 'Rates').speaker, 'Federal Reserve Bank of Boston');
  });

  it('verbs of manner are cues next to a quotation: "…," Ola Moe fumed', () => {
    const text = '"They never read the bill," Senator Ola Moe fumed on Tuesday.';
    const q = quoteStarting(text, 'They never');
    assert.equal(q.speaker, 'Ola Moe');
    assert.equal(q.cue, 'fumed');
  });

  it('a participle with a "by" agent and no "be": "an inquiry often labeled as a "farce" by critics"', () => {
    const text = 'The inquiry, often labeled as a "farce" by the local farmers, ended on Monday.';
    assert.equal(quoteStarting(text, 'farce').speaker, 'local farmers');
  });

  it('a dash-enclosed aside between subject and verb: "Ola Moe — named as a favorite — told …"', () => {
    const text = 'On Friday, Ola Moe — named by the paper as the favorite — told reporters that "nothing is decided."';
    assert.equal(quoteStarting(text, 'nothing is decided').speaker, 'Ola Moe');
  });

  it('a relative clause set off by a dash: "Ola Moe - who once said he would "…" - …"', () => {
    const text = 'The vote was close. The race went to Lund, and front-runner Ola Moe - who once said he would "cut taxes to the bone" - came second.';
    const q = quoteStarting(text, 'cut taxes');
    assert.equal(q.speaker, 'Ola Moe');
    // Named outright by the cue's relative pronoun, not guessed from the sentence around it.
    assert.equal(q.cue, 'said');
    assert.ok(q.confidence >= 0.8, `confidence ${q.confidence}`);
  });

  it('a lone initial names nobody', () => {
    const text = 'Officials met on Monday. I.\n\nOn the radio, he said, "Nothing has changed."';
    assert.equal(analyze(text).speakers.length, 0);
  });
});

describe('attribution/phrases: words that only look like speech verbs', () => {
  it('"the tax rule called an "exemption"": naming, not speech', () => {
    const text = 'Senator Ole Dahl spoke on Monday. The bill ends the tax rule called an "exemption."';
    const q = quoteStarting(text, 'exemption');
    assert.notEqual(q.cue, 'called');
  });

  it('a plural noun right after a quotation is no verb: `too many "gotcha" questions`', () => {
    const text = 'Senator Ole Dahl complained about too many "gotcha" questions from the panel.';
    const q = quoteStarting(text, 'gotcha');
    assert.notEqual(q.cue, 'questions');
    assert.equal(q.speaker, 'Ole Dahl');
  });

  it('after a quotation, a verb that takes an object does not make the object its speaker', () => {
    const text = 'The actress, star of the film "Nightfall," thanked Mayor Ola Berg for "a great evening."';
    assert.notEqual(quoteStarting(text, 'a great evening').speaker, 'Ola Berg');
  });

  it('"The Bank of Norland’s head said": the owner\'s name runs back past its own "of"; the head of the bank is a person, not the bank', () => {
    const text = 'Rates held\n\nGovernor Ola Berg of the Bank of Norland said the world was “shock-prone”.\n\nThe Bank of Norland’s head said the pause was “prudent”.';
    assert.equal(quoteStarting(text, 'prudent').speaker, 'Ola Berg');
  });

  it('"the Oslo attacks": a name after a determiner makes a compound noun, not a subject and verb', () => {
    const text = 'After the Oslo attacks, Premier Eva Dahl released a statement calling them "cowardly."';
    assert.equal(quoteStarting(text, 'cowardly').speaker, 'Eva Dahl');
  });
});
