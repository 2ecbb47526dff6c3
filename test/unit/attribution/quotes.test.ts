// Finding quotes: each mark style, apostrophes, headlines, partial and multi-paragraph quotes,
// unbalanced marks. Short invented sentences, one pattern per test.
import assert from 'node:assert/strict';
import { analyze, attributions, quoteStarting, quoteTexts } from './helpers';

describe('attribution/quotes: mark styles', () => {
  it('straight double quotes, marks excluded, trailing comma kept', () => {
    const text = '"We will build the bridge," the mayor said.';
    const q = analyze(text).quotes;
    assert.equal(q.length, 1);
    assert.equal(q[0].text, 'We will build the bridge,');
    assert.deepEqual([q[0].outerStart, q[0].start, q[0].end, q[0].outerEnd], [0, 1, 26, 27]);
  });

  it('curly double quotes', () => {
    assert.deepEqual(quoteTexts('The coach called it “a fair result.” Nobody agreed.'), ['a fair result.']);
  });

  it('curly single quotes', () => {
    assert.deepEqual(quoteTexts('Fans chanted ‘one more year’ at the gates.'), ['one more year']);
  });

  it('guillemets', () => {
    assert.deepEqual(quoteTexts('Le maire a dit «nous construirons le pont» hier.'), ['nous construirons le pont']);
  });

  it('two curly single marks as a curly double one (“I accept that,’’ said Mr Kenny), so the cue after them still names the speaker', () => {
    const text = 'Taoiseach Enda Kenny spoke in the Dail.\n\n“I believe that and I accept that,’’ said Mr Kenny.\n\n‘‘We will win,’’ he added.';
    assert.deepEqual(quoteTexts(text), ['I believe that and I accept that,', 'We will win,']);
    assert.deepEqual(attributions(text), [['I believe that and I accept that,', 'Enda Kenny'], ['We will win,', 'Enda Kenny']]);
  });

  it('a space inside both straight marks (" What I saw, " said Mr. Berg): still a quote, its words without the spaces, and the cue after it names the speaker', () => {
    const text = 'Ola Berg visited the hospital.\n\n" What I saw there is shocking, " said Mr. Berg. He also praised the staff and said: " I respect such courage. "';
    assert.deepEqual(quoteTexts(text), ['What I saw there is shocking,', 'I respect such courage.']);
    assert.deepEqual(attributions(text), [['What I saw there is shocking,', 'Ola Berg'], ['I respect such courage.', 'Ola Berg']]);
  });

  it("two apostrophes as a double quote (''like this'')", () => {
    assert.deepEqual(quoteTexts("''It is late,'' Mr. Hale said. ''Go home.''"), ['It is late,', 'Go home.']);
  });

  it('single ASCII quotes in a headline', () => {
    const text = "Mayor says there is 'no money' for the bridge\n\nThe city council met on Monday to discuss the budget for the coming year, officials said.";
    const q = quoteStarting(text, 'no money');
    assert.equal(q.kind, 'headline');
  });

  it('mixed curly opener with a straight closer', () => {
    assert.deepEqual(quoteTexts('She wrote “see you soon" and left.'), ['see you soon']);
  });
});

describe('attribution/quotes: apostrophes are not quotes', () => {
  it('contractions and possessives with a curly apostrophe', () => {
    assert.deepEqual(quoteTexts('The team’s coach don’t care about Canada’s rules.'), []);
  });

  it('an apostrophe opening an elision: ’90s and ‘90s', () => {
    assert.deepEqual(quoteTexts('Music from the ’90s and the ‘80s returned.'), []);
  });

  it("rock ’n’ roll inside a single-quoted title", () => {
    assert.deepEqual(quoteTexts('He sang ‘rock ’n’ roll forever’ twice.'), ['rock ’n’ roll forever']);
  });

  it('a plural possessive inside single quotes does not close them', () => {
    assert.deepEqual(quoteTexts('She called it ‘the players’ union of dreams’ again.'), ['the players’ union of dreams']);
  });

  it('a mark after a plural closes its quote when a preposition follows or another quote opens before the next mark', () => {
    assert.deepEqual(quoteTexts('Harbour deal: ‘fewer boats’ planned, ‘more fish’ expected, says the ministry'), ['fewer boats', 'more fish']);
    assert.deepEqual(quoteTexts('Harbour board calls the plan ‘Bad Reforms’ and asks for ‘Fresh Ideas’'), ['Bad Reforms', 'Fresh Ideas']);
  });

  it('apostrophes inside a double-quoted quote', () => {
    assert.deepEqual(quoteTexts(`"Let's go, it's time," she said.`), ["Let's go, it's time,"]);
  });
});

