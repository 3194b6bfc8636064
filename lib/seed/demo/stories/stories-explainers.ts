import { bulletList, heading, orderedList, paragraph, pullQuote } from "../doc.ts";
import { figure, related, type Story } from "./story.ts";

/** Explainers: how air defense chooses, and how compensation for a lost home works. */

export const AIR_DEFENSE_EXPLAINER: Story = {
  slug: "how-ukraine-decides-what-to-protect-on-a-night-of-mass-attacks",
  title: "How Ukraine decides what to protect on a night of mass attacks",
  standfirst:
    "Radar operators, mobile fire groups and a handful of costly interceptors: an explainer on the choices air defense commanders make between midnight and dawn.",
  type: "ANALYSIS",
  section: "analysis",
  tags: ["ukraine", "air-defense", "drones", "energy"],
  authors: ["andriy-levchenko"],
  editorsPick: true,
  hero: {
    picture: "night-0",
    caption: (d) => `Searchlights sweep the sky over Kyiv during a mass attack on ${d.text}.`,
    credit: "(Lev Antoniuk/The Northern Dispatch)",
  },
  body: (d) => [
    paragraph(
      "On a heavy night, Russia sends more than a hundred drones and several missiles at Ukraine within a few hours. Ukraine does not have enough interceptors to meet every one of them with the best weapon it owns, so each night becomes a long series of decisions: what to shoot at, with what, and what to leave to luck and concrete.",
    ),
    paragraph(
      "We spoke to three air defense officers, two of them commanders of mobile fire groups and one who works in a regional command post, as well as to analysts who study the attacks. They asked that their names not be published. This is how the night works.",
    ),
    heading("It starts long before midnight"),
    paragraph(
      "Most attack drones are launched from sites in Russia and occupied Crimea hours before they reach Ukrainian cities. Radar stations, acoustic sensors spread across the country and observers on the ground track them as they cross the border and the front line. Their routes are rarely straight: drones zigzag, loiter and double back to find gaps and to tire the defenders.",
    ),
    paragraph(
      "At the command post, the picture is a map of slow-moving dots. Officers try to guess the targets from the direction and the mix of weapons. A group of drones heading towards a region with a large power plant and no other obvious targets tells its own story.",
    ),
    heading("Three layers, very different costs"),
    paragraph(
      "Ukraine's defenses work in layers, and the art lies in matching each threat to the cheapest layer that can stop it.",
    ),
    bulletList([
      "**Mobile fire groups**: small teams in pickups with heavy machine guns, searchlights and thermal sights. Cheap to run and effective against slow drones at low altitude, but only if the drone flies close to them.",
      "**Interceptor drones and electronic warfare**: jammers that confuse the drones' navigation, and small drones flown by operators to ram incoming ones. Cheap per shot, but dependent on early warning and good weather.",
      "**Surface-to-air missiles**: the only reliable answer to cruise and ballistic missiles. Each interceptor costs from several hundred thousand to several million dollars, and the supply is limited.",
    ]),
    paragraph(
      "“The worst thing you can do is spend a missile on a drone that a machine gun could have taken down twenty kilometers later,” said the command post officer. “The second worst is to save the missile and lose the substation.”",
    ),
    pullQuote(
      "The worst thing you can do is spend a missile on a drone that a machine gun could have taken down twenty kilometers later.",
      "An officer at a regional air defense command post",
    ),
    heading("Why the numbers in the morning summary differ"),
    paragraph(
      "Each morning the Air Force publishes how many drones and missiles were launched and how many were shot down. Readers often ask why the two numbers never match, and why the remainder does not equal the number of places hit.",
    ),
    paragraph(
      "Part of the answer is that many drones are not shot down but lost: jammed by electronic warfare, they fly off course, run out of fuel and fall in fields, or crash without exploding. The Air Force reports these separately as “locationally lost.” Some of the drones are decoys, cheap copies without a warhead meant to draw fire and drain interceptors. And some strike targets that officials choose not to report, such as military sites, so as not to confirm the damage to the attacker.",
    ),
    paragraph(
      "Analysts say the summaries are useful for following trends over weeks, such as the growing share of drones launched in a single night or the shift towards ballistic missiles, but that any one night's figures should be read with care.",
    ),
    heading("Why some things are protected and others are not"),
    paragraph(
      "Long-range air defense systems cover a limited area and cannot be everywhere. They are placed to protect what the state considers most important: large cities, power generation, the gas network, defense factories, ports and the air bases from which fighters operate. Smaller towns rely mostly on mobile groups and electronic warfare.",
    ),
    paragraph(
      "This is why residents of a town hit repeatedly can see no missile defense for weeks, while a power plant two oblasts away is guarded closely. Officials rarely explain these choices in public, because doing so would tell Russia where the gaps are.",
    ),
    figure(
      {
        picture: "city-0",
        caption: (d2) => `Kyiv's left bank during an evening air raid alert on ${d2.text}.`,
        credit: "(Serhiy Movchan/The Northern Dispatch)",
      },
      d,
    ),
    heading("What changes the odds"),
    paragraph(
      "Analysts point to three things that have improved Ukraine's results over the past year: more mobile groups with better thermal sights, cheap interceptor drones produced in large numbers by Ukrainian workshops, and a shared picture of the sky that lets units in different regions see the same targets at the same time.",
    ),
    paragraph(
      "What would change the odds most, all three officers said, is a steady supply of interceptor missiles. Partners have delivered systems; the missiles that feed them are produced slowly and are in demand everywhere. A night with many ballistic missiles still forces commanders to choose.",
    ),
    heading("What this means for residents"),
    orderedList([
      "Treat every alert as real, even after many quiet nights: the routes change from night to night.",
      "Stay away from windows and use the two-wall rule if you cannot reach a shelter.",
      "Do not film air defense at work or publish where debris fell; the footage helps the attackers adjust.",
    ]),
    related("europes-defense-industry-is-still-working-office-hours"),
  ],
};

