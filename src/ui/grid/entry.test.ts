import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createI18n, loadLanguage } from '../../i18n/i18n';
import { emptiedRefusal, questionAnswer, readEstimate, readMonth, readPoint, readPopulation, readRate, readShare, refusalMessage, ruleRefusal, unansweredNotice, type Entry, type Refusal } from './entry';
import { PLAUSIBLE_COST_PER_FTE, PLAUSIBLE_FTE, PLAUSIBLE_FUNDING_KR, PLAUSIBLE_RATE, type Plausible } from './plausible';
import { LIMITS, type Estimate } from '../../model';

const i18n = createRoot(() => createI18n('da'));
const read = (text: string, p: Plausible, unit: 'kr' | 'fte' = 'kr') => readEstimate(text, unit, i18n, p);
const asked = (entry: Entry<Estimate>) => (entry.ok ? null : entry.refusal.kind === 'implausible' ? entry.refusal : null);

describe('an amount implausible for its field is asked about once, never refused', () => {
  it('a bare number is read in the unit that makes it plausible: thousands before millions', () => {
    expect(asked(read('600', PLAUSIBLE_COST_PER_FTE))).toMatchObject({ why: 'scaled', value: { central: 600_000 }, enter: '600.000' });
    expect(asked(read('0,7', PLAUSIBLE_COST_PER_FTE))).toMatchObject({ why: 'scaled', value: { central: 700_000 } });
    expect(asked(read('1,5', PLAUSIBLE_FUNDING_KR))).toMatchObject({ why: 'scaled', value: { central: 1_500_000 }, enter: '1.500.000' });
    expect(asked(read('1–2', PLAUSIBLE_FUNDING_KR))).toMatchObject({ why: 'scaled', value: { low: 1_000_000, high: 2_000_000 }, enter: '1.000.000–2.000.000' });
  });

  it('says the guess in words, and how to take it', () => {
    const entry = read('600', PLAUSIBLE_COST_PER_FTE);
    expect(entry.ok ? '' : refusalMessage(entry.refusal, 'Pris pr. årsværk', i18n, true)).toBe('Mente du 600.000 kr.? 600 kr. er usandsynligt lidt for ”Pris pr. årsværk”. Tryk Enter igen for at bruge 600.000 kr., eller skriv et andet tal.');
    // In a paste there is no second Enter: the message says how to enter it instead.
    expect(entry.ok ? '' : refusalMessage(entry.refusal, 'Pris pr. årsværk', i18n)).toContain('er ikke sat ind. Skriv 600.000, hvis det er det, der menes.');
  });

  it('in English, a figure typed the Danish way is quoted as typed, not said to be that many kroner', async () => {
    await loadLanguage('en');
    const en = createRoot(() => createI18n('en'));
    // "600.000" is 600 in English: "600.000 kr. is implausibly low" read as 600 thousand.
    const entry = readEstimate('600.000', 'kr', en, PLAUSIBLE_COST_PER_FTE);
    expect(entry.ok ? '' : refusalMessage(entry.refusal, 'Cost per FTE', en, true)).toMatch(/^Did you mean 600,000 kr\.\? “600\.000” is implausibly low for “Cost per FTE”\./);
  });

  it('a value with its unit, written out in full, or with no plausible scale, is asked about as typed', () => {
    // "5.000" is five thousand as written: asking "Mente du 5.000.000 kr.?" would invite a 1.000-fold slip.
    expect(asked(read('5.000', PLAUSIBLE_FUNDING_KR))).toMatchObject({ why: 'small', value: { central: 5_000 }, enter: '5.000' });
    expect(asked(read('600 kr.', PLAUSIBLE_COST_PER_FTE))).toMatchObject({ why: 'small', value: { central: 600 }, enter: '600 kr.' });
    expect(asked(read('0', PLAUSIBLE_COST_PER_FTE))).toMatchObject({ why: 'small' });
    expect(asked(read('2 mia.', PLAUSIBLE_FUNDING_KR))).toMatchObject({ why: 'large', value: { central: 2_000_000_000 } });
    expect(asked(read('1000', PLAUSIBLE_FTE, 'fte'))).toMatchObject({ why: 'large', value: { central: 100_000 } });
    // 50 FTE for a secretariat of at most 4,5 (T11) is asked about; 20 is taken.
    expect(asked(read('50', PLAUSIBLE_FTE, 'fte'))).toMatchObject({ why: 'large', value: { central: 5_000 }, enter: '50' });
    expect(read('20', PLAUSIBLE_FTE, 'fte').ok).toBe(true);
    expect(read('0', PLAUSIBLE_FTE, 'fte').ok).toBe(true);
  });

  it('plausible values, a zero where zero means something, and a confirmed value pass', () => {
    expect(read('0', PLAUSIBLE_FUNDING_KR)).toEqual({ ok: true, value: { low: 0, central: 0, high: 0 } });
    expect(read('1,25 mio.', PLAUSIBLE_FUNDING_KR).ok).toBe(true);
    expect(read('650.000', PLAUSIBLE_COST_PER_FTE).ok).toBe(true);
    expect(read('3', PLAUSIBLE_FTE, 'fte').ok).toBe(true);
    expect(readEstimate('2 mia.', 'kr', i18n, PLAUSIBLE_FUNDING_KR, true)).toEqual({ ok: true, value: { low: 2_000_000_000, central: 2_000_000_000, high: 2_000_000_000 } });
    // What a second Enter commits reads back as the guess, with no second question.
    const guess = asked(read('600', PLAUSIBLE_COST_PER_FTE))!;
    expect(readEstimate(guess.enter, 'kr', i18n, PLAUSIBLE_COST_PER_FTE, true)).toEqual({ ok: true, value: guess.value });
  });

  it('the reserve at the start is one amount in kroner, asked about like any amount (not read as a population)', () => {
    const guess = readPoint('1,5', 'kr', i18n, PLAUSIBLE_FUNDING_KR);
    expect(guess.ok ? null : guess.refusal).toMatchObject({ kind: 'implausible', why: 'scaled', value: { central: 1_500_000 } });
    expect(readPoint('300.000', 'kr', i18n, PLAUSIBLE_FUNDING_KR)).toEqual({ ok: true, value: 300_000 });
    const range = readPoint('1–2 mio.', 'kr', i18n, PLAUSIBLE_FUNDING_KR);
    expect(range.ok ? '' : refusalMessage(range.refusal, 'Opsparing', i18n)).toBe('Opsparing skal være ét tal, ikke et interval.');
    const garbage = readPoint('abc', 'kr', i18n, PLAUSIBLE_FUNDING_KR);
    expect(garbage.ok ? '' : refusalMessage(garbage.refusal, 'Opsparing', i18n)).toContain('Skriv fx 1.250.000');
  });

  it('names the row in a sentence without its bracket: "Årsværk (tom = opgavernes sum) kan ikke være under 0" read badly', () => {
    const negative = readEstimate('-1', 'fte', i18n);
    expect(negative.ok ? '' : refusalMessage(negative.refusal, 'Årsværk (tom = opgavernes sum)', i18n)).toMatch(/^”-1” er negativt; Årsværk kan ikke være under 0\./);
  });

  it('an FTE field says FTE, not amount, when the text is no number', () => {
    const entry = read('abc', PLAUSIBLE_FTE, 'fte');
    expect(entry.ok ? '' : refusalMessage(entry.refusal, 'Bemanding', i18n)).toBe('”abc” er ikke et antal årsværk. Skriv fx 2,5 eller et interval som 2–3 (årsværk).');
  });
});

