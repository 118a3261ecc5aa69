// Preloaded into each emulator (node -r): the server stops when the .NET host that started it is gone, even when the
// host was killed (SIGKILL) with no chance to stop it. An orphan is re-parented, so on POSIX a parent pid other than
// the host's means the host died; Windows keeps the old parent pid, so there the host pid is probed instead.
'use strict';
const hostPid = Number(process.env.MATTRAN_DEVSERVERS_HOST_PID);

function hostAlive() {
  if (process.platform !== 'win32') {
    return process.ppid === hostPid;
  }
  try {
    process.kill(hostPid, 0);
    return true;
  } catch {
    return false;
  }
}

if (hostPid > 0) {
  const watch = setInterval(() => {
    if (hostAlive()) {
      return;
    }
    clearInterval(watch);
    // SIGINT is the servers' graceful stop (Azurite flushes its on-disk data); exit anyway if that hangs.
    setTimeout(() => process.exit(1), 5000).unref();
    process.kill(process.pid, 'SIGINT');
  }, 250);
  watch.unref();
}
