// How the production server stops on SIGTERM or SIGINT: stop accepting, end the event streams
// (they never finish by themselves), give in-flight requests a bounded time, release resources,
// exit 0. Supervisors (systemd, Docker, npm passing on its own signal) send SIGTERM and wait.
import type { Server } from "node:http";

/** In-flight requests get this long to finish before their connections are cut. */
const GRACE_MS = 5_000;
/** Ctrl-C in a terminal reaches the server twice at once (from the terminal, and forwarded by npm):
 * a signal this soon after the first is that same one, not a person asking to hurry. */
const SAME_SIGNAL_MS = 1_000;

export interface StopSteps {
  /** Ends long-lived responses, so only ordinary requests are left to wait for. */
  endStreams(): void;
  /** Closes what the process holds open (database, relay), once no request is left. */
  release(): Promise<void>;
}

/** Stops accepting, lets open requests finish (cut after `graceMs`), then releases resources. */
export async function stopGracefully(server: Server, steps: StopSteps, graceMs = GRACE_MS): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  steps.endStreams();
  // close() drops the idle keep-alive connections of that moment only; a connection whose request
  // finishes later would idle for keepAliveTimeout before the server counts as closed.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearInterval(sweep);
  clearTimeout(deadline);
  await steps.release();
}

/** On SIGTERM or SIGINT, stops gracefully and exits 0; a second signal exits at once. */
export function stopOnSignals(server: Server, steps: StopSteps): void {
  let stoppingSince: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stoppingSince !== undefined) {
      if (Date.now() - stoppingSince < SAME_SIGNAL_MS) return;
      console.log(`${signal} again: exiting now.`);
      process.exit(1);
    }
    stoppingSince = Date.now();
    console.log(`${signal}: stopping (open requests get up to ${GRACE_MS / 1000} s)...`);
    stopGracefully(server, steps).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("Stopping: could not release everything", error);
        process.exit(1);
      },
    );
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, onSignal);
}
