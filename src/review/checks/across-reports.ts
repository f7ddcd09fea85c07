import type { Finding, Polarity } from '../../schemas/index.js';
import type { AnalysedReport } from '../analyse.js';
import type { ReviewThresholds } from '../context.js';
import { findingIn, summaryHeading } from '../finding.js';
import { lshCandidates, minhash } from '../minhash.js';
import { fragment, jaccard, wordShingles, words } from '../text.js';

interface Passage {
  report: number;
  section: string | null;
  paragraph: number | null;
  label: string;
  text: string;
  summary: boolean;
}

/** The report's own name for itself is not boilerplate: "Loughborough University" and "the provider" shingle alike. */
function normalise(text: string, provider: string): string {
  let out = text;
  if (provider.trim().length > 3) out = out.split(provider).join('the provider');
  return out;
}

function stockShingles(reports: AnalysedReport[]): Set<string> {
  const stock = new Set<string>();
  const seen = new Set<string>();
  for (const r of reports) {
    const framework = r.framework;
    if (!framework || seen.has(framework.id)) continue;
    seen.add(framework.id);
    const texts: string[] = [framework.compliance?.met ?? '', framework.compliance?.notMet ?? ''];
    for (const level of framework.gradeScale) texts.push(level.descriptor);
    for (const value of Object.values(framework.text)) texts.push(...(Array.isArray(value) ? value : [value]));
    for (const text of texts) for (const s of wordShingles(text)) stock.add(s);
  }
  return stock;
}

/**
 * Boilerplate and near-duplicates: paragraphs (and longer summary points) whose word 3-shingles
 * overlap heavily with a passage in another report, or with another paragraph of the same report.
 * MinHash signatures (64 permutations, 16 bands of 4 rows: pairs from Jaccard ≈ 0.5 up) find the
 * candidates in near-linear time; each is confirmed with the exact shingle Jaccard. Framework stock
 * text (compliance statements, descriptors) is expected to recur and is left out.
 */