describe('attribution/quotes: names in marks are nobody\'s words', () => {
  it('a capitalised title after a noun naming an outlet, work, operation or event', () => {
    const text = 'Ola Berg spoke to the newspaper “Bergen Herald” after Operation “North Wind,” and the film ‘Cold Harbour’ was shown. “We are ready,” Berg said.';
    assert.deepEqual(quoteTexts(text), ['We are ready,']);
  });

  it('a music, stage or broadcast title: a single, a hit, a show, a podcast, an anthem', () => {
    const text = 'Kari Moe, whose hit “Northern Lights” topped the chart, played the new single “Cold Harbour” on the show “Bergen Tonight.” “We are ready,” Moe said.';
    assert.deepEqual(quoteTexts(text), ['We are ready,']);
  });

  it('a work\'s title before who made or stars in it: `the “Avatar” star`, `“Cold Harbour” director Ola Berg`', () => {
    const text = 'The “Cold Harbour” director Ola Berg and the ‘Bergen Nights’ co-star Kari Moe arrived. “We are ready,” Berg said.';
    assert.deepEqual(quoteTexts(text), ['We are ready,']);
    // (Words, not a title: a lower-case phrase before the noun, or one not followed by it.)
    assert.deepEqual(quoteTexts('She called him a “lazy” director. The “Cold Harbour” was sold.'), ['lazy', 'Cold Harbour']);
  });

  it('a title every word of which is capitalised after a naming verb, after "in"/"on", or after a broadcaster\'s initials; not in a headline that capitalises every word', () => {
    const text = 'Kari Moe starred in “Cold Harbour” and spoke on “Morning Live With Ola” about the tour “Past and Future,” a site dubbed “Ferry Square” and NRK’s “Evening News.” “We are ready,” Moe said.';
    assert.deepEqual(quoteTexts(text), ['We are ready,']);
    // (Quoted words stay quotes: lower-case words after "in", a compound that only starts with a
    // name, a person's possessive, a headline's words.)
    assert.deepEqual(quoteTexts('Civilians trapped in “ISIL-held” areas were “at risk”. Berg’s “You’re No Hero” stung.'), ['ISIL-held', 'at risk', 'You’re No Hero']);
    assert.deepEqual(quoteTexts('Berg Says Ferry Is Stuck In “Deep Trouble”\n\nThe ferry is late.'), ['Deep Trouble']);
  });

  it('a nickname in marks inside a name is nobody\'s words, but the name keeps it: Ola “Bato” Berg, Jon “El Toro” Lund, Aksel “Koko” dela Rosa', () => {
    const text = 'Senator Ola “Bato” Berg met Jon “El Toro” Lund and Aksel “Koko” dela Rosa. “We are ready,” Berg said.';
    assert.deepEqual(quoteTexts(text), ['We are ready,']);
    assert.equal(quoteStarting(text, 'We are').speaker, 'Ola “Bato” Berg');
    // (A headline capitalising every word keeps its quoted words.)
    assert.deepEqual(quoteTexts('Berg Calls Fare Rise “Disastrous” For Islands\n\nThe ferry is late.'), ['Disastrous']);
  });

  it('an outlet in marks after told or reported, but not quoted words there', () => {
    assert.deepEqual(quoteTexts('The talks failed, reported "Norland Today". Ann Dahl told "Bergen Radio" she would stay.'), []);
    assert.deepEqual(quoteTexts('The film critic said the ending was "dull and far too long" in her review.'), ['dull and far too long']);
  });
});

describe('attribution/quotes: kinds', () => {
  it('a headline quote above the story', () => {
    const text = 'Minister says talks are ‘going well’\n\nThe foreign minister told reporters on Tuesday that the negotiations were making steady progress.';
    assert.equal(quoteStarting(text, 'going well').kind, 'headline');
  });

  it('a partial quote inside reported speech', () => {
    const text = 'The finance minister said the plan was "fair and balanced" and would pass. It passed.';
    assert.equal(quoteStarting(text, 'fair and balanced').kind, 'partial');
  });

  it('a full quote', () => {
    const text = 'The farmer said: "We need rain before the harvest."';
    assert.equal(quoteStarting(text, 'We need rain').kind, 'full');
  });
});

