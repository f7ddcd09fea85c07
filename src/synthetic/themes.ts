/**
 * Sentence banks for synthetic reports: the recurring themes of teacher-training inspection
 * reports, each with the ways inspectors word it as a strength, as a shortfall, as an action
 * ("ensure that …") and as the body paragraph behind either. Wording follows the published iQTS
 * and Ofsted ITE reports in corpus/samples (leaders/mentors/trainees register, "However, …" turns).
 *
 * Slots: {L} leaders, {M} mentors, {S} schools, {subject} a subject, {phase} an age phase.
 * A theme names no criterion id: the trends stage must map the text, as it does for real reports.
 */
import type { FrameworkId } from '../schemas/index.js';

/** Where a theme sits in a report; each framework profile maps it to its own section heading. */
export type ThemeArea = 'leadership' | 'training' | 'outcomes' | 'inclusion' | 'behaviours';

export interface Theme {
  id: string;
  label: string;
  area: ThemeArea;
  /** Frameworks whose reports raise this theme (all four when absent). */
  frameworks?: FrameworkId[];
  /** Only reports covering one of these phases raise it (any phase when absent). */
  phases?: Array<'early-years' | 'primary' | 'secondary' | 'further-education'>;
  /** Relative frequency as an area for improvement, before planted effects. */
  weight: number;
  strengths: string[];
  /** The shortfall, stated: iQTS and toolkit summary bullets, and the "However" turn in paragraphs. */
  issues: string[];
  /** The shortfall as an action, without a subject: Ofsted's "The partnership should: ensure that …". */
  actions: string[];
  /** A further sentence for a strength paragraph. */
  strengthDetails: string[];
  /** A positive or neutral opening for a weakness paragraph, before "However, <issue>". */
  weaknessOpenings: string[];
}

export const SLOT_VALUES = {
  L: ['Leaders', 'Course leaders', 'Programme leaders', 'Leaders and managers', 'The programme team', 'Partnership leaders'],
  M: ['mentors', 'school-based mentors', 'subject mentors', 'in-school mentors'],
  S: ['placement schools', 'partner schools', 'partnership schools'],
  subject: ['mathematics', 'English', 'science', 'history', 'geography', 'computing', 'physical education', 'modern foreign languages', 'music', 'art and design'],
  phase: ['primary', 'secondary', 'early years', 'further education'],
} as const;

