/**
 * How reports under each framework look: years in use, grade scale as printed, judgement tables,
 * phases, inspectorates, section headings and the wording of the improvement list.
 * Reference: DESIGN.md "The material"; corpus/samples/reports (iQTS 2024, ITE 2015 handbook).
 */
import type { FrameworkId } from '../schemas/index.js';
import type { ThemeArea } from './themes.js';

export type ProviderType = 'HEI' | 'SCITT' | 'school-led';
export type PhaseKey = 'early-years' | 'primary' | 'secondary' | 'further-education';

export interface FrameworkProfile {
  id: FrameworkId;
  title: string;
  years: number[];
  inspectorates: Array<[string, number]>;
  providerTypes: Array<[ProviderType, number]>;
  /** Phase names as printed, by key. */
  phases: Partial<Record<PhaseKey, string>>;
  /** Most reports cover one phase; this is the chance of each further one. */
  extraPhaseChance: number;
  /** Grades as printed, best first, with how often each is awarded. */
  grades: Array<[string, number]>;
  /** Judgement rows of the grade table (toolkit: evaluation areas). */
  judgements: string[];
  /** Whether judgements are graded per phase (Ofsted) or once for the provider (iQTS). */
  perPhase: boolean;
  /** Report section heading for paragraphs on a theme in this area. */
  sections: Record<ThemeArea, string>;
  /** [min, max] areas for improvement, by grade index (best first). */
  improvementCount: Array<[number, number]>;
  /** [min, max] summary strengths, by grade index. */
  strengthCount: Array<[number, number]>;
  /** How a summary area for improvement is worded. */
  improvementStyle: 'issue' | 'action' | 'should-action-issue';
  /** Days on site: one visit of n days, or two stages of n days (2015 handbook). */
  visits: Array<{ days: number; months: number[] }>;
}

const ALL_MONTHS_BUT_AUGUST = [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12];