describe('attribution/quotes: across paragraphs and unbalanced marks', () => {
  it('a quote over several paragraphs is one quote per paragraph, the later ones continuing', () => {
    const text = '"We are ready for the season.\n\n"The players trained hard.\n\n"Nobody will stop us," the coach said.';
    const q = analyze(text).quotes;
    assert.deepEqual(q.map((x) => x.text), ['We are ready for the season.', 'The players trained hard.', 'Nobody will stop us,']);
    assert.equal(q[0].outerEnd, q[0].end, 'no closing mark on the first paragraph');
    assert.deepEqual(q.map((x) => x.speaker), ['coach', 'coach', 'coach'].map(() => q[2].speaker));
  });

  it('an unclosed quote is cut at a speech cue, not run to the end', () => {
    const text = '"We will win, he said. Then he left.\n\nThe next day was quiet.';
    assert.deepEqual(quoteTexts(text), ['We will win,']);
  });

  it('an unclosed quote without a cue ends at its paragraph', () => {
    const text = 'The sign read "closed for repairs\n\nCustomers went elsewhere. "Shame," one said.';
    assert.deepEqual(quoteTexts(text), ['closed for repairs', 'Shame,']);
  });

  it('a stray closing mark and an inch mark do not open anything', () => {
    assert.deepEqual(quoteTexts('The board is 5\' 11" wide” and "long" too.'), ['long']);
  });

  it('two opening marks in a row: the first is dropped, the second pairs', () => {
    assert.deepEqual(quoteTexts('He shouted "stop and "wait" twice.'), ['wait']);
  });

  it('single marks over paragraphs: an opening mark at each, a closing mark only at the last', () => {
    const text = 'Ola Berg spoke to the crowd in Bergen.\n\n‘The harbour will stay open all winter.\n\n‘We have the boats and the crews,’ Berg said.';
    const q = analyze(text).quotes;
    assert.deepEqual(q.map((x) => x.text), ['The harbour will stay open all winter.', 'We have the boats and the crews,']);
    assert.deepEqual(q.map((x) => x.speaker), ['Ola Berg', 'Ola Berg']);
  });

  it('a long single-marked paragraph closed before its cue', () => {
    const long = 'The ferry will run twice a day from the old pier, and the council will pay for the extra crews. '.repeat(5);
    const text = `Ann Dahl met the council in Tromso.\n‘${long}We expect more visitors,’ Dahl said.`;
    assert.equal(quoteStarting(text, 'The ferry').speaker, 'Ann Dahl');
  });

  it('a quotation nested in a quotation with the same marks stays inside it', () => {
    assert.deepEqual(quoteTexts('"They call it "the long winter" and smile," Jon Lund said.'), ['They call it "the long winter" and smile,']);
    assert.deepEqual(quoteTexts('“Some said “never again” in Tromso. We did not listen,” Kari Moe said.'), ['Some said “never again” in Tromso. We did not listen,']);
    // A nested utterance with its own punctuation stays a quote of its own.
    assert.deepEqual(quoteTexts('"A man came in and said, "Give me the keys," and left," Jon Lund said.'), ['Give me the keys,']);
  });

  it('an opening mark glued to the end of the sentence before it', () => {
    const text = 'Ola Berg spoke in Bergen on Monday."The harbour stays open," he said.';
    assert.equal(quoteStarting(text, 'The harbour').speaker, 'Ola Berg');
  });

  it('a hard-wrapped line does not end the quote', () => {
    const text = '"The harvest was the best we have\nseen in years," the farmer said.';
    assert.deepEqual(quoteTexts(text), ['The harvest was the best we have\nseen in years,']);
  });

  it('a quote whose later paragraphs lost their opening marks runs on to its closing mark, one quote a paragraph, past an "Advertisement:" label', () => {
    const text = 'Quote from Berg: "We signed the ferry deal on 11 March.\n\nAdvertisement:\n\nThey backed out, and the row has dragged on since.\n\nWe will judge them by what they build."\n\nDetails: Berg spoke in Tromso.\n\n"We want calm," he said.';
    assert.deepEqual(quoteTexts(text), ['We signed the ferry deal on 11 March.', 'They backed out, and the row has dragged on since.', 'We will judge them by what they build.', 'We want calm,']);
    assert.equal(quoteStarting(text, 'They backed out').speaker, 'Berg');
    // A paragraph left open that a cue cuts, or followed by a new opening mark, is no such quote.
    assert.deepEqual(quoteTexts('"We will win, he said.\n\nThe vote is "close," Dahl said.'), ['We will win,', 'close,']);
  });

  it('a quote hard-wrapped over several lines stays one quote with its speaker, but a blank line still ends it', () => {
    const text = 'Ola Berg spoke.\n«Our bakery, open since\n1952, sells bread to half the\nvalley. We bake every morning\nat four,» Berg noted.';
    assert.deepEqual(quoteTexts(text), ['Our bakery, open since\n1952, sells bread to half the\nvalley. We bake every morning\nat four,']);
    assert.equal(quoteStarting(text, 'Our bakery').speaker, 'Ola Berg');
    const broken = '«Our bakery, open since\n1952\n\nsells bread,» Berg noted.';
    assert.deepEqual(quoteTexts(broken), ['Our bakery, open since']);
  });
});
