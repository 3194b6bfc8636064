import { slugify } from "../../slugs/rules.ts";
import type { DemoTag } from "./types.ts";

function tag(name: string, description: string): DemoTag {
  return { slug: slugify(name), name, description };
}

export const DEMO_TAGS: readonly DemoTag[] = [
  tag("Ukraine", "News and analysis about Ukraine at war."),
  tag("Russia", "Russia's state, army and society as they wage the war."),
  tag("Kyiv", "The capital and the surrounding oblast."),
  tag("Kharkiv", "Ukraine's second-largest city and the oblast on the Russian border."),
  tag("Zaporizhzhia", "The southern city and oblast, including the occupied nuclear plant."),
  tag("Kherson", "Kherson city and the oblast on both banks of the Dnipro."),
  tag("Odesa", "Ukraine's largest port city and the oblast around it."),
  tag("Donetsk Oblast", "The eastern region where the heaviest fighting has taken place."),
  tag("Crimea", "The peninsula occupied by Russia since 2014."),
  tag("Black Sea", "Shipping, naval warfare and the grain corridor."),
  tag("Air defense", "How Ukraine defends its skies against missiles and drones."),
  tag("Drones", "Attack, reconnaissance and long-range drones on both sides."),
  tag("Energy", "Power plants, the grid, gas and the fight to keep the lights on."),
  tag("Sanctions", "Measures against Russia's economy and how they are evaded."),
  tag("G7", "Decisions by the Group of Seven on support for Ukraine."),
  tag("European Union", "The EU's aid, sanctions and Ukraine's path to membership."),
  tag("NATO", "The alliance, its members and their support for Ukraine."),
  tag("North Korea", "North Korea's troops, shells and missiles in Russia's war."),
  tag("Prisoners of war", "Captivity, exchanges and the families who wait."),
  tag("Reconstruction", "Rebuilding homes, infrastructure and towns."),
  tag("Economy", "Ukraine's wartime economy, budget and businesses."),
  tag("Corruption", "Investigations, prosecutions and the fight against graft."),
  tag("Elections", "Political life and the question of wartime elections."),
  tag("Culture", "Theatre, music, books and heritage in wartime."),
  tag("Refugees", "Ukrainians displaced inside the country and abroad."),
  tag("Mobilization", "Conscription, recruitment and the people who serve."),
  tag("Occupied territories", "Life under Russian occupation."),
  tag("Children", "Children in the war, including those deported to Russia."),
  tag("Human rights", "War crimes, detention and accountability."),
  tag("Diplomacy", "Talks, summits and Ukraine's foreign relations."),
  tag("Frontline", "The fighting along the front line."),
  tag("Humanitarian aid", "Aid, evacuations and the volunteers who deliver them."),
];
