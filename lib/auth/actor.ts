/** The signed-in user on whose behalf a service runs. Every service takes one. */
export interface Actor {
  id: string;
  name: string;
}

/** An actor as named by a request's session cookie: also which logged-in device it is (the
 * Session row), for the services that end the other devices' sessions. */
export interface SessionActor extends Actor {
  sessionId: string;
  /** The language they chose (lib/i18n/locales.ts), null until they choose. */
  locale?: string | null;
}