export function checkBoilerplate(reports: AnalysedReport[], thresholds: ReviewThresholds): Finding[] {
  const passages: Passage[] = [];
  reports.forEach((r, report) => {
    const strengths = summaryHeading(r, 'strengths');
    const improvements = summaryHeading(r, 'improvements');
    for (const p of r.paragraphs) passages.push({ report, section: p.section, paragraph: p.number, label: `paragraph ${p.number}`, text: p.text, summary: false });
    for (const item of r.strengths) passages.push({ report, section: strengths, paragraph: null, label: `strength ${item.index}`, text: item.text, summary: true });
    for (const item of r.improvements) {
      passages.push({ report, section: improvements, paragraph: null, label: `area for improvement ${item.index}`, text: item.text, summary: true });
    }
  });
  const stock = stockShingles(reports);
  // Identical passages (after normalising) form one group: a template pasted into forty reports
  // costs one MinHash and one bucket entry, not 780 pairwise comparisons.
  const groups = new Map<string, { shingles: Set<string>; members: number[] }>();
  passages.forEach((passage, index) => {
    const minWords = passage.summary ? 12 : 20;
    if (words(passage.text).length < minWords) return;
    const shingles = wordShingles(normalise(passage.text, reports[passage.report].report.provider));
    const key = shingles.join('\u0001');
    const group = groups.get(key);
    if (group) {
      group.members.push(index);
      return;
    }
    const set = new Set(shingles);
    let stockCount = 0;
    for (const sh of set) if (stock.has(sh)) stockCount++;
    if (set.size === 0 || stockCount / set.size >= 0.5) return;
    groups.set(key, { shingles: set, members: [index] });
  });
  const unique = [...groups.values()];
  const links: Array<Array<{ group: number; similarity: number }>> = unique.map(() => []);
  const signatures = unique.map((g) => minhash(g.shingles, 64));
  for (const [a, b] of lshCandidates(signatures, 16, 4)) {
    const similarity = jaccard(unique[a].shingles, unique[b].shingles);
    if (similarity < thresholds.nearDuplicate) continue;
    links[a].push({ group: b, similarity });
    links[b].push({ group: a, similarity });
  }
  // Pass 1: each reviewed passage's near-duplicates.
  const partnersOf = new Map<number, Array<{ other: number; similarity: number }>>();
  const eligibleCount = new Map<number, number>();
  unique.forEach((group, g) => {
    const candidates = [...group.members.map((m) => ({ other: m, similarity: 1 })), ...links[g].flatMap((l) => unique[l.group].members.map((m) => ({ other: m, similarity: l.similarity })))];
    for (const self of group.members) {
      const passage = passages[self];
      eligibleCount.set(passage.report, (eligibleCount.get(passage.report) ?? 0) + 1);
      if (!reports[passage.report].reviewed) continue;
      const list = candidates.filter(({ other }) => {
        if (other === self) return false;
        const o = passages[other];
        // A summary point restating its own report's paragraph is the template, not a copy.
        return !(o.report === passage.report && (o.summary || passage.summary));
      });
      if (list.length) partnersOf.set(self, list.sort((x, y) => y.similarity - x.similarity));
    }
  });

  // Pass 2: a report that repeats another almost whole (two versions of one draft, or one report
  // built on another) is one finding, not thirty.
  const shared = new Map<string, number>();
  for (const [self, list] of partnersOf) {
    for (const other of new Set(list.map((l) => passages[l.other].report))) {
      if (other === passages[self].report) continue;
      const key = `${passages[self].report}|${other}`;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const findings: Finding[] = [];
  const wholeCopies = new Set<string>();
  for (const [key, count] of shared) {
    const [self, other] = key.split('|').map(Number);
    const total = eligibleCount.get(self) ?? 0;
    if (count < 5 || count < total * 0.5) continue;
    wholeCopies.add(key);
    findings.push(
      findingIn(
        reports[self],
        'warning',
        'boilerplate',
        null,
        null,
        `${count} of ${total} paragraphs and summary points are nearly identical to ${reports[other].file}: ` +
          `the same inspection in two files, or one report built on the other; the individual repeats are not listed.`,
      ),
    );
  }

  for (const [self, all] of partnersOf) {
    const passage = passages[self];
    const report = reports[passage.report];
    const list = all.filter((l) => !wholeCopies.has(`${passage.report}|${passages[l.other].report}`));
    if (list.length === 0) continue;
    const top = list[0];
    const within = list.filter((l) => passages[l.other].report === passage.report);
    const otherReports = new Set(list.map((l) => passages[l.other].report).filter((r) => r !== passage.report));
    const severity = within.length > 0 || top.similarity >= thresholds.nearIdentical ? 'warning' : 'info';
    const shown = [...within.slice(0, 1), ...list.filter((l) => passages[l.other].report !== passage.report).slice(0, 3 - Math.min(1, within.length))];
    const others = shown
      .map((l) => `${passages[l.other].report === passage.report ? 'this report' : reports[passages[l.other].report].file} ${passages[l.other].label} (${Math.round(l.similarity * 100)}%)`)
      .join('; ');
    const more = otherReports.size > 3 ? ` (${otherReports.size} other reports in all)` : '';
    const what = top.similarity >= thresholds.nearIdentical ? 'is nearly identical to' : 'closely repeats';
    findings.push(
      findingIn(
        report,
        severity,
        'boilerplate',
        passage.section,
        passage.paragraph,
        `${passage.label.charAt(0).toUpperCase()}${passage.label.slice(1)} ("${fragment(passage.text, 8)}") ${what} ${others}${more}` +
          `; ${within.length ? 'a paragraph pasted twice' : 'wording reused across reports should describe this provider'}.`,
      ),
    );
  }
  return findings;
}

interface Statement {
  report: number;
  section: string | null;
  paragraph: number | null;
  label: string;
  text: string;
  stems: Set<string>;
  polarity: Polarity;
}

/**
 * Polarity inconsistency: near-identical wording (content-stem Jaccard at or above `sameWording`,
 * negations ignored so "mentors do not meet weekly" ~ "mentors meet weekly") judged a strength in
 * one report and an area for improvement in another. Summary points take their list's polarity;
 * paragraph sentences take the polarity judge's, when it is confident.
 */
export function checkPolarityConsistency(reports: AnalysedReport[], thresholds: ReviewThresholds): Finding[] {
  const statements: Statement[] = [];
  reports.forEach((r, report) => {
    for (const p of r.paragraphs) {
      p.sentences.forEach((s, i) => {
        if (s.polarity === 'context' || s.confidence < thresholds.polarityConfidence) return;
        statements.push({ report, section: p.section, paragraph: p.number, label: `paragraph ${p.number}, sentence ${i + 1}`, text: s.text, stems: new Set(s.stems), polarity: s.polarity });
      });
    }
    const strengths = summaryHeading(r, 'strengths');
    const improvements = summaryHeading(r, 'improvements');
    for (const item of r.strengths) statements.push({ report, section: strengths, paragraph: null, label: `strength ${item.index}`, text: item.text, stems: new Set(item.stems), polarity: 'strength' });
    for (const item of r.improvements) {
      statements.push({ report, section: improvements, paragraph: null, label: `area for improvement ${item.index}`, text: item.text, stems: new Set(item.stems), polarity: 'improvement' });
    }
  });
  // Statements with the same content words and polarity form one group (templates recur).
  const groups = new Map<string, { stems: Set<string>; polarity: Polarity; members: number[] }>();
  statements.forEach((statement, index) => {
    if (statement.stems.size < 5) return;
    const key = `${statement.polarity}|${[...statement.stems].sort().join(' ')}`;
    const group = groups.get(key);
    if (group) group.members.push(index);
    else groups.set(key, { stems: statement.stems, polarity: statement.polarity, members: [index] });
  });
  const unique = [...groups.values()];
  const links: Array<Array<{ group: number; similarity: number }>> = unique.map(() => []);
  const signatures = unique.map((g) => minhash(g.stems, 60));
  for (const [a, b] of lshCandidates(signatures, 20, 3)) {
    if (unique[a].polarity === unique[b].polarity) continue;
    const similarity = jaccard(unique[a].stems, unique[b].stems);
    if (similarity < thresholds.sameWording) continue;
    links[a].push({ group: b, similarity });
    links[b].push({ group: a, similarity });
  }
  const as = (p: Polarity) => (p === 'strength' ? 'a strength' : 'a weakness');
  const findings: Finding[] = [];
  unique.forEach((group, g) => {
    if (links[g].length === 0) return;
    const ranked = [...links[g]].sort((x, y) => y.similarity - x.similarity);
    for (const index of group.members) {
      const self = statements[index];
      if (!reports[self.report].reviewed) continue;
      // One counterpart per other report is enough to make the point.
      const perReport = new Map<number, { other: number; similarity: number }>();
      for (const link of ranked) {
        for (const other of unique[link.group].members) {
          const report = statements[other].report;
          if (report !== self.report && !perReport.has(report)) perReport.set(report, { other, similarity: link.similarity });
        }
      }
      if (perReport.size === 0) continue;
      const shown = [...perReport.values()];
      const top = statements[shown[0].other];
      const more =
        shown.length > 1
          ? ` (and in ${shown.length - 1} more report${shown.length > 2 ? 's' : ''}: ${shown
              .slice(1, 4)
              .map((x) => reports[statements[x.other].report].file)
              .join(', ')}${shown.length > 4 ? ', …' : ''})`
          : '';
      findings.push(
        findingIn(
          reports[self.report],
          'warning',
          'polarity-inconsistency',
          self.section,
          self.paragraph,
          `${self.label.charAt(0).toUpperCase()}${self.label.slice(1)} ("${fragment(self.text, 8)}") is judged ${as(self.polarity)}, ` +
            `but nearly the same wording in ${reports[top.report].file} ${top.label} ("${fragment(top.text, 8)}") is judged ${as(top.polarity)}` +
            ` (${Math.round(shown[0].similarity * 100)}% shared wording)${more}; check the two judgements are consistent.`,
        ),
      );
    }
  });
  return findings;
}

interface TermVariant {
  label: string;
  pattern: RegExp;
}

interface TermConcept {
  concept: string;
  variants: TermVariant[];
  /** Spelling variants of one word: mixing them inside one report is a slip too. */
  spelling: boolean;
}

// Reference: Ofsted and DfE house style; each concept lists the forms reports use for it.
export const TERMINOLOGY: TermConcept[] = [
  { concept: 'well-being', spelling: true, variants: [{ label: 'well-being', pattern: /\bwell-being\b/i }, { label: 'wellbeing', pattern: /\bwellbeing\b/i }, { label: 'well being', pattern: /\bwell being\b/i }] },
  { concept: 'judgement', spelling: true, variants: [{ label: 'judgement', pattern: /\bjudgements?\b/i }, { label: 'judgment', pattern: /\bjudgments?\b/i }] },
  { concept: 'programme', spelling: true, variants: [{ label: 'programme', pattern: /\bprogrammes?\b/i }, { label: 'program', pattern: /\bprograms?\b/i }] },
  { concept: 'co-ordinator', spelling: true, variants: [{ label: 'co-ordinator', pattern: /\bco-ordinat/i }, { label: 'coordinator', pattern: /\bcoordinat/i }] },
  { concept: 'headteacher', spelling: true, variants: [{ label: 'headteacher', pattern: /\bheadteachers?\b/i }, { label: 'head teacher', pattern: /\bhead teachers?\b/i }] },
  { concept: 'quality assurance', spelling: false, variants: [{ label: 'quality assurance', pattern: /\bquality[- ]assur/i }, { label: 'QA', pattern: /\bQA\b/ }] },
  {
    concept: 'special educational needs and/or disabilities',
    spelling: false,
    variants: [
      { label: 'SEND', pattern: /\bSEND\b/ },
      { label: 'SEN and/or disabilities', pattern: /\bSEN\s+and\/or\s+disabilit/i },
      { label: 'special educational needs and/or disabilities', pattern: /\bspecial educational needs\s+and\/or\s+disabilit/i },
      { label: 'SEN', pattern: /\bSEN\b(?!\)?\s+and\/or)/ },
    ],
  },
  { concept: 'ITT / ITE', spelling: false, variants: [{ label: 'ITT', pattern: /\bITT\b/ }, { label: 'ITE', pattern: /\bITE\b/ }] },
  { concept: 'online safety', spelling: false, variants: [{ label: 'online safety', pattern: /\bonline safety\b/i }, { label: 'e-safety', pattern: /\be-?safety\b/i }] },
];

interface Usage {
  count: number;
  first: { section: string | null; paragraph: number | null };
}

const globals = new Map<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let hit = globals.get(pattern);
  if (!hit) {
    hit = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globals.set(pattern, hit);
  }
  return hit;
}

