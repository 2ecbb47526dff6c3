// Nouns that a name in quotation marks follows: outlets, broadcasts, works, operations and
// events (`the newspaper “Bergen Herald”`, `Operation “North Wind”`, `the film ‘Cold Harbour’`).
import { set } from './wordSet';

/** A quoted name right after one of these is the thing's title, nobody's words. */
export const TITLED_THING_NOUNS = set(`
  newspaper newspapers daily weekly magazine journal tabloid agency channel broadcaster
  programme program documentary film movie series book novel song album play
  single track hit musical show sitcom podcast episode opera ballet memoir anthem
  operation exercise exercises drill drills conference forum festival
  tour app blog project theme titled entitled
`);

/** Verbs whose object is an outlet or a person, never a quotation: `told “Bergen Herald”`. */
export const ADDRESSEE_VERBS = set('told reported');
/**
 * Words before a title where every word of it is capitalised: naming verbs (`dubbed “Civic
 * Square”`), and `in`/`on` for the work someone appears in (`starred in “Harriet”`, `said on
 * “Morning Live”`) -- outside lines that capitalise every word, as headlines do.
 */
export const TITLE_LEAD_WORDS = set('dubbed named nicknamed christened in on');

/**
 * People named by the work they made or star in, right after its title in marks: `the
 * “Avatar” star`, `“Lady Bird” director Greta Gerwig`, `the "Hacks" actress`.
 */
export const WORK_CREDIT_NOUNS = set(`
  star stars co-star costar actor actress director directors author writer creator co-creator
  producer showrunner screenwriter composer singer rapper narrator presenter cast hitmaker frontman
`);
