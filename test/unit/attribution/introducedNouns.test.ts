// Descriptions that point back to a named speaker: a noun the role lexicon does not know
// ("the farmer", "the nurse") stands for the named person the article introduced with it.
import assert from 'node:assert/strict';
import { quoteStarting } from './helpers';

describe('attribution/descriptions: a noun the article introduced a person with', () => {
  it('"the fisherman" -> the person introduced as "a fisherman from Tromso"', () => {
    const text = 'Jon Lund, a fisherman from Tromso, sold his boat in May.\n\n"The cod are gone," the fisherman said.';
    assert.equal(quoteStarting(text, 'The cod').speaker, 'Jon Lund');
  });

  it('"the veteran nurse" -> the person introduced as "the night nurse at …"', () => {
    const text = 'Ann Dahl, the night nurse at Bergen Hospital, has not slept.\n\n"We need more hands," said the veteran nurse.';
    assert.equal(quoteStarting(text, 'We need').speaker, 'Ann Dahl');
  });

  it('a lower-case noun right before the name introduces the person too ("baker Kari Moe")', () => {
    const text = 'Prices rose again, baker Kari Moe noted on Friday.\n\n"Flour costs twice as much," the baker said.';
    assert.equal(quoteStarting(text, 'Flour costs').speaker, 'Kari Moe');
  });

  it('of two people introduced with the noun, "the Tromso driver" is not simply the latest', () => {
    const text = 'Tromso driver Ola Berg and Bergen driver Ann Dahl finished level.\n\n"The track was wet," the Tromso driver said.';
    assert.notEqual(quoteStarting(text, 'The track').speaker, 'Ann Dahl');
  });
});
