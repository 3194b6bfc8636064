import { STRIKE_CITIES } from "./places.ts";
import { nums, type Template } from "./template.ts";

/** Editorials: the newsroom's own position, written by an editor. Titles get the "Editorial: " prefix. */

const NO_NUMBERS = () => nums(0);

const childrenEditorial: Template = {
  id: "editorial-children",
  type: "EDITORIAL",
  section: "analysis",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: NO_NUMBERS,
  tags: () => ["children", "occupied-territories", "human-rights", "diplomacy"],
  authors: "editorial",
  titles: [
    () => `Every deported Ukrainian child must come home`,
    () => `The return of Ukraine's children cannot wait for a peace deal`,
    (c) => `The children taken from ${c.occupied.name} must come home`,
    (c) => `Every child deported from ${c.occupied.name} is a test for Ukraine's partners`,
  ],
  standfirsts: [
    () =>
      `Thousands of Ukrainian children have been taken to Russia or are held in occupied territories. Their return must be a condition of any agreement, not a footnote to it.`,
    () =>
      `Each child brought back is a victory won case by case. It is far too slow, and Ukraine's partners have the leverage to make it faster.`,
  ],
  leads: [
    () =>
      `Somewhere in Russia this evening, a Ukrainian child is being told that home no longer exists, that parents have given up, that the language spoken at home is a mistake. Ukrainian officials have verified the names of many thousands of such children. The real number is almost certainly higher.`,
    () =>
      `When a child deported to Russia is brought back to Ukraine, the story usually begins with a grandmother or an aunt who would not stop searching. It should begin with governments. For too long, the return of Ukraine's children has depended on the persistence of families and volunteers rather than on the weight of states.`,
  ],
  paragraphs: [
    () =>
      `The forcible transfer of children from an occupied territory is a war crime under international law, and international judges have already issued arrest warrants over it. That should settle any debate about whether this is a humanitarian side issue. It is not. It is central to the nature of this war.`,
    () =>
      `The process of return is agonizingly slow. Each case is negotiated individually, often through mediators, and requires relatives to prove their identity and travel across several borders. Many children have been given new names and documents, which makes them harder to find with every month that passes.`,
    () =>
      `Partners who speak of a just peace should make the return of every child an explicit, verifiable condition of any agreement with Moscow. Lists should be exchanged, international monitors should have access, and sanctions relief should be tied to progress.`,
    () =>
      `In the meantime, more can be done. Governments can fund the volunteer networks that already do this work, share intelligence on where children are held, and sanction the officials and institutions involved in their transfer and adoption. None of this requires a peace deal.`,
    () =>
      `Ukraine, too, must prepare for the children who come back: psychologists, teachers who can help them catch up, and patience with young people who have been taught to distrust the country they are returning to. Schools, clinics and social services need money and training for this work now, not after the last child has been returned.`,
    () =>
      `No settlement that leaves Ukrainian children behind can be called peace. That is a line worth holding, and it is one Ukraine's friends should hold with it. Every government that speaks of a just peace should be asked, plainly and often, what it is doing to bring them home.`,
  ],
  pulls: [() => "No settlement that leaves Ukrainian children behind can be called peace."],
  headings: [
    "A war crime, not a side issue",
    "Too slow",
    "A condition, not a footnote",
    "What can be done now",
    "Ready for the return",
    "The line to hold",
  ],
  context: ["occupation"],
  photos: [
    (c) => ({
      motif: "portrait",
      caption: `A mother whose son was taken to Russia, at home in Kyiv on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "train",
      caption: `The railway line to Kyiv, along which children return from the occupied territories, on ${c.date.text}.`,
    }),
  ],
  corrections: [
    () =>
      "An earlier version of this editorial said the return of children is negotiated only through one mediator. Several countries and organizations are involved.",
  ],
};

const corruptionEditorial: Template = {
  id: "editorial-corruption",
  type: "EDITORIAL",
  section: "analysis",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: NO_NUMBERS,
  tags: () => ["corruption", "ukraine", "european-union"],
  authors: "editorial",
  titles: [
    () => `Wartime corruption cases must end in courtrooms, not only in headlines`,
    () => `Anti-corruption institutions are part of Ukraine's defense. Protect them`,
    (c) => `Donors in ${c.place.name} deserve to see corruption cases end in verdicts`,
    (c) => `Every hryvnia stolen from the army is stolen from the defenders of ${c.place.name}`,
  ],
  standfirsts: [
    () =>
      `Every corruption scandal in wartime damages trust at home and support abroad. The answer is not to hide cases but to finish them.`,
    () =>
      `Independent investigators and courts are among the reforms Ukraine fought hardest for. Weakening them now would be a gift to Russia.`,
  ],
  leads: [
    () =>
      `Few things anger Ukrainians more than reports that someone has stolen money meant for the army. Families who donate to buy drones for their sons and daughters do not separate the war against Russia from the fight against those who profit from it. Nor should the state.`,
    () =>
      `It has become a familiar sequence: an investigation is announced, searches are filmed, a suspect is named, and then, often, years pass. The public remembers the headline. It rarely hears the verdict. That gap is corrosive, and closing it is a matter of national security.`,
  ],
  paragraphs: [
    () =>
      `Ukraine's anti-corruption institutions were built after 2014 with great effort and against strong resistance. They are imperfect, overloaded and sometimes slow. They are also independent, and that independence is exactly what makes them valuable and what makes them targets. They deserve protection.`,
    () =>
      `Attempts to place investigators under political control, to limit their access to evidence or to reshape the courts that hear their cases should be resisted, whoever proposes them and whatever the justification offered. Ukraine has seen such attempts before, and each time public protest and pressure from partners forced a retreat. That lesson should not have to be learned again.`,
    () =>
      `The courts need resources to match the caseload: more judges, faster procedures for pretrial hearings and protection from pressure. A case that takes six years to reach a verdict is a case that has largely failed, whatever the outcome. Justice delayed is justice lost.`,
    () =>
      `Transparency is the other half of the answer. Wartime procurement can and should be published in as much detail as security allows. Where secrecy is genuinely needed, independent auditors should have access on behalf of the public. Secrecy should be the exception.`,
    () =>
      `Ukraine's partners are watching, and they are right to. Their taxpayers fund a large part of the state's civilian budget. Showing them that stolen money is recovered and thieves are convicted is not a concession; it is the price of continued trust.`,
    () =>
      `Most of all, Ukrainians themselves are watching. A country asking its citizens to give everything has to show that nobody is above the rules. That is not a distraction from the war. It is part of winning it. Trust, once lost, is hard to rebuild.`,
  ],
  pulls: [
    () =>
      "A country asking its citizens to give everything has to show that nobody is above the rules.",
  ],
  headings: [
    "Independence is the point",
    "Hands off the investigators",
    "Finish the cases",
    "Publish what can be published",
    "Partners are watching",
    "So are Ukrainians",
  ],
  context: ["politics"],
  photos: [
    (c) => ({
      motif: "documents",
      caption: `Case files at a court in Kyiv on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "portrait",
      caption: `A volunteer who raises money for soldiers' equipment, at home in ${c.place.name} on ${c.date.text}.`,
    }),
  ],
  corrections: [
    () =>
      "An earlier version of this editorial said Ukraine's anti-corruption court was created in 2014. The anti-corruption institutions were created after 2014; the court began work in 2019.",
  ],
};

const strikesEditorial: Template = {
  id: "editorial-strikes",
  type: "EDITORIAL",
  section: "analysis",
  weight: 2,
  places: STRIKE_CITIES,
  numbers: NO_NUMBERS,
  tags: (c) => ["human-rights", "air-defense", "russia", ...(c.place.tag ? [c.place.tag] : [])],
  authors: "editorial",
  titles: [
    (c) => `The attacks on ${c.place.name} are war crimes. Treat them that way`,
    (c) => `After another night of strikes on ${c.place.name}, words of concern are not enough`,
  ],
  standfirsts: [
    () =>
      `Deliberate attacks on homes, hospitals and power plants are not collateral damage. They should be documented, prosecuted and answered with the means to stop them.`,
    (c) =>
      `The people of ${c.place.name} need air defense and accountability. The world has offered them sympathy, which is not the same thing.`,
  ],
  leads: [
    (c) =>
      `By now the ritual is familiar. Russian drones and missiles hit ${c.place.name} at night. Rescuers dig through concrete by morning. Statements of concern arrive by lunchtime. By evening, the news has moved on, and the residents of ${c.place.name} prepare for the next night in corridors and basements.`,
    (c) =>
      `The people of ${c.place.name} did not choose to live on the front line of a war against cities. Russia chose it for them, attacking apartment blocks, schools and power plants with a regularity that leaves little doubt about intent. They deserve more than sympathy.`,
  ],
  paragraphs: [
    () =>
      `International humanitarian law is clear: attacks directed against civilians or civilian objects, and attacks expected to cause civilian harm clearly excessive to any military advantage, are war crimes. Russia's campaign against Ukrainian cities fits that description again and again. The evidence is overwhelming.`,
    () =>
      `Ukrainian prosecutors, working with international partners, have documented tens of thousands of such cases. That work must continue and be funded, because evidence gathered now will decide what is possible in courtrooms later, perhaps many years from now. Justice may be slow, but it should be certain.`,
    () =>
      `Accountability also has a present tense. Every air defense battery delivered, every interceptor financed, every sanction on the factories that produce the missiles makes the next attack less deadly. Words of concern that are not followed by those measures are an evasion.`,
    () =>
      `There is a temptation, after years of war, to treat the nightly attacks as background noise. We resist it in our reporting, naming the places that are hit and the people who are harmed, and we urge our readers and Ukraine's partners to resist it too.`,
    () =>
      `The residents of Ukrainian cities have shown extraordinary endurance. Endurance should not be mistaken for acceptance. They deserve protection now and justice later, and neither will come on its own. Their partners can help with both, starting tonight, by sending the air defense that turns a deadly attack into a failed one.`,
  ],
  pulls: [() => "Endurance should not be mistaken for acceptance."],
  headings: [
    "What the law says",
    "Building the cases",
    "Accountability now",
    "Not background noise",
    "Protection and justice",
  ],
  context: ["airDefense"],
  photos: [
    (c) => ({
      motif: "smoke",
      caption: `Rescuers work at the site of a Russian strike on a residential building in ${c.place.name} on ${c.date.text}.`,
    }),
    (c) => ({
      motif: "night",
      caption: `The sky over ${c.place.name} during an air raid on ${c.date.text}, as residents sheltered underground.`,
    }),
  ],
  corrections: [
    () =>
      "This editorial has been clarified to state that the figures on documented attacks come from Ukrainian prosecutors.",
  ],
};

export const EDITORIAL_TEMPLATES: readonly Template[] = [
  childrenEditorial,
  corruptionEditorial,
  strikesEditorial,
];
