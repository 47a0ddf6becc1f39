/**
 * iCalendar (.ics) exchange for the campaign calendar: export to Outlook / Google / Apple
 * calendars and import events from them. Import this module; the two halves live beside it.
 */
export { campaignsToIcs, icsSafeText, icsUid, ICS_PRODID, type IcsExportOptions } from './icsExport';
export {
  ICS_LIMITS, icsEventToCampaign, parseIcs,
  type IcsEventCandidate, type IcsEventErrorCode, type IcsEventResult, type IcsFileErrorCode, type IcsImport, type IcsWarningCode,
} from './icsImport';
