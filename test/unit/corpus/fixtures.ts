// Reads corpus fixtures from test/fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readFixture(name: string): string {
  return readFileSync(join(__dirname, '..', '..', 'fixtures', name), 'utf8');
}
