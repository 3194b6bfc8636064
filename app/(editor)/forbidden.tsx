import Link from "next/link";
import "../styles/editor.css";

export default function Forbidden() {
  return (
    <main className="ed-login" id="main">
      <div className="ed-login-card">
        <h1>You cannot open this page</h1>
        <p>
          Your role does not include this part of the newsroom. Ask an editor or an admin if you
          need it.
        </p>
        <p>
          <Link href="/editor">Back to the dashboard</Link>
        </p>
      </div>
    </main>
  );
}