function usagesOf(report: AnalysedReport, concept: TermConcept): Map<string, Usage> {
  const usage = new Map<string, Usage>();
  const units = [
    ...report.strengths.map((i) => ({ section: summaryHeading(report, 'strengths'), paragraph: null, text: i.text })),
    ...report.improvements.map((i) => ({ section: summaryHeading(report, 'improvements'), paragraph: null, text: i.text })),
    ...report.paragraphs.map((p) => ({ section: p.section, paragraph: p.number as number | null, text: p.text })),
  ];
  for (const unit of units) {
    for (const variant of concept.variants) {
      const hits = unit.text.match(globalOf(variant.pattern));
      if (!hits) continue;
      const current = usage.get(variant.label);
      if (current) current.count += hits.length;
      else usage.set(variant.label, { count: hits.length, first: { section: unit.section, paragraph: unit.paragraph } });
    }
  }
  return usage;
}

/**
 * Terminology that varies for the same thing: within one report (two spellings of one word), and
 * from report to report under one framework ("QA" in one, "quality assurance" in the rest).
 */
export function checkTerminology(reports: AnalysedReport[]): Finding[] {
  const findings: Finding[] = [];
  const usages = reports.map((r) => TERMINOLOGY.map((concept) => usagesOf(r, concept)));
  reports.forEach((r, index) => {
    if (!r.reviewed) return;
    TERMINOLOGY.forEach((concept, c) => {
      const usage = usages[index][c];
      if (concept.spelling && usage.size > 1) {
        const [first, second] = [...usage.entries()].sort((x, y) => y[1].count - x[1].count);
        findings.push(
          findingIn(
            r,
            'warning',
            'terminology',
            second[1].first.section,
            second[1].first.paragraph,
            `"${second[0]}" (${second[1].count}×) and "${first[0]}" (${first[1].count}×) are both used in this report; keep to one spelling.`,
          ),
        );
      }
    });
  });
  // Across reports of one framework: each report's dominant variant against the others'.
  const byFramework = new Map<string, number[]>();
  reports.forEach((r, i) => byFramework.set(r.report.framework, [...(byFramework.get(r.report.framework) ?? []), i]));
  for (const [framework, members] of byFramework) {
    if (members.length < 2) continue;
    TERMINOLOGY.forEach((concept, c) => {
      const dominant = new Map<number, string>();
      for (const m of members) {
        const usage = [...usages[m][c].entries()].sort((x, y) => y[1].count - x[1].count);
        if (usage.length) dominant.set(m, usage[0][0]);
      }
      const tally = new Map<string, number>();
      for (const label of dominant.values()) tally.set(label, (tally.get(label) ?? 0) + 1);
      if (tally.size < 2) return;
      const ranked = [...tally.entries()].sort((x, y) => y[1] - x[1]);
      const [majority, majorityCount] = ranked[0];
      const tie = ranked[1][1] === majorityCount;
      for (const [m, label] of dominant) {
        if (!reports[m].reviewed || (!tie && label === majority)) continue;
        const first = usages[m][c].get(label)!.first;
        const summary = ranked.map(([l, n]) => `"${l}" in ${n}`).join(', ');
        findings.push(
          findingIn(
            reports[m],
            'info',
            'terminology',
            first.section,
            first.paragraph,
            `This report says "${label}" for ${concept.concept}; the ${dominant.size} ${framework} reports compared differ (${summary}); agree one term.`,
          ),
        );
      }
    });
  }
  return findings;
}
