import { fig, num } from "./doc.ts";
import { STRIKE_CITIES } from "./places.ts";
import { nums, type Template } from "./template.ts";

/** Long-range strikes, Crimea and North Korea's part in Russia's war. */

const longRangeStrike: Template = {
  id: "long-range-strike",
  type: "NEWS",
  section: "russias-war",
  weight: 4,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(20, 140), r.int(15, 120) * 10, r.int(3, 14)),
  tags: () => ["russia", "ukraine", "drones", "energy"],
  authors: "russia",
  leadFor: [0, 1, 1],
  titles: [
    (c) => `Ukrainian drones hit oil refinery in Russia's ${c.ru}, General Staff says`,
    (c) => `Fire breaks out at Russian fuel depot in ${c.ru} after long-range drone attack`,
    (c) =>
      `Russia claims it downed ${fig(c.n.a)} drones overnight as fire hits fuel depot in ${c.ru}`,
  ],
  standfirsts: [
    () =>
      `The General Staff said the facility supplied fuel to Russian forces. Regional officials in Russia reported a fire at an "industrial site" but no casualties.`,
    (c) =>
      `The strike, about ${num(c.n.b)} kilometers from the Ukrainian border, is part of a campaign against Russia's oil industry that Kyiv says cuts the money and fuel available for the war.`,
  ],
  leads: [
    (c) =>
      `Ukrainian long-range drones struck an oil refinery in Russia's ${c.ru} overnight, causing a large fire, Ukraine's General Staff said on ${c.date.weekday}. The facility, about ${num(c.n.b)} kilometers from the border, turns crude oil into fuel that the General Staff said is supplied to Russian forces.`,
    (c) =>
      `A fire broke out at a fuel depot in Russia's ${c.ru} after an overnight drone attack, according to Ukraine's General Staff and videos posted by local residents. Russia's Defense Ministry said its air defenses had shot down ${num(c.n.a)} Ukrainian drones over several regions.`,
  ],
  paragraphs: [
    (c) =>
      `Officials in ${c.ru} said debris from a downed drone had fallen on an "industrial facility" and that firefighters had contained the blaze after about ${num(c.n.c)} hours, without naming the site. They said no one was hurt. Such statements rarely describe the extent of the damage.`,
    () =>
      `A source in Ukraine's security services, who spoke on condition of anonymity because they were not authorized to comment publicly, said the operation used drones made in Ukraine and that a primary processing unit had been hit. The claim could not be independently verified.`,
    () =>
      `Satellite images taken after earlier strikes on similar facilities showed damaged distillation units and burned storage tanks. Repairs can take weeks, and sanctions make it harder for Russian companies to obtain some Western-made components they need. Industry analysts say some plants have been hit several times.`,
    () =>
      `Kyiv says the campaign against refineries and fuel depots reduces both Russia's export revenue and the fuel available to its army. Several Russian regions have reported temporary gasoline shortages and purchase limits at filling stations after earlier attacks. Moscow has called the strikes terrorism.`,
    () =>
      `Airports in several Russian regions briefly suspended flights during the attack, according to Russia's aviation authority. Such restrictions have become routine during Ukrainian drone raids and have disrupted air travel across the south of the country. Passengers waited for hours at several terminals.`,
  ],
  quotes: [
    (c) => ({
      text: "Each strike removes a slice of refining capacity for weeks. Taken together, they force Russia to choose between export revenue and fuel at home",
      name: c.x.name,
      role: c.x.role,
    }),
  ],
  headings: ["The campaign against refineries", "What Russia says", "Why it matters"],
  context: ["sanctions"],
  photos: [
    (c) => ({
      motif: "smoke",
      caption: `Smoke rises over a fuel facility in Russia's ${c.ru} on ${c.date.text}, after a Ukrainian drone attack.`,
    }),
    (c) => ({
      motif: "field",
      caption: `Open country at an undisclosed location used to launch long-range drones, on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the distance between the facility and the Ukrainian border. It is about ${num(c.n.b)} kilometers, not ${num(c.n.b + 100)}.`,
    (c) =>
      `An earlier version of this article misstated the number of drones Russia's Defense Ministry said it shot down. It claimed ${num(c.n.a)}, not ${num(c.n.a + 12)}.`,
  ],
};

const crimeaStrike: Template = {
  id: "crimea-strike",
  type: "NEWS",
  section: "war",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(8, 60)),
  tags: () => ["crimea", "black-sea", "russia", "drones"],
  authors: "war",
  leadFor: [0, 1, 0],
  standfirstFor: [0, 1, 0],
  titles: [
    (c) => `Ukraine says it hit Russian air defense system in occupied Crimea near ${c.crimea}`,
    (c) => `Explosions reported near ${c.crimea} in occupied Crimea after Ukrainian drone attack`,
    (c) => `Ukrainian strike hits Russian radar station near ${c.crimea} in occupied Crimea`,
  ],
  standfirsts: [
    () =>
      `Ukraine's General Staff said the strike targeted a radar and launchers that protect Russian bases on the peninsula. Russian-installed officials reported a drone attack but no damage.`,
    (c) =>
      `Residents reported explosions and smoke near ${c.crimea} overnight. Ukrainian officials said the targets were military and urged people in occupied Crimea to stay away from Russian bases.`,
  ],
  leads: [
    (c) =>
      `Ukrainian forces struck a Russian air defense system near ${c.crimea} in occupied Crimea overnight, the General Staff said on ${c.date.weekday}, in the latest of a series of attacks on military targets on the peninsula. It said a radar station and at least one launcher had been hit.`,
    (c) =>
      `Residents of ${c.crimea} in Russian-occupied Crimea reported loud explosions and a fire near a military site overnight, after what Ukraine's military described as a drone attack on Russian positions. The General Staff said on ${c.date.weekday} that the results of the strike were still being assessed.`,
  ],
  paragraphs: [
    (c) =>
      `Russia's Defense Ministry said it had shot down ${num(c.n.a)} Ukrainian drones over Crimea and the Black Sea. Russian-installed authorities briefly closed the bridge across the Kerch Strait to traffic, a measure they often take during attacks. Its figures cannot be independently verified.`,
    () =>
      `Ukraine has repeatedly targeted air defense systems, radar stations and airfields in Crimea, which Russia uses as a base for attacks on southern Ukraine and for its navy. Ukrainian officials say weakening air defense on the peninsula makes each following strike easier.`,
    () =>
      `Messaging channels that monitor events in Crimea published photos of smoke rising near the site, though the exact location could not be verified. Ukrainian intelligence said in a separate statement that Russian forces had moved some aircraft away from airfields on the peninsula.`,
    () =>
      `Crimea, which Russia occupied in 2014, has become heavily militarized. Ukrainian officials say the Russian authorities have moved people from Russia onto the peninsula and conscripted local residents into the Russian army, in violation of international law. Human rights groups report frequent arrests of Crimean Tatars.`,
  ],
  quotes: [
    (c) => ({
      text: "Crimea is no longer a safe rear area for the Russian military, and that changes how Moscow can use the peninsula",
      name: c.x.name,
      role: c.x.role,
    }),
  ],
  headings: ["A pattern of strikes", "Life on the occupied peninsula"],
  context: ["blackSea", "occupation"],
  photos: [
    (c) => ({
      motif: "harbor",
      caption: `The coast near ${c.crimea} in Russian-occupied Crimea, seen on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "night",
      caption: `Flashes light up the sky over ${c.crimea} during a drone attack on ${c.date.text}.`,
    }),
  ],
  corrections: [
    () =>
      "An earlier version of this article misstated the year Russia occupied Crimea. It was 2014.",
    (c) =>
      `An earlier version of this article misstated the number of drones Russia's Defense Ministry said it shot down over Crimea. It was ${num(c.n.a)}, not ${num(c.n.a + 6)}.`,
  ],
};

const northKorea: Template = {
  id: "north-korea",
  type: "NEWS",
  section: "russias-war",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: (r) => nums(r.int(2, 6), r.int(6, 40), r.int(30, 60)),
  tags: () => ["north-korea", "russia", "ukraine", "sanctions"],
  authors: "russia",
  leadFor: [0, 0, 1],
  standfirstFor: [0, 0, 1],
  titles: [
    (c) =>
      `Ukrainian intelligence says North Korea sent Russia ${fig(c.n.b)} more ballistic missiles`,
    (c) => `North Korean shells make up ${fig(c.n.c)}% of Russia's artillery supply, Ukraine says`,
    (c) => `Missile debris in ${c.place.name} points to North Korean origin, investigators say`,
  ],
  standfirsts: [
    () =>
      `Ukrainian officials presented what they said was evidence of continuing weapons deliveries from Pyongyang and urged partners to tighten enforcement of sanctions.`,
    (c) =>
      `Prosecutors examining debris from a recent attack on ${c.place.name} said the missile appeared to have been made in North Korea, adding to evidence that Pyongyang supplies Russia's war.`,
  ],
  leads: [
    (c) =>
      `North Korea has delivered ${num(c.n.b)} more ballistic missiles and several million artillery shells to Russia over recent months, Ukraine's military intelligence agency said on ${c.date.weekday}, warning that the supplies allow Moscow to keep up its attacks on Ukrainian cities. The agency did not say how it had obtained the information.`,
    (c) =>
      `Investigators in ${c.place.name} said on ${c.date.weekday} that fragments of a ballistic missile that hit the city this week bore markings consistent with North Korean production, according to the regional prosecutor's office. It was the latest case in which Ukrainian officials have linked an attack to weapons supplied by Pyongyang.`,
  ],
  paragraphs: [
    (c) =>
      `Officials said North Korean shells now account for roughly ${num(c.n.c)} percent of the artillery ammunition used by Russian forces, although Ukrainian soldiers report that a noticeable share fail to explode or fall short of their targets. The shells are often older stock, soldiers say, and quality varies widely between batches.`,
    () =>
      `The fragments included parts of the engine and guidance section, which specialists compared with missiles shown at North Korean military parades. Prosecutors said the findings would be shared with partner governments and international monitors. Investigators also found components made in other countries, which they said showed gaps in export controls.`,
    () =>
      `In exchange, Moscow is believed to provide North Korea with food, oil and, according to Western officials, military technology. Neither government has commented on the specific claims, and both have previously dismissed similar reports. Analysts say the exchange benefits both governments and is unlikely to stop soon.`,
    () =>
      `Ukraine's foreign ministry called on partners to sanction shipping companies and vessels involved in carrying the munitions to Russian ports, and to [publish the names of intermediaries](https://example.com/sanctions/enforcement-report) involved in the trade. It also asked partners to share satellite monitoring of the ports used for the transfers, which it said would make enforcement faster.`,
  ],
  quotes: [
    (c) => ({
      text: "The partnership gives Russia ammunition it cannot produce fast enough itself, and gives Pyongyang combat experience it could not get anywhere else",
      name: c.x.name,
      role: c.x.role,
    }),
    (c) => ({
      text: "You can tell by the sound and by the duds. Plenty of their shells do not go off, but plenty still do",
      name: c.p1.first,
      role: `an artillery commander in ${c.front.oblast}, identified by ${c.p1.his} first name only`,
    }),
  ],
  headings: ["What Ukraine says", "An alliance of convenience"],
  context: ["northKorea", "sanctions"],
  photos: [
    (c) => ({
      motif: "wall",
      caption: `A wall struck by missile fragments in ${c.place.name} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "field",
      caption: `Fields near a Ukrainian artillery position in ${c.front.oblast} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    (c) =>
      `An earlier version of this article misstated the share of Russia's artillery ammunition that Ukrainian officials attribute to North Korea. They put it at about ${num(c.n.c)} percent, not ${num(c.n.c + 10)}.`,
    () =>
      "An earlier version of this article said the missile fragments would be sent to a United Nations panel. Prosecutors said they would share the findings with partner governments and international monitors.",
  ],
};

export const STRIKE_TEMPLATES: readonly Template[] = [longRangeStrike, crimeaStrike, northKorea];