export const THEMES: Theme[] = [
  {
    id: 'mentor-training',
    label: 'Mentor training',
    area: 'leadership',
    weight: 1,
    strengths: [
      'A well-structured mentor training programme ensures that {M} have the knowledge and skills to support trainees in line with the curriculum.',
      '{L} provide high-quality, ongoing training for {M}, which is closely aligned to the training curriculum.',
      'Mentor training is comprehensive and well attended, so {M} understand their role and the expectations of the programme.',
    ],
    issues: [
      'The mentor training programme is not sufficiently developed to ensure that all {M} have the skills to support and develop trainees in accordance with the curriculum.',
      'Mentor training is underdeveloped, and not all {M} have completed the training they need to carry out their role.',
      'There is no planned curriculum for mentor development, so {M} are not consistently equipped to support trainees.',
      'Too few {M} attend the mentor training that {L} provide, and attendance is not followed up.',
    ],
    actions: [
      'ensure that all {M} receive training that equips them to support trainees confidently in line with the curriculum',
      'develop the mentor training programme so that all {M} have the knowledge and skills they need for their role',
      'make sure that {M} who do not attend training are followed up and receive the training they need',
    ],
    strengthDetails: [
      'Mentors value the regular updates and the opportunities to share best practice with each other.',
      'Training for {M} is sequenced so that it matches what trainees are learning in the central programme.',
    ],
    weaknessOpenings: [
      '{M} receive detailed initial guidance about their role and the expectations of the programme.',
      '{L} have implemented appropriate arrangements to check the suitability of {M} before placements begin.',
      'Mentors can access individual support and guidance from the programme team.',
    ],
  },
  {
    id: 'mentoring-quality',
    label: 'Quality of mentoring and feedback to trainees',
    area: 'training',
    weight: 1.1,
    strengths: [
      'Trainees benefit from the support of committed and knowledgeable {M} who provide valuable guidance and precise feedback.',
      'Weekly mentor meetings are purposeful, and {M} set clear targets that help trainees to improve their practice.',
      'Effective mentoring enables trainees to become highly proficient teachers who are well prepared for their first year of teaching.',
    ],
    issues: [
      '{M} do not always set clear and precise targets to help trainees understand how to develop their practice.',
      'The quality of mentoring that trainees receive in their {S} is too variable.',
      'Feedback to trainees following lesson observations is not consistently precise enough to help them improve.',
    ],
    actions: [
      'ensure that {M} set precise targets that help trainees to understand how to improve their teaching',
      'reduce the variability in the quality of mentoring that trainees receive in their {S}',
    ],
    strengthDetails: [
      'Mentors guide trainees to other experts in their school to help develop their knowledge across the curriculum.',
      'Trainees say that the feedback they receive helps them to reflect on and refine their teaching.',
    ],
    weaknessOpenings: [
      'Most {M} meet with trainees weekly and carry out formative observations to inform discussions about their progress.',
      'In the main, trainees benefit from the support of diligent {M}.',
    ],
  },
  {
    id: 'quality-assurance',
    label: 'Quality assurance of training and placements',
    area: 'leadership',
    weight: 1,
    strengths: [
      '{L} undertake thorough checks on the quality of training and mentoring across the partnership.',
      'Rigorous quality assurance processes enable {L} to identify and tackle inconsistencies in the quality of placements swiftly.',
      'Link tutors carry out regular joint observations that assure the quality of the support trainees receive in {S}.',
    ],
    issues: [
      'Quality assurance processes do not allow {L} to identify and tackle inconsistencies in the quality of support that trainees receive in their {S} quickly enough.',
      'Quality assurance of school-based training is not sufficiently rigorous to identify where the work of {M} does not meet expectations.',
      '{L} have a limited range of processes to monitor, evaluate and moderate the quality of mentoring.',
    ],
    actions: [
      'strengthen quality assurance so that inconsistencies in the quality of school-based training are identified and tackled swiftly',
      'ensure that quality assurance processes identify where the work of {M} is not meeting the expected standard',
    ],
    strengthDetails: [
      'Where a placement does not meet the expected standard, {L} act quickly to support the trainee and the school.',
      'External examiners confirm the accuracy of leaders\u2019 evaluations of the quality of training.',
    ],
    weaknessOpenings: [
      'Link tutors conduct termly joint observations of trainees\u2019 practice.',
      '{L} collect a range of information about the quality of placements.',
    ],
  },
  {
    id: 'workload-wellbeing',
    label: 'Trainee workload and well-being',
    area: 'behaviours',
    weight: 0.8,
    strengths: [
      '{L} pay close attention to trainees\u2019 well-being and provide prompt, effective support to trainees who need it.',
      'Trainees\u2019 workload is carefully managed, and wellbeing days give trainees time to pause and reflect.',
      'Trainees feel well supported, and they know whom to approach if they have concerns about their workload or wellbeing.',
    ],
    issues: [
      'Procedures to monitor trainees\u2019 workload and wellbeing are not sufficiently defined.',
      'The processes for all partners to manage trainees\u2019 workload and wellbeing are not fully in place.',
      'Some trainees report an unmanageable workload during their main placement, and {L} do not monitor this systematically.',
    ],
    actions: [
      'establish clear procedures for all partners to monitor and manage trainees\u2019 workload and wellbeing',
      'make sure that trainees\u2019 workload during placements is monitored and kept manageable',
    ],
    strengthDetails: [
      'Trainees have access to well-being services should they require them.',
      '{L} have responded to trainee feedback by revising the timing and format of training to make it more manageable.',
    ],
    weaknessOpenings: [
      '{L} are mindful of trainees\u2019 workload and have revised the timing of some training activities.',
      'Comprehensive online resources allow trainees to complete learning at their own pace.',
    ],
  },
  {
    id: 'partnership-agreements',
    label: 'Partnership agreements and data sharing',
    area: 'leadership',
    weight: 0.6,
    strengths: [
      'Partnership agreements clearly set out the roles and responsibilities of the provider and {S}.',
      'Strong collaboration within the partnership ensures that {L} and school leaders share very high expectations.',
      'Relationships with {S} are well established, and school leaders value the support and challenge they receive.',
    ],
    issues: [
      'Protocols for information sharing and secure data storage, in line with local regulations, are not explicitly included in the partnership agreement.',
      'Partnership agreements do not clearly specify the roles and responsibilities of all partners.',
      'Relationships with some {S} are at an early stage, and expectations of placement schools are not always clear.',
    ],
    actions: [
      'ensure that partnership agreements set out protocols for information sharing and secure data storage',
      'clarify the roles and responsibilities of all partners in the partnership agreement',
    ],
    strengthDetails: [
      'School leaders say that they are consulted on the design of the programme.',
      'Programme leaders know the partnership schools well and provide regular opportunities to share best practice.',
    ],
    weaknessOpenings: [
      'Separate data sharing agreements outline the provider\u2019s data protection arrangements.',
      'The provider has started to develop effective partnerships with individual schools and placement coordinators.',
    ],
  },
  {
    id: 'stakeholder-feedback',
    label: 'Feedback from partners',
    area: 'leadership',
    weight: 0.6,
    strengths: [
      '{L} have systematic processes for collecting and evaluating feedback from trainees, {M} and {S}.',
      '{L} use feedback from all partners well to refine the programme.',
      'Trainees\u2019 views are sought regularly, and {L} act on them.',
    ],
    issues: [
      'Mechanisms for obtaining feedback from all partnership members are not sufficiently well established.',
      'Systems to gather feedback from {S} and {M} are underdeveloped.',
      '{L} do not gather or use feedback from {M} systematically to improve the programme.',
    ],
    actions: [
      'establish systematic ways of gathering and acting on feedback from all partners, including {M}',
      'make better use of feedback from {S} to evaluate and improve the programme',
    ],
    strengthDetails: [
      'Changes to the timing of training sessions followed trainees\u2019 feedback.',
      'Response rates to partnership surveys are high.',
    ],
    weaknessOpenings: [
      '{L} have systematic processes for collecting and evaluating trainees\u2019 feedback.',
      'Trainees complete evaluations at the end of each module.',
    ],
  },
  {
    id: 'curriculum-design',
    label: 'Curriculum design and sequencing',
    area: 'training',
    weight: 0.9,
    strengths: [
      '{L} have developed a well-considered, carefully sequenced curriculum that meets the needs of trainees in the {phase} phase.',
      'The central training programme is of high quality and is valued by trainees, including those with considerable teaching experience.',
      'The curriculum covers the core content framework in full and builds trainees\u2019 knowledge in a logical order.',
    ],
    issues: [
      'The curriculum is not sequenced well enough to ensure that trainees build their knowledge over time.',
      'The centre-based curriculum and the training that trainees receive in {S} are not coherently linked.',
      '{L} have not identified precisely enough what trainees should learn in {subject} and when.',
    ],
    actions: [
      'ensure that the curriculum is sequenced so that trainees build their knowledge and skills over time',
      'make sure that school-based training is coherently linked to the centre-based curriculum',
      'identify precisely the knowledge that trainees should learn in each subject, and when',
    ],
    strengthDetails: [
      'The programme is designed to deliver an intensive period of input on subject pedagogy before focusing on research-informed practice.',
      'The training programme effectively covers the minimum entitlement of the core content framework.',
    ],
    weaknessOpenings: [
      'The curriculum covers the minimum entitlement of the core content framework.',
      '{L} have a clear vision for the programme.',
    ],
  },
  {
    id: 'assessment',
    label: 'Assessment of trainees and targets',
    area: 'training',
    weight: 0.9,
    strengths: [
      'There are clear systems and checkpoints for assessing trainees\u2019 knowledge, skills and behaviours.',
      'Assessment of trainees is accurate, and annual external moderation confirms the accuracy of assessment decisions.',
      'Trainees receive personalised, constructive feedback on their assignments that identifies where they need to develop.',
    ],
    issues: [
      '{L} do not adequately identify and tackle inconsistencies in the frequency and quality of trainees\u2019 school-based assessments.',
      'Trainees\u2019 end-of-programme targets are not sharp enough to support their development in their first year of teaching.',
      'Assessment does not check well enough whether trainees have learned the intended curriculum.',
    ],
    actions: [
      'ensure that all trainees\u2019 end-of-programme targets are sharp, focused and measurable',
      'make sure that assessment checks whether trainees have learned and can apply the intended curriculum',
      'tackle inconsistencies in the frequency and quality of school-based assessments',
    ],
    strengthDetails: [
      'Moderation by external examiners confirms that assessment decisions are accurate.',
      'Trainees understand how they are assessed and what they need to do to improve.',
    ],
    weaknessOpenings: [
      'There are clear checkpoints for assessing trainees\u2019 progress.',
      'Trainees benefit from feedback on their academic assignments.',
    ],
  },
  {
    id: 'english-maths',
    label: 'Trainees\u2019 English and mathematics skills',
    area: 'training',
    weight: 0.4,
    frameworks: ['iqts', 'ite-2015'],
    strengths: [
      'The provider has effective systems for assessing and developing trainees\u2019 English and mathematics skills.',
      'Online resources help trainees to close specific gaps in their fundamental English and mathematics skills.',
    ],
    issues: [
      'Procedures for checking trainees\u2019 fundamental English and mathematics skills before the award are not sufficiently robust.',
      'Trainees who need to improve their English or mathematics skills are not identified early enough.',
    ],
    actions: [
      'ensure that gaps in trainees\u2019 English and mathematics skills are identified and addressed early in the programme',
    ],
    strengthDetails: ['Detailed assessments ensure that trainees have the required skills before the award.'],
    weaknessOpenings: ['Trainees complete an audit of their English and mathematics skills at the start of the programme.'],
  },
  {
    id: 'recruitment-selection',
    label: 'Recruitment and selection',
    area: 'leadership',
    weight: 0.5,
    strengths: [
      'Arrangements for recruiting trainees are systematic and clear.',
      'Thorough recruitment procedures ensure that {L} recruit trainees who have the capacity to become strong teachers.',
      'Trainee selection processes are rigorous and include a well-designed task that tests applicants\u2019 suitability to teach.',
    ],
    issues: [
      'Selection processes do not assess applicants\u2019 subject knowledge rigorously enough.',
      'Checks on the authenticity of applicants\u2019 overseas qualifications are not consistently recorded.',
      'Recruitment procedures are not applied consistently across the partnership.',
    ],
    actions: [
      'ensure that selection processes assess applicants\u2019 subject knowledge rigorously',
      'apply recruitment and selection procedures consistently across the partnership',
    ],
    strengthDetails: [
      'Admissions tutors check that all applicants hold the minimum qualifications they need to enrol.',
      'Programme leaders work closely with school leaders to recruit trainees.',
    ],
    weaknessOpenings: ['Admissions tutors check that applicants hold the minimum qualifications required.'],
  },
  {
    id: 'safeguarding',
    label: 'Safeguarding and suitability',
    area: 'behaviours',
    weight: 0.35,
    strengths: [
      'Procedures to ensure that trainees are suitable to work with children are effective.',
      'Trainees receive comprehensive safeguarding training and know the actions to take when they have a concern about a pupil\u2019s welfare.',
      '{L} adopt a meticulous approach to ensuring that trainees know how to keep themselves and their pupils safe, including online.',
    ],
    issues: [
      'Safeguarding training does not ensure that all trainees understand the local procedures in their placement setting.',
      'Records of suitability checks are not consistently complete before trainees start their placements.',
    ],
    actions: [
      'ensure that all suitability checks are completed and recorded before trainees begin their placements',
      'make sure that all trainees understand the safeguarding procedures in their placement setting',
    ],
    strengthDetails: ['Trainees learn about the different types of abuse and how to report a concern.'],
    weaknessOpenings: ['Trainees complete safeguarding training at the start of the programme.'],
  },
  {
    id: 'behaviour-management',
    label: 'Training in managing behaviour',
    area: 'training',
    weight: 0.7,
    strengths: [
      'Training in managing pupils\u2019 behaviour is thorough and highly effective.',
      'Trainees establish clear routines and high expectations, and they manage pupils\u2019 behaviour confidently.',
    ],
    issues: [
      'Training does not prepare trainees well enough to manage pupils\u2019 behaviour in their placement schools.',
      'Some trainees lack confidence in applying the behaviour management strategies they have been taught.',
    ],
    actions: [
      'ensure that trainees are well prepared to manage pupils\u2019 behaviour, including through practice in {S}',
    ],
    strengthDetails: ['In the lessons inspectors observed, trainees used effective behaviour management strategies.'],
    weaknessOpenings: ['Trainees are taught a range of approaches to managing behaviour.'],
  },
  {
    id: 'send-adaptive',
    label: 'Adaptive teaching and pupils with SEND',
    area: 'inclusion',
    weight: 0.8,
    strengths: [
      'Trainees undertake comprehensive training about pupils with special educational needs and/or disabilities (SEND).',
      'Trainees learn how to adapt their teaching to meet the needs of all pupils, including disadvantaged pupils and those who speak English as an additional language.',
    ],
    issues: [
      'Trainees are not well prepared to adapt their teaching for pupils with special educational needs and/or disabilities.',
      'Training on adaptive teaching is not followed up well enough in {S}, so some trainees do not apply it.',
    ],
    actions: [
      'ensure that all trainees learn how to adapt their teaching for pupils with special educational needs and/or disabilities',
      'make sure that training on adaptive teaching is reinforced during school placements',
    ],
    strengthDetails: ['This training includes a placement in a special school for some trainees.'],
    weaknessOpenings: ['The centre-based programme includes sessions on adaptive teaching.'],
  },
  {
    id: 'early-reading',
    label: 'Early reading and phonics',
    area: 'training',
    weight: 0.8,
    phases: ['early-years', 'primary'],
    frameworks: ['iqts', 'ite-2020', 'ite-2025'],
    strengths: [
      'Trainees develop a confident understanding of systematic synthetic phonics and how to teach early reading.',
      'Training in early reading is a strength, and trainees apply it well in their placements.',
    ],
    issues: [
      'Not all trainees have enough opportunities to practise teaching systematic synthetic phonics in their placements.',
      'Training in early reading does not ensure that trainees can support pupils who fall behind in phonics.',
    ],
    actions: [
      'ensure that all trainees have opportunities to practise teaching phonics and early reading during their placements',
    ],
    strengthDetails: ['Specific training resources help trainees to understand different phonics programmes.'],
    weaknessOpenings: ['The central programme covers systematic synthetic phonics.'],
  },
  {
    id: 'subject-knowledge',
    label: 'Subject and phase-specific training',
    area: 'training',
    weight: 0.8,
    strengths: [
      'Comprehensive subject training secures trainees\u2019 subject knowledge in {subject}.',
      'Subject-specific training resources support trainees well in understanding how to teach {subject}.',
    ],
    issues: [
      'Subject-specific training in {subject} is not as well developed as in other subjects.',
      'Trainees in some subjects receive too little subject-specific training from expert colleagues.',
    ],
    actions: [
      'ensure that trainees in all subjects, including {subject}, receive high-quality subject-specific training',
    ],
    strengthDetails: ['Trainees receive opportunities to develop their knowledge in areas of their subject where they have limited experience.'],
    weaknessOpenings: ['Subject sessions are led by experienced tutors.'],
  },
  {
    id: 'course-information',
    label: 'Course information for applicants',
    area: 'leadership',
    weight: 0.3,
    frameworks: ['iqts'],
    strengths: [
      'Course information is clear and accurate, and sets out the entry requirements and age ranges covered.',
    ],
    issues: ['Course information for applicants does not clearly set out the costs and the age ranges covered.'],
    actions: ['make sure that course information sets out entry requirements, costs and age ranges clearly'],
    strengthDetails: ['The provider gives candidates the information they need to make informed choices.'],
    weaknessOpenings: ['The provider\u2019s website sets out the entry requirements.'],
  },
  {
    id: 'placement-scheduling',
    label: 'Placements and programme schedules',
    area: 'training',
    weight: 0.5,
    strengths: [
      'All trainees have planned opportunities to teach in a contrasting setting through a second placement.',
      'Trainees\u2019 individual schedules reflect their placements and local requirements.',
    ],
    issues: [
      'The start date of placements is sometimes delayed, and trainees and {M} are not always clear about deadlines.',
      'Not all trainees have sufficient experience of a contrasting school setting.',
    ],
    actions: [
      'ensure that placements start on time and that trainees and {M} are clear about deadlines throughout the programme',
      'make sure that all trainees gain experience in a contrasting school setting',
    ],
    strengthDetails: ['Programme managers update placement dates on trainees\u2019 schedules where placements start later than planned.'],
    weaknessOpenings: ['Course leaders have planned the programme to take account of local term dates.'],
  },
  {
    id: 'improvement-planning',
    label: 'Self-evaluation and improvement planning',
    area: 'leadership',
    weight: 0.6,
    strengths: [
      '{L} have an accurate understanding of the strengths and weaknesses of the programme.',
      'Comprehensive improvement plans reflect a strong commitment to, and capacity for, continuous improvement.',
    ],
    issues: [
      'Not all of the actions in the improvement plan have been implemented to improve the consistency of the trainee experience.',
      'Self-evaluation is not precise enough to identify the programme\u2019s weaknesses.',
    ],
    actions: [
      'ensure that self-evaluation identifies the programme\u2019s weaknesses precisely and that improvement actions are completed',
    ],
    strengthDetails: ['External examiners provide detailed and constructive feedback that informs self-evaluation.'],
    weaknessOpenings: ['{L} have identified various priorities in their improvement plans.'],
  },
  {
    id: 'local-adaptation',
    label: 'Local adaptation and time zones',
    area: 'training',
    weight: 0.5,
    frameworks: ['iqts'],
    strengths: [
      '{L} ensure that the curriculum is locally adapted to the different countries where trainees are based.',
      'Training sessions are scheduled to work across different time zones, so that all trainees can take part.',
    ],
    issues: [
      'The curriculum is not adapted well enough to the local contexts in which trainees teach.',
      'Live training sessions are not scheduled to suit trainees in all time zones, and recordings are not always available.',
    ],
    actions: ['adapt the curriculum to the local contexts in which trainees teach'],
    strengthDetails: ['Trainees value meeting online with trainees in other countries to compare their experiences.'],
    weaknessOpenings: ['Trainees teach in a wide range of countries.'],
  },
  {
    id: 'trainee-outcomes',
    label: 'Trainee outcomes and completion',
    area: 'outcomes',
    weight: 0.6,
    frameworks: ['ite-2015', 'ite-2025'],
    strengths: [
      'Completion and employment rates are consistently above national averages.',
      'Trainees\u2019 attainment at the end of the programme is high, and all trainees complete the programme as at least good teachers.',
    ],
    issues: [
      'Completion rates for some groups of trainees are below the national average.',
      'The attainment of male trainees does not consistently match that of female trainees.',
    ],
    actions: [
      'further develop initiatives to ensure that all groups of trainees attain as highly as each other',
      'improve completion rates for groups of trainees who do not complete the programme',
    ],
    strengthDetails: ['The above-national proportion of trainees who secure teaching posts reflects the programme\u2019s contribution to local recruitment.'],
    weaknessOpenings: ['Most trainees complete the programme.'],
  },
  {
    id: 'professional-behaviours',
    label: 'Professional behaviours',
    area: 'behaviours',
    weight: 0.4,
    frameworks: ['ite-2020', 'ite-2025'],
    strengths: [
      'Trainees demonstrate high standards of professional conduct and understand their wider professional responsibilities.',
    ],
    issues: ['Trainees\u2019 understanding of their wider professional responsibilities is not developed well enough.'],
    actions: ['ensure that trainees understand and meet their wider professional responsibilities'],
    strengthDetails: ['Trainees understand the importance of maintaining professional integrity online.'],
    weaknessOpenings: ['Trainees are introduced to the Teachers\u2019 Standards part 2 early in the programme.'],
  },
  {
    id: 'governance',
    label: 'Governance and oversight',
    area: 'leadership',
    weight: 0.4,
    frameworks: ['ite-2015', 'ite-2020', 'ite-2025'],
    strengths: [
      'Members of the partnership committee have a precise understanding of the quality of the programme and hold {L} to account well.',
      'Those responsible for governance provide effective challenge and support to {L}.',
    ],
    issues: [
      'Those responsible for governance do not challenge {L} well enough about the quality of the programme.',
      'Governance relies too much on surface-level assurances about the quality of training.',
    ],
    actions: ['ensure that those responsible for governance hold leaders to account for the quality of the programme'],
    strengthDetails: ['The strategic board includes headteachers from across the partnership.'],
    weaknessOpenings: ['A strategic board meets termly.'],
  },
];

/** The trends the generator plants, so tests can check trend mining recovers them. */
export const PLANTED = {
  /** Weight of this theme as an area for improvement grows with the year within each framework. */
  risingByYear: 'mentor-training',
  /** Weight of this theme as an area for improvement is multiplied for these provider types. */
  byProviderType: { theme: 'quality-assurance', providerType: 'school-led', factor: 3 },
} as const;
