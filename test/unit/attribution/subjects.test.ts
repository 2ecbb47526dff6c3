// The subject of a cue: which phrase before the verb speaks when other phrases stand between
// the subject's head and its verb. One test per rule, with short invented sentences.
import assert from 'node:assert/strict';
import { quoteStarting } from './helpers';

describe('attribution/subjects: the phrase that speaks', () => {
  it('"A memo obtained by the Bergen Herald says": the object of a participle after the head does not speak', () => {
    const text = 'A memo from the Tromso harbour board reviewed by the Bergen Herald says that "the quay will close in May."';
    assert.equal(quoteStarting(text, 'the quay').speaker, 'memo');
    const other = 'A council source talking to the Bergen Herald said, "The inspectors are still at work."';
    assert.equal(quoteStarting(other, 'The inspectors').speaker, 'council source');
  });
});
