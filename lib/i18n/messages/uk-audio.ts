import type { AudioText } from "./en-audio";

/** "4 хвилини 7 секунд": Intl knows the plural forms. */
function spokenTime(seconds: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const unit = (value: number, name: "minute" | "second") =>
    new Intl.NumberFormat("uk-UA", { style: "unit", unit: name, unitDisplay: "long" }).format(
      value,
    );
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  if (!minutes) return unit(rest, "second");
  return rest ? `${unit(minutes, "minute")} ${unit(rest, "second")}` : unit(minutes, "minute");
}

/** The audio player's words in Ukrainian (see en-audio.ts). */
export const ukAudio: AudioText = {
  label: "Це аудіо створено за допомогою ШІ",
  region: "Аудіоверсія цього матеріалу",
  listen: "Слухати матеріал",
  play: "Відтворити аудіоверсію",
  pause: "Призупинити аудіоверсію",
  download: "Завантажити аудіоверсію (MP3)",
  back: (seconds) => ` (назад на ${seconds} секунд)`,
  forward: (seconds) => ` (вперед на ${seconds} секунд)`,
  position: "Позиція в аудіо",
  positionValue: (current, total) => `${spokenTime(current)} з ${spokenTime(total)}`,
  speed: "Швидкість",
  failed: "Не вдалося відтворити аудіо. Спробуйте ще раз або",
  downloadIt: "завантажте його",
  loading: "Аудіо завантажується…",
};
