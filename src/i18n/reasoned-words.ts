/**
 * The words of "Hvorfor?" on the reasoned decision rows (approval path, flags, score), in Danish
 * and English. They load with the explanation, not before the first figures (the strings every
 * start needs are in strings-da.ts).
 */
import type { Lang, LocalText } from '../model/types';

const WORDS = {
  explainApprovalLead: { da: 'Godkendelsesvejen følger pengene. Her skal {path} sige ja:', en: 'The approval path follows the money. Here it runs through {path}, and every body on it must say yes:' },
  explainApprovalNone: { da: 'Scenariet bruger ingen penge, der skal bevilges, så ingen skal godkende noget.', en: 'The scenario uses no money that needs approving, so nobody must approve anything.' },
  reason_ownMoney: { da: '{body} bevilger sine egne midler.', en: '{body} approves its own money.' },
  reason_supplement: { da: 'Der er et kommunalt tillæg ({amount} kr. i {year}, op til {high} kr. i det høje skøn), og det skal bevilges af alle {count} byråd.', en: 'There is a municipal supplement ({amount} kr. in {year}, up to {high} kr. in the high estimate), and every one of the {count} city councils must approve it.' },
  reason_raisedBaseGrant: { da: 'Grundbevillingen er sat over de {approved} kr., der allerede er bevilget, og forhøjelsen skal bevilges af alle {count} byråd.', en: 'The base grant is set above the {approved} kr. already approved, and every one of the {count} city councils must approve the increase.' },
  reason_reprioritisedBrn: { da: 'BRN-midler bruges, men sekretariatet er ikke ansat i BRN’s sekretariat (arbejdsgiver: {employer}), og omprioritering fra BRN skal bevilges af alle {count} byråd.', en: 'BRN money is used, but the secretariat is not employed by BRN’s secretariat (employer: {employer}), and every one of the {count} city councils must approve reprioritising BRN money.' },
  explainApprovalHigh: { da: 'Vejen følger det centrale skøn. I det høje skøn er der et kommunalt tillæg på op til {amount} kr. ({year}); bliver det til virkelighed, skal alle {count} byråd også godkende.', en: 'The path follows the central estimate. In the high estimate there is a municipal supplement of up to {amount} kr. ({year}); should it come true, all {count} city councils must approve as well.' },
  explainApprovalScore: { da: 'I den samlede vurdering giver godkendelsesvejen {score}: 5 for ét organ, én mindre for hvert yderligere, 2 når alle byråd skal godkende.', en: 'In the overall score the approval path gives {score}: 5 for one body, one less for each further body, 2 once every city council must approve.' },
  explainFlagsLead: { da: 'Opmærksomhedspunkterne følger af scenariets valg og tal:', en: 'The flags follow from the scenario’s choices and figures:' },
  explainNoFlags: { da: 'Ingen af opmærksomhedspunkterne gælder her: bemandingen er ikke sårbar, opsparingen rækker, der er intet overskud, personaleledelse og fysisk placering er samme sted, og intet nyt politisk organ skal dannes.', en: 'None of the flags applies here: staffing is not vulnerable, the reserve suffices, there is no surplus, management and location are in one place, and no new political body is needed.' },
  flagRule_singleEmployeeVulnerable: { da: '{fte} årsværk i første hele år er under grænsen på {below} (Antagelser); T11 vurderer, at et sekretariat på én medarbejder er for sårbart.', en: '{fte} FTE in the first full year is below the limit of {below} (Assumptions); T11 judges a secretariat of one employee too vulnerable.' },
  flagRule_reserveExhausted: { da: 'i {reserveYear} er der planlagt et træk på {planned} kr., men kun {left} kr. tilbage på opsparingen; der trækkes kun, hvad der er.', en: 'in {reserveYear} a draw of {planned} kr. is planned, but only {left} kr. of the reserve is left; only what is there is drawn.' },
  // Where it goes, as the model reckons (compute.ts): a director read it beside an unchanged reserve and asked (a fresh-eyes walk).
  flagRule_fundingSurplus: { da: '{amount} kr. i {surplusYear}, det år overskuddet er størst. Intet tillæg er da nødvendigt i det centrale skøn. Overskuddet lægges ikke til opsparingen, og der trækkes intet på den i et år med overskud.', en: '{amount} kr. in {surplusYear}, the year with the largest surplus. No supplement is needed at the central estimate. The surplus is not added to the reserve, and nothing is drawn from it in a year with a surplus.' },
  flagRule_managementSeparatedFromLocation: { da: 'arbejdsgiveren og værten ligger forskellige steder.', en: 'the employer and the host are in different places.' },
  flagRule_newPoliticalBody: { da: 'den politiske forankring er et nyt organ, som først skal oprettes.', en: 'the political anchoring is a new body that must first be set up.' },
  explainScoreLead: { da: 'Samlet vurdering er et vægtet gennemsnit af kriteriernes vurderinger på 1–5. Den vurderer forankringen og godkendelsesvejen, ikke ambitionsniveauet. Robustheden er 1, når sekretariatet er sårbart (se Opmærksomhedspunkter), ellers arbejdsgiverens vurdering.', en: 'The overall score is a weighted mean of the criteria’s 1–5 scores. It rates the anchoring and the approval path, not the ambition level. Robustness is 1 when the secretariat is vulnerable (see Flags), otherwise the employer’s score.' },
  explainScoreFrom: { da: 'Vurderet ud fra', en: 'Scored from' },
  explainScoreValue: { da: 'Vurdering', en: 'Score' },
  scoreFrom_computed: { da: 'beregnet', en: 'computed' },
  scoreFrom_political: { da: 'politisk forankring', en: 'political anchoring' },
  scoreFrom_employer: { da: 'arbejdsgiver', en: 'employer' },
  scoreFrom_host: { da: 'fysisk placering', en: 'location' },
  explainNoWeights: {
    da: 'Alle kriterier vejer 0, så der er ingen samlet vurdering. Giv mindst ét kriterium en vægt under Forankring.',
    en: 'Every criterion weighs 0, so there is no overall score. Give at least one criterion a weight under Anchoring.',
  },
  explainScoreEdit: { da: 'Ret vurderinger og vægte under Forankring', en: 'Change scores and weights under Anchoring' },
} satisfies Record<string, LocalText>;

export type ReasonedKey = keyof typeof WORDS;

/** A text in the user's language with its {placeholders} filled. */
export function say(key: ReasonedKey, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
