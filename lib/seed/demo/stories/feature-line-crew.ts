import { blockquote, heading, orderedList, paragraph, pullQuote } from "../doc.ts";
import { figure, type Story } from "./story.ts";

/** A long field report: a night with a power line repair crew after a strike. */

export const LINE_CREW: Story = {
  slug: "the-night-shift-on-the-power-lines",
  title: "The night shift on the power lines: twelve hours with a repair crew after a strike",
  standfirst:
    "When missiles hit the grid, crews drive towards the damage while the sirens are still sounding. We spent a night with one of them in Poltava Oblast.",
  type: "FEATURE",
  section: "field-report",
  tags: ["ukraine", "energy", "air-defense"],
  authors: ["taras-bondar"],
  hero: {
    picture: "field-1",
    caption: (d) =>
      `Power lines cross farmland in Poltava Oblast at sunset, hours before an attack on the grid, on ${d.text}.`,
    credit: "(Serhiy Movchan/The Northern Dispatch)",
  },
  body: (d) => [
    paragraph(
      "The call comes at 3:40 in the morning, twenty minutes after the last explosion. Oleksandr, the foreman, is already awake; nobody on the crew sleeps during a big attack. He reads the message from the dispatcher aloud in the dark of the depot's break room: a high-voltage line down between two substations, a transformer on fire, 38,000 households without power. The air raid alert is still on.",
    ),
    paragraph(
      "Five men pull on their boots, helmets and flak jackets. Two of the jackets were bought by the company; three were donated by a volunteer group from Lviv, and one still has a name written on the collar in marker. By 4:05, the crew's two trucks, a bucket lift and a utility vehicle with reinforced windows, are on the road.",
    ),
    paragraph(
      "We joined the crew for one night shift in a district of Poltava Oblast whose name we agreed not to publish. Russia had launched dozens of missiles and more than a hundred drones at Ukraine's energy system overnight, one of the largest attacks of the year. In this district, a substation was hit directly and a line feeding it was cut by debris.",
    ),
    heading("Before the call"),
    paragraph(
      "The depot is a low brick building at the edge of a district town, with a yard full of cable drums, spare poles stacked on sleepers and three trucks parked nose-out towards the gate. On nights when a large attack is expected, the crew does not go home. The men sleep in their clothes on camp beds in the break room, or try to, while the radio and their phones carry the Air Force's warnings about missiles and drones approaching from one direction or another.",
    ),
    paragraph(
      "There is a kettle, a microwave, a shelf of donated instant noodles and a television that nobody watches. There is also a map of the district's lines on the wall, annotated over four years in three colors of marker: red for lines hit more than once, blue for places where the crew has been shelled while working, green for houses where residents bring them tea.",
    ),
    paragraph(
      "“The green ones are the most important,” said Vitalii, a lineman in his forties who has been on the crew for eleven years. “When you come to fix a line at five in the morning and a grandmother comes out with a thermos, you remember why you are doing it.”",
    ),
    heading("Driving towards the damage"),
    paragraph(
      "The rule, Oleksandr says, is that crews wait for the alert to end before they go out. The reality is that alerts can last for hours, and the longer a line stays down, the colder the houses get and the more the water pumps and hospitals depend on generators. Dispatchers and crews weigh the risk every time. Tonight the drones have passed, but the alert covers missiles that may still be in the air.",
    ),
    paragraph(
      "“If we wait for a quiet night, we will wait until the end of the war,” he says, steering around a pothole. He is 52 and has worked on power lines for 29 years, the last four of them under attack. “We are careful. But we go.”",
    ),
    pullQuote(
      "If we wait for a quiet night, we will wait until the end of the war.",
      "Oleksandr, the foreman",
    ),
    paragraph(
      "The danger is not only the first strike. Russian forces have at times hit the same site twice, the second time after repair crews and rescuers arrive. Energy companies have lost dozens of workers since 2022, killed while repairing lines, working at power plants or driving to a call.",
    ),
    heading("First light, first pole"),
    paragraph(
      "The broken line runs across open farmland for six kilometers between two villages. The crew finds the break by headlight: two spans down, a pole snapped at the base by a blast, conductors coiled on the plowed earth. Before anyone touches a wire, Oleksandr calls the dispatcher to confirm the line is disconnected and grounded at both ends. Then he checks again with a tester. Then the crew puts on the grounding clamps themselves.",
    ),
    orderedList([
      "Confirm with the dispatcher that the line is switched off at both substations.",
      "Test for voltage at the work site, every conductor, every time.",
      "Fit portable grounds on both sides of the work area.",
      "Only then: climb, cut, splice and lift.",
    ]),
    paragraph(
      "“Electricity does not care that there is a war,” says Denys, the youngest on the crew, who is 24 and joined after finishing a technical college in Kremenchuk. “It kills you the same way it did before.”",
    ),
    figure(
      {
        picture: "train-2",
        caption: (d2) => `A line of wooden poles at first light in Poltava Oblast on ${d2.text}.`,
        credit: "(Serhiy Movchan/The Northern Dispatch)",
      },
      d,
    ),
    paragraph(
      "By sunrise, they have set a new pole, brought from the depot on a trailer, and are lifting the conductors back into place with the bucket truck. The work is physical and slow. Splicing a heavy conductor in a field takes two men and most of an hour. The crew stops once, when a message on Oleksandr's phone warns of a new drone heading their way. They wait in the trucks, engines off, until the all-clear comes twenty minutes later.",
    ),
    paragraph(
      "Residents of the nearest village find the crew before the crew finds them. A man in a tracksuit walks across the field from the last house with a bag of apples and asks how long it will be; his mother is bedridden and the oxygen concentrator she uses runs on a battery that will last until noon. Oleksandr looks at the sky, at the pole on the trailer and at his watch, and says they will try to be done by eleven. The man nods and walks back without another word.",
    ),
    paragraph(
      "“That is the hardest question,” Oleksandr says afterwards. “How long. You want to give them a number. But you do not know what the night will bring.”",
    ),
    heading("What the company can and cannot do"),
    paragraph(
      "The regional power company says it has hired more crews and stocked more spare parts than before the war: poles, transformers and kilometers of cable stored in several places so that a single strike cannot destroy the reserve. Engineers have built earth and concrete shelters around key substations. But poles and lines across open country cannot be protected, and the company depends on donated equipment from European utilities for some of its larger transformers.",
    ),
    paragraph(
      "Line workers' pay has risen, but crews we spoke to said it still does not reflect the danger. Insurance for wartime injuries is provided by some companies and not others. The union representing energy workers has asked for a national standard of hazard pay, so far without result.",
    ),
    blockquote(
      "“People write to us on social media, thank you, heroes. It is nice. My wife would prefer a helmet that is not twenty years old.”",
      "— A lineman on the crew, who asked not to be named",
    ),
    heading("The families at home"),
    paragraph(
      "Every member of the crew has a family that waits for them on nights like this one. Oleksandr's wife, a nurse, works night shifts of her own at the district hospital, where the lights go out whenever the lines he repairs go down and the generators start. They have agreed on a system: a single message, a dot, sent whenever either of them reaches a safe place. On the night we spent with the crew, he sent four.",
    ),
    paragraph(
      "Denys, the youngest, lives with his mother, who asked him not to take the job. His father worked on the same lines for twenty years before he retired. When Denys told him he had been hired, his father gave him his old climbing belt and told him never to trust a line he had not tested himself. Denys still uses the belt.",
    ),
    heading("Power on"),
    paragraph(
      "At 11:20, Oleksandr calls the dispatcher to say the line is ready. The crew removes the grounds, stands back, and waits. At 11:34, the dispatcher energizes the line from the substation at one end. A meter on the truck's dashboard shows voltage. Somewhere across the fields, refrigerators start humming again and the pumps at the village water tower switch from diesel to the grid.",
    ),
    paragraph(
      "Nobody cheers. Denys takes a photo of the new pole for the report. Oleksandr eats a sandwich his wife packed at midnight and calls her to say he will be home by three, if there is no other call.",
    ),
    paragraph(
      "There is. At 12:10 the dispatcher reports a fault on a distribution line in a neighboring village, damaged by debris from a drone that was shot down overnight. The crew packs up the tools and gets back in the trucks.",
    ),
    paragraph(
      "“This is the job now,” Oleksandr says, turning onto the road. “The war breaks it. We fix it. Then it breaks it again.”",
    ),
    paragraph(
      "_The crew members asked that their surnames not be published. We agreed not to name the district or the substations, which have been attacked repeatedly._",
    ),
  ],
};
