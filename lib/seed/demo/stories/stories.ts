import { LIBRARIAN } from "./feature-librarian.ts";
import { DEMINERS } from "./feature-deminers.ts";
import { LINE_CREW } from "./feature-line-crew.ts";
import { CHOIR, DRONE_WORKSHOP } from "./features-short.ts";
import { ODESA_BUREAU, WITHHELD_NAMES } from "./stories-company.ts";
import { AIR_DEFENSE_EXPLAINER, COMPENSATION_EXPLAINER } from "./stories-explainers.ts";
import {
  COMPENSATION_BILL,
  DESNA_BRIDGE,
  GRAIN_EXPORTS,
  KHARKIV_THEATER,
  LVIV_NIGHT_BUSES,
} from "./stories-national.ts";
import {
  EDITORIAL_COMPENSATION,
  EDITORIAL_LINE_CREWS,
  EUROPE_OFFICE_HOURS,
  REBUILD_BORING_THINGS,
  SIRENS_AND_SILENCE,
} from "./stories-opinion.ts";
import {
  BALTIC_TANKERS,
  RECRUITMENT_BONUSES,
  REFINERY_FIRE,
  RUSSIA_BUDGET,
} from "./stories-russia.ts";
import {
  BORDER_EVACUATION,
  KHARKIV_ATTACK,
  ODESA_POWER,
  OVERNIGHT_BRIEF,
  PRISONER_EXCHANGE,
  SLOVIANSK_RAIL,
  ZAPORIZHZHIA_BOMBS,
} from "./stories-war.ts";
import type { Story } from "./story.ts";

/**
 * The newest articles of every demo, newest first: a news day's mix of
 * briefs, news, analysis, opinion, editorials and features. A story's
 * related card may only point at a story further down this list (older),
 * because the seed writes articles oldest first. The longest features sit
 * just below the 12 newest, which the seed queues for narration, so a fresh
 * server does not spend its first minutes reading them aloud.
 */
export const STORIES: readonly Story[] = [
  KHARKIV_ATTACK,
  AIR_DEFENSE_EXPLAINER,
  REFINERY_FIRE,
  CHOIR,
  ZAPORIZHZHIA_BOMBS,
  EDITORIAL_COMPENSATION,
  LVIV_NIGHT_BUSES,
  EUROPE_OFFICE_HOURS,
  BORDER_EVACUATION,
  ODESA_BUREAU,
  COMPENSATION_EXPLAINER,
  PRISONER_EXCHANGE,
  LIBRARIAN,
  COMPENSATION_BILL,
  DEMINERS,
  RUSSIA_BUDGET,
  SIRENS_AND_SILENCE,
  BALTIC_TANKERS,
  ODESA_POWER,
  GRAIN_EXPORTS,
  DRONE_WORKSHOP,
  EDITORIAL_LINE_CREWS,
  REBUILD_BORING_THINGS,
  SLOVIANSK_RAIL,
  LINE_CREW,
  WITHHELD_NAMES,
  RECRUITMENT_BONUSES,
  DESNA_BRIDGE,
  KHARKIV_THEATER,
  OVERNIGHT_BRIEF,
];

const INDEX = new Map(STORIES.map((story, index) => [story.slug, index]));

export function storyIndex(slug: string): number | undefined {
  return INDEX.get(slug);
}
