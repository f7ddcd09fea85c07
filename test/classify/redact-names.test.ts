import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isUsGivenName } from '../../src/classify/name-patterns.js';
import { findPersonalNames, redactNames } from '../../src/classify/redact-names.js';

const redact = (text: string) => redactNames(text).text;

/** Every input redacts to its expected text, and a second pass changes nothing. */
function expectRedactions(cases: Array<[string, string]>) {
  for (const [input, expected] of cases) {
    const once = redact(input);
    expect([input, once]).toEqual([input, expected]);
    expect([input, redact(once)]).toEqual([input, once]);
  }
}

describe('redactNames', () => {
  it('starts a role with a capital at a sentence start, not after an abbreviation\'s full stop', () => {
    expectRedactions([
      ['Good lesson. Priya Shah said it helped.', 'Good lesson. A trainee said it helped.'],
      ['Trainees (FG of 6, incl. Omar Haddad and Fatima Al-Sayed) were articulate.', 'Trainees (FG of 6, incl. a trainee and a trainee) were articulate.'],
    ]);
  });

  it('reads a term or festival after a title as a surname', () => {
    expectRedactions([
      ['Mrs Easter checked the SEF with me', 'A member of staff checked the SEF with me'],
      ['Dr Ramadan chased the audit', 'A member of staff chased the audit'],
      ['set up a Ms Teams call for Friday', 'set up a Ms Teams call for Friday'],
    ]);
  });

  it('reads titles of other languages and a titled name set off by commas, and keeps schools named for a titled person', () => {
    expectRedactions([
      ['The trainee said his mentor, Ustadha Fatima Al-Zahra, "checks every plan"', 'The trainee said his mentor, a member of staff, "checks every plan"'],
      ["A trainee's mentor, Pani Dorota Kaczmarek, at the Warsaw school - strong", "A trainee's mentor, a member of staff, at the Warsaw school - strong"],
      ['trainees at Alhaji Tafawa Balewa Secondary School', 'trainees at Alhaji Tafawa Balewa Secondary School'],
      ['Mwalimu Nyerere Memorial Academy staff', 'Mwalimu Nyerere Memorial Academy staff'],
      ['the pupil Premium is spent well', 'the pupil Premium is spent well'],
    ]);
  });

  it('takes the last name of a list of people even when its words are words, but not a school or a subject', () => {
    expectRedactions([
      ['Focus group with eight primary trainees, including Autumn Reid, Ibrahim Diallo and Hunter Price.', 'Focus group with eight primary trainees, including a trainee, a trainee and a trainee.'],
      ['met Amira Khan, Tom Reed and Kingsbridge Academy staff', 'met a member of staff, a member of staff and Kingsbridge Academy staff'],
      ['trainees Amira Khan, Tom Reed and English.', 'A trainee, a trainee and English.'],
    ]);
  });

  it('keeps every part of a Vietnamese name, whose later parts are often English words', () => {
    expectRedactions([
      ['- lead mentor Mr Nguyen Van Hung runs 6 sessions', '- The lead mentor runs 6 sessions'],
      ['Mr Pham Van Long (Da Nang) is new', 'A member of staff (Da Nang) is new'],
      ['trainees in Ho Chi Minh City and Hanoi', 'trainees in Ho Chi Minh City and Hanoi'],
      // Not without a Vietnamese middle name: the word after is the sentence's.
      ['Mr Do Good lesson', 'A member of staff Good lesson'],
      ['Mrs Ho Year 6 class', 'A member of staff Year 6 class'],
    ]);
  });

  it('gives a titled name right after its role word the role once, given name a word or not', () => {
    expectRedactions([
      ['- DSL Mrs Sky Wood: trainees on SCR', '- The DSL: trainees on SCR'],
      ['- HT Mr Will Brown: will need 2 trainees', '- The HT: will need 2 trainees'],
      ['met the DSL Mrs Wood today', 'met the DSL today'],
      ['- DSL (Mrs Wood): ok', '- DSL: ok'],
      ['Ms Joy Green (mentor) agreed', 'A mentor agreed'],
      ['Mrs Joy Great lesson today', 'A member of staff Great lesson today'],
      // A role word after a modal is a verb: it stays, and the name is no one of that role.
      ['Mrs Wood will lead Mr Brown through induction', 'A member of staff will lead a member of staff through induction'],
      ['physics subject twilight (Dr Rajinder Bassi)', 'physics subject twilight (a member of staff)'],
    ]);
  });

  it("reads a name before \"'s mentor\" as a trainee's, not a place's or a day's", () => {
    expectRedactions([
      ["Then Will Brown's mentor left in May", "Then a trainee's mentor left in May"],
      ["Monday's mentor meeting ran over", "Monday's mentor meeting ran over"],
      // A university named without the word, and a person who shares a word of it.
      ["Sheffield Hallam's link tutor visited twice", "Sheffield Hallam's link tutor visited twice"],
      ['Oxford Brookes PGCE; mentor Mrs Brookes said', 'Oxford Brookes PGCE; a mentor said'],
      ['Liverpool John Moores tutor', 'Liverpool John Moores tutor'],
      ["Brighton Aldridge's head", "Brighton Aldridge's head"],
    ]);
  });

  it('reads a given name and a word surname as a person where a role stands beside them', () => {
    expectRedactions([
      ['Grace Baker (mentor, Y4 lead) was thorough', 'A mentor (Y4 lead) was thorough'],
    ]);
  });

  it('gives a name after "chair of governors" that role whole', () => {
    expectRedactions([
      ['spoke to chair of governors Mr Tom Reece', 'spoke to the chair of governors'],
      ['Mrs Okafor (chair of trustees) agreed', 'The chair of trustees agreed'],
    ]);
  });

  it('gives a role shared by "both" or "all" to every name of the list', () => {
    expectRedactions([
      ['Tomasz and Ngozi, both PE trainees, led warm-ups', 'A PE trainee and a PE trainee, both PE trainees, led warm-ups'],
      ['Ewa, Kemi and Ravi, all ECTs, attended', 'An ECT, an ECT and an ECT, all ECTs, attended'],
    ]);
  });

  it('replaces trainees, mentors and staff by their role', () => {
    expectRedactions([
      ['trainee Amira Khan taught a strong lesson', 'A trainee taught a strong lesson'],
      ['Mrs Lloyd walked me through the tracker', 'A member of staff walked me through the tracker'],
      ['met Prof. Ian Marsh, programme director, on Tuesday', 'met the programme director, on Tuesday'],
      ['feedback from mentor Tom was precise', 'feedback from a mentor was precise'],
      ['HT Mrs Chen v positive about the partnership', 'The HT v positive about the partnership'],
      ['Mentor (Mr Rashid) v. knowledgeable', 'Mentor v. knowledgeable'],
      ['K. Adeyemi (link tutor) visits each half-term', 'A link tutor visits each half-term'],
      ['support plan for trainee Priya Okonkwo-Smith agreed', 'support plan for a trainee agreed'],
      ['Ms Wiśniewska (mentor) v. supportive', 'A mentor v. supportive'],
      ['trainee Łukasz Nowak taught well', 'A trainee taught well'],
      ['mentor JT gave feedback', 'A mentor gave feedback'],
      ['spoke to Adaeze (SENCO) about referrals', 'spoke to the SENCO about referrals'],
      ['KA (trainee) struggling with behaviour', 'A trainee struggling with behaviour'],
    ]);
    // A role opening a line is not part of a title-case name that ended the line before.
    expect(redact('same team as the PGCE\nProgramme director Mr Adebayo Oyelaran in post')).toBe('same team as the PGCE\nThe programme director in post');
  });

  it('drops every name of a bracketed list after a role, and keeps what else the bracket holds', () => {
    expectRedactions([
      ['trainees (Amira, Ben, Chidi) said workload manageable', 'trainees said workload manageable'],
      ['trainees (Noor + Kavya) both secure', 'trainees both secure'],
      ['mentor (Amira, Y5) very clear on phonics', 'mentor (Y5) very clear on phonics'],
    ]);
    // A place in brackets after a role is where the person works.
    expectRedactions([['mentor (Sliema) new this year', 'mentor (Sliema) new this year']]);
  });

  it('finds names typed in lower case in notes that are otherwise capitalised', () => {
    const notes = [
      'Tues: call w/ placement school',
      '- Met the programme lead, who walked me through QA.',
      '- met freya re placements',
      '- chidi said the sessions help',
      '- mrs patel (SENCo) confirmed plans in place',
      '- trainee amira said workload manageable',
      '- chased by dr hughes twice',
      '- Will check the tracker; mark books weekly',
    ].join('\n');
    const out = redact(notes);
    for (const name of ['freya', 'chidi', 'patel', 'amira', 'hughes']) expect(out).not.toMatch(new RegExp(`\\b${name}\\b`, 'i'));
    // A given name that is also a word, straight after a role, and a surname after its particle.
    const hurried = redact('- mtg w/ programme lead + deputy joe\n- joe runs the assessment side\n- mrs fatima al mansoori v. keen\n- mrs al mansoori not at moderation');
    expect(hurried).not.toMatch(/\bjoe\b|mansoori|fatima/i);
    expect(out).toContain('The SENCo confirmed plans in place');
    // Ordinary words stay, and so does every line.
    expect(out).toContain('- Will check the tracker; mark books weekly');
    expect(out.split('\n')).toHaveLength(8);
    expect(redact(out)).toBe(out);
  });

  it('takes the whole of a name whose given name or surname is also a word, and leaves schools named like a person', () => {
    expectRedactions([
      ['Bill Wood (DHT) shared the CPD calendar', 'The DHT shared the CPD calendar'],
      ["Sandy Lawson's reviews detailed", "A member of staff's reviews detailed"],
      ['trainees Sukhdeep Singh Gill and Ravi Kumar both Y6', 'A trainee and a trainee both Y6'],
      ['trainee José María Fernández de la Vega (MFL) - obs Y7 Spanish', 'A trainee (MFL) - obs Y7 Spanish'],
      ['Şükrü Çelik (Istanbul) - trainee, strong subject knowledge', 'A trainee (Istanbul) - trainee, strong subject knowledge'],
      ['Mr al-Mansouri clear on iQTS stds', 'A member of staff clear on iQTS stds'],
      ['spoke w/ grace re placement swap', 'spoke w/ a trainee re placement swap'],
      ['jiahui said she was never told about the SKE module', 'A member of staff said she was never told about the SKE module'],
    ]);
    // A person's name remembered from one line is not taken out of a school's or a place's on another.
    expectRedactions([
      ['Mr King (HT) keen; King Edward VI School also in the partnership', 'The HT keen; King Edward VI School also in the partnership'],
      ['Ms Church (SENCo, Church Lane Primary) ran the twilight', 'A member of staff (SENCo, Church Lane Primary) ran the twilight'],
      ['HT Dr Aisha Al Hammadi confirmed; Al Noor Academy visited Tues', 'The HT confirmed; Al Noor Academy visited Tues'],
      ['Prof behaviours + wellbeing', 'Prof behaviours + wellbeing'],
    ]);
  });

  it('keeps the grammar around a replaced name: one person of a listed role, a determiner already there', () => {
    expectRedactions([
      ['trainees Ben + Chidi both on track. Later Ben + Chidi shared a class', 'Two trainees both on track. Later the trainee + the trainee shared a class'],
      ['her mentor Zhang Wei gives weekly feedback', 'her mentor gives weekly feedback'],
      ["Seung-hyun's mentor Ms Jennifer Yoon joined", "A trainee's mentor joined"],
      ['Femi, Tolu and Dami (Y5 trainees) planned together', 'A trainee, a trainee and a Y5 trainee planned together'],
    ]);
  });

  it('puts the article before the words that say which role it is, and reads a plural role after a name as a verb', () => {
    expectRedactions([
      ['- English lead Ms Ngozi Adeyemi clear on the curriculum', '- The English lead clear on the curriculum'],
      ['- Met secondary PGCE lead Dr Samuel Adebayo', '- Met the secondary PGCE lead'],
      ['- call w/ university tutor Dr Feng Zhao', '- call w/ a university tutor'],
      ['- Cerys mentors Connor Doyle (Y3)', '- A trainee mentors a trainee (Y3)'],
    ]);
  });

  it('calls a person with no role a trainee under a heading about trainees, Markdown or plain', () => {
    const out = redact('## Tues - focus group, secondary trainees (7)\n- Grace Kelly (MFL) v. positive about the phonics strand\n- Liam O\'Connor: "behaviour sessions were practical"\n\n## Tues pm - Mentoring\n- Priya Raman raised release time');
    expect(out).toContain('- A trainee (MFL) v. positive about the phonics strand');
    expect(out).toContain('- A trainee: "behaviour sessions were practical"');
    expect(out).toContain('- A member of staff raised release time');
    // So does the short line opening a paragraph.
    expect(redact('10:30 Trainee focus group, Dubai (held at Dubai College).\nAttendees: Thomas Whitfield, Aisha Rahman.\nAisha said the sessions were strong.')).toBe(
      '10:30 Trainee focus group, Dubai (held at Dubai College).\nAttendees: a trainee, a trainee.\nA trainee said the sessions were strong.',
    );
    // A plain heading, as split-notes reads one, counts too.
    expect(redact('Tues: focus group w/ trainees\n- Grace Kelly (MFL) v. positive')).toBe('Tues: focus group w/ trainees\n- A trainee (MFL) v. positive');
  });

  it('keeps a contraction typed without its apostrophe after a lower-case name, and reads councillors and dotted titles', () => {
    expectRedactions([
      ['- trainee Kevin Mutua y7 english - kevin didnt use the behaviour system', '- A trainee y7 english - the trainee didnt use the behaviour system'],
      ['- rohan couldnt name the dsl', '- A member of staff couldnt name the dsl'],
      ['- chair of strategic board Cllr Imran Hussain', '- chair of strategic board a member of staff'],
      ['- mentor mr. peter kariuki - feedback good. kariuki trained Sep.', '- A mentor - feedback good. The mentor trained Sep.'],
      ['- mentor mrs grace wambui aware', '- A mentor aware'],
      ['- provider lead Karen Bottomley walked me through QA', '- The provider lead walked me through QA'],
    ]);
    // A verb before a role is not one of the words naming it.
    expectRedactions([['3 trainees rate mentor Mr Seo Jin-woo highly', '3 trainees rate a mentor highly']]);
  });

  it("reads initials as a person where they act, and a name's own initials in brackets as that person", () => {
    expectRedactions([
      ['- GP to draft; SMcA to write up', '- A member of staff to draft; a member of staff to write up'],
      ['- PC acknowledges sessions too late. CD disagreed', '- A member of staff acknowledges sessions too late. A member of staff disagreed'],
      ['- call w/ provider lead Dr Helen Ashworth (HA) on 24 Feb.\n- HA keen to stress recruitment', '- call w/ the provider lead on 24 Feb.\n- The lead keen to stress recruitment'],
    ]);
    // Acronyms doing the same stay, and so do country codes in notes of an inspection abroad: they are not people.
    expectRedactions([
      ['- SKE routed at offer; EPA results strong', '- SKE routed at offer; EPA results strong'],
      ['# iQTS visit, NZ + AU\n- NZ recorded session on te reo Maori', '# iQTS visit, NZ + AU\n- NZ recorded session on te reo Maori'],
      ['- Post-insp plan (PIP) = 11 actions; PIP action 2 done', '- Post-insp plan (PIP) = 11 actions; PIP action 2 done'],
      ['- QA to improve; EY trainees good', '- QA to improve; EY trainees good'],
      // Training routes: employment-based, graduate entry, postgraduate, undergraduate.
      ['- EB: same assignments as GE\n- 3 EB withdrew by Nov; UG + PG routes', '- EB: same assignments as GE\n- 3 EB withdrew by Nov; UG + PG routes'],
    ]);
    // Unless they are a named person's own, and then only as that person acts.
    expectRedactions([['- ITE lead Emma Bell (EB). EB to send the tracker; EB trainees 29', '- The ITE lead. The ITE lead to send the tracker; EB trainees 29']]);
    // In notes of an inspection in England the same letters are a person's initials.
    expectRedactions([
      ['- Actions: RO to finalise the draft; TW to send tracker. DSL = AR', '- Actions: a member of staff to finalise the draft; a member of staff to send tracker. DSL = a member of staff'],
    ]);
  });

  it('takes a given name that is also a word when it is joined to a person found after it', () => {
    expectRedactions([
      ['- Sky + Ben share a class', '- A member of staff + a member of staff share a class'],
      ['- Rose and Kwame both on track', '- A member of staff and a member of staff both on track'],
    ]);
    expectRedactions([['- Reading + Ben good', '- Reading + a member of staff good']]);
  });

  it('takes a given name only the large US list holds where a person is likely, and nowhere else', () => {
    expectRedactions([
      // Before a surname no dictionary knows; in a list with a name already found, back along it too.
      ['- ECTs: Bethan Lloyd (now at Ribblesdale Primary) and Yusuf Mirza', '- ECTs: a member of staff (now at Ribblesdale Primary) and a member of staff'],
      ['- two iQTS trainees, Eleftheria Papadaki (Athens) and Mehmet Yilmaz', '- two iQTS trainees, a trainee (Athens) and a trainee'],
      ['- Focus group: Bethan, Owain and Rhys all positive', '- Focus group: a member of staff, a member of staff and a member of staff all positive'],
      // Alone in brackets after a role.
      ['- head of dept (Owain) new this term', '- head of dept new this term'],
      // Typed in lower case: after a plural role (and so later alone), joined to a name found, after a verb of meeting.
      ['- trainees ananya krishnan, rohan deshpande\n- ananya: placement in uk very useful', '- Two trainees\n- The trainee: placement in uk very useful'],
      ['- incl. siew ling chua + adebola okonkwo', '- incl. a member of staff + a member of staff'],
      ['- kavitha, nourhan and rhys all on track', '- A member of staff, a member of staff and a member of staff all on track'],
      ['- met w/ ananya re targets', '- met w/ a member of staff re targets'],
      ['- the tutor told us that bethan explained it well', '- the tutor told us that a member of staff explained it well'],
      // A possessive about a person's work, a role in brackets.
      ["- good pace in bethan's lesson, pupils engaged", "- good pace in a trainee's lesson, pupils engaged"],
      ['- then owain (y9 mentor) joined us', '- then a y9 mentor joined us'],
    ]);
    // Places, words and organisations the list would otherwise hold, or that it holds but no person's position surrounds.
    const kept = [
      '- Placements in Houston and Marbella; Roma and Kobe next year',
      '- Ashton Primary and Owain Academy are partners',
      '- The Tracker shows 30 on track; Login issues reported',
      '- Eng Lang and Lit results up',
      '- marked by Pearson examiners',
      '- eng lang and lit results up, ashton + marbella visits',
      '- visited Mong Kok and Kowloon Tong hubs',
      '- placements in ashton (3 trainees)',
      '- placements in ashton (lead school)',
      // Acronyms, words of a place's name and cited work stay ("Hong" and "Costa" are on the US list).
      '- AFI: trainees in Hong Kong and Costa Rica',
      // Towns that open with a listed name, before a word no dictionary knows.
      '- visits to Melton Mowbray and Leighton Buzzard; Santo Domingo Este hub',
    ];
    expectRedactions(kept.map((text) => [text, text]));
  });

  it('ships a US given-name list without English words, towns or note abbreviations', () => {
    for (const name of ['bethan', 'owain', 'ananya', 'eleftheria', 'nourhan', 'kavitha']) expect([name, isUsGivenName(name)]).toEqual([name, true]);
    for (const word of ['tracker', 'login', 'houston', 'rosario', 'marbella', 'kobe', 'trinidad', 'roma', 'lang', 'summer', 'grace']) expect([word, isUsGivenName(word)]).toEqual([word, false]);
  });

  it('keeps schools named for a person and researchers cited with a first name', () => {
    expectRedactions([
      ["- Sir Jonathan North Community College and Sir Robert Geffery's School both partners", "- Sir Jonathan North Community College and Sir Robert Geffery's School both partners"],
      ['- Alice Smith Sch and King George V Sch in KL/HK', '- Alice Smith Sch and King George V Sch in KL/HK'],
      ["- CPD: Tom Sherrington's CPD day + Christine Counsell on curriculum; Isabel Beck cited", "- CPD: Tom Sherrington's CPD day + Christine Counsell on curriculum; Isabel Beck cited"],
    ]);
    // A person's school is still the person's.
    expectRedactions([["* strong hub: Mrs Sandhu's school takes 9 trainees", "* strong hub: a member of staff's school takes 9 trainees"]]);
  });

  it('takes names no list knows from a list that says it is of people, and keeps what else such lists hold', () => {
    expectRedactions([
      ['Present: Jaswant, Yusra, Xiuying', 'Present: a member of staff, a member of staff, a member of staff'],
      ['FG: Jaswant, Yusra + Xiuying - all positive', 'FG: a member of staff, a member of staff + a member of staff - all positive'],
      ['Focus group (Y1 trainees): Kemi, Tunde, Jaswant', 'Focus group (Y1 trainees): a trainee, a trainee, a trainee'],
      ['Trainees (Jaswant, Yusra, Xiuying) confident', 'Trainees (a trainee, a trainee, a trainee) confident'],
      ['Jaswant, Yusra and two others felt supported', 'A member of staff, a member of staff and two others felt supported'],
      ['Obs: Jaswant Y3 maths - good questioning', 'Obs: a trainee Y3 maths - good questioning'],
      ['According to Jaswant, the ITT lead rarely visits', 'According to a member of staff, the ITT lead rarely visits'],
      // Schools, places, counts, roles and things stay.
      ['Mentors (Oakfield, Westbrook) attended', 'Mentors (Oakfield, Westbrook) attended'],
      ['Trainees (Leeds, York) mixed', 'Trainees (Leeds, York) mixed'],
      ['10 trainees (Gh 4, Ug 4, Zm 2), 60 min', '10 trainees (Gh 4, Ug 4, Zm 2), 60 min'],
      ['Trainees: Primary, Secondary and FE', 'Trainees: Primary, Secondary and FE'],
      ['Present: Oakfield staff, HT, DSL', 'Present: Oakfield staff, HT, DSL'],
      ['Met: Ruby class, then Y4', 'Met: Ruby class, then Y4'],
      ['Obs: Oakfield Y3 maths', 'Obs: Oakfield Y3 maths'],
      ['According to Ofsted, the provider is good', 'According to Ofsted, the provider is good'],
      ['Present: HT, Jaswant; Yusra', 'Present: HT, a member of staff; a member of staff'],
      ['Attendees – Jaswant, Yusra', 'Attendees – a member of staff, a member of staff'],
      ['Trainees (Jaswant Y3, Yusra Y5) confident', 'Trainees (a trainee Y3, a trainee Y5) confident'],
      ['Obs 1: Jaswant Y3 maths', 'Obs 1: a trainee Y3 maths'],
      ['Obs: Jaswant - Y3 maths', 'Obs: a trainee - Y3 maths'],
      ['Obs 1: Arbor - behaviour managed well', 'Obs 1: Arbor - behaviour managed well'],
      ['Met: Penmore and Kirkwall leads', 'Met: Penmore and Kirkwall leads'],
      ['Hub schools Penmore, Tawhiti and two others', 'Hub schools Penmore, Tawhiti and two others'],
    ]);
  });

  it('reads lists of people in linear time, whatever they are joined by', () => {
    let started = performance.now();
    redact(`Trainees met: ${Array(45).fill('Ab').join(' & ')} x and two others`);
    redact(`${Array(200).fill('Ab').join(' + ')} zz and two others`);
    expect(performance.now() - started).toBeLessThan(2000);
    started = performance.now();
    redact('+ 2 others '.repeat(80_000));
    expect(performance.now() - started).toBeLessThan(3000);
    // Posts among the names, and lines that open on a name before a dash, a colon or a cell's end.
    started = performance.now();
    redact(`Jaswant, ${'the HT, 2 mentors, '.repeat(1000)}leads and two others`);
    redact(`Present: ${'the lead mentor and '.repeat(4000)}Oakfield staff`);
    redact('Jaswant - '.repeat(20_000));
    redact('| Jaswant '.repeat(20_000));
    redact('Jaswant | '.repeat(20_000));
    redact(`Jaswant${', '.repeat(50_000)}Y3`);
    redact(`Notes (${' '.repeat(200_000)}end`);
    redact('Owner: '.repeat(30_000));
    redact(`- ${'Jaswant Yusra: '.repeat(8000)}`);
    expect(performance.now() - started).toBeLessThan(3000);
    // Errands shared under an action label, slashes between names, words before a verb.
    started = performance.now();
    redact(`Action: ${'Jaswant (Oakfield), '.repeat(5000)}Yusra`);
    redact(`Action: ${'Ab, '.repeat(20_000)}to`);
    redact(`Tamsin ${'/ Obuya '.repeat(20_000)}`);
    redact('Jaswant still '.repeat(20_000));
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('takes a name no list knows that opens a line before an errand or a verb in -ing, or is joined by "and" to a person', () => {
    expectRedactions([
      ['- Jaswant to send the tracker by Fri', '- A member of staff to send the tracker by Fri'],
      ['- Yusra struggling w/ workload', '- A trainee struggling w/ workload'],
      ['- Jaswant and Tendai both on track', '- A member of staff and a member of staff both on track'],
      ["- Yusra: 'I feel supported on placement'", "- A trainee: 'I feel supported on placement'"],
      // Letters, words, places and lists of places stay.
      ['Q to the head: what does the SCITT do well?', 'Q to the head: what does the SCITT do well?'],
      ['- Recruitment to improve by Sept', '- Recruitment to improve by Sept'],
      ['- Kisumu, Tendai and two others', '- Kisumu, a member of staff and two others'],
      ['- Gh + Ug trainees doing well', '- Gh + Ug trainees doing well'],
      ['- Arbor to be updated weekly', '- Arbor to be updated weekly'],
      ['- Flipgrid being used for reflections', '- Flipgrid being used for reflections'],
      ['- Covid affecting attendance', '- Covid affecting attendance'],
      ["Visited Penmore and Mrs Patel's class", "Visited Penmore and a member of staff's class"],
    ]);
  });

  it('takes a name the lists hold only where a person is likely, or none holds, where only a person stands', () => {
    expectRedactions([
      // After an interview, a copy, a question (a name no list holds too) or thanks (a listed name only).
      ['Interviewed Radhika and two trainees', 'Interviewed a trainee and two trainees'],
      ['cc Tamsin', 'cc a member of staff'],
      ['cc: Tamsin, Jaswant', 'cc: a member of staff, a member of staff'],
      ['Q to Benedikt: how do you QA mentors? A: drop-ins', 'Q to a member of staff: how do you QA mentors? A: drop-ins'],
      ['thanked Radhika for her time', 'thanked a member of staff for her time'],
      // Typed in lower case, a name the lists hold.
      ['interviewed radhika about mentoring', 'interviewed a member of staff about mentoring'],
      ['q to benedikt: how do you QA mentors?', 'q to a member of staff: how do you QA mentors?'],
      ['met radhika and tamsin re workload', 'met a member of staff and a member of staff re workload'],
      ['met radhika and discussed targets', 'met a member of staff and discussed targets'],
      // An errand under an action label, or shared by two.
      ['Action: Jaswant to send the tracker by Fri', 'Action: a member of staff to send the tracker by Fri'],
      ['AP3: Yusra to chase mentor logs', 'AP3: a member of staff to chase mentor logs'],
      ['- Keoni & Radhika to send agmts', '- A member of staff & a member of staff to send agmts'],
      // A line or a table row that opens on a name, before a post, a colon or the cell's end.
      ['Radhika - lead mentor, 0.4 FTE', 'A member of staff - lead mentor, 0.4 FTE'],
      ['Tamsin - head of maths since 2019', 'A member of staff - head of maths since 2019'],
      ['Grace - lead mentor, 0.4 FTE', 'A member of staff - lead mentor, 0.4 FTE'],
      ['CC Tamsin; bcc Radhika', 'CC a member of staff; bcc a member of staff'],
      ['Q for Benedikt: why that order?', 'Q for a member of staff: why that order?'],
      ['- Tamsin: subject knowledge strong', '- A member of staff: subject knowledge strong'],
      ['| Benedikt | Y3 | strong behaviour mgmt |', '| a trainee | Y3 | strong behaviour mgmt |'],
      ['| 1 | Tamsin | Y3 |', '| 1 | a trainee | Y3 |'],
      ['Tamsin - ECT mentor', 'A member of staff - ECT mentor'],
      // An owner, who or who is responsible in an action log; an action point numbered after a space.
      ['Owner: Tamsin (by Fri)', 'Owner: a member of staff (by Fri)'],
      ['Owners: Tamsin, Radhika', 'Owners: a member of staff, a member of staff'],
      ['**Owner:** Tamsin', '**Owner:** a member of staff'],
      ['Action: send agmts. Owner: Tamsin', 'Action: send agmts. Owner: a member of staff'],
      ['Assigned to: Radhika', 'Assigned to: a member of staff'],
      ['Owner - Tamsin', 'Owner - a member of staff'],
      ['Owners (2): Tamsin, Radhika', 'Owners (2): a member of staff, a member of staff'],
      ['Responsible: Keoni', 'Responsible: a member of staff'],
      ['AP 3: Tamsin to chase the DBS renewals', 'AP 3: a member of staff to chase the DBS renewals'],
      ['Action 3: Tamsin to chase', 'Action 3: a member of staff to chase'],
      // An errand shared by a list under an action label, a bracket after a name too.
      ['Action: Obuya, Tamsin to send agmts', 'Action: a member of staff, a member of staff to send agmts'],
      ['Action: Tamsin (Penmore) to send', 'Action: a member of staff (Penmore) to send'],
      // A word between a name opening a line and its verb.
      ['Tamsin and Yusra both felt well supported', 'A member of staff and a member of staff both felt well supported'],
      ['Jaswant still waiting for feedback', 'A member of staff still waiting for feedback'],
      ['Keoni never got written feedback', 'A member of staff never got written feedback'],
      // After a verb whose agent is a person: "moderated by", "signed off by", "feedback by".
      ['Feedback by Kowalczyk was generic', 'Feedback by a member of staff was generic'],
      ['final grades moderated by Kowalczyk', 'final grades moderated by a member of staff'],
      ['review signed off by Kowalczyk in Jan', 'review signed off by a member of staff in Jan'],
      // Who signs off or observes is staff, though the line names a trainee.
      ["Sneha's mid-point review signed off by Pulikottil, who has seen 1 lesson", "A trainee's mid-point review signed off by a member of staff, who has seen 1 lesson"],
      ['trainee Amira observed by Kowalczyk', 'A trainee observed by a member of staff'],
      ['Reviewed by Kowalczyk', 'Reviewed by a member of staff'],
      ['signed-off by Kowalczyk', 'signed-off by a member of staff'],
      // Two words no list holds before a post, after a dash or a colon; a listed given name before a post after a colon.
      ['Jaswant Dhillon - lead mentor', 'A member of staff - lead mentor'],
      ['Jaswant Dhillon: lead mentor, 2 yrs', 'A member of staff: lead mentor, 2 yrs'],
      ['| Jaswant Dhillon | lead mentor | 0.4 |', '| a member of staff | lead mentor | 0.4 |'],
      ['Grace: lead mentor', 'A member of staff: lead mentor'],
      // A table row with no leading pipe, and a name before a year group, opening a line.
      ['Tamsin | Y3 | on track', 'A trainee | Y3 | on track'],
      ['Radhika Y3 - on track', 'A trainee Y3 - on track'],
      ['Radhika, Y10 English: confident w/ the text', 'A trainee, Y10 English: confident w/ the text'],
      // A surname alone after "per" or a verb only a person follows, by the lists or by its shape.
      ['per Khan, QA visits are termly', 'per a member of staff, QA visits are termly'],
      ["per O'Neill, QA visits are termly", 'per a member of staff, QA visits are termly'],
      ['Q to Al-Sayed: how are mentors trained?', 'Q to a member of staff: how are mentors trained?'],
      ['spoke to Smith-Jones re QA', 'spoke to a member of staff re QA'],
      // A full name joined back along a list to a person found: both words, and not that person's unique post.
      ["Present: Jaswant Dhillon, Siobhan O'Neill, HT", 'Present: a member of staff, the HT'],
      // Two people paired by a slash, at a line's start or after one found.
      ['Tamsin / Radhika - joint obs, well calibrated', 'A member of staff / a member of staff - joint obs, well calibrated'],
      ['Joint obs w/ Mrs Patel / Mr Obuya', 'Joint obs w/ a member of staff / a member of staff'],
      // A post listed among the names.
      ['Met: Tamsin, the HT and Radhika', 'Met: a member of staff, the HT and a member of staff'],
      ['Met: Tamsin, the Head of Maths and Radhika', 'Met: a member of staff, the Head of Maths and a member of staff'],
      ['Met: the ITT lead, Radhika', 'Met: the ITT lead, a member of staff'],
      ['Present: Jaswant, 2 mentors, Yusra', 'Present: a member of staff, 2 mentors, a member of staff'],
      // Words, labels, months, ratings, schools and what is done to things stay.
      ['- Mark: 65% pass', '- Mark: 65% pass'],
      ['- Amber: 4 trainees', '- Amber: 4 trainees'],
      ['- May: placements start', '- May: placements start'],
      ['- Summary: strong', '- Summary: strong'],
      ['Oakfield - lead mentor, 0.4', 'Oakfield - lead mentor, 0.4'],
      ['Penmore - lead school for the hub', 'Penmore - lead school for the hub'],
      ['Radhika - mentor training strong', 'Radhika - mentor training strong'],
      ['cc Ofsted', 'cc Ofsted'],
      ['Interviewed Penmore staff', 'Interviewed Penmore staff'],
      ['Action: Arbor to be updated', 'Action: Arbor to be updated'],
      ['Owner: SLT', 'Owner: SLT'],
      // An owner no list knows, a slash after a name (as a comma), a list before "to" and no verb,
      // "both" after one name, a deadline after "by", and an adverb before a place's last word.
      ['Owner: Arbor', 'Owner: Arbor'],
      ['Who: Kingsmead', 'Who: Kingsmead'],
      ['Lead: Kingsmead', 'Lead: Kingsmead'],
      ['Mr Obi / Kingsmead', 'A member of staff / Kingsmead'],
      ['Sarah / Erdington', 'A member of staff / Erdington'],
      ['Priya / Drama', 'A member of staff / Drama'],
      ['Penmore / Sarah', 'Penmore / a member of staff'],
      ['Mentor Sarah / Kingsmead', 'A mentor / Kingsmead'],
      ['Action: Send Penmore, Kingsmead to all staff', 'Action: Send Penmore, Kingsmead to all staff'],
      ['Kingsmead both have 2 trainees', 'Kingsmead both have 2 trainees'],
      ['Oracy not embedded', 'Oracy not embedded'],
      ['Overall, Oracy is developing', 'Overall, Oracy is developing'],
      ['Monday, Kingsmead visited', 'Monday, Kingsmead visited'],
      ['Kings Heath was strong', 'Kings Heath was strong'],
      ['Sarah / Amber - on track', 'A member of staff / Amber - on track'],
      ['per Self-Assessment, 3 gaps', 'per Self-Assessment, 3 gaps'],
      ['per Ofqual, no change', 'per Ofqual, no change'],
      ['Maths, English both strong', 'Maths, English both strong'],
      ['Oakfield, Kingsmead both host trainees', 'Oakfield, Kingsmead both host trainees'],
      ['Approved by Governors', 'Approved by Governors'],
      ['Feedback by Xmas', 'Feedback by Xmas'],
      ['Obs by Whitsun', 'Obs by Whitsun'],
      ['verified by Ecctis', 'verified by Ecctis'],
      ['Owner: Admissions team', 'Owner: Admissions team'],
      ['Action: Penmore Primary to send', 'Action: Penmore Primary to send'],
      ['Action: Ofsted, DfE to confirm', 'Action: Ofsted, DfE to confirm'],
      ['Numicon still used in Y1', 'Numicon still used in Y1'],
      ['Mark / Amber - 3 each', 'Mark / Amber - 3 each'],
      ['Kingsmead | 4 trainees |', 'Kingsmead | 4 trainees |'],
      ['per Stoke-on-Trent, fine', 'per Stoke-on-Trent, fine'],
      ['per Green, on track', 'per Green, on track'],
      ['Q to Ofsted: none', 'Q to Ofsted: none'],
      ['Oakfield Y5 - strong', 'Oakfield Y5 - strong'],
      ['Maths | Y3 | strong', 'Maths | Y3 | strong'],
      ['English Y3 - phonics', 'English Y3 - phonics'],
      ['Kingsmead Primary - lead mentor', 'Kingsmead Primary - lead mentor'],
      ['| Kingsmead Primary | lead mentor |', '| Kingsmead Primary | lead mentor |'],
      ['| Sri Cempaka | 4 trainees |', '| Sri Cempaka | 4 trainees |'],
      ['Penmore Valley - lead mentor, 0.4', 'Penmore Valley - lead mentor, 0.4'],
      ['Summary: lead mentor training strong', 'Summary: lead mentor training strong'],
      ['SEF written by Ofsted criteria', 'SEF written by Ofsted criteria'],
      // A place of a noun and a word places end with, whole ("Kings a trainee" before).
      ['placement in Kings Heath since Jan', 'placement in Kings Heath since Jan'],
      ['24 partner schs - Selly Oak, Small Heath, Erdington', '24 partner schs - Selly Oak, Small Heath, Erdington'],
      ['Sch visit - Kings Norton (mentor Mr Crispin Lorimer, trainee Harjit)', 'Sch visit - Kings Norton (a mentor, a trainee)'],
      ['Met Heath and two mentors', 'Met a member of staff and two mentors'],
      ['Overall Heath was strong', 'Overall a member of staff was strong'],
      ['Urgent Heath to call parents', 'Urgent a member of staff to call parents'],
      ['moderated by Kingsmead Primary', 'moderated by Kingsmead Primary'],
      ['English / Maths - strong', 'English / Maths - strong'],
      ['Mr Obi / Kingsmead Primary', 'A member of staff / Kingsmead Primary'],
      // A word no list knows before a post, or thanked, is as often a school or a product.
      ['Kingsmead - lead mentor, 0.4 FTE', 'Kingsmead - lead mentor, 0.4 FTE'],
      ['| 3 | Oakfield | 4 trainees |', '| 3 | Oakfield | 4 trainees |'],
      ['Numicon - head of maths keen', 'Numicon - head of maths keen'],
      ['Thanked Kingsmead for hosting', 'Thanked Kingsmead for hosting'],
      ['cc Bromcom helpdesk', 'cc Bromcom helpdesk'],
    ]);
  });

  it('takes a given name that is also a word where only a person can stand, and leaves the word elsewhere', () => {
    expectRedactions([
      // After a verb of meeting; saying, finding or knowing; holding a post; owning a mentor.
      ['- spoke to Ruby about workload; met Lily and two ECTs', '- spoke to a member of staff about workload; met a member of staff and two ECTs'],
      ['- Feedback from Rose: tutors responsive', '- Feedback from a member of staff: tutors responsive'],
      ['- Grace found the phonics training really useful', '- A member of staff found the phonics training really useful'],
      ['- Joy is the placement admin - very organised', '- A member of staff is the placement admin - very organised'],
      ['- Lily said central sessions were useful', '- A member of staff said central sessions were useful'],
      ["- Blessing's mentor has not done refresher training", "- A trainee's mentor has not done refresher training"],
      ['- per Jasmine, mentor training was cancelled twice', '- per a member of staff, mentor training was cancelled twice'],
      ['- Penny felt unsupported on placement 2', '- A trainee felt unsupported on placement 2'],
    ]);
  });

  it('takes a given name that is a noun, typed in lower case, after a role, a verb of meeting or before a verb of saying', () => {
    expectRedactions([
      [
        '# notes\n- trainee grace - confident, plans well\n- spoke to ruby about workload; lily said mentor mtgs weekly\n- spoke to tom about workload\n- the grace period for essays is 2 wks\n- faith said to be central to ethos\n- trainee amber rating for 3',
        '# notes\n- A trainee - confident, plans well\n- spoke to a member of staff about workload; a member of staff said mentor mtgs weekly\n- spoke to a member of staff about workload\n- the grace period for essays is 2 wks\n- faith said to be central to ethos\n- trainee amber rating for 3',
      ],
      // "obs" is a verb of meeting; a year group after the name ends it.
      ['# notes\n- obs tom y4 maths - good pace\n- obs grace y4 maths - good pace\n- obs feedback given to all trainees', '# notes\n- obs a trainee y4 maths - good pace\n- obs a trainee y4 maths - good pace\n- obs feedback given to all trainees'],
      ['- Obs Ruby Y2 phonics: pace good', '- Obs a trainee Y2 phonics: pace good'],
      // A surname a dictionary also holds, after a given name that is no word, is the surname.
      ["# visit\n- amira khan's targets generic\n- amira will send the tracker by fri", "# visit\n- A trainee's targets generic\n- A trainee will send the tracker by fri"],
    ]);
  });

  it("takes a person's initials in brackets after the name even where they spell an acronym, and leaves the acronym elsewhere", () => {
    expectRedactions([
      ['- Met Maria Ortiz (MO), programme lead', '- Met a member of staff, programme lead'],
      ['- Quentin Adams (QA) leads partnership\n- QA of mentoring is termly', '- A member of staff leads partnership\n- QA of mentoring is termly'],
      // A rating, a month, a post, a shortened post and plain words stay.
      ['- Met with Amber and Red RAG trainees', '- Met with Amber and Red RAG trainees'],
      ['- Feedback from May was positive', '- Feedback from May was positive'],
      ['- Dir knows local schools and recruits to fill gaps', '- Dir knows local schools and recruits to fill gaps'],
      ['- Hope is that the new tracker will help', '- Hope is that the new tracker will help'],
      ['- Grace period for assignments is 2 weeks', '- Grace period for assignments is 2 weeks'],
      // A school, a product, a class or a rating is no one, whatever verb is beside it.
      ['- We agreed Oakfield is the school where trainees do best', '- We agreed Oakfield is the school where trainees do best'],
      ['- Bedrock seems popular; Sparx found useful by most', '- Bedrock seems popular; Sparx found useful by most'],
      ['- Ofsted found the provision good', '- Ofsted found the provision good'],
      ['- Observed Ruby class for guided reading', '- Observed Ruby class for guided reading'],
      ['- Mentor asked Comfort questions', '- Mentor asked Comfort questions'],
      ['- trainee amber on ts5 - needs support', '- trainee amber on ts5 - needs support'],
      // A post said of a trainee is a trainee's only where it is "trainee" alone.
      ['- Ruby is the student support officer', '- A member of staff is the student support officer'],
      ['- Joy is a trainee mentor', '- A member of staff is a trainee mentor'],
      ['- Dev said the trainee was ready', '- A trainee said the trainee was ready'],
      // A month or a season that is a given name is a person only where it speaks.
      ['- Summer said the central training was useful', '- A member of staff said the central training was useful'],
      ['- April showed a dip in attendance; in June said to be better', '- April showed a dip in attendance; in June said to be better'],
    ]);
  });

  it('takes a given name that is a word or a place before an unknown surname, and its later mentions where no date reads it', () => {
    expectRedactions([
      ['- Present: Faith Okonkwo (sci), Summer Hayward (geog), Sandy McAllister (PE)', '- Present: a member of staff (sci), a member of staff (geog), a member of staff (PE)'],
      ['- Summer Hayward (geog)\n- Summer says the Summer term placement was hard; Sandy agreed.', '- A member of staff (geog)\n- A member of staff says the Summer term placement was hard; a trainee agreed.'],
      ['- Trainee there (Blessing Eze) doing fine; one trainee, Jordan Pattinson, withdrew.', '- Trainee there (a trainee) doing fine; one trainee, a trainee, withdrew.'],
      ['- I met Mrs June Armitage, who has been in post since June last year.', '- I met a member of staff, who has been in post since June last year.'],
      ['- Summer Hale (Y4)\n- by Summer 2025, in Summer, Summer/Autumn', '- A trainee (Y4)\n- by Summer 2025, in Summer, Summer/Autumn'],
    ]);
  });

  it('keeps places, streets, schools and researchers that hold a given name', () => {
    const kept = [
      '- Hubs at King\'s Lynn and Wisbech.',
      '- The tutor visited Kendal, including Sir John Barrow School, where he observed a lesson.',
      '- Two trainees both work in small schools in the Eden Valley.',
      '## Tues pm: obs, Y8 Spanish, Marshland High School, West Walton',
      '- The trainee links Paulo Freire to dialogic teaching.',
      '### 18:30 Lima: doc review at hotel (San Isidro)',
      '- the head: school on Avenida Apoquindo; wants partnership formalised',
    ];
    for (const line of kept) expect(redact(line)).not.toMatch(/a member of staff|a trainee(?! links)/);
    expectRedactions([
      ['- I met Mrs June Armitage, QA lead, in post since June last year; June\'s own audit found it.', '- I met the QA lead, in post since June last year; the QA lead\'s own audit found it.'],
      ['- led by claire (Claire O\'Hare, english lead, Emily Davison Primary)', '- led by a member of staff (the english lead, Emily Davison Primary)'],
    ]);
  });

  it('takes a short form in quotation marks between a given name and a surname, and both later', () => {
    expectRedactions([
      ['- Trainees Ignacio "Nacho" Huenchumil (primary) + Sophie Brennan\n- Nacho: strong on reading; Huenchumil\'s planning good', '- A trainee (primary) + a trainee\n- The trainee: strong on reading; a trainee\'s planning good'],
      ['- Mrs Smith "always" says so', '- A member of staff "always" says so'],
    ]);
  });

  it('takes the word notes call a person by, given just before a bracket with the full name, and its later uses', () => {
    const notes = [
      '- 3 on cause for concern: jade (Jade Purvis), tiago',
      '- obs summer (Summer Blackett) - v good lang modelling',
      '- summer: "i didnt know how much language stuff there was"',
      '- jade says the summer term was hard; we hope to see her again',
      '- mentor = room leader dawn (Dawn Charlton) - L3',
      '- dawn fb: warm but general. dawn again',
      '- bex (Rebecca Oduya) nursery class; bex quote: "i was scared of maths"',
    ].join('\n');
    const out = redact(notes);
    expect(out).not.toMatch(/jade|Purvis|Blackett|summer(?! term)|dawn|Charlton|bex|Rebecca|Oduya/i);
    expect(out).toContain('the summer term was hard; we hope to see');
  });

  it('reads Spanish titles and a hyphenated given name whose second part is a word', () => {
    expectRedactions([
      ['### 14:00 mtg Lic. Pilar Ramos (school director)', '### 14:00 mtg the school director'],
      ['- Ing. Tomás Rivas said ok; Doña Carmen agreed', '- A member of staff said ok; a member of staff agreed'],
    ]);
    expect(redact('- vocab list for a pupil w/ VI (Ellie-May)')).not.toContain('Ellie');
  });

  it('takes a lower-case given name, even one that is a word, before a surname no dictionary knows, and keeps the word elsewhere', () => {
    const out = redact('- 9.00 mtg leaders: sue hargreaves (director), kaz (admin)\n- obs will (will fraser) y4 at sir isaac newton primary\n- "my teacher will let me plan"; summer hols; autumn trg; leaders will re-grade');
    expect(out).not.toMatch(/hargreaves|fraser|\bsue\b/i);
    expect(out).toContain('sir isaac newton primary');
    expect(out).toContain('"my teacher will let me plan"; summer hols; autumn trg; leaders will re-grade');
  });

  it("keeps a place, building or school that a person's name also names, and a question opening with a word-name", () => {
    const notes = [
      '- trainees: Florence Karim (mentor), Petra Novak, Will Osei, George Lamb, Amelia Wyatt',
      '- Florence: taught in Florence before Doha; Petra will miss Thu, residential to Petra and Wadi Rum',
      '- doc review (staff room, Wyatt block); she saw George in y5 (st george\'s, holbeach)',
      '- Q for Fri: Will the MFL rewrite be in place? Will said yes.',
    ].join('\n');
    const out = redact(notes);
    for (const kept of ['taught in Florence before Doha', 'residential to Petra and Wadi Rum', 'Wyatt block', "st george's, holbeach", 'Q for Fri: Will the MFL rewrite']) expect(out).toContain(kept);
    expect(out).not.toMatch(/Karim|Novak|Osei|Lamb|Florence:|Petra will|saw George|Will said/);
  });

  it('keeps the sentences a review found the session\'s rules garbled, and the people in them', () => {
    const kept = [
      'The mentor will embed retrieval practice next term.',
      'Pupils drew timelines.',
      '- mentor will upd tracker',
      '- frank convo with ht',
      '- SL feedback was clear. SL to follow up next week.',
      '- Two international new arrivals in Y7.',
    ];
    for (const line of kept) expect(redact(line)).toBe(line);
    expect(redact('- mark (Mark Fisher) y4. Later: mark the books.')).toBe('- A trainee y4. Later: mark the books.');
    const people = redact(
      [
        '- Emma Street taught Y4 well. Trainee Tom Moor taught Y4. Mentor Lucy Bridge agreed targets.',
        '- Trainee Amira Khan observed by Mike Bay. Friday\'s Amira Khan lesson was strong.',
        '- Met Sir David Hartwell re primary partnerships. Dame Rachel Okafor\'s high expectations.',
        '- Trainee Petra Novak (Y3). I sat near Petra during the lesson.',
        '- Mentor June Okafor. Spoke to June about the plan. June and the HT agreed. From May to June the plan ran.',
        '- RO to finalise the report.',
      ].join('\n'),
    );
    expect(people).not.toMatch(/Emma|Street|Moor|Bridge|Mike|Bay|Amira|Hartwell|Okafor|Petra|Spoke to June|June and|\bRO\b/);
    expect(people).toContain('From May to June the plan ran.');
  });

  it('takes a calendar given name after a capitalised role or a verb of meeting, and says capital roles in words', () => {
    expectRedactions([
      ['- Trainee Summer Hayward taught well.', '- A trainee taught well.'],
      ['- Trainee April Kowalczyk led.', '- A trainee led.'],
      ['- Spoke to April Kowalczyk about it.', '- Spoke to a member of staff about it.'],
      ['- HoD Mrs Patel agreed.', '- The head of department agreed.'],
    ]);
  });

  it('joins a list of people whose first was found only by its later mention', () => {
    expectRedactions([
      ['- trainee Kerenza Pascoe strong\nPresent: Kerenza Pascoe, Summer Hale, Oliver Nankivell', '- A trainee strong\nPresent: the trainee, a trainee, a trainee'],
    ]);
    expectRedactions([['Tue am - trainee FG, prim, Ke + Ug', 'Tue am - trainee FG, prim, Ke + Ug']]);
  });

  it('keeps ordinary words and every offset in the cases a review found', () => {
    // Ligatures from pasted PDFs capitalise to two letters: the capitalised copy must keep its length.
    expect(redact('spoke to mrs ﬁeld, mrs ﬂynn and mr ﬁnch. Later mentor Zainab Qureshi said trainees were fine.')).toMatch(/Later a mentor said trainees were fine\.$/);
    expectRedactions([
      ['- Nia Owen (NO) visited.\nNo concerns were raised.', '- A member of staff visited.\nNo concerns were raised.'],
      ['Trainees often miss teh start of sessions.', 'Trainees often miss teh start of sessions.'],
      ['Trainees asked will there be more time. She told mark schemes were late.', 'Trainees asked will there be more time. She told mark schemes were late.'],
      ['She was not mentor Mr Khan but his deputy.', 'She was not a mentor but his deputy.'],
      ['- Mr Singh Great lesson observed', '- A member of staff Great lesson observed'],
      ['- josé.garcía@school.es sent it', '- (email address) sent it'],
    ]);
    // A name before an organisation word that does not end a school's name is still the name.
    expect(redact('Trainee Kerenza Pascoe struggled.\n- Kerenza High expectations set')).toBe('A trainee struggled.\n- The trainee High expectations set');
    // An unclosed bracket never takes the line breaks after it.
    expect(redact('mentor (Amira\n\n\nNext line').split('\n')).toHaveLength(4);
  });

  it('takes a surname written in capitals with its name, and later alone', () => {
    expectRedactions([
      ['attendees: Dr Adaeze NWOSU (director iQTS), Ms Wanjiru Kamau (East Africa lead)\n- KAMAU said SCITT and KCSIE fine', 'attendees: a member of staff (director iQTS), the East Africa lead\n- The East Africa lead said SCITT and KCSIE fine'],
    ]);
  });

  it("removes a person's email address and keeps an office's", () => {
    expectRedactions([
      ['emailed sarah.jones@school.org re: placement agreement', 'emailed (email address) re: placement agreement'],
      ['cc k.adeyemi@kestrel.ac.uk and tlawson@kestrel.ac.uk', 'cc (email address) and (email address)'],
      ['sent to office@kestrel.ac.uk and placements@kestrel.ac.uk', 'sent to office@kestrel.ac.uk and placements@kestrel.ac.uk'],
    ]);
  });

  it('reads a given name that is also a word as a person when it opens a line before a bracket', () => {
    expect(redact('* Grace (hair + beauty) - placement swapped twice')).not.toMatch(/Grace/);
    expect(redact('- Hope (Y4) could explain the scheme')).not.toMatch(/Hope/);
    // A month, a season or a rating colour in the same place is not a person.
    expect(redact('- Amber (3 trainees) - support plans in place')).toMatch(/^- Amber \(3 trainees\)/);
    expect(redact('- Summer (term 3) - second placements')).toMatch(/^- Summer \(term 3\)/);
  });

  it('takes the whole name before a verb of saying, not just the surname', () => {
    expectRedactions([
      ['Grace Adebanjo said the targets are clear', 'A member of staff said the targets are clear'],
      ['Then Hamid Qureshi explained the tracker', 'Then a member of staff explained the tracker'],
      ['Olu reckons the sessions are too long', 'A member of staff reckons the sessions are too long'],
    ]);
    // Ordinary words opening a sentence are not speakers.
    expectRedactions([
      ['Staff said the portal is slow', 'Staff said the portal is slow'],
      ['Most felt well supported', 'Most felt well supported'],
    ]);
  });

  it('finds a name after a note abbreviation for an observation', () => {
    expectRedactions([
      ['obs Tunde (Y4 maths): clear modelling', 'obs a trainee (Y4 maths): clear modelling'],
      ['obs Ifeoma Y9 chem - misconceptions missed', 'obs a trainee Y9 chem - misconceptions missed'],
      ['obs of Hamza - pace good', 'obs of a trainee - pace good'],
    ]);
  });

  it('replaces several names after a plural role word, whatever joins them', () => {
    expectRedactions([
      ['focus group with trainees Ama + Sunita', 'focus group with two trainees'],
      ['focus group with trainees Ama & Sunita', 'focus group with two trainees'],
      ['focus group with trainees Ama and Sunita', 'focus group with two trainees'],
      ['mentors Bilal, Oksana and Tendai all trained', 'Three mentors all trained'],
      ['trainees Ama, Sunita, and Yaw on track', 'Three trainees on track'],
    ]);
    // "and" is a word, not a name.
    expectRedactions([
      ['… met the mentor and two trainees', '… met the mentor and two trainees'],
      ['trainees and mentors met online', 'trainees and mentors met online'],
    ]);
  });

  it('replaces the speaker who signs a quotation', () => {
    expectRedactions([
      ['"I never know who to ask" - Zainab', '"I never know who to ask" - a member of staff'],
      ["'the webinars helped' – T2, Arjun", "'the webinars helped' – T2, a trainee"],
      ['"feedback comes late" - Arjun, Mumbai', '"feedback comes late" - a member of staff, Mumbai'],
      ['"it is a lot" – Fergus, computing', '"it is a lot" – a member of staff, computing'],
    ]);
    // A place or a role signing a quotation stays.
    expectRedactions([
      ['"the sessions changed how I teach" - trainee, Hanoi', '"the sessions changed how I teach" - trainee, Hanoi'],
      ['"we hear nothing" - Nairobi', '"we hear nothing" - Nairobi'],
    ]);
  });

  it('replaces names in brackets and names before a bracketed role', () => {
    expectRedactions([
      ['on a support plan since Oct (Yaw Boateng)', 'on a support plan since Oct (a trainee)'],
      ['mentor 2 (Farida Haddad) knew the sequence', 'mentor 2 knew the sequence'],
      ['Precious Dube (primary apprentice) - on track', 'A primary apprentice - on track'],
      ['Jade (Y3 trainee) planned a strong sequence', 'A Y3 trainee planned a strong sequence'],
      ['Precious said workload is manageable', 'A member of staff said workload is manageable'],
      ['Bongani (alumni) spoke at the board', 'A former trainee spoke at the board'],
    ]);
  });

  it('keeps places in brackets, and a second pass changes nothing', () => {
    expectRedactions([
      ['A trainee (Abu Dhabi) spent 2 wks in a primary dept', 'A trainee (Abu Dhabi) spent 2 wks in a primary dept'],
      ['Visits: Kampala x2, Lagos + Accra (online)', 'Visits: Kampala x2, Lagos + Accra (online)'],
      ['6 trainees (Jordan, India, China) in the FG', '6 trainees (Jordan, India, China) in the FG'],
      ['sessions at 9pm in Santiago', 'sessions at 9pm in Santiago'],
      ['5 mentors Weds, HT x3, Jan-Feb visits', '5 mentors Weds, HT x3, Jan-Feb visits'],
    ]);
    const notes = [
      'Mon - call w/ Noura Haddad (HT, Doha) + trainee Kwesi',
      '- Kwesi (Doha) on track; Noura said agmt is current',
      '- "we never see the LT" - Kwesi',
    ].join('\n');
    const once = redact(notes);
    expect(redact(once)).toBe(once);
    for (const name of ['Noura', 'Haddad', 'Kwesi']) expect(once).not.toContain(name);
    expect(once).toContain('Doha');
  });

  it('handles initials, hyphens, particles, titles and letters beyond Latin-1', () => {
    expectRedactions([
      ['R. Okoye visits termly', 'A member of staff visits termly'],
      ['T.J. Bramwell (QA lead) signs off judgements', 'The QA lead signs off judgements'],
      ["KO'D: no cover when off sick", 'A member of staff: no cover when off sick'],
      ['feedback mtg w/ Ferreira + RT, Fri', 'feedback mtg w/ a member of staff + a member of staff, Fri'],
      ['trust CEO M-L Okafor: "the SCITT is small"', 'The trust CEO: "the SCITT is small"'],
      ['trainee Lucía Ruiz-Castaño taught well', 'A trainee taught well'],
      ['Dr Ingrid van der Berg (assessment lead) moderates', 'The assessment lead moderates'],
      ['Dr. Małgorzata Wiśniewska leads QA', 'A member of staff leads QA'],
      ['Mr Patel, Mrs Osei, Ms Lowe and Miss Grant attended', 'A member of staff, a member of staff, a member of staff and a member of staff attended'],
      ['Prof. Huang and Sir Desmond Clarke chair the board', 'A member of staff and a member of staff chair the board'],
      ['mentor Tom gave feedback; HT Sarah keen', 'A mentor gave feedback; the HT keen'],
      ['pupils with EHC plans; no SCR check', 'pupils with EHC plans; no SCR check'],
    ]);
  });

  it('replaces possessives and names opening a line', () => {
    expectRedactions([
      ["Amara's mentor was absent", "A trainee's mentor was absent"],
      ["Ottilie's lesson on fractions was strong", "A trainee's lesson on fractions was strong"],
      ["Chidi Eze's placement started late", "A trainee's placement started late"],
      ['Met Yusra and 2 other trainees', 'Met a trainee and 2 other trainees'],
    ]);
    // A name opening a line before its verb, and a bare name joined to one already found.
    expectRedactions([
      ['Babajide taught a well-sequenced lesson', 'A trainee taught a well-sequenced lesson'],
      ['- Thandiwe struggled with behaviour in Y8', '- A trainee struggled with behaviour in Y8'],
      ['Nkemelu-Hart leads the secondary hub', 'A member of staff leads the secondary hub'],
      ['Dafydd now teaches Y5', 'A trainee now teaches Y5'],
      ['Sunita and Ifeoma both on track', 'A member of staff and a member of staff both on track'],
    ]);
    // …but nouns opening a line stay, even those the lexicon lacks.
    expectRedactions([
      ['Areas for improvement agreed with leaders', 'Areas for improvement agreed with leaders'],
      ['Recruitment Sessions started late', 'Recruitment Sessions started late'],
      ['Attendance tracked weekly', 'Attendance tracked weekly'],
      ['Placement calendars sent late', 'Placement calendars sent late'],
    ]);
    // A researcher's possessive is a citation.
    expectRedactions([["Rosenshine's principles in every session", "Rosenshine's principles in every session"]]);
  });

  it('remembers a role given once for later mentions, including hyphenated and bracketed names', () => {
    const text = [
      'Link tutor Siobhan O\'Neill-Barrett praised by all - "Siobhan actually answers at 10pm"',
      'Trainee at risk (Jun-seo Park) - support plan in place',
      'Wanjiru (Nairobi) flagged as struggling in Nov',
      'obs of Ben (Y10 physics) - v. confident',
      'LT Mr Hafiz Rahman + QA',
      'Hafiz LT for the Penang hub, 18 trainees',
    ].join('\n');
    const { text: out, names } = redactNames(text);
    for (const name of ['Siobhan', "O'Neill-Barrett", 'Jun-seo', 'Park', 'Wanjiru', 'Ben', 'Hafiz', 'Rahman']) expect(out).not.toContain(name);
    expect(out.split('\n')).toHaveLength(6);
    expect(out).toContain('"The link tutor actually answers at 10pm"');
    expect(out).toContain('The LT for the Penang hub');
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  it('takes surname particles, surnames written first, bracketed nicknames and place-like given names', () => {
    expectRedactions([
      ['mentor Pieter van der Merwe; van der Merwe said fine', 'A mentor; the mentor said fine'],
      ["police check for Park Ji-yeon's placement arrived late", "police check for a trainee's placement arrived late"],
      ['so Ji-yeon teaches Y7 and Y9', 'so a trainee teaches Y7 and Y9'],
      ['trainee Tanawat ("Tan") on set 3\nTan moved on too fast', 'A trainee on set 3\nThe trainee moved on too fast'],
      ['trainee Jordan (PGTA) at Oakfield Academy\nJordan relied on the school', 'A trainee (PGTA) at Oakfield Academy\nThe trainee relied on the school'],
      ['HT Mombasa (Mrs Fatuma Said): "we always know"', 'HT Mombasa (a member of staff): "we always know"'],
    ]);
    // A place stays a place, even in notes that name someone after it.
    expect(redact('trainee Jordan (PGTA)\ntrainees placed in Jordan and Qatar').split('\n')[1]).toBe('trainees placed in Jordan and Qatar');
    // Hyphenated words are not romanised names.
    expect(redact('the Co-op, Pre-school and Re-sit dates')).toBe('the Co-op, Pre-school and Re-sit dates');
  });

  it('finds initials, hyphenated and Irish surnames in notes typed in lower case', () => {
    const notes = [
      '- dsl mrs j. wrenfield (lead sch dsl), 30 min call',
      '- wrenfield: "they come to me straight away"',
      '- chair dr hamid el-sayed asks sharp qs',
      '- chair el-sayed & director in room',
      "- o'driscoll moderated 8 trainees, back at 4 o'clock",
      '- another line in lower case',
    ].join('\n');
    const out = redact(notes);
    expect(out).not.toMatch(/wrenfield|el-sayed|hamid|driscoll|\bj\./i);
    expect(out).toContain("4 o'clock");
    expect(redact(out)).toBe(out);
  });

  it('in notes typed in lower case, finds word-names where only a person stands and keeps the words elsewhere', () => {
    const notes = [
      '# notes, typed fast',
      '- team: lou hargreaves hmi, dev (devinder sandhu) oi',
      '- provider: rob whitlow (secondary lead), nat (natalie quayle, admin)',
      '- completion rose from 89% to 93%, mentors sign off in good faith',
      '- present: sky, jack, sunny, robin, amira, tom, deji',
      '- rose: "he has come on so much"',
      '- joint obs w/ rose, kemi quieter. rob accepted it',
      "- jack's y8 history at hindley high; sky high workload",
      '- call w/ dev re english. draft to nat by mon',
      '- a round robin email; it was sunny; jack of all trades',
      '- esp. art + dt; incl art and design',
    ].join('\n');
    const out = redact(notes);
    for (const name of ['lou', 'hargreaves', 'devinder', 'sandhu', 'whitlow', 'natalie', 'quayle', 'deji', 'amira']) expect(out).not.toMatch(new RegExp(`\\b${name}\\b`, 'i'));
    const lines = out.split('\n');
    expect(lines[1]).not.toMatch(/\bdev\b/);
    expect(lines[4]).not.toMatch(/\b(?:sky|jack|sunny|robin|tom)\b/);
    expect(lines[5]).not.toMatch(/\brose\b/i);
    expect(lines[6]).not.toMatch(/\b(?:rose|rob)\b/i);
    expect(lines[7]).toMatch(/^- A (?:trainee|member of staff)'s y8 history at hindley high; sky high workload$/);
    expect(lines[8]).not.toMatch(/\b(?:dev|nat)\b/i);
    for (const phrase of ['rose from 89%', 'in good faith', 'round robin', 'was sunny', 'jack of all trades', 'esp. art + dt', 'art and design']) expect(out).toContain(phrase);
    expect(redact(out)).toBe(out);
  });

  it('reads a given name that is also a word as the word where what follows says so', () => {
    const notes = 'Team: May Oduya OI, Will Hunter (chair), Frank Mason (EY lead), Hope Mason (mentor)\nWill check first aid. May need to recheck data. Frank discussion about capacity. Hope to see the re-obs.\nFrank joined late. May met the HT.';
    const lines = redact(notes).split('\n');
    expect(lines[1]).toBe('Will check first aid. May need to recheck data. Frank discussion about capacity. Hope to see the re-obs.');
    expect(lines[2]).not.toMatch(/Frank|May/);
  });

  it('keeps a town that a hyphenated place name in the notes opens, and takes titles used in South-East Asia', () => {
    expect(redact('Hubs in Taunton and Weston-super-Mare.\n- We knew Weston was the weak link')).toBe('Hubs in Taunton and Weston-super-Mare.\n- We knew Weston was the weak link');
    expect(redact('Hubs in Weston-super-Mare. Mr Weston said so.')).not.toContain('Mr Weston');
    // In notes of an inspection in England, a name's own bracketed initials go with it even where they spell a country code.
    expect(redact('Met Ruth Owen (RO), DSL. Later RO confirmed the SCR.')).toBe('Met a member of staff, DSL. Later a member of staff confirmed the SCR.');
    // A bracket that opens with a role and goes on names the person before it; the role is said once.
    expect(redact('- Sandy (trainee, EYFS) - "I feel well supported"')).toBe('- A trainee (EYFS) - "I feel well supported"');
    expect(redact('- Present: Bu Sri Wahyuni (quality), Bapak Budi\n- Bu Sri: "the mentor is often the only one"')).not.toMatch(/Sri|Wahyuni|Budi/);
    // "Pak" is no title: "Pak Studies", "Indo-Pak".
    expect(redact('Y9 teaches Pak Studies. The Grace-Hope values day.')).toBe('Y9 teaches Pak Studies. The Grace-Hope values day.');
    expect(redact('- Quân: "Tết fell across the deadline"')).toContain('Tết fell');
  });

  it('in lower-case notes, takes a pair followed by its own initials, a word-name with a role in brackets, and a titled surname that is also a town', () => {
    const notes = [
      '# wk notes, typed fast',
      '- obs hope y8 poetry, mentor will baker (wb) in room',
      '- WB had 2 mentor CPD sessions; wb says grace (prog lead) wrote them',
      '- grace made us plan for it properly. bill drew up a template',
      '- call w/ bill (director) 8.15; HT mr charlton in for 10 mins',
      '- will check the tracker; hope to see them',
    ].join('\n');
    const out = redact(notes).split('\n');
    expect(out[1]).not.toMatch(/\b(?:will|baker|wb)\b/i);
    expect(out[2]).not.toMatch(/\b(?:wb|grace)\b/i);
    expect(out[3]).not.toMatch(/\bgrace\b/);
    expect(out[4]).not.toMatch(/\b(?:bill|charlton)\b/);
    expect(out[5]).toBe('- will check the tracker; hope to see them');
  });

  it('in lower-case notes, takes a pair the notes abbreviate to its initials, a pair with a role bracket, and a given name whose possessive is about a person', () => {
    const notes = [
      '# notes typed fast',
      '- nominee: grace fielding, joined at 9',
      '- gf less sure it lands in pe; GF to send the module draft',
      '- ian hunter (strategic board chair, ex-HT) knows the data',
      "- jack's behaviour target carried since nov",
      '- jack told the mentor; the grace period ends in may; a jack of all trades',
    ].join('\n');
    const out = redact(notes).split('\n');
    expect(out[1]).not.toMatch(/grace|fielding/);
    expect(out[2]).not.toMatch(/\bgf\b/i);
    expect(out[3]).not.toMatch(/\b(?:ian|hunter)\b/);
    expect(out[4]).not.toMatch(/jack/);
    expect(out[5]).toMatch(/^- A (?:trainee|member of staff) told the mentor; the grace period ends in may; a jack of all trades$/);
  });

  it('keeps the ordinary words, abbreviations and places a review of the lower-case rules found them taking', () => {
    const notes = [
      '# wk notes, typed fast',
      '- met rose tan (mentor), bill marsh (director), mark ellis (me), rob (y4 trainee), sam o\'neill (so) and may chen',
      '- pupil premium (pp) gap discussed, pp attainment improving; religious education (re) strong',
      '- met the head re placements, then the dsl re attendance; so far so good, notes for me only',
      '- attendance: rose from 89% to 94%. ks2 results - rose again',
      '- supply cover: bill for 3 days; trainees to mark by friday; feedback - mark with the trainee',
      '- will also check attendance data. agreed actions - will now go to the board. by may, all trainees done',
      '- placements in preston, lincoln, chester, barry and stanley this yr',
      '- ssp is rwi (rwinc, 3x daily); jan (january) start; sat (saturday) sessions',
      '- trainees sometimes miss ppa when covering; mark: 7/10 for the assignment',
      '- good use of wb in maths; a round robin, faith and hope both mentioned',
    ].join('\n');
    const out = redact(notes).split('\n');
    expect(out[2]).toBe('- pupil premium (pp) gap discussed, pp attainment improving; religious education (re) strong');
    expect(out[3]).toBe('- met the head re placements, then the dsl re attendance; so far so good, notes for me only');
    expect(out[4]).toBe('- attendance: rose from 89% to 94%. ks2 results - rose again');
    expect(out[5]).toBe('- supply cover: bill for 3 days; trainees to mark by friday; feedback - mark with the trainee');
    expect(out[6]).toBe('- will also check attendance data. agreed actions - will now go to the board. by may, all trainees done');
    expect(out[7]).toContain('- placements in preston, lincoln, chester,');
    expect(out[8]).toBe('- ssp is rwi (rwinc, 3x daily); jan (january) start; sat (saturday) sessions');
    expect(out[9]).toBe('- trainees sometimes miss ppa when covering; mark: 7/10 for the assignment');
    expect(out[10]).toBe('- good use of wb in maths; a round robin, faith and hope both mentioned');
    expect(redact(notes + '\n'.repeat(20000)).length).toBeGreaterThan(0);
  });

  it('keeps people a review found the place and town rules let through, and towns listed after a person', () => {
    const out = redact(
      [
        'Met the trainee Amira Hussain (Y3) and her mentor Jack Lowe.',
        'The mentor has real confidence in Amira and says so.',
        'Later at Oakfield Primary, Amira gave feedback. Placement swap agreed: Amira → Year 5.',
        'Frank Ellis is the link tutor. Frank notes that the trainees are well prepared.',
        'Jean-de-Dieu Habimana (trainee, Y4) arrived from Kigali. Jean said he feels supported.',
        '- Priya Shah, Kesgrave, Leiston, Framlingham, Woodbridge',
        'Mentors at Leiston are new. SMT thinks the data is right.',
      ].join('\n'),
    );
    expect(out).not.toMatch(/Amira|Frank|Jean|Jack/);
    expect(out).toContain('Kesgrave, Leiston, Framlingham, Woodbridge');
    expect(out).toContain('Mentors at Leiston are new. SMT thinks');
  });

  it('keeps the people and places a second review found the place, list and alias rules confusing', () => {
    expect(redact('Mentor: Jo Sutton. Placement at Sutton-in-Ashfield. Sutton said the trainee is thriving.')).not.toMatch(/Sutton said|Jo/);
    expect(redact('Priya Shah, Callum Reid, Kesgrave, Leiston, Framlingham, Woodbridge')).toContain('Kesgrave, Leiston, Framlingham, Woodbridge');
    expect(redact('Sandy (Sandy Lane) is the lead school.')).toBe('Sandy (Sandy Lane) is the lead school.');
    expect(redact('Trainee Amira Khan moved to Leeds. Amira → Leeds from March.')).not.toContain('Amira');
    expect(redact('Mentor: Sarah Jones. Hosted by Oakfield Primary, Sarah.')).not.toContain('Sarah');
    const lower = [
      '# notes typed fast',
      '- placements at ash (ashfield primary) and hope valley (hv)',
      '- trainees placed in classes: willow, rowan, hazel and oak',
      '- mentors meet in: april, may, june',
      '- met may (may chen, y2 mentor) and art (arturo ruiz, art lead)',
      '- next visit: may. art: sketchbooks strong',
      "- trainee at st mark's placement school",
      '- hv to send dates',
    ].join('\n');
    const out = redact(lower).split('\n');
    expect(out[1]).toBe('- placements at ash (ashfield primary) and hope valley (hv)');
    expect(out[2]).toBe('- trainees placed in classes: willow, rowan, hazel and oak');
    expect(out[3]).toBe('- mentors meet in: april, may, june');
    expect(out[5]).toBe('- next visit: may. art: sketchbooks strong');
    expect(out[6]).toBe("- trainee at st mark's placement school");
    expect(out[7]).toBe('- hv to send dates');
  });

  it('reads a name as a place or an institution by where it stands', () => {
    const notes = [
      '- mentor Prof. Rosario Quispe; trainee Santiago Peña; Mr Desmond St. Hilaire, Caribbean lead',
      '- Rosario: "a busy room is not a learning room"',
      '- he did his degree in Rosario, Argentina; flights: Santiago → Kingston',
      '- Escola Bilíngue Dom Pedro II; St. Augustine Grace Academy, San Fernando',
      '- primary visit, St Bernadette\'s Catholic Primary School, Arnold',
      '- feedback at 2pm in the Elizabeth Fry Building; agreed w/ KW it\'s known; links w/ PY schs weak',
    ].join('\n');
    const out = redact(notes).split('\n');
    expect(out[0]).not.toMatch(/Rosario|Santiago|Hilaire|St\./);
    expect(out[1]).not.toContain('Rosario');
    // A place by where it stands, unless the notes already use the name of a person: Santiago is the trainee.
    expect(out[2]).toMatch(/^- he did his degree in Rosario, Argentina; flights: the trainee → Kingston$/);
    expect(out[3]).toBe('- Escola Bilíngue Dom Pedro II; St. Augustine Grace Academy, San Fernando');
    expect(out[4]).toBe("- primary visit, St Bernadette's Catholic Primary School, Arnold");
    expect(out[5]).toContain('Elizabeth Fry Building');
    expect(redact('a day at the Francis Crick Institute in spring')).toBe('a day at the Francis Crick Institute in spring');
    // A note abbreviation opening a run is not part of the name: "Obs Sofia Petrova" is Sofia Petrova observed.
    expect(redact('- Obs Sofia Petrova (Yr 7 history) – ok')).toMatch(/^- Obs a (?:trainee|member of staff) \(Yr 7 history\) – ok$/);
    expect(out[5]).toContain('PY schs');
    expect(out[5]).not.toContain('KW');
  });

  it('takes a short form before a bracket that opens with the full given name, even where it is an abbreviation', () => {
    const out = redact("- Nat (Nattapong Srisuk), Y10 English: lost the class twice\n- Marisol: \"Nat's mentor is new\"\n- Dev (Devinder Sandhu) is the DSL. Dev plan reviewed.");
    // The short form goes with the name; one that is also an abbreviation is not swept for later ("Dev plan reviewed").
    expect(out.split('\n')[0]).not.toMatch(/Nat\b|Nattapong|Srisuk/);
    expect(out.split('\n')[2]).toBe('- A member of staff is the DSL. Dev plan reviewed.');
    expect(redact('- Art (Arturo Benetti), Y10\n- Art and design sessions strong')).toContain('Art and design sessions strong');
  });

  it('takes a surname the notes gave in full or with a title where it comes again in lower case, and keeps words and given names', () => {
    const notes = [
      'call w/ dep dir Mr Piotr Kowalczyk and SW lead Dr Tobias Quennell',
      'kowalczyk: "employers do that"',
      'quennell plan - every SW trainee seen by end mar',
      'Mr Tom Wood (mentor) at St George\'s; wood block timetable clash',
      'she saw a trainee in y5 (st george\'s)',
    ].join('\n');
    const out = redact(notes);
    expect(out).not.toMatch(/kowalczyk|quennell/i);
    expect(out).toContain('wood block timetable clash');
    expect(out).toContain("(st george's)");
    expect(out.split('\n')).toHaveLength(5);
  });

  it("takes a researcher's surname later where the notes gave it a person by title or in full, and keeps the citation elsewhere", () => {
    const notes = [
      '- Mrs Quigley (QA + assessment lead) joined late',
      '- Quigley: "we look at completion, that\'s it"',
      '## Wed - compliance (Gathercole + univ DSL) after intro w/ Dr Perdita Gathercole',
    ].join('\n');
    const out = redact(notes);
    expect(out).not.toMatch(/Quigley|Gathercole/);
    expect(redact('- reading list cites Quigley on vocabulary and Rosenshine')).toContain('Quigley on vocabulary');
    // Said of the person, not cited: "said the research" is no citation.
    expect(redact('- Mrs Quigley joined late\n- Quigley said the research is not used')).not.toContain('Quigley');
  });

  it('takes an unknown given and family name after a spaced dash before a bracketed detail, and keeps a place there', () => {
    expect(redact('• Meanwood Grange Primary - Thandeka Mabuza (PGCE, Y1) - phonics lesson v. secure')).toBe('• Meanwood Grange Primary - a trainee (PGCE, Y1) - phonics lesson v. secure');
    expect(redact('• Meanwood Grange Primary - Leeds (2 trainees) - visited Tues')).toBe('• Meanwood Grange Primary - Leeds (2 trainees) - visited Tues');
  });

  it("takes a found person's own initials standing alone in a list or after 'to', and reads 'overseas checks' as no inspection abroad", () => {
    const notes = [
      '- PGCE director Dr Morwenna Trevithick (since 2023), dean Prof Anil Rao',
      '- DBS, prohibition + overseas checks complete, SCR seen',
      'Evidence - data (Wed pm, MT + data officer)',
      '- feedback at 14:00 to MT, the dean; next steps agreed',
      '- MT sessions for new mentors run termly',
    ].join('\n');
    const out = redact(notes).split('\n');
    expect(out[2]).toBe('Evidence - data (Wed pm, a member of staff + data officer)');
    expect(out[3]).not.toContain('MT');
    expect(out[4]).toBe('- MT sessions for new mentors run termly');
  });

  it("keeps what a review found session 20's rules taking: citations, codes listed with codes, places before a bracket", () => {
    expect(redact("Prof Dylan Wiliam's work was cited. Wiliam's five strategies used well")).toContain("Wiliam's five strategies");
    expect(redact('Dr Carol Dweck mentioned; Dweck (2006) cited in the module')).toContain('Dweck (2006)');
    expect(redact("Prof Rob Coe's review. Coe et al. (2014) on the reading list")).toContain('Coe et al. (2014)');
    expect(redact('Mia Adams (MA) leads the MA Education route, MA, PGCE routes')).toContain('the MA Education route, MA, PGCE routes');
    expect(redact('Isla Nowak (IN) said WHAT WENT WELL IN ENGLISH, ALL IN')).toContain('WHAT WENT WELL IN ENGLISH, ALL IN');
    expect(redact('Colin Oakes (head) checked. Emissions: CO, CO2 (CO + NO2)')).toContain('Emissions: CO, CO2 (CO + NO2)');
    expect(redact('- visit - Kirkby Stephen (Y5) - good phonics\n- visit - Ebbsfleet Valley (Kent) - ok')).toBe('- visit - Kirkby Stephen (Y5) - good phonics\n- visit - Ebbsfleet Valley (Kent) - ok');
    // A name dropped from beside its role is taken where it comes again in lower case.
    expect(redact('- DSL (Mrs Kowalczyk) showed the log\n- kowalczyk: "all logged"')).not.toMatch(/kowalczyk/i);
  });

  it('never joins a name across lines, and keeps indentation', () => {
    const text = 'quote from trainee Inés\nInés\'s mentor Lukas Brandt v. strong\n  - nested  point with  spaces';
    const out = redact(text);
    expect(out.split('\n')).toHaveLength(3);
    expect(out).not.toMatch(/Inés|Lukas|Brandt/);
    expect(out.split('\n')[2]).toBe('  - nested  point with  spaces');
  });

  it('leaves schools, universities, places, the provider and domain terms alone', () => {
    const text = [
      'visited St Mary\'s Primary School and Oakfield Academy, Leicester',
      'University of Derby partnership with Castle Rock High School',
      'trainees know Keeping Children Safe in Education and the Teachers\' Standards',
      'Kuala Lumpur partner school (Sri Cempaka Intl); QA by the SCITT',
      'King Edward VI School and St Mary\'s Primary host placements',
      'Greenfield British Intl School, Doha; trainees in Lagos and Doha',
      'sessions cite Rosenshine and the EEF guidance; Teams calls in Year 3',
    ].join('\n');
    expect(redact(text)).toBe(text);
    expect(findPersonalNames(text)).toEqual([]);
  });

  it('does not flag the prose of a published report', () => {
    for (const file of ['reports/iqts-university-of-derby-2024.txt', 'frameworks/iqts-pilot-inspection-framework-2023.txt', 'frameworks/ite-inspection-toolkit-2025-consultation.txt']) {
      const text = readFileSync(new URL(`../../corpus/samples/${file}`, import.meta.url), 'utf8');
      expect([file, findPersonalNames(text)]).toEqual([file, []]);
      expect([file, redactNames(text).names]).toEqual([file, []]);
    }
    // An Ofsted report names its inspectors: those are people, and are found.
    const ofsted = readFileSync(new URL('../../corpus/samples/reports/ite-2015-loughborough-university-2018.txt', import.meta.url), 'utf8');
    expect(findPersonalNames(ofsted)).toEqual(['Simon Hollingsworth', 'Deborah Mosley']);
  });

  it('finds names where only a person stands, and roles written in capitals', () => {
    expectRedactions([
      ['Hi Brannagh,', 'Hi a member of staff,'],
      ['Thanks, Zorbek', 'Thanks, a member of staff'],
      ['- obs 4 - Quillon, Reception: letter formation', '- obs 4 - a trainee, Reception: letter formation'],
      ['Vessa = a trainee, Y1', 'A trainee, Y1'],
      ['A = Ilkara Voss, history, Kraków', 'A = a member of staff, history, Kraków'],
      ['Ulvhild (chemistry) showed me her plans', 'A member of staff (chemistry) showed me her plans'],
      ['Mentor, Mombasa, Y4: Wekundi teaches Swahili-medium lessons', 'Mentor, Mombasa, Y4: a trainee teaches Swahili-medium lessons'],
      ['the quality lead said "Ekundayo does"', 'the quality lead said "A member of staff does"'],
      ['TI Morwenna to 2 PVIs', 'A team inspector to 2 PVIs'],
      ['EE Prof. Gwilym Tresize visited Pune', 'The external examiner visited Pune'],
      ['Mr HK said', 'A member of staff said'],
    ]);
    // A cited author's name that is also a given name, before a surname, is the person; cited, it stays.
    expectRedactions([
      ['prog lead, Hattie Gulliver-Rees dep + QA\nraise w/ Hattie', 'prog lead, a member of staff dep + QA\nraise w/ a member of staff'],
      ["Hattie (2009) effect sizes; Hattie Visible Learning", "Hattie (2009) effect sizes; Hattie Visible Learning"],
    ]);
    // A surname written first, with or without a middle name and accents.
    expectRedactions([
      ["12:01 Phạm Thu Hà's mentor log", "12:01 a trainee's mentor log"],
      ["Ong Jia Hui's lesson was calm", "A trainee's lesson was calm"],
      ['Thu 13 Feb - call', 'Thu 13 Feb - call'],
    ]);
    // Greetings to a group and ordinary words after an observation's number stay.
    expectRedactions([
      ['Hi all,', 'Hi all,'],
      ['obs 2 - Reception, Y1', 'obs 2 - Reception, Y1'],
      ['B teaches Y7-Y11; Annex B taught wk 1', 'B teaches Y7-Y11; Annex B taught wk 1'],
      ['"Ramadan was brutal - not one deadline moved"', '"Ramadan was brutal - not one deadline moved"'],
      ['grading in line w/ Stds', 'grading in line w/ Stds'],
    ]);
  });

  it('reads a table column of people by its header, and initials with a surname prefix in them', () => {
    const table = [
      '| Trainee | Subject | School | Progress |',
      '|---|---|---|---|',
      '| Grace Hall | maths | Oakfield Academy | on track |',
      '| Will Baker | science | Rose Hill Primary | strong |',
      '',
      '| Who | Evidence | So what |',
      '|---|---|---|',
      '| Bill (SL) | no ITTECF link | AFI |',
      '| Head of maths | curriculum map | fine |',
      '| Maths team | schemes | fine |',
      '| Hill Top | visit | x |',
      '',
      '| Week | Focus |',
      '|---|---|',
      '| Will Baker | review |',
    ].join('\n');
    const out = redact(table).split('\n');
    expect(out[2]).toBe('| a trainee | maths | Oakfield Academy | on track |');
    expect(out[3]).toBe('| a trainee | science | Rose Hill Primary | strong |');
    expect(out[7]).toBe('| a member of staff (SL) | no ITTECF link | AFI |');
    expect(out.slice(8, 11)).toEqual(['| Head of maths | curriculum map | fine |', '| Maths team | schemes | fine |', '| Hill Top | visit | x |']);
    // A table's name is swept for elsewhere only by its words that are no English words: "Will
    // Baker" under a header naming no people is left to the rules prose has.
    expect(out[14]).toBe('| Will Baker | review |');
    expectRedactions([
      ["| Paddy O'Connell (POC) | Quality manager |", '| a member of staff | Quality manager |'],
      ['Met Sarah McAllister (SMcA) today. SMcA to send.', 'Met a member of staff today. A member of staff to send.'],
      ['FG (3): Liam, Kerry-Ann, Mo Hussain', 'FG (3): a member of staff, a member of staff, a member of staff'],
      ['The Grace-Hope values day', 'The Grace-Hope values day'],
      ['Rice paddy fields near the school', 'Rice paddy fields near the school'],
    ]);
  });

  it('takes the initials of a person found by full name where they stand alone, and leaves regions, trusts and note words', () => {
    expectRedactions([
      ['| dir (Mrs Harriet Oduya) | 12 trainees |\n| entry reqs | 1 missing | HO to chase |', '| dir (a member of staff) | 12 trainees |\n| entry reqs | 1 missing | a member of staff to chase |'],
      ['prog lead (Mr Tomasz Nowicki) on leave.\n? ask TN re RE', 'prog lead on leave.\n? ask a member of staff re RE'],
      ['Met Dr Anil Kapoor. [AK sent the dates by 15:40]', 'Met a member of staff. [a member of staff sent the dates by 15:40]'],
      // A person's initials as a modifier, or a known acronym, stay.
      ['Met Sam Kerr. SK audit shows gaps in the SK sessions', 'Met a member of staff. SK audit shows gaps in the SK sessions'],
      ['Met Mr Liam Heslop (RL North East). NW, SW weakest', 'Met a member of staff (RL North East). NW, SW weakest'],
      ['call w/ Mrs Nasreen Akhtar, CEO Ouseburn CAT\nTue call Ouseburn CAT', 'call w/ a member of staff, CEO Ouseburn CAT\nTue call Ouseburn CAT'],
      ['Obs, Y4 maths (Precious, w/ mentor): good', 'Obs, Y4 maths (a trainee, w/ mentor): good'],
      ['Values (Hope, respect, kindness) shown', 'Values (Hope, respect, kindness) shown'],
      ['Obs (Y5 maths): pace good', 'Obs (Y5 maths): pace good'],
      ['govs (chair, Alasdair Grieve) pressing leaders', 'govs (chair, a member of staff) pressing leaders'],
      ['T2 (Bartek, physics): mentor is head of sci', 'T2 (a trainee, physics): mentor is head of sci'],
      // From a review: initials of someone found are theirs only as they act or are asked.
      ["Met Niamh O'Brien today.\nWellbeing: NO concerns", 'Met a member of staff today.\nWellbeing: NO concerns'],
      ['Met Priya Patel. PP pupils doing well; PP funding used', 'Met a member of staff. PP pupils doing well; PP funding used'],
      ['Met Tom Turner. TT Rockstars used', 'Met a member of staff. TT Rockstars used'],
      ["Met Harriet Oduya.\nask HO re DBS; HO's feedback", "Met a member of staff.\nask a member of staff re DBS; a member of staff's feedback"],
      ['Mo-Fri in school; Mo/We obs slots', 'Mo-Fri in school; Mo/We obs slots'],
      ['Met Nat Okafor and Dev Patel. Dev plan reviewed; Nat curriculum fine', 'Met a member of staff and a member of staff. Dev plan reviewed; Nat curriculum fine'],
      ['str | Hui Min Tan (ECT, Reception): good', 'str | a member of staff (ECT, Reception): good'],
      ['Survey (Hope, 12 responses). Prayers (Grace, 10 mins). (Frank, with next steps)', 'Survey (Hope, 12 responses). Prayers (Grace, 10 mins). (Frank, with next steps)'],
      ['Trainee Priya FE route. Mentor Grace LA lead.', 'A trainee FE route. A mentor LA lead.'],
      // From a second review: acronyms as acronyms are used, classes and topics, headers of schools.
      ["Louise Oakes, mentor. LO was shared; LO's wording was vague", "A mentor. LO was shared; LO's wording was vague"],
      ['Obs 3 (Hazel, Y2). RE unit (Faith, Y4). (Grace, trainees\' reflection)', 'Obs 3 (Hazel, Y2). RE unit (Faith, Y4). (Grace, trainees\' reflection)'],
      ['Obs (Precious, w/ mentor). Precious little time for SK', 'Obs (a member of staff, w/ mentor). Precious little time for SK'],
      ['above Nat Av; Nat Curr followed; Nat Geo resources', 'above Nat Av; Nat Curr followed; Nat Geo resources'],
      ['Anh-Thu strong; Mo-Fri in school', 'A member of staff strong; Mo-Fri in school'],
      ['Sam Ellis (mentor). SE to chase audit. SE region weak', 'A mentor. A member of staff to chase audit. SE region weak'],
    ]);
    const trusts = '| Name | Phase |\n|---|---|\n| Beckfoot Thornton | sec |\n| Outwood Grange | sec |\nThornton trainees good';
    expect(redact(trusts)).toBe(trusts);
    // A "| Name |" or "| Who |" column of schools and products, and a table's word-names elsewhere, stay.
    const schools = '| Name | Phase |\n|---|---|\n| Oakfield | primary |\n| Sparx | homework |\nVisited Oakfield; Sparx data used';
    expect(redact(schools)).toBe(schools);
    expect(redact('| Trainee | Subject |\n|---|---|\n| Mark Rose | maths |\nMark scheme shared. Main Hall booked.').split('\n').slice(2)).toEqual(['| a trainee | maths |', 'Mark scheme shared. Main Hall booked.']);
    expect(redact('| Trainee | X |\r\n|---|---|\r\n| Grace Hall | y |\r\n')).toBe('| Trainee | X |\r\n|---|---|\r\n| a trainee | y |\r\n');
  });

  it('reads a table separator, and names on a line with no line breaks, in linear time', () => {
    let started = performance.now();
    redact(`| Trainee | X |\n|--|--${' '.repeat(200_000)}x`);
    expect(performance.now() - started).toBeLessThan(2000);
    // A megabyte exported with its line breaks escaped: each name's role used to read the whole line.
    started = performance.now();
    redact('Drop-in (Grace, w/ mentor) went fine, the rest of the session covered lots of things. '.repeat(12_000));
    expect(performance.now() - started).toBeLessThan(5000);
    // A name after every full stop, 1.8 MB: whether the stop ends a sentence was read against
    // everything before it (103 s; now under 1).
    const lines = '- Visit done. Mrs Jones agreed. Targets set. Next visit in May.\n'.repeat(28_000);
    started = performance.now();
    redact(lines);
    expect(performance.now() - started).toBeLessThan(6000);
  });

  it('keeps country codes, ITE acronyms and year groups that stand where initials or appositions could', () => {
    expectRedactions([
      ['GH trainees have had 3 QA visits', 'GH trainees have had 3 QA visits'],
      ['Steering group has had 2 HK heads on it', 'Steering group has had 2 HK heads on it'],
      ['9 trainees: 4 CY, 3 MT, 2 GR; GR mentors new', '9 trainees: 4 CY, 3 MT, 2 GR; GR mentors new'],
      ['obs 6 + 7 (Reception, 2 SD trainees)', 'obs 6 + 7 (Reception, 2 SD trainees)'],
      ['Escola Largo do Farol, met head Mr Rozario, mentor', 'Escola Largo do Farol, met the head, mentor'],
      ['each TS split into 4 bands; 17:00 SGT', 'each TS split into 4 bands; 17:00 SGT'],
      ['"- the head, Kuala Belait', '"- the head, Kuala Belait'],
      // A word the notes use in an organisation's name is that organisation elsewhere in them.
      ['Penmore Valley University - LI notes\nno visit or call from Penmore this yr', 'Penmore Valley University - LI notes\nno visit or call from Penmore this yr'],
    ]);
    // A role still makes initials a person where the notes use them nowhere else.
    expectRedactions([['mentor JB gave feedback', 'A mentor gave feedback']]);
  });

  it('takes a virtue name before a surname no dictionary knows, and a given name reported with "per"', () => {
    expectRedactions([
      ['Induction pack drafted by Verity Okoro was thorough', 'Induction pack drafted by a member of staff was thorough'],
      ['Felicity Nkemelu leads the phonics strand', 'A member of staff leads the phonics strand'],
      ['per Hope, the moderation day is now Weds', 'per a member of staff, the moderation day is now Weds'],
      ['per Patience, ECT induction slides sent', 'per a member of staff, ECT induction slides sent'],
      ['per Olumide, the audit is done', 'per a member of staff, the audit is done'],
    ]);
    // A month, an organisation, or a virtue before an English word is no one.
    expectRedactions([
      ['per May, deadline moved', 'per May, deadline moved'],
      ['per Hope Academy, trainees fine', 'per Hope Academy, trainees fine'],
      ['Charity Commission guidance read', 'Charity Commission guidance read'],
    ]);
  });

  it('reads two letters before a bracketed team as a person, in notes of an inspection abroad too', () => {
    expectRedactions([
      ['TR (finance) approves every bursary', 'A member of staff (finance) approves every bursary'],
      ['Overseas placements in Qatar and Oman. TR (finance) approves every bursary', 'Overseas placements in Qatar and Oman. A member of staff (finance) approves every bursary'],
      // A country code before one person's role is that person; before a count it is the country.
      ['iQTS overseas: SA (mentor) clear on targets', 'iQTS overseas: a mentor clear on targets'],
      ['iQTS overseas: SA and OM trainees, SA (3 trainees)', 'iQTS overseas: SA and OM trainees, SA (3 trainees)'],
    ]);
  });

  it("keeps a saint's name, a school named for a person with a particle, a Foundation and festivals", () => {
    expectRedactions([
      ["Visited St Anne's British School Lisbon; St. Brigid's lesson study", "Visited St Anne's British School Lisbon; St. Brigid's lesson study"],
      ['Hamdan bin Mohammed Academy, Dubai hosts two trainees', 'Hamdan bin Mohammed Academy, Dubai hosts two trainees'],
      ['Khalid bin Hamad Foundation, Doha funds the bursary', 'Khalid bin Hamad Foundation, Doha funds the bursary'],
      ['Half term moved for Hari Raya Puasa; Lunar New Year, Deepavali and Thaipusam close schools too', 'Half term moved for Hari Raya Puasa; Lunar New Year, Deepavali and Thaipusam close schools too'],
      ['Placements resume after Eid al-Adha and Hari Raya Haji', 'Placements resume after Eid al-Adha and Hari Raya Haji'],
    ]);
    // "Foundation Stage" is the early years, not an organisation: the name before it goes.
    expectRedactions([['Amira Khan Foundation Stage lead, strong', 'A member of staff Foundation Stage lead, strong']]);
  });

  it('takes a Welsh name with its patronymic particle as one name', () => {
    expectRedactions([
      ['Mr Iwan ab Owen (mentor) joined', 'A mentor joined'],
      ['Nia ferch Gwyn said the timetable works', 'A member of staff said the timetable works'],
      ['Prog lead Dr Elin ap Dafydd visited', 'The prog lead visited'],
    ]);
  });

  it('reads a quantifier after a comma as sharing a role, and a bracket opening with a role as the name\'s role, said once', () => {
    expectRedactions([
      ['Oscar Bell and Joy Pham, all three trainees, said mentors were responsive', 'A trainee and a trainee, all three trainees, said mentors were responsive'],
      ['Kofi, the other trainee, was absent', 'A trainee, the other trainee, was absent'],
      // A count alone is the next item of a list, not the name's role.
      ['Prof. Ndlovu, two heads and a governor attended', 'A member of staff, two heads and a governor attended'],
      ['Tom (tutor, Carlisle) visits monthly. Tom\'s visits are short', 'A tutor (Carlisle) visits monthly. The tutor\'s visits are short'],
      ['Anjali Rao (lead mentor, Preston) is new', 'The lead mentor (Preston) is new'],
      ['Contacts: Sam Ojo (director of ITE, s.ojo@northfell.ac.uk)', 'Contacts: the director of ITE (email address)'],
    ]);
  });

  it('takes every name listed before a shared role, a word-surname after a word-name that says something, and joined initials', () => {
    expectRedactions([
      // The first pair is ordinary words ("Mark", "Bell"): the shared role after the list makes it a person.
      ['Mark Bell and Joy Chase, both ECTs, said the training was useful', 'An ECT and an ECT, both ECTs, said the training was useful'],
      ['Dean Ward said the board meets termly', 'A member of staff said the board meets termly'],
      ['J-P Dubois said the tracker is updated weekly', 'A member of staff said the tracker is updated weekly'],
      // A cited researcher's surname after a given name, beside a role, is a person's.
      ["Rose Gardner (DSL, St Anne's) keeps the SCR", "The DSL (St Anne's) keeps the SCR"],
    ]);
    // A month or a document is no one, whatever word follows it.
    expect(redact('June Report says completion rose')).toBe('June Report says completion rose');
    expect(redact('Gardner said intelligence is multiple')).toBe('Gardner said intelligence is multiple');
  });

  it('keeps adverbs of frequency that open a line, and takes names set off after a role by commas, a colon in brackets or dotted initials', () => {
    expectRedactions([
      ['Termly visits by link tutors, well received', 'Termly visits by link tutors, well received'],
      ['- Fortnightly calls from tutor, valued', '- Fortnightly calls from tutor, valued'],
      ['Half-termly reviews are logged', 'Half-termly reviews are logged'],
      ['The mentor, Kadri, knows the central curriculum well.', 'The mentor knows the central curriculum well.'],
      ['The iQTS coordinator, whom everyone calls Maarit. The cohort is small.', 'The iQTS coordinator, whom everyone calls by name. The cohort is small.'],
      ['Tues 10:15 - subject mtg (mentor: Gareth)\n- Gareth knows the curriculum well', 'Tues 10:15 - subject mtg (mentor)\n- The mentor knows the curriculum well'],
      ['1 trainee (J.M.) equiv test booked', '1 trainee equiv test booked'],
    ]);
    // A subject, a phase, a city abroad or a word typed in lower case in the bracket stays.
    expect(redact('Met the trainee (PE) and 2 trainees (MFL)')).toBe('Met the trainee (PE) and 2 trainees (MFL)');
    expect(redact('iQTS visit: mentor (KL) gave precise targets')).toBe('iQTS visit: mentor (KL) gave precise targets');
    expect(redact('only 1 trainee (mfl) this year')).toBe('only 1 trainee (mfl) this year');
    expect(redact('The tutor, Maths, was absent')).toBe('The tutor, Maths, was absent');
    // Initials listed with people found after them are one of them; not an acronym, "the VP", a
    // city abroad, or where the role found is one person's ("the chair").
    expect(redact('Trainee focus group (6): JT, Amy, Dan')).toBe('Trainee focus group (6): a trainee, a trainee, a trainee');
    expect(redact('Met QA, Amy and Dan (trainees)')).toBe('Met QA, a trainee and a trainee');
    expect(redact('iQTS: KL, Amy and Dan (trainees)')).toBe('iQTS: KL, a trainee and a trainee');
    expect(redact('Visited PRU, Amy and Dan (trainees)')).toBe('Visited PRU, a trainee and a trainee');
  });

  it('takes speakers, attributions and owners written as initials or in lower case, and keeps what only looks like one', () => {
    expectRedactions([
      // An attribution after a quotation: lower-case given names, initials, an unknown surname.
      ['- "clashes w our inset every time" - will, mentor', '- "clashes w our inset every time" - a member of staff, mentor'],
      ['- "no one else is in my time zone" - dp', '- "no one else is in my time zone" - a member of staff'],
      ['- "half my class are EAL" - mensah', '- "half my class are EAL" - a member of staff'],
      // A speaker before what they said.
      ['GB: "Our partnerships came through alumni."', 'A member of staff: "Our partnerships came through alumni."'],
      ['- joy - "i didnt get fractions"', '- A member of staff - "i didnt get fractions"'],
      ['A: (EV) "We read a sample of 20."', 'A: (a member of staff) "We read a sample of 20."'],
      // Initials with a particle, initials that own a file, two sets acting together, bracketed initials that act.
      ['PvdM: Europe strong', 'A member of staff: Europe strong'],
      ["- AC's file shows the partnership acted", "- A member of staff's file shows the partnership acted"],
      ['DK and SJ were precise on data.', 'A member of staff and a member of staff were precise on data.'],
      ['- (GA) to upload by Mon 9am', '- (a member of staff) to upload by Mon 9am'],
      ['- dp: "no one else is here"', '- A member of staff: "no one else is here"'],
      ['GB - "Our partnerships"', 'A member of staff - "Our partnerships"'],
      ['"we do" (dp)', '"we do" (a member of staff)'],
      ['- "x" - dp.', '- "x" - a member of staff.'],
      ['trainee joy booth said', 'A trainee said'],
      ['- Met the third trainee, Pham Thu Ha, briefly.', '- Met the third trainee briefly.'],
      ['SJB asked for the data.', 'A member of staff asked for the data.'],
      // A table's column of the team's initials, and an "Interviewee(s)" column.
      ['| Name | Met by |\n|---|---|\n| Oliver Stafford | LI, EF |', '| Name | Met by |\n|---|---|\n| a member of staff | LI, an inspector |'],
      ['| Date | Interviewee(s) | Role |\n|---|---|---|\n| 5 Feb | Kovács Bence | Mentor |', '| Date | Interviewee(s) | Role |\n|---|---|---|\n| 5 Feb | a member of staff | Mentor |'],
      ['flagged to AF in Oct', 'flagged to a member of staff in Oct'],
      ['mentored by Madam Akosua Frimpong, who holds an MPhil', 'mentored by a member of staff, who holds an MPhil'],
      // Faith titles ("Canon" and "Fr" are words and French too often: "Canon Law module", "Fr Grammar focus weak").
      ['Imam Yusuf Ali spoke', 'A member of staff spoke'],
      ['Rabbi Cohen visits weekly', 'A member of staff visits weekly'],
      ['Canon Law module; Fr Grammar focus weak; Mrs Shah Strong start', 'Canon Law module; Fr Grammar focus weak; a member of staff Strong start'],
      // An office after "the", unless the notes name someone with the word.
      ['met the Dean, QA lead', 'met the Dean, QA lead'],
      ['Dean (Y4 trainee) strong. Observed the Dean lesson later', 'A Y4 trainee strong. Observed the the Y4 trainee lesson later'],
      ['- mentor PD weak: TVH, RI, JB, SW nothing since autumn', '- mentor PD weak: a member of staff, a member of staff, a member of staff, SW nothing since autumn'],
      // A surname taken in lower case is the person's where the notes use it again; a word only capitalised in a sentence.
      ['- prov team + CEO dr simon wood joined\n- later Wood said it was fine\n- wood panels in hall', '- prov team + the CEO joined\n- later the CEO said it was fine\n- wood panels in hall'],
      ['- met amira okonjo (trainee)\n- okonjo later: fine', '- met a trainee\n- The trainee later: fine'],
      ["PvdM's file", "A member of staff's file"],
      ['DK/SJ were precise', 'A member of staff/a member of staff were precise'],
      ['(GA) will upload', '(a member of staff) will upload'],
      // Lower case: a given name that is a word, after a role and before a surname; a word after a lower-case title.
      ['mentor grace whitfield gave precise fb', 'A mentor gave precise fb'],
      ['trainee summer hughes said so', 'A trainee said so'],
      ['off sick (mr wood?)', 'off sick (a member of staff?)'],
      ['ms t. hunter (eyfs) covers', 'A member of staff (eyfs) covers'],
      ['Mr T. Wood said', 'A member of staff said'],
    ]);
    expectRedactions([
      ['"we do" - typical, not in files', '"we do" - typical, not in files'],
      ['"fine" - hmm', '"fine" - hmm'],
      ['"we love it" - trainee', '"we love it" - trainee'],
      ['- Note - "check this"', '- Note - "check this"'],
      ['- Ev: "The readings change what I do"', '- Ev: "The readings change what I do"'],
      ['- Dubai: "we are fine"', '- Dubai: "we are fine"'],
      ['- (PE) to be covered', '- (PE) to be covered'],
      ["SEF's evaluation is weak", "SEF's evaluation is weak"],
      ['UK and US are different', 'UK and US are different'],
      ['CdE trainee w/o a mentor', 'CdE trainee w/o a mentor'],
      ['"we do" (pe)', '"we do" (pe)'],
      ['- re: "x"', '- re: "x"'],
      ['UK - "it is fine"', 'UK - "it is fine"'],
      ['director frank re weaknesses', 'director frank re weaknesses'],
      ['12:40 SBM confirmed both trainees on the SCR', '12:40 SBM confirmed both trainees on the SCR'],
      ['raised with EP', 'raised with EP'],
      ['- 9 trainees: 5 US (CA, TX, FL, AZ, WA)', '- 9 trainees: 5 US (CA, TX, FL, AZ, WA)'],
      ['- QA, SEF, PD all seen', '- QA, SEF, PD all seen'],
      ['trainee faith school', 'trainee faith school'],
      ['KS1/KS2 were', 'KS1/KS2 were'],
      ['PBW - workload survey\nPBW - attendance 96%\nPBW - "my mentor dealt w/ it" - a trainee', 'PBW - workload survey\nPBW - attendance 96%\nPBW - "my mentor dealt w/ it" - a trainee'],
      ['"fine" - paraphrased', '"fine" - paraphrased'],
      ['"fine" - KHDA', '"fine" - KHDA'],
      ['UT: "fine"', 'UT: "fine"'],
      ['HLTA: "we like them"', 'HLTA: "we like them"'],
      ['(SMT) "we agree"', '(SMT) "we agree"'],
      ['University College London (UCL) to deliver the session', 'University College London (UCL) to deliver the session'],
      ['Ghana (GH) to submit', 'Ghana (GH) to submit'],
      ['Partnership with UvA and HvA', 'Partnership with UvA and HvA'],
      ["UCL's portfolio was thorough", "UCL's portfolio was thorough"],
      ['trainees submit via ms forms', 'trainees submit via ms forms'],
      ['priya feedback was good', 'A member of staff feedback was good'],
      ['the mentor will embed retrieval', 'the mentor will embed retrieval'],
      ['mentor drew timelines', 'mentor drew timelines'],
      ['trainee summer placement', 'trainee summer placement'],
      // A word-name heading a phrase is the phrase's ("Grace period"), not before what a person has ("Grace lesson").
      ['Dr Grace Bill said so. Grace period of 2 wks asked for', 'A member of staff said so. Grace period of 2 wks asked for'],
      ['Mentor Grace Adeyemi. Grace lesson was precise.', 'A mentor. The mentor lesson was precise.'],
      // A surname that is an adjective, used as one; not before what the person has.
      ["Mr Callum Young (HT) met us. Young people's mental health is a priority.", "The HT met us. Young people's mental health is a priority."],
      ['Mr Callum Young (HT) met us. Young lesson seen.', 'The HT met us. The HT lesson seen.'],
      // Title and initials alone are a person; the initial's full stop stays.
      ['Spoke to Mrs B. Next steps agreed', 'Spoke to a member of staff. Next steps agreed'],
      ['Mr T. Wood said', 'A member of staff said'],
      ['spoke with amira young (trainee)', 'spoke with a trainee'],
    ]);
    expect(redact('Mentor Grace Adeyemi. Later met Grace today')).toBe('A mentor. Later met the mentor today');
  });

  it('keeps what a review found the new rules took: schools after a role, surnames of two words, routes in brackets, documents', () => {
    expectRedactions([
      ['The trainee, Oakfield, said it was good.', 'The trainee, Oakfield, said it was good.'],
      ['(HT: Oakfield)', '(HT: Oakfield)'],
      ['Hill-Wood (mentor) said', 'A mentor said'],
      ['Lee Hill-Wood said it was fine', 'A member of staff said it was fine'],
      ['walk-through took 3 hrs; the admin screen-shared each file', 'walk-through took 3 hrs; the admin screen-shared each file'],
      ['one trainee (FS) said', 'one trainee (FS) said'],
      ['one trainee (MLD) said', 'one trainee (MLD) said'],
      ['1 trainee (M.F., Ecuador) started', '1 trainee (Ecuador) started'],
      ['Mark Book showed gaps', 'Mark Book showed gaps'],
      ['Will Power said nothing', 'Will Power said nothing'],
      ['+ prof behaviours high', '+ prof behaviours high'],
      ['Hazel (placement coord) arranges the second school', 'A placement coord arranges the second school'],
      ['live sessions - "after a full day, hard to think" (JKW); recorded', 'live sessions - "after a full day, hard to think" (a member of staff); recorded'],
    ]);
  });

  it('takes names a blind battery found left: lists under a label ending in who they are, initials in attendance, word-names given a post or an errand, imperative verbs of chasing', () => {
    expectRedactions([
      // A label that ends in who they are; a word-name in the list once another item is a person.
      ['Trainees seen: Leo, Maja Kowalczyk, Blessing – all Y10/11 sci', 'Trainees seen: a trainee, a trainee, a trainee – all Y10/11 sci'],
      ['FG w/ 6 trainees (Kenya hub): Wanjiru, Mwangi.', 'FG w/ 6 trainees (Kenya hub): a trainee, a trainee.'],
      // An initial with its stop is part of the item; a label after a sentence's end counts.
      ['Present: Kate W., Ifan, Dr Mahmood', 'Present: a member of staff., a member of staff, a member of staff'],
      ['Feedback mtg. Present: GT, JB, CMcA. Judgements shared.', 'Feedback mtg. Present: a member of staff, a member of staff, a member of staff. Judgements shared.'],
      ['Apologies: JB, SLT', 'Apologies: a member of staff, SLT'],
      ['Trainees present: AB, CD', 'Trainees present: a trainee, a trainee'],
      // A word-name or a word-surname given one post in a bracket.
      ['QA rests on Grace (LM) - capacity risk', 'QA rests on the lead mentor - capacity risk'],
      ['Cook (LM) flagged it early', 'The lead mentor flagged it early'],
      // An errand only a person runs, after a word-name or two joined by a slash.
      ['Hazel/Carol to send mentor handbook by Weds.', 'A member of staff/a member of staff to send mentor handbook by Weds.'],
      ['- Mark to resend PD schedule', '- A member of staff to resend PD schedule'],
      // Imperatives of chasing before a surname.
      ['AP5 – chase Okonkwo re missing obs forms', 'AP5 – chase a member of staff re missing obs forms'],
      ['ask Ivy re SEND audit', 'ask a member of staff re SEND audit'],
      // A Gulf honorific before a person; before a school's name it is the school's.
      ['Sheikh Mohammed bin Saeed (chair of governors) - confirmed', 'The chair of governors - confirmed'],
    ]);
  });

  it('keeps what the battery rules must not take: schools named for a sheikh, lists of places or teams, ratings, courses in brackets', () => {
    expectRedactions([
      ['Sheikh Zayed Private Academy - agreement on file', 'Sheikh Zayed Private Academy - agreement on file'],
      ['visited Sheikh Rashid bin Saeed School', 'visited Sheikh Rashid bin Saeed School'],
      ['Hub schools visited by trainees: Penmore, Kirkwall', 'Hub schools visited by trainees: Penmore, Kirkwall'],
      ['Trainees from: Kenya, Ghana', 'Trainees from: Kenya, Ghana'],
      ['Present: Jaswant, Admissions, Finance', 'Present: a member of staff, Admissions, Finance'],
      ['Present: HT, DHT, SENCo', 'Present: HT, DHT, SENCo'],
      ['Amber to send? no', 'Amber to send? no'],
      ['Will to be confirmed', 'Will to be confirmed'],
      // What a review of these rules found them taking.
      ['- Bill to follow from finance', '- Bill to follow from finance'],
      ['Invoice/Bill to follow', 'Invoice/Bill to follow'],
      ['- June to confirm dates', '- June to confirm dates'],
      ['Oakfield/Penmore visited twice', 'Oakfield/Penmore visited twice'],
      ['Kent (LM) hub', 'Kent (LM) hub'],
      ['Hall (PT) booked', 'Hall (PT) booked'],
      ['Partners hosting trainees: Kingsmead, Penmore', 'Partners hosting trainees: Kingsmead, Penmore'],
      ['Met: Jo Smith, Music, Art', 'Met: a member of staff, Music, Art'],
      ['Attendees: Jo Smith, UCL, KCL', 'Attendees: a member of staff, UCL, KCL'],
      ['Present: Bex Adeyemi (DET, motor vehicle). 14 DET trainees', 'Present: a trainee (DET, motor vehicle). 14 DET trainees'],
    ]);
  });

  it('reads a label after a stop and a label ending in who they are in linear time', () => {
    const started = performance.now();
    redact(`.${' '.repeat(50_000)}x`);
    redact(`${'a b c d e f g h i j k l m n o p trainees '.repeat(5000)}`);
    redact(`${'Present: JB, '.repeat(10_000)}`);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('leaks no planted name from the labelled notes, is idempotent there and keeps line numbers', () => {
    const dirs = ['../fixtures/notes/', '../../corpus/training/notes/'];
    let planted = 0;
    const leaks: string[] = [];
    const notIdempotent: string[] = [];
    for (const dir of dirs) {
      const url = new URL(dir, import.meta.url);
      for (const file of readdirSync(url).filter((name) => name.endsWith('.labels.json'))) {
        const labels = JSON.parse(readFileSync(new URL(file, url), 'utf8')) as { notes: string; names: string[] };
        const notes = readFileSync(new URL(labels.notes, url), 'utf8');
        const out = redact(notes);
        expect([file, out.split('\n').length]).toEqual([file, notes.split('\n').length]);
        if (redact(out) !== out) notIdempotent.push(file);
        const tokens = new Set(labels.names.flatMap((name) => name.split(/\s+/)).filter((token) => token.length > 1));
        for (const token of tokens) {
          const pattern = new RegExp(`(?<![\\p{L}'’-])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'gu');
          planted += (notes.match(pattern) ?? []).length;
          // Report the file and token only: the line is note text.
          if ((out.match(pattern) ?? []).length > 0) leaks.push(`${file}: ${token}`);
        }
      }
    }
    expect(planted).toBeGreaterThan(300);
    // A ratchet, not a pass: 4 name parts in 2,762 planted occurrences still leak: one in a
    // held-out file, as before these rules changed; a surname that is also a city, alone in a list
    // after a name ("(Munro-Keane, Albuquerque)"); a Vietnamese middle name that is also the
    // notes' abbreviation for Thursday ("Thu"), kept when the name is later written without its
    // surname and wherever it means Thursday; and a planted given name that is here part of a
    // city's name ("Ho Chi Minh City"), which is right to keep. The twelve ITE files written later
    // (39-50) leaked 12 of 599 occurrences blind; two are left: a word-name opening a dictated
    // lower-case line with nothing else to go on ("ebony access to h e science…") and a possessive
    // before an organisation word, read as the organisation's name ("Oduya's SCITT work"). The
    // eight written after them (iqts 39-42, ite-2025 51-54) leaked 12 of 529 blind; five are left:
    // initials that are also a country code in notes of an inspection abroad ("TW", "HK") or an
    // acronym of the trade ("SK" subject knowledge, "AO" assessment only), three-letter initials
    // after a label ("Context: MLC to send"), and a word-name before a bracketed route
    // ("Precious (PGTA):"). The 64 files written in session 19 (iqts 43-74, ite-2025 55-86) leaked
    // 21 name parts in 21 files blind, of 1,939 occurrences of their listed name forms (one more,
    // "Mai", is a planted given name inside "Chiang Mai"): two-letter initials that are also a word,
    // a country or a time ("AM", "MO", "MT", "AD", "AK", "GC", "SK", "SAH:"), surnames typed in
    // lower case with no role beside them ("venn:", "kowalski:", "nwosu challenged"), a given name
    // alone in brackets after a count ("1 trainee (Jaswant)") or before one ("Yusra (visual
    // impairment)"), and word-names ("Blessing", "Ploy", "Chipo"). The 32 written after them (iqts
    // 75-90, ite-2025 87-102) leaked 8 more parts blind, of the same kinds ("VS accepts",
    // "Gathercole:", "OI notes for Clementine (LI)", "- Benedict, history"), and three parts of two names that only a title
    // names, where the title is also a word ("Canon Robert Ashby") or the given name unknown and the
    // surname an adjective ("Mrs Elowen Stark"). Session 20 took four of them: a surname the notes
    // gave in full or with a title, typed again in lower case ("kowalski:", "venn plan", "nwosu
    // challenged"); and two more, a cited researcher's surname that the notes gave a person with a
    // title ("Mrs Quigley" … "Quigley: …", "Dr Perdita Gathercole" … "w/ Gathercole"); and a given
    // and family name after a spaced dash before a bracketed route ("Primary - Thandeka Mabuza (PGCE, Y1)");
    // and a found person's initials that are also a country's code, standing alone in a list of people
    // or acting ("(Wed pm, MT + data officer)", "VS accepts"), where "overseas checks" had marked the
    // notes as of an inspection abroad. Session 21 took two word-names: "obs Blessing, Y1 phonics" (a
    // given name that is also a word, after a verb only a person takes) and "- Benedict, history"
    // (now on the list of such names). More is a regression.
    if (process.env.REDACT_DEBUG) console.log(leaks);
    // Known: a place in brackets after the role that replaced a name ("Vannak (Siem Reap)" becomes
    // "A trainee (Siem Reap)", "mentor Ms Haruka Sato (Bury St Edmunds, Y2)" "A mentor (Bury St
    // Edmunds, Y2)"), which a second pass reads as the person's name; a leak that a second pass
    // took ("VS accepts", until session 20 read a found person's initials as them); and place names that share a
    // surname the notes gave someone ("Ho Jun Wei"; "Small Heath" and "Kings Norton" stay whole since
    // session 24). Any other file is a regression.
    expect(notIdempotent).toEqual(['iqts-train-68.labels.json', 'iqts-train-77.labels.json', 'ite-2025-train-68.labels.json', 'ite-2025-train-76.labels.json']);
    expect(leaks.length).toBeLessThanOrEqual(32);
  });
});
