import { BULLET_RE, endsMidSentence, joinText, squash, type Line } from '../lines.js';

const NUMBER_ITEM_RE = /^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s+/;

interface Item {
  text: string;
  indent: number;
  line: number;
  children: string[];
}

function indentOf(text: string): number {
  const m = /^[ \t]*/.exec(text)!;
  return m[0].replace(/\t/g, '    ').length;
}

/**
 * Verbs that open an instruction in inspection recommendations. A word list and a suffix rule, not
 * a part-of-speech tagger: the call is made only for a lower-case line after an item ending in ":",
 * and loading compromise for it cost every command that parses a report ~0.4 s at start-up.
 */
const INSTRUCTION_VERB =
  'ensure|improve|develop|continue|make|strengthen|check|provide|review|raise|increase|use|monitor|share|support|embed|refine|evaluate|extend|secure|establish|' +
  'sharpen|enable|give|build|consolidate|broaden|work|tackle|identify|address|plan|train|include|offer|promote|reduce|set|track|take|record|analyse|analyze|' +
  'maintain|implement|revise|update|align|deepen|focus|reinforce|help|put|create|agree|act|assess|communicate|co-?ordinate|define|design|involve|keep|link|map|' +
  'match|measure|moderate|introduce|prepare|recruit|reflect|seek|streamline|target|test|complete|collect|gather|encourage|engage|equip|enhance|expand|' +
  'invest|look|meet|respond|sustain|think|get|hold|ask|bring|capture|demonstrate|disseminate|explore|follow|inform|manage|minimise|' +
  'minimize|remove|require|resolve|schedule|select|simplify|specify|standardise|standardize|summarise|summarize|adapt|adopt|apply|arrange|audit';
const IMPERATIVE_RE = new RegExp(
  // an optional adverb ("further develop", "rigorously check"), then a listed verb or a -ise/-ize/-ify verb
  String.raw`^(?:(?:further|also|then|now|urgently|swiftly|quickly|consistently|fully|routinely|regularly|carefully|[a-z]+ly)\s+)?` +
    String.raw`(?:(?:${INSTRUCTION_VERB})|(?!(?:expertise|otherwise|exercise|premise)\b)[a-z]+(?:ise|ize|ify))\b`,
  'i',
);

/** True when the item reads as an instruction: "ensure…", "further develop…", "continue to…". */
export function startsWithImperative(text: string): boolean {
  return IMPERATIVE_RE.test(text.trim());
}

/**
 * Reads a bulleted or numbered list (bullets as •, ◼, ¢, -, * or numbers). Wrapped lines and lines
 * broken by a page join their item. Sub-items (indented, or following an item ending in ":" that
 * they complete, as in "…so that: - trainees know…") are folded into their parent as "parent:
 * child; child" so each entry stays one whole point. Text before the first bullet is returned as
 * the intro. A section with no bullets at all gives one item per prose paragraph.
 */
export function parseList(lines: Line[]): { intro: string; items: string[] } {
  const items: Item[] = [];
  const intro: string[] = [];
  let current: Item | null = null;
  let parent: Item | null = null;
  let blankSince = false;
  const anyBullets = lines.some((l) => BULLET_RE.test(l.text) || NUMBER_ITEM_RE.test(l.text));

  type Open = Item & { childOf?: Item };
  const append = (cur: Open, t: string) => {
    const host = cur.childOf;
    if (host) host.children[host.children.length - 1] = joinText(host.children[host.children.length - 1], t);
    else cur.text = joinText(cur.text, t);
  };
  for (const l of lines) {
    if (!l.text.trim()) {
      blankSince = true;
      continue;
    }
    const t = squash(l.text);
    const bullet = BULLET_RE.exec(l.text) ?? NUMBER_ITEM_RE.exec(l.text);
    const lastText = current ? ((current as Open).childOf?.children.at(-1) ?? current.text) : '';
    const brokenMidItem = endsMidSentence(lastText) && /[a-z,]$/.test(lastText) && lastText.split(' ').length >= 8;
    if (!bullet && current && (/^[a-z]/.test(t) || (!blankSince && (anyBullets || endsMidSentence(lastText))) || (blankSince && brokenMidItem))) {
      // a wrapped line, or an item broken by a page break mid-sentence
      append(current, t);
      blankSince = false;
      continue;
    }
    if (!bullet && anyBullets) {
      if (!current) intro.push(t);
      else if (blankSince) break; // prose after the list is not part of it
      blankSince = false;
      continue;
    }
    const text = squash(bullet ? l.text.slice(bullet[0].length) : l.text);
    const indent = indentOf(l.text);
    const item: Open = { text, indent, line: l.line, children: [] };
    const host = parent && parent.text.endsWith(':') ? parent : null;
    // A sub-item is indented deeper than its parent, or (when indentation is lost) a lower-case
    // clause completing a parent that ends in ":" rather than a new instruction.
    const isChild = host !== null && (indent > host.indent || (/^[a-z]/.test(text) && !startsWithImperative(text)));
    if (host && isChild) {
      host.children.push(text);
      item.childOf = host;
    } else {
      items.push(item);
      parent = item;
    }
    current = item;
    blankSince = false;
  }
  return {
    intro: intro.join(' '),
    items: items.map((i) => (i.children.length ? `${i.text} ${i.children.map((c) => c.replace(/[;,.]$/, '')).join('; ')}` : i.text)).filter((t) => t.length > 0),
  };
}
