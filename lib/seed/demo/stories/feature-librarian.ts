import { blockquote, heading, horizontalRule, paragraph, pullQuote } from "../doc.ts";
import { STAFF_PHOTO, figure, related, type Story } from "./story.ts";

/** A long human story: the library that stayed open in a town near the front. */

export const LIBRARIAN: Story = {
  slug: "the-library-that-stayed-open",
  title: "The library that stayed open: a town near the front, and the woman who kept lending",
  standfirst:
    "Most of the town left. Its library did not. For three years, a librarian in her sixties has kept the doors open, first for readers, then for anyone who needed light, heat or company.",
  type: "FEATURE",
  section: "human-story",
  tags: ["ukraine", "culture", "frontline", "humanitarian-aid"],
  authors: ["hanna-yaremchuk"],
  featured: true,
  editorsPick: true,
  hero: {
    picture: "portrait-2",
    caption: (d) =>
      `Valentyna, the town's librarian, in the reading room she has kept open since 2022, photographed on ${d.text}.`,
    credit: STAFF_PHOTO,
  },
  body: (d) => [
    paragraph(
      "At nine o'clock every morning except Sunday, Valentyna unlocks the door of the public library with a key she wears on a string around her neck. She switches on the generator in the yard, puts the kettle on the camping stove in the children's section and writes the date in a school notebook that serves as the visitors' register. Then she waits.",
    ),
    paragraph(
      "Before the full-scale invasion, the library of this small town in the east of Zaporizhzhia Oblast had about 1,200 registered readers, a staff of four and a budget for 300 new books a year. Today the town is 15 kilometers from the front line. Fewer than a thousand of its eight thousand residents remain, most of them elderly. Valentyna, who is 63, is the only member of staff left, and the library has not received a new book from the state since the winter of 2022.",
    ),
    paragraph("It has never closed for more than three days in a row."),
    paragraph(
      "“People ask me why I stayed,” she said on a gray morning as the generator hummed outside and a man in a quilted jacket returned two detective novels. “I tell them the books did not leave, so why should I?” She laughed, then added more quietly: “And where would I go? Everything I know how to do is here.”",
    ),
    heading("A reading room without readers"),
    paragraph(
      "In the first weeks of the invasion, the town emptied. Families with children left on the evacuation buses organized by the town council, and many of those who stayed moved into their cellars. Valentyna's three colleagues left too: one to Dnipro with her grandchildren, one to Poland, one to her son in Kyiv. The head of the library, who had worked there for thirty years, handed Valentyna the keys at the bus stop.",
    ),
    paragraph(
      "For a while, nobody came. Shelling was heavy in the spring of 2022, and walking through the town center was dangerous. Valentyna came anyway, every morning, to check that the windows were intact and that the roof was not leaking onto the local history collection, which she considers the library's only irreplaceable treasure: handwritten memoirs of collective farm workers, photographs of the town's first school, a box of letters from soldiers of the Second World War that a family donated in the 1980s.",
    ),
    paragraph(
      "When a shell landed in the park across the road in May that year, it blew out every window on the street side of the building. Valentyna and a neighbor covered the frames with plywood from a collapsed kiosk. The reading room has been lit by lamps ever since.",
    ),
    pullQuote(
      "I tell them the books did not leave, so why should I?",
      "Valentyna, the town's librarian",
    ),
    heading("Light, heat and a charger"),
    paragraph(
      "The readers came back in the autumn, but not only for books. Russian strikes on the power grid left the town without electricity for days at a time. A charity in Dnipro brought the library a generator and a supply of fuel, and word spread that there was light and a socket at the library. People came to charge their phones, to call relatives, to warm their hands by the gas heater, and then, while they waited, to take a book.",
    ),
    paragraph(
      "The library became something between a reading room, a post office and a village hall. A volunteer doctor holds consultations there on Thursdays. The town's social worker uses a desk in the corner to help pensioners with their forms. Humanitarian aid is handed out from the lobby when it arrives, and the lists of who has received what are kept, in Valentyna's neat handwriting, in another school notebook.",
    ),
    figure(
      {
        picture: "wall-2",
        caption: (d2) =>
          `Shrapnel marks on the wall of the library building, facing the park, on ${d2.text}.`,
        credit: STAFF_PHOTO,
      },
      d,
    ),
    paragraph(
      "On the morning we visited, 14 people came in the space of three hours. A woman in her seventies returned a cookbook and asked for “something sad, but with a good ending.” Two soldiers from a unit stationed nearby borrowed a chess set and a history of the Cossacks. A boy of about ten, one of the few children left in the town, came for the third volume of a fantasy series and stayed to draw at the children's table until his grandmother called him home.",
    ),
    blockquote(
      "“At home it is only me and the television, and the television only shows the war. Here I can talk to people. Here I am not alone.”",
      "— Mariia, 78, a retired schoolteacher who visits the library every day",
    ),
    heading("What people read in wartime"),
    paragraph(
      "Valentyna keeps careful records of what is borrowed, and she has noticed changes. In the first year, readers wanted detective stories and romance, “anything with a plot that ends properly,” she said. Later, they began asking for history: books about the Ukrainian struggle for independence a century ago, memoirs of people who lived through the famine of the 1930s, anything that helped them understand what was happening to them.",
    ),
    paragraph(
      "Poetry, which had gathered dust for years, is now among the most borrowed sections. So is gardening. “People plant potatoes between the craters,” Valentyna said. “They want to know how to do it properly.”",
    ),
    paragraph(
      "Russian-language books, which made up a large part of the collection, are still on the shelves. Valentyna has not removed them, but fewer people borrow them, and she has noticed that several regular readers who grew up speaking Russian have started reading in Ukrainian for the first time. Donations help: volunteers and publishers in Lviv and Kyiv send boxes of new Ukrainian books a few times a year, and a publisher in Kharkiv sent its entire catalog of children's titles.",
    ),
    heading("The archive in the basement"),
    paragraph(
      "In the summer of 2022, after a missile struck the school across the square, Valentyna decided that the local history collection could not stay on the ground floor. Over two weeks, with the help of a retired history teacher and a pair of soldiers who happened to be passing with an empty van, she carried 41 boxes down to the basement, wrapped each one in plastic sheeting and stacked them on pallets in case of flooding.",
    ),
    paragraph(
      "She has since started a project of her own. Whenever an older resident dies or leaves, she asks the family whether they have letters, diaries or photographs they cannot take with them. Many do. The collection has grown by a dozen boxes since the invasion: wedding photographs from the 1950s, a collective farm's accounts, a notebook in which a woman recorded the weather every day for 30 years. “If nobody keeps these, the town disappears twice,” Valentyna said. “Once now, and once from memory.”",
    ),
    paragraph(
      "A historian from a university in Zaporizhzhia has offered to digitize the collection when it is safe to move it. Until then, Valentyna keeps an inventory in yet another notebook, and checks the basement for damp every Monday.",
    ),
    heading("The children's corner"),
    paragraph(
      "There are eleven children left in the town, by Valentyna's count, and most of them know the library well. School lessons are online, when there is a connection, and the library has the most reliable one in the center, thanks to a satellite terminal donated by a volunteer group. On weekday mornings, two or three children sit at the long table with their tablets, doing lessons with teachers who are now in Dnipro or Kyiv, while Valentyna keeps the kettle warm and the noise down.",
    ),
    paragraph(
      "In the afternoons the children's corner belongs to the children. There are board games, a box of crayons that Valentyna refills from her own pocket, and a shelf of picture books that she reads aloud on Saturdays to anyone who comes, including, on the day we visited, a soldier in his forties who sat on a child's chair at the back and did not say a word.",
    ),
    heading("The cost of staying"),
    paragraph(
      "Valentyna's husband died in 2019. Her son, a welder, serves in the army; she does not say where. Her daughter lives in Germany with two grandchildren whom Valentyna has seen only on video calls since 2022. They ask her to come, and she says she will, after the war.",
    ),
    paragraph(
      "The town council, which still operates from a basement across the square, pays her salary, about 8,000 hryvnias a month, and has promised to repair the windows when the shelling allows. The regional library association sends forms she dutifully fills in, although, she says, none of the boxes on them fit her situation.",
    ),
    paragraph(
      "She does not describe what she does as brave. When a drone struck a house two streets away last month, killing a neighbor she had known for forty years, she closed the library for a day to help the family and opened it again the next morning. “If I close, people sit in their cellars alone,” she said. “That is worse than a drone.”",
    ),
    related("kharkiv-puppet-theater-opens-a-stage-in-its-basement"),
    horizontalRule(),
    paragraph(
      "In the late afternoon, before the light fades and the curfew begins, Valentyna switches off the generator, covers the computer that no longer connects to anything with a cloth, and writes the day's total in the register: 14 visitors, 11 books borrowed, nine phones charged.",
    ),
    paragraph(
      "On the last page of the notebook, she has started a list of books that readers have asked for and she does not have. It is two pages long. At the top is a Ukrainian translation of a children's classic that the boy at the drawing table has been waiting for since the spring.",
    ),
    paragraph(
      "“When someone brings it,” Valentyna said, locking the door, “he will be the first to know.”",
    ),
    paragraph(
      "_Names of some people in this story, and the name of the town, have been withheld at their request for their safety. Readers who wish to send books can write to us at books@example.com._",
    ),
  ],
};
