import { ComplaintForm, KpiBadge, StatusTracker, type SubmittedDetail } from '@chikaya/widgets/react';
import { useState } from 'react';

/** The agency this app belongs to: the National Railways Office, as the sandbox seeds it. */
const agency = 'oncf';
const agencyName = 'National Railways Office';

type View = 'contact' | 'track' | 'results';

const views: { id: View; label: string }[] = [
  { id: 'contact', label: 'Write to us' },
  { id: 'track', label: 'Follow a submission' },
  { id: 'results', label: 'Our results' },
];

/** A due date (`2027-01-28`, a calendar day) in words, in the page's language. */
const longDate = new Intl.DateTimeFormat('en-MA', { dateStyle: 'long', timeZone: 'UTC' });

/** The confirmation's "Track it" link comes back here with `?code=`: open the tracker then. */
const initialView: View = new URLSearchParams(location.search).has('code') ? 'track' : 'contact';

export function App() {
  const [view, setView] = useState<View>(initialView);
  const [sent, setSent] = useState<SubmittedDetail | null>(null);
  const [notice, setNotice] = useState('');

  return (
    <>
      <header className="site-header">
        <p className="site-name">
          <span className="site-acronym">ONCF</span> {agencyName}
        </p>
        <nav aria-label="Contact and results">
          <ul>
            {views.map(({ id, label }) => (
              <li key={id}>
                <button type="button" aria-current={view === id ? 'page' : undefined} onClick={() => setView(id)}>
                  {label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <div className="layout">
        <main id="main">
          {view === 'contact' && (
            <section aria-labelledby="contact-title">
              <h1 id="contact-title">Write to us</h1>
              <p>
                A complaint, an observation or a suggestion about our stations, trains or tickets: it goes to the
                national platform, which gives you a tracking code, and we answer within 60 days.
              </p>
              <ComplaintForm
                id="complaint-form"
                agency={agency}
                theme="light"
                trackerUrl={location.pathname}
                onChikayaSubmitted={(event) => {
                  setSent(event.detail);
                  setNotice('');
                }}
              />
              {sent && (
                // The form keeps its confirmation (the access key is shown only there); the tracker comes below it.
                <section className="follow" aria-labelledby="follow-title">
                  <h2 id="follow-title">Follow it here</h2>
                  <p>
                    We answer by <time dateTime={sent.dueDate}>{longDate.format(new Date(sent.dueDate))}</time>. Keep
                    your access key: with it, this page shows you our answer.
                  </p>
                  <StatusTracker
                    id="sent-tracker"
                    code={sent.trackingCode}
                    theme="light"
                    onChikayaRated={(event) => setNotice(`Thank you for rating our answer ${event.detail.score} out of 5.`)}
                    onChikayaRenewed={() => setNotice('Your complaint is open again: we will answer it anew.')}
                  />
                </section>
              )}
            </section>
          )}

          {view === 'track' && (
            <section aria-labelledby="track-title">
              <h1 id="track-title">Follow a submission</h1>
              <StatusTracker
                id="tracker"
                readUrl
                theme="light"
                onChikayaRated={(event) => setNotice(`Thank you for rating our answer ${event.detail.score} out of 5.`)}
                onChikayaRenewed={() => setNotice('Your complaint is open again: we will answer it anew.')}
              />
            </section>
          )}

          {view === 'results' && (
            <section aria-labelledby="results-title">
              <h1 id="results-title">Our results</h1>
              <p>How we answer you, against the targets the national platform sets for every public body.</p>
              <KpiBadge id="results-badge" agency={agency} variant="full" label={agencyName} theme="light" />
            </section>
          )}

          <p className="notice" role="status">
            {notice}
          </p>
        </main>

        <aside aria-label="Our record this year">
          <KpiBadge id="aside-badge" agency={agency} label={agencyName} theme="light" />
        </aside>
      </div>

      <footer className="site-footer">
        <p>
          Complaints are handled through the national platform for public service users (Decree No. 2.17.265). This
          page is an example of <code>@chikaya/widgets/react</code>.
        </p>
      </footer>
    </>
  );
}
