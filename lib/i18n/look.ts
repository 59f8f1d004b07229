/**
 * Why a review decision needs another look (lib/review/types.ts LookReason), written out in a
 * language with the "look.*" messages. Pure: no React, no I/O. Report text (quotes) and ids are
 * values of the message, rendered as text by the page.
 */
import type { LookEvent, LookReason } from "../review/types";
import { MESSAGES, t, type Lang, type MessageKey } from "./messages";

/** A word from the catalogue for a value of a known list; an unexpected value is shown as it is. */
function wordOf(lang: Lang, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return key in MESSAGES ? t(lang, key as MessageKey) : value;
}

/** The items of a list joined in a language (the Arabic comma in Arabic). */
export function listIn(lang: Lang, items: readonly string[]): string {
  return items.join(lang === "ar" ? "، " : ", ");
}

/** The word of a decision's action ("merge" → "دمج"). */
export function decisionWord(lang: Lang, action: string): string {
  return wordOf(lang, "decision", action);
}

/** The word of an event's review status ("accepted" → "مقبولة"). */
export function reviewStatusWord(lang: Lang, status: string): string {
  return wordOf(lang, "reviewStatus", status);
}

/** The word of an event field ("count" → "العدد"). */
export function fieldWord(lang: Lang, field: string): string {
  return wordOf(lang, "look.field", field);
}

function eventText(lang: Lang, e: LookEvent): string {
  if (e.id !== null) return e.quote ? t(lang, "look.eventQuoted", { id: e.id, quote: e.quote }) : t(lang, "look.event", { id: e.id });
  return e.quote ? t(lang, "look.goneEventQuoted", { report: e.report, quote: e.quote }) : t(lang, "look.goneEvent", { report: e.report, identity: e.identity });
}

export function lookText(reason: LookReason, lang: Lang): string {
  const list = (items: string[]) => listIn(lang, items);
  switch (reason.why) {
    case "lost":
      return t(lang, "look.lost", { action: decisionWord(lang, reason.action), quote: reason.quote });
    case "machineChanged":
      return t(lang, "look.machineChanged", { fields: list(reason.fields.map((f) => fieldWord(lang, f))) });
    case "passageGone":
      return t(lang, "look.passageGone", { quote: reason.quote });
    case "reportGone":
      return t(lang, "look.reportGone", { report: reason.report });
    case "pair": {
      const [first, ...others] = reason.named.map((e) => eventText(lang, e));
      const gone = list(reason.named.filter((e) => e.gone).map((e) => eventText(lang, e)));
      const text = t(lang, reason.action === "merge" ? "look.merge" : "look.split", { first, others: list(others), gone });
      return reason.stillApart ? text + t(lang, "look.splitStillApart") : text;
    }
    case "stored":
      return reason.text;
  }
}
