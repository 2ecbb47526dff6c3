// A deliberately naive second reading of GUIDE §1, written from the text of the spec with
// regular expressions over split lines, to check the fast scanner's articles against. It
// knows nothing of offsets tricks, segments or diagnostics.
export interface ReferenceArticle {
  name: string;
  dialect: 'standard' | 'colon' | 'block';
  body: string;
  closed: boolean;
}

export function referenceArticles(text: string): ReferenceArticle[] {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  // Lines with their breaks: a line break is \r\n, \n or a lone \r.
  const lines = text.slice(start).match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  const out: ReferenceArticle[] = [];
  let open: (ReferenceArticle & { bodyLines: string[] }) | undefined;
  let inGap = false;
  const finish = (): void => {
    if (open) out.push({ name: open.name, dialect: open.dialect, body: open.bodyLines.join(''), closed: open.closed });
    open = undefined;
  };
  for (const raw of lines) {
    const content = raw.replace(/(?:\r\n|\r|\n)$/, '').replace(/[ \t]+$/, '');
    const header = /^<<<FILE(?=$|[ \t:]|>>>$)(:)?[ \t]*(.*)$/.exec(content);
    if (header) {
      finish();
      inGap = false;
      const rest = header[2];
      const terminated = rest.length >= 3 && rest.endsWith('>>>');
      const inner = terminated ? rest.slice(0, -3).replace(/[ \t]+$/, '') : rest;
      const name = /^[A-Za-z_][A-Za-z0-9_.:-]*="/.test(inner) ? '' : /^[^ \t]*/.exec(inner)![0];
      open = { name, dialect: !terminated ? 'block' : header[1] ? 'colon' : 'standard', body: '', closed: false, bodyLines: [] };
      continue;
    }
    const isClose = content === '<<<END FILE>>>' || content === '<<<END>>>' || (content === '>>>' && open?.dialect === 'block');
    if (open && !inGap && isClose) {
      open.closed = true;
      finish();
      inGap = true;
      continue;
    }
    if (open) open.bodyLines.push(raw);
  }
  finish();
  return out;
}
