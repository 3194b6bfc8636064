import { AI_AUDIO_LABEL } from "@/lib/narration/labels";
import { spokenTime } from "@/lib/narration/time-format";
import type { Widen } from "./widen";

/**
 * The audio player's words in English: part of the English catalogue
 * (en.ts), kept apart so the player island carries these words and no
 * others.
 */
export const enAudio = {
  label: AI_AUDIO_LABEL,
  region: "Audio version of this article",
  listen: "Listen to this article",
  play: "Play the audio version",
  pause: "Pause the audio version",
  download: "Download the audio version (MP3)",
  back: (seconds: number) => ` (back ${seconds} seconds)`,
  forward: (seconds: number) => ` (forward ${seconds} seconds)`,
  position: "Position in the audio",
  positionValue: (current: number, total: number) =>
    `${spokenTime(current)} of ${spokenTime(total)}`,
  speed: "Speed",
  failed: "The audio could not be played. Try again, or",
  downloadIt: "download it",
  loading: "Loading the audio…",
};

export type AudioText = Widen<typeof enAudio>;
