// Speech cues: which verb forms and constructions report speech, and which only look like
// it. One test per rule, with short invented sentences.
import assert from 'node:assert/strict';
import { quoteStarting } from './helpers';

/** The cue words of the one quote starting with `prefix`, or null when it has none. */
function cueOf(text: string, prefix: string): string | null {
  const q = quoteStarting(text, prefix);
  return q.cueStart === null || q.cueEnd === null ? null : text.slice(q.cueStart, q.cueEnd);
}

describe('attribution/cues: speech verbs and their subjects', () => {
  it('a modal, then an adverb, then the base form: "could only quip", "will later say"', () => {
    const quip = 'The talks ran late. Ola Berg, the host, could only quip: "Dinner is cancelled."';
    assert.equal(cueOf(quip, 'Dinner'), 'quip');
    assert.equal(quoteStarting(quip, 'Dinner').speaker, 'Ola Berg');
    const later = 'Kari Moe met the press. Ann Dahl would later say that "nothing was agreed."';
    assert.equal(cueOf(later, 'nothing'), 'say');
    assert.equal(quoteStarting(later, 'nothing').speaker, 'Ann Dahl');
  });

  it('a plural noun after a capitalized word is no verb before "and" or "of": "local and STD calls and data “are being marketed …”"', () => {
    const text = 'Tariff row\n\nIn a letter to the regulator, Nordtel said Bergcom’s offers of free local and STD calls and data for 70 days “are being marketed in a misleading manner”.';
    assert.notEqual(cueOf(text, 'are being marketed'), 'calls');
    assert.equal(quoteStarting(text, 'are being marketed').speaker, 'Nordtel');
  });

  it('a bare noun after a preposition modifies a plural, never a verb: "on member states, … he argued"', () => {
    const text = 'Envoy Ola Berg spoke in Oslo. The Union “wants to dictate its will” on member states, and “forcefully” spreads costs, he argued.';
    assert.equal(cueOf(text, 'wants to'), 'argued');
    assert.equal(quoteStarting(text, 'forcefully').speaker, 'Ola Berg');
  });

  it('bodies in the plural speak as described: "but charities say …", "Rights groups warned …"', () => {
    const say = 'The Bergen camps are full, but charities say many families are making “urgent” attempts to leave.';
    assert.equal(quoteStarting(say, 'urgent').speaker, 'charities');
    const warned = 'Oslo passed the law on Monday. Rights groups warned it was “draconian”.';
    assert.equal(quoteStarting(warned, 'draconian').speaker, 'Rights groups');
  });

  it('two names joined by "and" take a plural noun, never a verb in -s: "in Imo and Bayelsa states" does not speak', () => {
    const text = 'A statement by the commissioner, Ola Berg, said all parties had filed lists.\n\nThe statement added that parties will run in the Imo and Kogi states.\n\nThe statement reads: “The lists will be published today.”';
    assert.equal(quoteStarting(text, 'The lists').speaker, 'Ola Berg');
  });

  it('a negated modal does not report speech: "would never say", "could hardly tell"', () => {
    assert.equal(cueOf('Ann Dahl would never say "sorry" to anyone.', 'sorry'), null);
    assert.equal(cueOf('Jon Lund could hardly tell "friend" from "foe."', 'friend'), null);
  });

  it('"X, who, <aside>, said": a relative pronoun alone between commas is the subject', () => {
    const text = 'At the hearing was the editor Ann Dahl, who, after a long quarrel with Mr. Lund, said on the radio that "the paper will not back down."';
    assert.equal(quoteStarting(text, 'the paper').speaker, 'Ann Dahl');
  });

  it('a present-tense frame after a quotation: `"…," the two write`, `"…," the Danes state in …`', () => {
    const two = 'Ola Berg and Kari Moe sent a letter. "The port must stay open," the two write.';
    assert.equal(quoteStarting(two, 'The port').speaker, 'two');
    const state = 'Jon Lund read the paper. "The port is safe," the Danes state in the report.';
    assert.equal(quoteStarting(state, 'The port').speaker, 'Danes');
  });

  it('"utter" is a speech verb: `the word "sorry" was uttered once, by Ann Dahl`', () => {
    const text = 'Jon Lund spoke first. The word "sorry" was uttered only once, by Ann Dahl.';
    assert.equal(quoteStarting(text, 'sorry').speaker, 'Ann Dahl');
  });

  it('"find" reports a conclusion in its own words: `A 2019 audit by the Bergen Council found "…"`, `Ola Berg found in 2020 that the fleet is "…"`', () => {
    const text = 'A 2019 audit by the Bergen Council found “no sign of fraud.”\n\nTwo engineers, Ola Berg and Kari Moe, found in 2020 that the ferry fleet is “the oldest in Norland.”';
    assert.equal(quoteStarting(text, 'no sign').speaker, 'Bergen Council');
    assert.equal(cueOf(text, 'no sign'), 'found');
    assert.equal(quoteStarting(text, 'the oldest').speaker, 'Ola Berg');
  });

  it('"assured <listeners> that": the that-clause may follow the people told', () => {
    const text = 'Kari Moe left early. Ola Berg assured the anxious residents of Tromso that Mayor Jon Lund was "made of stern stuff."';
    assert.equal(cueOf(text, 'made of'), 'assured');
    assert.equal(quoteStarting(text, 'made of').speaker, 'Ola Berg');
  });

  it('an "on" phrase between the speaker and the verb: "Ola Berg on Bergen Radio said", `"…," a notice on the website reads`', () => {
    const radio = 'Kari Moe spoke first. Ola Berg on Bergen Radio said the bridge was "unsafe."';
    assert.equal(quoteStarting(radio, 'unsafe').speaker, 'Ola Berg');
    const notice = 'Jon Lund runs the ferry. "All trips are cancelled," a notice on the website reads.';
    assert.equal(quoteStarting(notice, 'All trips').speaker, 'notice');
  });

  it('a "during" phrase between the speaker and the verb: "Ola Berg during the debate said"', () => {
    const text = 'Kari Moe spoke first. Ola Berg during the long debate said the bridge was "unsafe."';
    assert.equal(quoteStarting(text, 'unsafe').speaker, 'Ola Berg');
  });

  it('an "in" phrase naming where words are said, before the verb: "Ola Berg in a radio interview said"', () => {
    const text = 'Kari Moe spoke first. Ola Berg in a radio interview said the bridge was "unsafe."';
    assert.equal(quoteStarting(text, 'unsafe').speaker, 'Ola Berg');
  });

  it('a capitalized plural of people opening the sentence speaks: "Proponents argue …"', () => {
    const text = 'Jon Lund spoke first. Proponents argue the ferry plan is "overdue."';
    assert.equal(quoteStarting(text, 'overdue').speaker, 'Proponents');
  });

  it('"Half of the voters in Tromso say", "Supporters of the plan say": the people before "of" speak', () => {
    const half = 'Jon Lund spoke first. Half of the voters in Tromso say the ferry is "too slow."';
    assert.equal(cueOf(half, 'too slow'), 'say');
    assert.equal(quoteStarting(half, 'too slow').speaker, 'voters in Tromso');
    const backers = 'Jon Lund spoke first. Backers of the ferry plan say it is "overdue."';
    assert.equal(quoteStarting(backers, 'overdue').speaker, 'Backers of the ferry plan');
  });

  it('"reminded Y that …" reports speech, listener first: "Ola Berg reminded the Bergen mayor that Norland “…”"', () => {
    const text = 'Kari Moe spoke first. Former minister Ola Berg reminded the Bergen mayor that Norland “still pays for the bridge”.';
    assert.equal(cueOf(text, 'still pays'), 'reminded');
    assert.equal(quoteStarting(text, 'still pays').speaker, 'Ola Berg');
  });

  it('"denied reports of Minister Ola Berg saying “…”": the person after "of" is the participle\'s subject, not the one denying', () => {
    const text = 'Spokesman Jon Lund denied reports of Norland Foreign Minister Ola Berg saying, “some forces fear our power” at a meeting.';
    assert.equal(quoteStarting(text, 'some forces').speaker, 'Ola Berg');
  });

  it('"Officials in Oslo said": the people before "in" speak, not the place', () => {
    const text = 'Kari Moe spoke first. Officials in Oslo said the bridge was "unsafe."';
    assert.equal(quoteStarting(text, 'unsafe').speaker, 'Officials in Oslo');
  });

  it('a day and its part between the speaker and the verb: "Ola Berg on Tuesday night said", "late Friday"', () => {
    const night = 'Kari Moe spoke first. An email sent out by Ola Berg on Tuesday night warned of a long fight: "We need you."';
    assert.equal(quoteStarting(night, 'We need').speaker, 'Ola Berg');
    const late = 'Kari Moe spoke first. Ola Berg late Friday said the bridge was "unsafe."';
    assert.equal(quoteStarting(late, 'unsafe').speaker, 'Ola Berg');
  });

  it('a person shown or heard doing the participle is its subject: "footage showing their commander Ola Berg declaring that …"', () => {
    const text = 'The rebels released footage showing the commander of their forces in the north Brigadier Ola Berg declaring that the rebels "will move on the capital."';
    assert.equal(quoteStarting(text, 'will move').speaker, 'Ola Berg');
  });

  it('a quoted adverb between the subject and the verb is still an adverb: "Ola Berg today “firmly” condemned the “raid” carried out by the rebels"', () => {
    const text = 'The chairman of the harbour council, Ola Berg, today “firmly” condemned the “raid” carried out on Wednesday by the rebels.';
    assert.equal(quoteStarting(text, 'firmly').speaker, 'Ola Berg');
    assert.equal(quoteStarting(text, 'raid').speaker, 'Ola Berg');
  });

  it('a participle after a clause reported inside someone\'s words is the reporter\'s: "Berg said the rebels claimed …, stressing that …"', () => {
    const text = 'The harbour master Ola Berg said on Friday that the fishermen claimed they had closed the quay, stressing that "nobody has closed anything."';
    assert.equal(quoteStarting(text, 'nobody').speaker, 'Ola Berg');
  });

  it('a phrase, a manner adverb, then the participle: "Ola Berg privately saying …" is Berg\'s', () => {
    const privately = 'Kari Moe spoke. Few had heard of Ola Berg privately saying "the deal is dead."';
    assert.equal(quoteStarting(privately, 'the deal').speaker, 'Ola Berg');
    const crowd = 'Kari Moe sighed as she watched the protesters in Bergen loudly calling the plan a "disaster."';
    assert.equal(quoteStarting(crowd, 'disaster').speaker, 'protesters in Bergen');
  });

  it('an infinitive that happened reports speech: "went on to say", "proceeded to tell", "took to Twitter to write"', () => {
    const went = 'Ola Berg praised the crew. He went on to say, "The bridge will open in May."';
    assert.equal(cueOf(went, 'The bridge'), 'say');
    assert.equal(quoteStarting(went, 'The bridge').speaker, 'Ola Berg');
    const took = 'Kari Moe lost the vote. Kari Moe took to Twitter to write: "We will be back."';
    assert.equal(quoteStarting(took, 'We will').speaker, 'Kari Moe');
    // (An infinitive that did not happen reports nothing.)
    const declined = 'Ola Berg met the board. Jon Lund declined to say "anything at all."';
    assert.equal(cueOf(declined, 'anything'), null);
  });

  it('a phrase of when before the that-clause of a weak cue: "reported on Monday that", "earlier this month that"', () => {
    const monday = 'Kari Moe spoke. Several outlets reported on Monday that the plan was "dead."';
    assert.equal(cueOf(monday, 'dead'), 'reported');
    assert.equal(quoteStarting(monday, 'dead').speaker, 'Several outlets');
    const month = 'Kari Moe spoke. The Bergen Herald reported earlier this month that the ferry was "unsafe."';
    assert.equal(quoteStarting(month, 'unsafe').speaker, 'Bergen Herald');
  });
});