describe('a population far from the one it replaces is asked about', () => {
  it('under half or over twice is a question a second Enter answers; a new count within that, or a first one, is taken', () => {
    const jump = readPopulation('22.603', i18n, LIMITS.population, 226_033);
    expect(jump.ok).toBe(false);
    if (jump.ok) return;
    expect(questionAnswer(jump.refusal)).toBe('22.603');
    expect(refusalMessage(jump.refusal, 'Indbyggere: Aalborg', i18n, true)).toBe('22.603 er under halvdelen af det hidtidige tal (226.033) for ”Indbyggere: Aalborg”. Tryk Enter igen for at bruge 22.603, eller skriv et andet tal.');
    expect(readPopulation('460.000', i18n, LIMITS.population, 226_033).ok).toBe(false);
    expect(readPopulation('22.603', i18n, LIMITS.population, 226_033, true)).toEqual({ ok: true, value: 22_603 });
    expect(readPopulation('230.000', i18n, LIMITS.population, 226_033)).toEqual({ ok: true, value: 230_000 });
    expect(readPopulation('1.800', i18n, LIMITS.population, 0)).toEqual({ ok: true, value: 1_800 });
  });
});

describe('one figure typed over a range is asked about: it would end the uncertainty', () => {
  const costPerFte: Estimate = { low: 500_000, central: 550_000, high: 625_000 };
  const over = (text: string, sure = false) => readEstimate(text, 'kr', i18n, PLAUSIBLE_COST_PER_FTE, sure, costPerFte);

  it('"575.000" over 500.000–625.000 (550.000) asks, says what is lost and how to keep a range; a second Enter takes it', () => {
    const entry = over('575.000');
    expect(asked(entry)).toMatchObject({ why: 'dropsRange', enter: '575.000' });
    expect(entry.ok ? '' : refusalMessage(entry.refusal, 'Lønomkostning pr. årsværk (kr.)', i18n, true)).toBe(
      '575.000 kr. er ét tal: intervallet 500.000–625.000 (550.000) kr. og dets usikkerhed forsvinder. Tryk Enter igen for at bruge tallet, eller skriv fx 500.000–625.000 (575.000) for at beholde intervallet.',
    );
    expect(over('575.000', true)).toEqual({ ok: true, value: { low: 575_000, central: 575_000, high: 575_000 } });
  });

  it('a figure outside the range is offered a range that holds it; a range, or a figure over a figure, is not asked about', () => {
    const entry = over('700.000');
    // Not "to keep the range" (it is not the same range): a range that holds the figure (walkthrough).
    expect(entry.ok ? '' : refusalMessage(entry.refusal, 'Lønomkostning pr. årsværk (kr.)', i18n, true)).toContain(
      'Tryk Enter igen for at bruge tallet, eller skriv et interval, der rummer det, fx 500.000–700.000 (700.000).',
    );
    expect(over('520.000–640.000').ok).toBe(true);
    expect(readEstimate('600.000', 'kr', i18n, PLAUSIBLE_COST_PER_FTE, false, { low: 550_000, central: 550_000, high: 550_000 }).ok).toBe(true);
  });
});

