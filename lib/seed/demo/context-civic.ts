import { num } from "./doc.ts";
import type { Text } from "./template.ts";

/** Background paragraphs shared by politics, economy, aid and company stories. */

export const SANCTIONS: readonly Text[] = [
  () =>
    `Western governments have imposed successive rounds of sanctions on Russia's energy exports, banks and defense industry since 2022. Moscow has adapted by selling oil to Asian buyers through intermediaries and by relying on an aging "shadow fleet" of tankers with opaque ownership and questionable insurance.`,
  () =>
    `Officials in Kyiv argue that sanctions only work if they are enforced, and they regularly send partners lists of companies in third countries that they say help Russia obtain machine tools, microelectronics and other components used in missiles and drones.`,
  (c) =>
    `${c.y.name}, ${c.y.role}, said the measures would raise costs for Moscow rather than stop the war outright. "Each round closes a few doors and Russia looks for new ones," ${c.y.last} said. "What matters is whether enforcement keeps up."`,
];

export const DIPLOMACY: readonly Text[] = [
  () =>
    `Ukraine's foreign ministry has pressed allies to tie any talks with Moscow to security guarantees that would deter a new invasion. Officials in Kyiv say a ceasefire without such guarantees would only give Russia time to rebuild its army. Partners say they agree.`,
  () =>
    `European governments have increased military spending and signed long-term security agreements with Ukraine, while debating how to fund support over the coming years. Several capitals have proposed joint production of ammunition and air defense systems with Ukrainian companies. The debates are far from settled.`,
  (c) =>
    `The Kremlin has shown little sign of softening its demands, according to diplomats briefed on recent contacts. "The gap between what Moscow wants and what Ukraine can accept is still enormous," said ${c.y.name}, ${c.y.role}.`,
];

export const HUMANITARIAN: readonly Text[] = [
  () =>
    `Humanitarian organizations say more than three million people in Ukraine remain displaced inside the country, many of them from front-line areas in the east and south. Rents in western and central cities have risen sharply, and local authorities struggle to find places in schools and clinics for new arrivals.`,
  (c) =>
    `Volunteers in ${c.place2.name} collect warm clothing, generators and medicine for communities near the front, often delivering it themselves in aging vans. Many of the groups started with a single car in 2022 and now run warehouses and fundraising campaigns with donors abroad.`,
  () =>
    `The government's support payments for displaced people have been tightened in recent months to target those most in need, a change aid groups say leaves some older people and families with disabled relatives without enough to live on. Officials say the budget leaves little choice.`,
];

export const OCCUPATION: readonly Text[] = [
  () =>
    `Human rights groups say Russian authorities in the occupied territories pressure residents to take Russian passports, which have become necessary to receive pensions, see a doctor or keep ownership of property. Ukrainian-language schooling has largely been eliminated. Teachers who refuse to comply risk detention.`,
  (c) =>
    `Residents who left ${c.occupied.name} describe checkpoints where phones are searched, detentions of people suspected of supporting Ukraine and the seizure of empty apartments. Contact with those who stayed is difficult and often limited to short messages through encrypted apps. Many ask not to be named.`,
  () =>
    `Ukrainian prosecutors have opened thousands of cases related to crimes committed in the occupied territories, including unlawful detention and the forced transfer of children. Investigators say many cases rely on testimony collected from people who managed to leave. Few suspects are in custody.`,
];

export const ECONOMY: readonly Text[] = [
  () =>
    `Ukraine's economy has grown modestly since the collapse of 2022, supported by Western budget aid, a working export corridor and businesses that relocated away from the front. Labor shortages, caused by mobilization and emigration, are now one of the biggest problems employers report.`,
  () =>
    `Roughly half of the state budget goes to defense, and the government relies on partners to cover pensions, salaries of teachers and doctors and other civilian spending. Officials say predictable funding for the coming years matters as much as the size of each package.`,
  (c) =>
    `"Companies have learned to work with outages, alerts and a shortage of people," said ${c.y.name}, ${c.y.role}. "What they cannot plan around is uncertainty about whether support will continue next year." ${c.y.last} said aid commitments for the coming year would be decisive.`,
];

export const POLITICS: readonly Text[] = [
  () =>
    `Ukrainian law does not allow national elections to be held while martial law is in force. Opposition lawmakers and civil society groups have largely agreed that voting during the war would be neither safe nor fair, but they continue to press for transparency in how the government takes decisions.`,
  () =>
    `Anti-corruption institutions created after 2014, including an independent investigative bureau and a specialized prosecutor's office, remain one of the conditions attached to Western financial aid and to progress toward European Union membership. Their independence has repeatedly been tested by lawmakers and officials, and partners have made clear that any rollback would put financial support at risk.`,
  (c) =>
    `Civil society groups say many reforms now move forward mainly because of commitments made to Ukraine's partners and to the European Union. "The European integration agenda is the one thing that still unites most factions in parliament," said ${c.y.name}, ${c.y.role}.`,
];

export const RECONSTRUCTION: readonly Text[] = [
  () =>
    `Ukraine's reconstruction needs have been estimated at hundreds of billions of dollars, and the estimate grows with every month of war. The government has made repairing housing, energy and water systems its priority, often with money from foreign partners and international lenders.`,
  () =>
    `Officials say rebuilding has to happen while the war continues, because people will not return to towns without schools, clinics and working water pipes. Digital systems that publish every reconstruction contract online are meant to reassure donors that the money is spent honestly.`,
  (c) =>
    `Local authorities in ${c.place.oblast} said more than ${num(c.n.d + 40)} damaged buildings in the area had been repaired since the start of the year, though many families are still waiting for compensation for homes that were completely destroyed. Repairs continue.`,
];

export const COMPANY: readonly Text[] = [
  () =>
    `The Northern Dispatch is an independent, reader-funded newsroom that reports on Russia's war against Ukraine for an international audience. Its journalists work from Kyiv, Kharkiv, Dnipro, Odesa and along the front line. It was founded by Ukrainian journalists who wanted to report on the war for the world without depending on a single owner or government.`,
  () =>
    `More than half of the Dispatch's budget comes from readers who support it with monthly contributions. The rest comes from advertising, syndication and grants that do not give funders any say over editorial decisions. The Dispatch publishes an annual transparency report with the details.`,
  () =>
    `Readers who want to support the newsroom or share an idea can write to the editors through the contacts page. The Dispatch publishes corrections openly and marks substantive updates on every article. Tips about stories can be sent securely, and sources are always protected.`,
];
