"""Keep commands running: each one that exits is started again, until this process is told to stop.

`make run` keeps its Celery workers (one per queue) and beat alive with it: without beat, the report sweep and
the calendar feed rebuilds stop, and nothing says so.

    python -m casetracker.supervise "celery -A casetracker worker -Q renders,default" "celery -A casetracker beat"
"""

import argparse
import shlex
import signal
import subprocess
import sys
import time


def start(command: str) -> subprocess.Popen:
    # A session of its own: a Ctrl-C at the terminal reaches this process, which stops the children in order.
    process = subprocess.Popen(shlex.split(command), start_new_session=True)  # noqa: S603
    print(f"supervise: started {command!r} (pid {process.pid})", flush=True)
    return process


def stop_all(processes, timeout: float) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def supervise(commands, *, interval: float, timeout: float) -> None:
    stopping = []
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda number, frame: stopping.append(number))
    running = {command: start(command) for command in commands}
    while not stopping:
        time.sleep(interval)
        for command, process in running.items():
            if process.poll() is not None and not stopping:
                print(f"supervise: {command!r} exited with {process.returncode}; starting it again", flush=True)
                running[command] = start(command)
    stop_all(running.values(), timeout)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commands", nargs="+", help="each command, quoted as one argument")
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between checks (and before a restart)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds a child is given to stop")
    args = parser.parse_args(argv)
    supervise(args.commands, interval=args.interval, timeout=args.timeout)


if __name__ == "__main__":
    main(sys.argv[1:])
