/**
 * Inside the frame, whatever the email holds: no scripts, no connections
 * except images and styles (as a mail program would load them), links open
 * in a new tab.
 */
const FRAME_HEAD =
  '<meta charset="utf-8">' +
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; ' +
  "img-src http: https: data:; style-src 'unsafe-inline' http: https:; font-src http: https: data:\">" +
  '<meta name="referrer" content="no-referrer">' +
  '<base target="_blank">';

/**
 * The HTML version, rendered in a sandboxed frame. `sandbox` without
 * allow-scripts or allow-same-origin gives it an opaque origin of its own:
 * it can run nothing, read nothing of the editor, submit no forms and not
 * navigate this page. Popups are allowed (outside the sandbox) only so a
 * link in the email — a confirmation link, say — can be opened to test it.
 */
export function EmailHtmlFrame({ html, title }: { html: string; title: string }) {
  return (
    <iframe
      className="eo-frame"
      title={title}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      referrerPolicy="no-referrer"
      srcDoc={FRAME_HEAD + html}
    />
  );
}
