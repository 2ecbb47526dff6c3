// Word lists the rules consult. They describe English news prose in general (how titles,
// organisations and speech verbs are written), never a particular corpus: a word belongs
// here only if it would be right for any wire story.
// One file per topic; this index is what the rules import.
export * from './grammar';
export * from './people';
export * from './places';
export * from './roles';
export * from './speechVerbs';
export * from './titledThings';
