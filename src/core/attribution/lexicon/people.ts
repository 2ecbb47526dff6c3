// What a name says about a person: honorifics, given names and gendered role words.
import { set } from './wordSet';

/** Given names that mark the following capitalized word as a person's surname. */
export const HONORIFICS = set('mr mrs ms miss dr sir dame mx');

/**
 * Common given names by usual gender, so "he" and "she" skip people of the other one. A
 * name missing here only means unknown: pronouns then follow recency alone.
 */
export const FEMALE_NAMES = set(`
  hillary nancy elizabeth sarah mary patricia jennifer linda barbara susan jessica karen lisa
  betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah
  stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
  nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
  diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
  megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn
  janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
  isabella theresa diana natalie brittany charlotte marie kayla alexis lori melania ivanka
  chelsea michele condoleezza nikki kellyanne huma madeleine elena sonia ruth loretta janet
  angela theresa marine christine ursula federica jacinda golda indira benazir tulsi kamala
  kirsten dianne debbie donna valerie susana jill tammy amy carly betsy sheryl oprah meghan
  megyn maria marsha jeanne catherine jane jen katie kate kathy sally stacey tina
  wendy yvonne zoe irina olga svetlana natalia tatiana yulia anastasia ekaterina galina lyudmila
  valentina marina elvira veronika
`);

export const MALE_NAMES = set(`
  donald barack bernie bill george john james robert michael william david richard joseph
  thomas charles christopher daniel matthew anthony mark paul steven andrew kenneth joshua
  kevin brian edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan
  stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick
  jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan
  jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence
  jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy
  ralph randy eugene vincent russell elijah louis bobby philip johnny ted marco jeb mitt rand
  mike chris newt rudy reince corey jared mitch harry chuck tim tom jim bob dick al rick
  vladimir dmitry sergey sergei nikolai ivan boris alexei alexey yuri igor viktor andrei
  mikhail pavel oleg maxim konstantin valery anatoly gennady vyacheslav grigory leonid
  emmanuel francois nicolas jacques angelo matteo giuseppe silvio recep bashar benjamin
  ehud ariel shinzo xi li narendra tony gordon nigel jeremy hassan
  mahmoud ali mohammed muhammad ahmed omar hamid abdullah salman kim moon jae
`);

/** A common given name of either gender ("Bill", "Hillary"): a word that starts a person's name. */
export function isGivenName(w: string): boolean {
  return MALE_NAMES.has(w) || FEMALE_NAMES.has(w);
}

/** Role words that tell a person's gender ("spokeswoman", "first lady"). */
export const FEMALE_WORDS = set('mrs ms miss madam dame lady spokeswoman chairwoman congresswoman businesswoman actress wife mother sister daughter queen princess widow grandmother aunt niece girl woman');
export const MALE_WORDS = set('mr sir lord spokesman chairman congressman businessman actor husband father brother son king prince widower grandfather uncle nephew boy man');

/**
 * Party words that stand for one person already named: "the Oregon Republican said", "the
 * Bergen Democrat" (news style's second reference to a politician).
 */
export const PARTY_EPITHETS = set('republican democrat libertarian socialist');

/**
 * Members of a group by affiliation or faith ("Republicans", "a Democrat", "Latinos"): with
 * the nationalities, names that stand for many people, never for "he" or "she".
 */
export const AFFILIATIONS = set(`
  republican democrat conservative liberal progressive libertarian independent socialist
  communist populist evangelical catholic protestant christian muslim jew jewish mormon
  hindu sikh buddhist latino latina hispanic black white asian native gop dem
`);
