/**
 * A changed input in words, for meeting memory: what it is ("Grundbevilling BRN", "Årlig
 * lønfremskrivning") and its value before and now, formatted as the grid shows them.
 */
import type { AssumptionKey, ChangeValue, CriterionId, InputChange } from '../model';
import { allocationKindText } from './describe';
import type { I18n, MessageKey } from './i18n';
import { formatDate, formatDecimal, formatEstimate, formatKroner, formatNumber, formatPercent, formatYearMonth } from './number-format';
import './strings-da-later';

const ROW: Partial<Record<InputChange['field'], MessageKey>> = {
  scenarioName: 'rowName',
  baseline: 'changeBaseline',
  ambitionLevel: 'rowLevel',
  // The grid's label is a hint for its field ('Årsværk (tom = opgavernes sum)'); the value says it here.
  staffing: 'rowFte',
  costPerFte: 'rowCostPerFte',
  allocation: 'rowAllocation',
  equalPercent: 'rowEqualPercent',
  start: 'rowStart',
  end: 'rowEnd',
  populationSource: 'populationSourceLabel',
};

const NAMED: Partial<Record<InputChange['field'], { da: string; en: string }>> = {
  funderAmount: { da: '{name}: fælles beløb', en: '{name}: shared amount' },
  funderFrom: { da: '{name}: betaler fra', en: '{name}: pays from' },
  funderTo: { da: '{name}: betaler til', en: '{name}: pays until' },
  funderAdded: { da: 'Finansieringskilde tilføjet: {name}', en: 'Funder added: {name}' },
  funderRemoved: { da: 'Finansieringskilde fjernet: {name}', en: 'Funder removed: {name}' },
  populationDate: { da: 'Indbyggertallenes dato', en: 'Date of the populations' },
  population: { da: 'Indbyggere: {name}', en: 'Population: {name}' },
  catalogueEffort: { da: 'Katalogets årsværk: {name}', en: 'Catalogue FTE: {name}' },
  catalogueActivity: { da: 'Katalogets aktivitetsbeløb: {name}', en: 'Catalogue activity amount: {name}' },
  adminCost: { da: 'Administration: {name}', en: 'Administration: {name}' },
  hostCostPerFte: { da: 'Husleje, IT og HR pr. årsværk: {name}', en: 'Rent, IT and HR per FTE: {name}' },
  hostFixedCost: { da: 'Faste værtsudgifter: {name}', en: 'Fixed host costs: {name}' },
  scenarioAdded: { da: 'Scenarie tilføjet', en: 'Scenario added' },
  scenarioRemoved: { da: 'Scenarie fjernet', en: 'Scenario removed' },
  funding: { da: '{name}', en: '{name}' },
  customWeight: { da: 'Vægt: {name}', en: 'Weight: {name}' },
  taskOn: { da: 'Opgave med: {name}', en: 'Task included: {name}' },
  taskEffort: { da: 'Årsværk: {name}', en: 'FTE: {name}' },
  taskActivity: { da: 'Aktivitetsbeløb: {name}', en: 'Activity amount: {name}' },
  customTask: { da: 'Egen opgave: {name}', en: 'Own task: {name}' },
};

/** What changed, e.g. "Grundbevilling BRN" or "Årlig lønfremskrivning". */
export function changeLabel(change: InputChange, i18n: I18n): string {
  const { t, lang } = i18n;
  const name = change.name?.[lang()] ?? '';
  switch (change.field) {
    case 'assumption':
      return t(`assumption_${change.name!.da as AssumptionKey}`);
    case 'criterionWeight':
      return `${t(`criterion_${change.name!.da as CriterionId}`)} (${lang() === 'da' ? 'vægt' : 'weight'})`;
    case 'anchoring':
      return t(name === 'political' ? 'rowPolitical' : name === 'employer' ? 'rowEmployer' : 'rowHost');
    case 'reserve':
      return t('rowReserve', { year: name });
    default: {
      const row = ROW[change.field];
      if (row) return t(row);
      return (NAMED[change.field]?.[lang()] ?? change.field).replace('{name}', name);
    }
  }
}

/**
 * A value as the grid shows it; where there was none, the shared value the scenario follows, or
 * for staffing the tasks' sum it is then made of (it read "2,5 → –"), else "–".
 */
export function changeValue(value: ChangeValue, change: InputChange, i18n: I18n): string {
  const { t, lang } = i18n;
  switch (value.kind) {
    case 'none':
      if (value.shared) return t('memoryShared', { value: changeValue(value.shared, change, i18n) });
      return change.field === 'staffing' ? t('memoryTaskSum') : change.field === 'baseline' ? t('memoryNoBaseline') : t('memoryNone');
    case 'estimate':
      return formatEstimate(value.value, value.unit, lang());
    case 'month':
      // A funder without a month pays from the period's start or to its end: "–" left it to guess.
      if (!value.value) return change.field === 'funderFrom' ? t('memoryPeriodStart') : change.field === 'funderTo' ? t('memoryPeriodEnd') : t('memoryNone');
      return formatYearMonth(value.value, lang());
    case 'date':
      return formatDate(value.value, lang());
    case 'on':
      return lang() === 'da' ? (value.value ? 'med' : 'uden') : value.value ? 'in' : 'out';
    case 'text':
      return change.field === 'allocation' ? allocationKindText(value.value as 'population', t) : value.value;
    case 'number':
      switch (value.unit) {
        case 'kr':
          return formatKroner(value.value, lang());
        case 'percent':
          return formatPercent(value.value, lang());
        case 'fte':
          return formatDecimal(value.value / 100, lang(), 2);
        case 'level':
          return t('level', { level: value.value });
        case 'year':
          return String(value.value);
        default:
          return formatNumber(value.value, lang());
      }
  }
}
