import { num } from "./doc.ts";
import type { Text } from "./template.ts";

/** Background paragraphs shared by war stories. Invented detail, real geography. */

export const AIR_DEFENSE: readonly Text[] = [
  (c) =>
    `Russia has launched long-range drones at Ukrainian cities almost every night this ${c.date.month}, often mixing them with cruise and ballistic missiles in an attempt to overwhelm air defenses. Ukraine's Air Force says mobile fire groups armed with machine guns, interceptor drones and electronic warfare now bring down most of the drones, but the missiles remain harder to stop.`,
  () =>
    `Kyiv has repeatedly asked its partners for more air defense systems and, above all, for more interceptor missiles, which are expensive and slow to produce. Officials say each large attack forces commanders to choose which cities and which power plants to protect, and that the gaps are quickly noticed by Russian reconnaissance drones.`,
  (c) =>
    `Residents of ${c.place.name} have learned to read the night by sound: the buzz of a drone engine, the staccato of mobile fire groups, the deeper thud of an interceptor. Many families still sleep in corridors away from windows, and the city's metro stations and school basements fill up during the longest alerts.`,
  () =>
    `Interceptor drones, built cheaply in Ukrainian workshops and flown by operators trained in a few weeks, have become one of the main answers to the nightly waves. Military officials say they cost a fraction of a missile, though they work best against slower targets and depend on early detection by radar and acoustic sensors.`,
];

export const ENERGY: readonly Text[] = [
  () =>
    `Russia has targeted Ukraine's energy system since the autumn of 2022, hitting power plants, substations and gas production facilities. Ukrainian engineers have rebuilt much of the damaged equipment several times over, often working within hours of an attack, while the grid operator imports electricity from neighboring European Union countries to cover shortfalls.`,
  (c) =>
    `The regional power company said repair crews were working to restore supply in ${c.place.name} and warned that scheduled outages could return during evening peaks. Households were asked to avoid switching on heavy appliances at the same time, and hospitals and water utilities switched to backup generators while lines were repaired.`,
  () =>
    `Energy companies have spent the past two years protecting key substations with concrete shelters and earthworks, and cities have installed gas-fired cogeneration units and batteries to keep heating and water pumps running. Officials say the measures reduce the damage from drones but cannot fully protect against a direct missile strike.`,
  (c) =>
    `Analysts at ${c.y.institution} say the pattern of attacks suggests Russia is trying to cut eastern and southern regions off from the rest of the grid before winter, when demand peaks and repairs become slower and more dangerous.`,
];

export const FRONT: readonly Text[] = [
  (c) =>
    `The General Staff's daily report listed the ${c.front.name} direction among the most active along the roughly 1,000-kilometer front line. Russian units there have relied on small infantry groups moving at night or in bad weather, supported by glide bombs and first-person-view drones, rather than large armored assaults.`,
  (c) =>
    `Ukrainian commanders say drones now cause most casualties on both sides and have made the roads behind the front dangerous for up to 20 kilometers. Supplies to positions near ${c.front.name} increasingly arrive by unmanned ground vehicle or on foot, and evacuating the wounded can take many hours.`,
  () =>
    `Military analysts say Russia continues to trade heavy losses for small territorial gains, while Ukraine struggles to replace infantry and to rotate exhausted units. Both armies have dug several lines of trenches, anti-tank ditches and minefields, which makes any rapid breakthrough unlikely.`,
  (c) =>
    `Local authorities have urged the residents who remain in and around ${c.front.name} to leave, warning that buses can no longer reach some districts safely. Volunteers and police evacuation teams still drive armored vans into the area when the shelling allows.`,
];

export const SOUTH: readonly Text[] = [
  () =>
    `Since Ukrainian forces liberated the right bank of Kherson Oblast in November 2022, Russian troops on the occupied left bank have shelled towns and villages across the Dnipro almost daily. Drones hunting cars and pedestrians have made some riverside districts nearly empty.`,
  () =>
    `The destruction of the Kakhovka dam in June 2023 drained the reservoir upstream and left a broad strip of mud and new vegetation where water used to be. Soldiers on both sides now describe the former reservoir bed as a difficult, exposed no man's land.`,
  (c) =>
    `Regional officials in ${c.place.oblast} say the remaining residents are mostly elderly people who refuse to leave their homes, and that humanitarian deliveries of bread, water and medicine now arrive on fixed days, often under drone threat. Police check on them regularly.`,
];

export const NORTH_KOREA: readonly Text[] = [
  () =>
    `Ukrainian and Western officials have said for more than two years that North Korea supplies Russia with artillery shells and ballistic missiles, and that North Korean troops were deployed to fight for Russia in Kursk Oblast. Pyongyang and Moscow have deepened military cooperation under a mutual defense treaty.`,
  () =>
    `Investigators who examine missile fragments after attacks say some of the debris bears markings consistent with North Korean production. Ukraine has shared such findings with partners as evidence that Russia's war is drawing in other authoritarian states. Pyongyang denies supplying weapons.`,
  () =>
    `Researchers who track weapons supplies estimate that shipments from North Korea covered a significant share of Russia's artillery needs at the height of the shortages, though the quality of the shells is reported to be uneven. Deliveries have slowed, they say, as Russia's own production has grown.`,
];

export const PRISONERS: readonly Text[] = [
  () =>
    `Ukraine's coordination headquarters for the treatment of prisoners of war says thousands of Ukrainians remain in Russian captivity, including civilians detained in the occupied territories. Former prisoners have described beatings, hunger and the denial of medical care, and international monitors have repeatedly been refused access.`,
  () =>
    `Exchanges are usually brokered with the help of third countries and can collapse at the last minute. Families of missing soldiers say the long silence between swaps is the hardest part, and many hold weekly rallies in city centers to keep attention on the issue.`,
  (c) =>
    `Those released are first taken to hospitals for medical examinations and rehabilitation before they are reunited with their relatives. Officials said the oldest person freed in the latest exchange was ${num(c.n.e + 52)} years old. Many need months of treatment.`,
];

export const BLACK_SEA: readonly Text[] = [
  () =>
    `Ukraine's ports in Odesa Oblast have kept working since Ukrainian forces pushed much of Russia's Black Sea Fleet away from the western part of the sea with naval drones and missiles. Ships use a corridor along the coast, and grain, metals and other cargo have returned close to prewar volumes.`,
  () =>
    `Russian drones and missiles still target port infrastructure, grain terminals and ships in harbor. Insurers have adjusted their rates several times, and shipping companies say the risk remains manageable as long as air defenses around the ports hold. Terminals have been rebuilt repeatedly.`,
  () =>
    `Naval officers say the fight in the Black Sea has changed the way small navies think about war: unmanned surface vessels, some fitted with missiles or machine guns, have forced large warships to stay in distant harbors. Other navies are studying the lessons.`,
];
