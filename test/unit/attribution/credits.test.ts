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

  it('"…," Y told reporters, according to a news agency: the direct credit wins over the agency that relayed it', () => {
    const agency = '“The border stays open,” Ola Berg told reporters in Tromso, according to the Norland News Agency.';
    assert.equal(quoteStarting(agency, 'The border').speaker, 'Ola Berg');
    const state = '“We expect an answer,” Kari Moe said on Monday, according to state news agency Norland Press.';
    assert.equal(quoteStarting(state, 'We expect').speaker, 'Kari Moe');
    // (An outlet's own account stays the credited source.)
    const paper = '“We expect an answer,” Kari Moe said on Monday, according to the Bergen Herald.';
    assert.equal(quoteStarting(paper, 'We expect').speaker, 'Bergen Herald');
  });
});
