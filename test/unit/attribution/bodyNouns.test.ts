// A named body referred to by a noun for its kind: the noun its name's words imply ("Red
// Crescent" a charity, "FC" a club) or the one an appositive gives it ("…, the shipping company,").
import assert from 'node:assert/strict';
import { quoteStarting } from './helpers';

describe('attribution/descriptions: the noun a named body goes by', () => {
  it('"the charity" -> the Red Crescent named before', () => {
    const text = 'The Tromso Red Crescent flew tents to the valley on Sunday.\n\n"Families are sleeping outside," the charity said.';
    assert.equal(quoteStarting(text, 'Families are').speaker, 'Tromso Red Crescent');
  });

  it('"the club" -> a football club named with "FC"', () => {
    const text = 'Tromso FC lost the cup final to a late goal.\n\n"We will come back stronger," the club said on its website.';
    assert.equal(quoteStarting(text, 'We will come').speaker, 'Tromso FC');
  });

  it('"the group" -> a name of members ("… Front") that no other word marks as a body', () => {
    const text = 'Hundreds joined the Clean Harbour Front on the quay.\n\n"The ships must plug in," the group said.';
    assert.equal(quoteStarting(text, 'The ships').speaker, 'Clean Harbour Front');
  });

  it('"the company" -> the body an appositive called a company ("Nordlys, the shipping company,")', () => {
    const text = 'Nordlys, the shipping company, sold two ferries in March.\n\n"The route no longer pays," the company said.';
    assert.equal(quoteStarting(text, 'The route').speaker, 'Nordlys');
  });

  it('"the airline", "the carrier" -> the firm last named, like "the company" ("Nordic Airways … the airline said")', () => {
    const text = 'Nordic Airways cancelled almost all flights on Monday.\n\nIn a statement, the airline said it had "no way of predicting" who would fly.\n\nFlights should resume on Wednesday, "pending talks," the carrier said.';
    assert.equal(quoteStarting(text, 'no way').speaker, 'Nordic Airways');
    assert.equal(quoteStarting(text, 'pending talks').speaker, 'Nordic Airways');
  });

  it('"the agency", "the regulator" -> the public body last named, an acronym too ("the NHA said … the agency told"), never a news agency relaying the story', () => {
    const acronym = 'But the NHA on Wednesday said it was still investigating the crash.\n\n“The investigation remains open,” the agency told the Bergen Herald.';
    assert.equal(quoteStarting(acronym, 'The investigation').speaker, 'NHA');
    const named = 'The Norland Harbour Authority fined the ferry operator on Friday, AFP reported.\n\n“Safety rules apply to every ship,” the regulator said.';
    assert.equal(quoteStarting(named, 'Safety rules').speaker, 'Norland Harbour Authority');
    const wire = 'Ferries were cancelled across the fjords on Friday, AFP reported.\n\n“Storms will last until Sunday,” the agency said.';
    assert.notEqual(quoteStarting(wire, 'Storms will').speaker, 'AFP');
  });

  it('"the union" -> a body introduced with it in apposition, either way round ("the teachers union, the Bergen Education Association,")', () => {
    const after = 'The Bergen Education Association, the teachers union, called a strike.\n\n"The district failed us," the union said.';
    assert.equal(quoteStarting(after, 'The district').speaker, 'Bergen Education Association');
    const before = 'The teachers union, the Bergen Education Association, called a strike.\n\n"The district failed us," the union said.';
    assert.equal(quoteStarting(before, 'The district').speaker, 'Bergen Education Association');
  });

  it('a junta speaks as a body: "Norland’s ruling junta said" is the junta, not the country', () => {
    const text = 'Norland’s ruling junta said it “strongly” condemned the sanctions.\n\nIt accused the bloc of being “exploited by outside powers.”';
    assert.equal(quoteStarting(text, 'strongly').speaker, 'Norland’s ruling junta');
    assert.equal(quoteStarting(text, 'exploited').speaker, 'Norland’s ruling junta');
  });

  it('"its parent bank Danske … Danske reported … the bank said": a body introduced by the noun right before its name, named later than a body whose name holds the noun', () => {
    const text = 'Bank results\n\nNorland Savings Bank reported a loss. Its Danish parent bank Fjordbank said losses widened.\n\nFjordbank today reported a steep drop in profits.\n\n"The board is looking for a new chief executive," the bank said.';
    assert.equal(quoteStarting(text, 'The board').speaker, 'Fjordbank');
  });
});

