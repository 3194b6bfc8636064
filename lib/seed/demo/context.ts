import * as civic from "./context-civic.ts";
import * as war from "./context-war.ts";
import type { ContextKey, Text } from "./template.ts";

export const CONTEXT: Record<ContextKey, readonly Text[]> = {
  airDefense: war.AIR_DEFENSE,
  energy: war.ENERGY,
  front: war.FRONT,
  south: war.SOUTH,
  northKorea: war.NORTH_KOREA,
  prisoners: war.PRISONERS,
  blackSea: war.BLACK_SEA,
  sanctions: civic.SANCTIONS,
  diplomacy: civic.DIPLOMACY,
  humanitarian: civic.HUMANITARIAN,
  occupation: civic.OCCUPATION,
  economy: civic.ECONOMY,
  politics: civic.POLITICS,
  reconstruction: civic.RECONSTRUCTION,
  company: civic.COMPANY,
};

/** Headings that introduce background paragraphs from each pool. */
export const CONTEXT_HEADINGS: Record<ContextKey, readonly string[]> = {
  airDefense: ["Air defense under strain", "Defending the skies"],
  energy: ["The energy war", "Keeping the lights on"],
  front: ["The view from the front", "Along the front line"],
  south: ["Life along the Dnipro", "Across the river"],
  northKorea: ["Pyongyang's role", "An alliance of convenience"],
  prisoners: ["Those still in captivity", "Waiting for the next exchange"],
  blackSea: ["The fight for the Black Sea", "Shipping under fire"],
  sanctions: ["Sanctions and enforcement", "Squeezing Russia's revenue"],
  diplomacy: ["The diplomatic picture", "What allies say"],
  humanitarian: ["The human cost", "Aid and displacement"],
  occupation: ["Under occupation", "Behind the front line"],
  economy: ["The wider economy", "Money and the war"],
  politics: ["The political backdrop", "Reforms and partners"],
  reconstruction: ["Rebuilding", "The cost of reconstruction"],
  company: ["About The Northern Dispatch", "How we work"],
};
