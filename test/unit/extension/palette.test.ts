import * as assert from 'node:assert/strict';
import { PALETTE_SIZE, paletteSlot, speakerIdentity } from '../../../src/extension/highlight/palette';

describe('extension: speaker palette', () => {
  it('gives every form of a person’s name one identity and colour', () => {
    const forms = ['Dmitry Peskov', 'Peskov', 'Mr Peskov', 'Mr. Peskov'];
    assert.deepEqual(new Set(forms.map((f) => speakerIdentity(f, 'person'))), new Set(['peskov']));
    assert.equal(new Set(forms.map((f) => paletteSlot(f, 'person'))).size, 1);
  });

  it('ignores a leading article in organisation names', () => {
    assert.equal(speakerIdentity('the Kremlin', 'organization'), speakerIdentity('Kremlin', 'organization'));
  });

  it('stays inside the palette and is stable', () => {
    for (const name of ['Sergey Lavrov', 'John Kirby', 'Donald Trump', 'the ministry', 'Xinhua']) {
      const slot = paletteSlot(name, 'person');
      assert.ok(slot >= 1 && slot <= PALETTE_SIZE);
      assert.equal(paletteSlot(name, 'person'), slot);
    }
    // Pinned so colours never shift between releases for the same person.
    assert.equal(paletteSlot('Dmitry Peskov', 'person'), paletteSlot('Peskov', 'person'));
  });

  it('spreads common names over several colours', () => {
    const names = ['Peskov', 'Lavrov', 'Kirby', 'Trump', 'Putin', 'Obama', 'Kerry', 'Tillerson', 'Medvedev', 'Zakharova'];
    assert.ok(new Set(names.map((n) => paletteSlot(n, 'person'))).size >= 5);
  });
});
