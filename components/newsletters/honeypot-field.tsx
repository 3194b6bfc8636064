/**
 * A field people never see or reach (off-screen, out of the tab order,
 * hidden from assistive technology). Bots that fill every field fill this
 * one too; the server then answers as usual and stores nothing.
 */
export function HoneypotField() {
  return (
    <div className="nl-hp" aria-hidden="true">
      <label>
        Leave this field empty
        <input type="text" name="homepage" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}