describe('a refusal says which rule, in the model’s own terms', () => {
  it('a period too long names the model’s own limit, and an emptied month says it must have a value', () => {
    const long = refusalMessage(ruleRefusal([{ field: 'scenarios[level-2].end', code: 'outOfRange' }]), 'Slut (måned)', i18n);
    expect(long).toBe(`”Slut”: et scenarie kan højst løbe ${LIMITS.years} år, fx fra januar 2026 til december ${2025 + LIMITS.years}.`);
    const emptied = readMonth('', i18n);
    expect(emptied.ok ? '' : refusalMessage(emptiedRefusal('', emptied.refusal), 'Start (måned)', i18n)).toBe('”Start” skal have en værdi og kan ikke tømmes.');
  });
});

describe('a figure over the model’s limit', () => {
  it('names the limit in the language shown (English read "at most 1.000" FTE)', async () => {
    const over = (i: typeof i18n) => {
      const entry = readEstimate('1200–1500', 'fte', i, PLAUSIBLE_FTE);
      return entry.ok ? '' : refusalMessage(entry.refusal, 'FTE', i);
    };
    expect(over(i18n)).toContain('(højst 1.000)');
    await loadLanguage('en');
    const en = createRoot(() => createI18n('en'));
    expect(over(en)).toContain('(at most 1,000)');
  });
});

