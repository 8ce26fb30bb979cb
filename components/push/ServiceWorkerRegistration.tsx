"use client";
// Registers the service worker (public/sw.js) once the page has loaded, so it never competes with
// the first screen for the network, and tells it what to keep for offline use that it cannot see
// itself (its fetch handler sees page loads, not Next's in-app navigations):
// - the first time, this page and its build files, which loaded before the worker ran;
// - each page reached inside the app, when the worker's copy is over 10 minutes old;
// - the page on screen when the person leaves the app, so it opens offline as they last saw it.
// Renders nothing.
import { usePathname } from "next/navigation";
import { useEffect } from "react";

const REFRESH_COPY_AFTER_MS = 10 * 60_000;

function tellWorker(urls: string[], maxAgeMs?: number) {
  navigator.serviceWorker?.controller?.postMessage({ type: "keep-loaded", urls, maxAgeMs });
}

function loadedBuildFiles(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(`${location.origin}/_next/static/`));
}

export function ServiceWorkerRegistration() {
  const pathname = usePathname();

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const register = () => {
      const firstTime = !navigator.serviceWorker.controller;
      navigator.serviceWorker
        .register("/sw.js", { scope: "/" })
        .then(() => (firstTime ? navigator.serviceWorker.ready : null))
        .then((registration) => registration?.active?.postMessage({ type: "keep-loaded", urls: [location.href, ...loadedBuildFiles()] }))
        .catch((error: unknown) => console.warn("Service worker not registered", error));
    };
    const leaving = () => {
      if (document.visibilityState === "hidden") tellWorker([location.href], 0);
    };
    document.addEventListener("visibilitychange", leaving);
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => {
      window.removeEventListener("load", register);
      document.removeEventListener("visibilitychange", leaving);
    };
  }, []);

  useEffect(() => {
    tellWorker([location.href], REFRESH_COPY_AFTER_MS);
  }, [pathname]);

  return null;
}