export const COMPENSATION_EXPLAINER: Story = {
  slug: "what-happens-when-the-war-destroys-your-home-a-step-by-step-guide",
  title: "What happens when the war destroys your home: a step-by-step guide",
  standfirst:
    "How to register the damage, who inspects it, what the housing certificate covers and where families get stuck. Our explainer, updated with this week's changes.",
  type: "ANALYSIS",
  section: "analysis",
  tags: ["ukraine", "reconstruction", "economy"],
  authors: ["iryna-kovalchuk"],
  hero: {
    picture: "documents-1",
    caption: (d) =>
      `Application papers for the housing compensation program, photographed in Kyiv on ${d.text}.`,
    credit: "(Iryna Palii/The Northern Dispatch)",
  },
  body: () => [
    paragraph(
      "More than a million homes in Ukraine have been damaged or destroyed since February 2022. The state runs a compensation program for owners whose homes were destroyed, and repair grants for those whose homes can be fixed. The rules have changed several times, and parliament voted this week to change them again. Here is how the process works now.",
    ),
    heading("Step 1: Report the damage"),
    paragraph(
      "Owners report damage through the state's online services app or at an administrative services center. The report needs the address, a description and photographs. Owners who have left the area can report from anywhere in Ukraine, and from abroad through a consulate.",
    ),
    heading("Step 2: The inspection"),
    paragraph(
      "A municipal commission visits the property and decides whether it can be repaired or is destroyed. For apartment buildings, engineers also assess whether the structure is safe. This is where many families wait the longest: in cities that are attacked often, commissions have hundreds of addresses in their queue.",
    ),
    heading("Step 3: Repair grant or housing certificate"),
    bulletList([
      "If the home can be repaired, the owner receives a grant for materials and work, paid in stages against receipts.",
      "If the home is destroyed, the owner receives a **housing certificate**: a voucher, tied to the value of a comparable home, that can only be spent on buying housing or on building a new house.",
      "The certificate cannot be exchanged for cash, which is meant to stop fraud but frustrates families who would rather rebuild on their own land.",
    ]),
    heading("What changed this week"),
    paragraph(
      "Under the bill approved by parliament, inspection commissions will have a legal deadline of 30 days, owners will be able to hire a licensed private engineer if the deadline is missed, and certificates will be usable for homes under construction. The bill still needs the president's signature.",
    ),
    related("parliament-backs-bill-to-speed-up-compensation-for-destroyed-homes"),
    heading("Where families get stuck"),
    paragraph(
      "Lawyers who help applicants for free say the most common problems are missing ownership documents, lost in the destruction or never registered, and homes in areas that are occupied or too close to the front for an inspection. For the second group, there is still no working procedure.",
    ),
    paragraph(
      "If you need help with an application, free legal aid centers in every oblast can assist, and several charities offer consultations by phone. We will update this guide when the new rules take effect.",
    ),
  ],
};
