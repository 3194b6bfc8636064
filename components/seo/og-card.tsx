/**
 * The 1200×630 sharing card, drawn by next/og (satori): a subset of CSS,
 * flexbox only, inline styles. Paper, ink and accent are the site's own
 * tokens (app/styles/tokens.css); type is Newsreader and Inter.
 */

export interface OgCardProps {
  kicker: string;
  title: string;
  siteName: string;
  host: string;
  /** A JPEG data URL of the photo, already cut to PHOTO_SIZE. */
  photo: string | null;
}

export const PHOTO_SIZE = { width: 520, height: 630 } as const;

const PAPER = "#fbfaf7";
const INK = "#15171a";
const MUTED = "#5c636b";
const ACCENT = "#a3231a";
const RULE = "#dcd8cf";

/** Long headlines get smaller type so that they fit in five lines or fewer. */
function titleSize(title: string, narrow: boolean): number {
  const length = title.length;
  if (narrow)
    return length <= 40 ? 66 : length <= 70 ? 58 : length <= 100 ? 50 : length <= 130 ? 44 : 38;
  return length <= 24 ? 108 : length <= 50 ? 84 : length <= 90 ? 68 : length <= 130 ? 56 : 48;
}

export function OgCard({ kicker, title, siteName, host, photo }: OgCardProps) {
  const narrow = photo !== null;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        backgroundColor: PAPER,
        color: INK,
      }}
    >
      <div
        style={{
          flex: 1,
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "56px 60px 48px",
          borderTop: `14px solid ${ACCENT}`,
        }}
      >
        <div style={{ display: "flex", flexDirection: "column" }}>
          {kicker ? (
            <div
              style={{
                display: "flex",
                fontFamily: "Inter",
                fontWeight: 700,
                fontSize: 24,
                letterSpacing: "0.08em",
                textTransform: "uppercase",
                color: ACCENT,
                marginBottom: 24,
              }}
            >
              {kicker}
            </div>
          ) : null}
          <div
            style={{
              display: "flex",
              fontFamily: "Newsreader",
              fontWeight: 700,
              fontSize: titleSize(title, narrow),
              lineHeight: 1.08,
              letterSpacing: "-0.01em",
            }}
          >
            {title}
          </div>
        </div>
        <div
          style={{
            display: "flex",
            alignItems: "baseline",
            justifyContent: "space-between",
            borderTop: `2px solid ${RULE}`,
            paddingTop: 20,
          }}
        >
          <div
            style={{
              display: "flex",
              fontFamily: "Newsreader",
              fontWeight: 800,
              fontSize: 36,
              letterSpacing: "-0.02em",
            }}
          >
            {siteName}
          </div>
          {narrow ? null : (
            <div
              style={{
                display: "flex",
                fontFamily: "Inter",
                fontWeight: 500,
                fontSize: 22,
                color: MUTED,
              }}
            >
              {host}
            </div>
          )}
        </div>
      </div>
      {photo ? (
        // satori draws <img>; next/image does not apply to generated images.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={photo}
          alt=""
          width={PHOTO_SIZE.width}
          height={PHOTO_SIZE.height}
          style={{ width: PHOTO_SIZE.width, height: PHOTO_SIZE.height, objectFit: "cover" }}
        />
      ) : null}
    </div>
  );
}

/** The square logo (Organization.logo, publisher.logo): the wordmark on paper. */
export function OgLogo({ siteName }: { siteName: string }) {
  const words = siteName.split(/\s+/).filter(Boolean);
  const size = words.length > 3 || siteName.length > 24 ? 84 : 104;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        padding: "0 56px",
        backgroundColor: PAPER,
        color: INK,
        borderBottom: `24px solid ${ACCENT}`,
      }}
    >
      {words.map((word, index) => (
        <div
          key={index}
          style={{
            display: "flex",
            fontFamily: "Newsreader",
            fontWeight: 800,
            fontSize: size,
            lineHeight: 1.02,
            letterSpacing: "-0.02em",
          }}
        >
          {word}
        </div>
      ))}
    </div>
  );
}

/**
 * Podcast artwork (itunes:image): the logo's wordmark with the show's
 * label, square, at the size podcast directories ask for (1400 to 3000 px).
 */
export function OgPodcastCover({ siteName, label }: { siteName: string; label: string }) {
  const words = siteName.split(/\s+/).filter(Boolean);
  const size = words.length > 3 || siteName.length > 24 ? 196 : 240;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        padding: "0 130px",
        backgroundColor: PAPER,
        color: INK,
        borderBottom: `56px solid ${ACCENT}`,
      }}
    >
      <div
        style={{
          display: "flex",
          fontFamily: "Inter",
          fontWeight: 700,
          fontSize: 64,
          letterSpacing: "0.08em",
          textTransform: "uppercase",
          color: ACCENT,
          marginBottom: 56,
        }}
      >
        {label}
      </div>
      {words.map((word, index) => (
        <div
          key={index}
          style={{
            display: "flex",
            fontFamily: "Newsreader",
            fontWeight: 800,
            fontSize: size,
            lineHeight: 1.02,
            letterSpacing: "-0.02em",
          }}
        >
          {word}
        </div>
      ))}
    </div>
  );
}