describe('attribution/cues: "accused" that reports no one', () => {
  it('"The trial of accused killer Ola Berg is not a “…”", "A man accused of fraud is “…”": an adjective after a preposition and a participle before "of" are no speech verbs', () => {
    const adjective = 'The trial of accused killer Ola Berg is not a “soap opera”, a court has heard.';
    assert.notEqual(cueOf(adjective, 'soap opera'), 'accused');
    const participle = 'A man accused of fraud at the Bergen port is “entirely innocent”, the court was told.';
    assert.notEqual(cueOf(participle, 'entirely innocent'), 'accused');
    // The active verb still reports: "Kari Moe accused the board of “lying”".
    assert.equal(cueOf('Kari Moe accused the board of “lying”.', 'lying'), 'accused');
  });
});

describe('attribution/cues: the agent of a passive speech verb', () => {
  it('"a man was told by gardai to “…”": Irish police, named by the plural "gardai", said the words', () => {
    const text = 'Judge Eva Holm heard the case on Monday. She described as "extremely serious" claims that a man was told by gardai to "just plead guilty" to the charges.';
    assert.equal(quoteStarting(text, 'just plead').speaker, 'gardai');
  });
});

describe('attribution/cues: a possessor owns a noun', () => {
  it('"dismissed Mrs May’s claim as “wishful thinking”": the one dismissing it speaks, not the possessor (a surname spelled like a month)', () => {
    const text = 'Ann May said the ferry would run. Ola Berg dismissed Mrs May’s claim as “wishful thinking”.';
    assert.equal(quoteStarting(text, 'wishful thinking').speaker, 'Ola Berg');
  });

  it('"Mr Berg’s claim as “pure nonsense”" with no speech verb: the label is not Mr Berg’s', () => {
    const text = 'The Bergen Herald went to press on Monday. The paper ran Mr Berg’s claim as “pure nonsense” on its front page.';
    assert.notEqual(quoteStarting(text, 'pure nonsense').speaker, 'Berg');
  });

  it('a quote in the that-clause of someone’s claim is the claim owner’s: "rejected Ola Berg’s claim that …", "the claim by Minister Ola Berg that …"', () => {
    const possessive = 'Jon Lund rejected Ola Berg’s repeated claim that the port was “closed for good”.';
    assert.equal(quoteStarting(possessive, 'closed for good').speaker, 'Ola Berg');
    const by = 'The ministry spokesman says the claim by Foreign Minister Ola Berg that Norland is “close to a deal” is absurd.';
    assert.equal(quoteStarting(by, 'close to a deal').speaker, 'Ola Berg');
    // A relative "that" leaves the quote to the main clause; so does a label after "as".
    const relative = 'Jon Lund said remarks by Ola Berg that backed the strike were “reckless”.';
    assert.equal(quoteStarting(relative, 'reckless').speaker, 'Jon Lund');
    const label = 'Jon Lund called Ola Berg’s claim that the port closed early “a fairy tale”.';
    assert.equal(quoteStarting(label, 'a fairy tale').speaker, 'Jon Lund');
  });

  it('"first", "earlier" before said or told are adverbs, not noun markers: "Ola Berg first said the country was “cocked and loaded”"', () => {
    const text = 'Norland and Sweden in standoff\n\nNorland President Ola Berg first said the country was "cocked and loaded" to strike in retaliation.';
    assert.equal(quoteStarting(text, 'cocked and loaded').speaker, 'Ola Berg');
  });

  it('"According to him Norland must …" without a comma: "him" is never a determiner, so it is who speaks; "according to her lawyers" is not "her"', () => {
    const text = 'Cedi falls again\n\nFinance Minister Ola Berg spoke on Monday about the currency.\n\nAccording to him Norland must develop strategies "or else we will always be battling."';
    assert.equal(quoteStarting(text, 'or else').speaker, 'Ola Berg');
    const lawyers = 'Cedi falls again\n\nFinance Minister Kari Lund spoke on Monday.\n\nAccording to her lawyers the ruling was "plainly wrong."';
    assert.notEqual(quoteStarting(lawyers, 'plainly').speaker, 'Kari Lund');
  });

  it('"with a grim profit warning." is a noun, not a cue: "it said" later is still the chain, and "quoted him as saying." still reports', () => {
    const text = 'Bergen Records had a poor Christmas, with a grim profit warning. It announced plans to shut 60 stores.\n\n"The markets have had a negative impact," it said.';
    assert.equal(quoteStarting(text, 'The markets').speaker, 'Bergen Records');
    const quoted = '"We are ready," Ola Berg was quoted as saying.';
    assert.equal(quoteStarting(quoted, 'We are ready').cue, 'saying');
  });
});
