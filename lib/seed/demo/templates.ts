import { ANALYSIS_TEMPLATES } from "./article-templates-analysis.ts";
import { ANALYSIS_WORLD_TEMPLATES } from "./article-templates-analysis-world.ts";
import { COMPANY_TEMPLATES } from "./article-templates-company.ts";
import { EDITORIAL_TEMPLATES } from "./article-templates-editorial.ts";
import { FIELD_TEMPLATES } from "./article-templates-field.ts";
import { FIELD_2_TEMPLATES } from "./article-templates-field-2.ts";
import { FRONT_TEMPLATES } from "./article-templates-front.ts";
import { HOME_FRONT_TEMPLATES } from "./article-templates-home-front.ts";
import { HUMAN_TEMPLATES } from "./article-templates-human.ts";
import { HUMAN_2_TEMPLATES } from "./article-templates-human-2.ts";
import { NATIONAL_TEMPLATES } from "./article-templates-national.ts";
import { OPINION_TEMPLATES } from "./article-templates-opinion.ts";
import { PEOPLE_TEMPLATES } from "./article-templates-people.ts";
import { RECONSTRUCTION_TEMPLATES } from "./article-templates-reconstruction.ts";
import { SOCIETY_TEMPLATES } from "./article-templates-society.ts";
import { STRIKE_TEMPLATES } from "./article-templates-strikes.ts";
import { WAR_TEMPLATES } from "./article-templates-war.ts";
import { WORLD_TEMPLATES } from "./article-templates-world.ts";
import type { Template } from "./template.ts";
import type { DemoArticleType } from "./types.ts";

/** Every article template, grouped by type for the generator. */
export const ALL_TEMPLATES: readonly Template[] = [
  ...WAR_TEMPLATES,
  ...FRONT_TEMPLATES,
  ...HOME_FRONT_TEMPLATES,
  ...STRIKE_TEMPLATES,
  ...WORLD_TEMPLATES,
  ...PEOPLE_TEMPLATES,
  ...NATIONAL_TEMPLATES,
  ...RECONSTRUCTION_TEMPLATES,
  ...SOCIETY_TEMPLATES,
  ...COMPANY_TEMPLATES,
  ...ANALYSIS_TEMPLATES,
  ...ANALYSIS_WORLD_TEMPLATES,
  ...OPINION_TEMPLATES,
  ...EDITORIAL_TEMPLATES,
  ...HUMAN_TEMPLATES,
  ...HUMAN_2_TEMPLATES,
  ...FIELD_TEMPLATES,
  ...FIELD_2_TEMPLATES,
];

const TYPES: readonly DemoArticleType[] = ["NEWS", "ANALYSIS", "OPINION", "EDITORIAL", "FEATURE"];

function group<T>(pick: (templates: readonly Template[]) => T): Record<DemoArticleType, T> {
  const out = {} as Record<DemoArticleType, T>;
  for (const type of TYPES) out[type] = pick(ALL_TEMPLATES.filter((t) => t.type === type));
  return out;
}

export const TEMPLATES_BY_TYPE = group((templates) => templates);
export const WEIGHTS_BY_TYPE = group((templates) => templates.map((t) => t.weight));