describe('a question left unanswered', () => {
  it('names the figure, the row without its unit and the scenario, and offers the figure, in both languages', async () => {
    expect(unansweredNotice('700.000', 'Lønomkostning pr. årsværk (kr.)', 'Niveau 2', i18n)).toEqual({
      text: '700.000 er ikke brugt i ”Lønomkostning pr. årsværk”, Niveau 2: cellen blev forladt, før spørgsmålet var besvaret.',
      action: 'Brug 700.000',
    });
    await loadLanguage('en');
    const en = createRoot(() => createI18n('en'));
    expect(unansweredNotice('1,500,000', 'BRN base grant (DKK)', 'Level 1', en).text).toBe('1,500,000 was not used in “BRN base grant”, Level 1: the cell was left before the question was answered.');
  });
});

describe('a yearly rate outside a few per cent is asked about once (an indexation)', () => {
  const rate = (text: string, sure = false, on = i18n) => readRate(text, on, -LIMITS.indexation, LIMITS.indexation, PLAUSIBLE_RATE, sure);
  const said = (entry: Entry<number>, on = i18n) => (entry.ok ? null : refusalMessage(entry.refusal, 'Årlig lønfremskrivning (%)', on, true));
  it('takes a few per cent, 0 and a small fall as typed', () => {
    for (const [text, value] of [['2', 2], ['2,9 %', 2.9], ['0', 0], ['-1', -1], ['10', 10], ['-0,03', -0.03]] as const) expect(rate(text)).toEqual({ ok: true, value });
  });

  it('"0,02" asks "Mente du 2 %?", and a second Enter takes the 2 % it offered; "25" is asked about as typed and taken when confirmed', () => {
    const small = rate('0,02');
    expect(said(small)).toBe('Mente du 2 %? ”0,02” er usandsynligt lidt for ”Årlig lønfremskrivning”. Tryk Enter igen for at bruge 2 %, eller skriv et andet tal.');
    expect(rate(questionAnswer((small as { refusal: Refusal }).refusal)!, true)).toEqual({ ok: true, value: 2 });
    const large = rate('25');
    expect(said(large)).toBe('”25” om året er usandsynligt for ”Årlig lønfremskrivning”: en fremskrivning er sædvanligvis nogle få procent om året, fx 2,9 %. Tryk Enter igen for at bruge 25 %, eller skriv et andet tal.');
    expect(rate(questionAnswer((large as { refusal: Refusal }).refusal)!, true)).toEqual({ ok: true, value: 25 });
    expect(said(rate('-8'))).toMatch(/^”-8” om året er usandsynligt/);
    // Over the model's limit: refused, as before.
    expect(rate('60').ok).toBe(false);
    expect(rate('60', true).ok).toBe(false);
  });

  it('asks in English', async () => {
    await loadLanguage('en');
    const en = createRoot(() => createI18n('en'));
    expect(said(rate('0.02', false, en), en)).toBe('Did you mean 2 %? “0.02” is implausibly low for “Årlig lønfremskrivning”. Press Enter again to use 2 %, or type another number.');
  });
});

describe('a share under 1 % is asked about once (the equal part of a mixed key)', () => {
  const said = (entry: Entry<number>) => (entry.ok ? null : refusalMessage(entry.refusal, 'Ligelig andel (%)', i18n, true));
  it('"0,3" asks "Mente du 30 %?", and a second Enter takes the 30 % offered; "0,3 %", 0, 1 and 30 are taken as typed', () => {
    const small = readShare('0,3', i18n);
    expect(said(small)).toBe('Mente du 30 %? ”0,3” er usandsynligt lidt for ”Ligelig andel”. Tryk Enter igen for at bruge 30 %, eller skriv et andet tal.');
    expect(readShare(questionAnswer((small as { refusal: Refusal }).refusal)!, i18n, true)).toEqual({ ok: true, value: 30 });
    for (const [text, value] of [['0,3 %', 0.3], ['0', 0], ['1', 1], ['30', 30], ['100', 100]] as const) expect(readShare(text, i18n)).toEqual({ ok: true, value });
    // Taken as typed when confirmed.
    expect(readShare('0,3', i18n, true)).toEqual({ ok: true, value: 0.3 });
  });
});
