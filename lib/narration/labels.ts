/** Said wherever the audio version appears: the player, JSON-LD, the podcast feed. */
export const AI_AUDIO_LABEL = "This audio is created with AI assistance";
