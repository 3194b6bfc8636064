"use client";

import {
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type CSSProperties,
} from "react";
import type { NarrationDto } from "@/lib/articles/dto";
import type { Edition } from "@/lib/i18n/dto";
import { enAudio } from "@/lib/i18n/messages/en-audio";
import { ukAudio } from "@/lib/i18n/messages/uk-audio";
import { clockTime } from "@/lib/narration/time-format";

const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
const SKIP_SECONDS = 15;

const subscribeNever = () => () => {};

/** The player's words alone, not the whole catalogue, so the island stays small. */
const AUDIO_TEXT = { en: enAudio, uk: ukAudio };

/**
 * The article's audio version, under the hero. Server-rendered as a plain
 * `<audio controls preload="none">` (it works without JavaScript); once the
 * script runs, the browser's controls give way to these: play, 15-second
 * skips, a labelled position slider and the speed. Nothing of the audio is
 * downloaded until the reader presses play, and nothing here differs between
 * readers, so the page stays cacheable.
 */
export function NarrationPlayer({
  narration,
  edition = "en",
}: {
  narration: NarrationDto;
  edition?: Edition;
}) {
  const t = AUDIO_TEXT[edition];
  const audioRef = useRef<HTMLAudioElement>(null);
  const noteId = useId();
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const [playing, setPlaying] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const [failed, setFailed] = useState(false);
  const [current, setCurrent] = useState(0);
  const [duration, setDuration] = useState(narration.durationMs / 1000);
  const [speed, setSpeed] = useState<number>(1);

  const audio = () => audioRef.current;

  function toggle() {
    const element = audio();
    if (!element) return;
    setFailed(false);
    if (element.paused) {
      // Both: loading the file resets the rate to the default one.
      element.defaultPlaybackRate = speed;
      element.playbackRate = speed;
      element.play().catch(() => setFailed(true));
    } else {
      element.pause();
    }
  }

  function seekTo(seconds: number) {
    const element = audio();
    if (!element) return;
    const target = Math.min(Math.max(0, seconds), duration || seconds);
    element.currentTime = target;
    setCurrent(target);
  }

  function changeSpeed(event: ChangeEvent<HTMLSelectElement>) {
    const next = Number(event.target.value);
    setSpeed(next);
    const element = audio();
    if (!element) return;
    element.defaultPlaybackRate = next;
    element.playbackRate = next;
  }

  const label = playing ? t.pause : t.play;
  const progress = duration ? Math.min(100, (current / duration) * 100) : 0;

  return (
    <section className="narration" aria-label={t.region} aria-describedby={noteId}>
      <div className="narration-head">
        <p className="narration-title">
          <span>{t.listen}</span>
          <span className="narration-length">{clockTime(narration.durationMs / 1000)}</span>
        </p>
        <p className="narration-note" id={noteId}>
          {t.label}
        </p>
      </div>
      <audio
        ref={audioRef}
        className="narration-audio"
        src={narration.url}
        preload="none"
        controls={!hydrated}
        aria-label={t.region}
        aria-describedby={noteId}
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onWaiting={() => setWaiting(true)}
        onPlaying={() => setWaiting(false)}
        onCanPlay={() => setWaiting(false)}
        onError={() => {
          setFailed(true);
          setWaiting(false);
        }}
        onTimeUpdate={(event) => setCurrent(event.currentTarget.currentTime)}
        onLoadedMetadata={(event) => {
          const seconds = event.currentTarget.duration;
          if (Number.isFinite(seconds) && seconds > 0) setDuration(seconds);
        }}
      >
        <a href={narration.url}>{t.download}</a>
      </audio>
      {hydrated ? (
        <div className="narration-controls">
          {/* The name starts with what the button shows (WCAG 2.5.3), so a
              reader who says "click minus 15 s" reaches it. */}
          <button
            type="button"
            className="narration-skip"
            onClick={() => seekTo(current - SKIP_SECONDS)}
          >
            −{SKIP_SECONDS}s<span className="visually-hidden">{t.back(SKIP_SECONDS)}</span>
          </button>
          <button
            type="button"
            className="narration-play"
            aria-label={label}
            title={label}
            onClick={toggle}
          >
            {playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <button
            type="button"
            className="narration-skip"
            onClick={() => seekTo(current + SKIP_SECONDS)}
          >
            +{SKIP_SECONDS}s<span className="visually-hidden">{t.forward(SKIP_SECONDS)}</span>
          </button>
          <div className="narration-track">
            <input
              type="range"
              className="narration-seek"
              style={{ "--progress": `${progress}%` } as CSSProperties}
              min={0}
              max={Math.max(1, Math.round(duration))}
              step={1}
              value={Math.round(current)}
              aria-label={t.position}
              aria-valuetext={t.positionValue(current, duration)}
              onChange={(event) => seekTo(Number(event.target.value))}
            />
            <span className="narration-time" aria-hidden="true">
              {clockTime(current)} / {clockTime(duration)}
            </span>
          </div>
          <label className="narration-speed">
            <span>{t.speed}</span>
            <select value={speed} onChange={changeSpeed}>
              {SPEEDS.map((value) => (
                <option key={value} value={value}>
                  {value}×
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      <p className="narration-status" role="status">
        {failed ? (
          <>
            {t.failed}{" "}
            <a href={narration.url} download>
              {t.downloadIt}
            </a>
            .
          </>
        ) : waiting && playing ? (
          t.loading
        ) : null}
      </p>
    </section>
  );
}

function PlayIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d="M8 5.5v13l11-6.5z" fill="currentColor" />
    </svg>
  );
}

function PauseIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" fill="currentColor" />
    </svg>
  );
}
