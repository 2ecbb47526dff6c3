// Heads of firms on a second reference: a chief executive is "the CEO", and "the boss" is
// whoever leads the body or the firm.
import assert from 'node:assert/strict';
import { quoteStarting } from './helpers';

describe('attribution/roles: chief executives and bosses', () => {
  it('"the CEO" -> the chief executive named before', () => {
    const text = 'Nordlys chief executive Kari Moe met the unions on Monday.\n\n"Nobody will lose a job," the CEO said.';
    assert.equal(quoteStarting(text, 'Nobody will').speaker, 'Kari Moe');
  });

  it('"the Nordlys boss" -> the firm\'s chief executive named before', () => {
    const text = 'Nordlys chief executive Kari Moe met the unions on Monday.\n\n"Nobody will lose a job," the Nordlys boss told them.';
    assert.equal(quoteStarting(text, 'Nobody will').speaker, 'Kari Moe');
  });
});