export const PROFILES: Record<FrameworkId, FrameworkProfile> = {
  iqts: {
    id: 'iqts',
    title: 'International qualified teacher status (iQTS): pilot inspection report',
    years: [2023, 2024, 2025, 2026],
    inspectorates: [
      ['ISI', 0.6],
      ['Penta International', 0.4],
    ],
    providerTypes: [
      ['HEI', 0.55],
      ['SCITT', 0.3],
      ['school-led', 0.15],
    ],
    phases: { primary: 'Primary', secondary: 'Secondary' },
    extraPhaseChance: 0.3,
    grades: [
      ['Grade 1', 0.1],
      ['Grade 2', 0.35],
      ['Grade 3', 0.45],
      ['Grade 4', 0.1],
    ],
    judgements: ['Overall grade'],
    perPhase: false,
    sections: {
      leadership: 'Quality of leadership and management',
      training: 'Quality of programme delivery and design',
      outcomes: 'Quality of programme delivery and design',
      inclusion: 'Quality of programme delivery and design',
      behaviours: 'Quality of leadership and management',
    },
    improvementCount: [
      [0, 1],
      [1, 3],
      [3, 5],
      [4, 6],
    ],
    strengthCount: [
      [3, 5],
      [2, 4],
      [1, 2],
      [0, 1],
    ],
    improvementStyle: 'issue',
    visits: [{ days: 4, months: ALL_MONTHS_BUT_AUGUST }],
  },
  'ite-2015': {
    id: 'ite-2015',
    title: 'Initial teacher education inspection report',
    years: [2016, 2017, 2018, 2019],
    inspectorates: [['Ofsted', 1]],
    providerTypes: [
      ['HEI', 0.4],
      ['SCITT', 0.45],
      ['school-led', 0.15],
    ],
    phases: { 'early-years': 'Early years ITT', primary: 'Primary QTS', secondary: 'Secondary QTS', 'further-education': 'Further education' },
    extraPhaseChance: 0.35,
    grades: [
      ['1', 0.3],
      ['2', 0.55],
      ['3', 0.12],
      ['4', 0.03],
    ],
    judgements: [
      'Overall effectiveness',
      'The outcomes for trainees',
      'The quality of training across the partnership',
      'The quality of leadership and management across the partnership',
    ],
    perPhase: true,
    sections: {
      leadership: 'Inspection judgements',
      training: 'Inspection judgements',
      outcomes: 'Inspection judgements',
      inclusion: 'Inspection judgements',
      behaviours: 'Inspection judgements',
    },
    improvementCount: [
      [1, 2],
      [2, 3],
      [3, 5],
      [4, 6],
    ],
    strengthCount: [
      [6, 10],
      [4, 7],
      [2, 4],
      [1, 2],
    ],
    improvementStyle: 'action',
    visits: [
      { days: 3, months: [4, 5, 6] },
      { days: 3, months: [9, 10, 11] },
    ],
  },
  'ite-2020': {
    id: 'ite-2020',
    title: 'Initial teacher education (ITE) inspection report',
    years: [2021, 2022, 2023, 2024, 2025],
    inspectorates: [['Ofsted', 1]],
    providerTypes: [
      ['HEI', 0.35],
      ['SCITT', 0.45],
      ['school-led', 0.2],
    ],
    phases: { 'early-years': 'Early years', primary: 'Primary', secondary: 'Secondary', 'further-education': 'Further education and skills' },
    extraPhaseChance: 0.35,
    grades: [
      ['Outstanding', 0.15],
      ['Good', 0.6],
      ['Requires improvement', 0.2],
      ['Inadequate', 0.05],
    ],
    judgements: ['Overall effectiveness', 'The quality of education and training', 'Leadership and management'],
    perPhase: true,
    sections: {
      leadership: 'Leadership and management',
      training: 'The quality of education and training',
      outcomes: 'The quality of education and training',
      inclusion: 'The quality of education and training',
      behaviours: 'The quality of education and training',
    },
    improvementCount: [
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 6],
    ],
    strengthCount: [
      [4, 6],
      [3, 5],
      [2, 3],
      [1, 2],
    ],
    improvementStyle: 'should-action-issue',
    visits: [{ days: 4, months: ALL_MONTHS_BUT_AUGUST }],
  },
  'ite-2025': {
    id: 'ite-2025',
    title: 'Initial teacher education (ITE) inspection report',
    years: [2026],
    inspectorates: [['Ofsted', 1]],
    providerTypes: [
      ['HEI', 0.35],
      ['SCITT', 0.45],
      ['school-led', 0.2],
    ],
    phases: { 'early-years': 'Early years', primary: 'Primary', secondary: 'Secondary', 'further-education': 'Further education and skills' },
    extraPhaseChance: 0.3,
    grades: [
      ['Exceptional', 0.08],
      ['Strong standard', 0.3],
      ['Expected standard', 0.45],
      ['Needs attention', 0.14],
      ['Urgent improvement', 0.03],
    ],
    judgements: [
      'Inclusion',
      'Curriculum, teaching and training',
      'Achievement',
      'Professional behaviours, personal development and well-being',
      'Leadership',
    ],
    perPhase: true,
    sections: {
      leadership: 'Leadership',
      training: 'Curriculum, teaching and training',
      outcomes: 'Achievement',
      inclusion: 'Inclusion',
      behaviours: 'Professional behaviours, personal development and well-being',
    },
    improvementCount: [
      [0, 1],
      [1, 2],
      [2, 4],
      [3, 5],
      [4, 6],
    ],
    strengthCount: [
      [4, 6],
      [3, 5],
      [2, 3],
      [1, 2],
      [0, 1],
    ],
    improvementStyle: 'issue',
    visits: [{ days: 4, months: ALL_MONTHS_BUT_AUGUST }],
  },
};

/** Evaluation area of the toolkit that each theme area is graded under. */
export const TOOLKIT_AREA: Record<ThemeArea, string> = {
  inclusion: 'Inclusion',
  training: 'Curriculum, teaching and training',
  outcomes: 'Achievement',
  behaviours: 'Professional behaviours, personal development and well-being',
  leadership: 'Leadership',
};
