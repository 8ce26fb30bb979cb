// Reads server processes from /proc (Linux). `next start` may run the server in a child of the
// process we spawned, so the server is found as the process that owns the listening socket.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import net from "node:net";

function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      const state = fields[3];
      const inode = fields[9];
      // 0A is TCP_LISTEN; the local address ends with the port in hex.
      if (!local || !inode || state !== "0A") continue;
      if (Number.parseInt(local.split(":").at(-1) ?? "", 16) === port) inodes.add(inode);
    }
  }
  return inodes;
}

function parentOf(pid: number): number | undefined {
  try {
    // The command name (field 2) may contain spaces; the fields after its ")" are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1];
    return ppid === undefined ? undefined : Number(ppid);
  } catch {
    return undefined;
  }
}

/** `root` and every process below it. */
export function processTree(root: number): number[] {
  const pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    const parent = tree[i];
    for (const pid of pids) if (parentOf(pid) === parent) tree.push(pid);
  }
  return tree;
}

function socketLinks(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/fd`).flatMap((fd) => {
      try {
        const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
        return link.startsWith("socket:") ? [link] : [];
      } catch {
        return []; // closed while we looked
      }
    });
  } catch {
    return [];
  }
}

/** The process in `root`'s tree that listens on `port`, or undefined while nothing listens yet. */
export function findListeningPid(root: number, port: number): number | undefined {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return undefined;
  return processTree(root).find((pid) => socketLinks(pid).some((link) => inodes.has(link.slice("socket:[".length, -1))));
}

/** Resident set size in MB (VmRSS), or NaN when the process is gone. */
export function rssMb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** CPU time (user + system) the process has used so far, in ms; NaN when it is gone. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After the ")" closing the command name: state is field 3, utime 14, stime 15 (1-based).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    // Linux reports these in USER_HZ, which is 100 on every mainstream kernel configuration.
    return (ticks * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Open sockets of a process (listening socket included): a leak check for closed streams. */
export function socketCount(pid: number): number {
  return socketLinks(pid).length;
}

/** A port nothing listens on right now (the OS picks it), for a server a test or bench starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
