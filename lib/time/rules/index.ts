/** All rule modules, in priority order (an earlier module wins a tie between equally long matches). */
import { anchoredDays } from "./anchored-days";
import { countedAgo } from "./counted-ago";
import { dayRanges } from "./day-ranges";
import { explicitDates } from "./explicit-dates";
import { future } from "./future";
import { hijriMonths } from "./hijri-months";
import { monthOrdinals } from "./month-ordinals";
import { months } from "./months";
import { namedPeriods } from "./named-periods";
import { numericDates } from "./numeric-dates";
import { pastSpans } from "./past-spans";
import { relativeDays } from "./relative-days";
import { religious } from "./religious";
import { seasons } from "./seasons";
import { timesOfDay } from "./times-of-day";
import type { RuleModule } from "./types";
import { vague } from "./vague";
import { weekdays } from "./weekdays";
import { weeks } from "./weeks";
import { years } from "./years";

export const RULE_MODULES: RuleModule[] = [dayRanges, explicitDates, numericDates, monthOrdinals, months, hijriMonths, religious, years, seasons, countedAgo, pastSpans, namedPeriods, relativeDays, anchoredDays, weeks, weekdays, timesOfDay, vague, future];
