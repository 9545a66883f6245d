"""Load check for the web page: preview and PDF latency against the issue's targets.

    python benchmarks/web_load.py                         # 300 previews, 100 PDFs
    python benchmarks/web_load.py --previews 50 --pdfs 20 --concurrency 2

It starts `ua-letters serve` itself on a free loopback port (127.0.0.1 only, never any
other address), opens the case page once for the CSRF cookie and token, then sends a
bounded number of requests: letter previews (POST /case/…/preview, three letters
composed) and PDF downloads (POST /case/…/download/1.pdf), `--concurrency` at a time.
It stops the server and itself when done, or after --timeout seconds whatever happens.
Exit code 0 when the 95th percentile meets the target (preview < 100 ms, PDF < 300 ms),
1 otherwise; the table goes to stdout.
"""

from __future__ import annotations

import argparse
import re
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx

HOST = "127.0.0.1"  # loopback only
CASE = "/case/135-10-u1"
MAX_REQUESTS = 5000
TARGETS = {"preview": 0.100, "pdf": 0.300}
SUPPORTER = {
    "language": "ky",
    "name": "Айгүл Токтогулова",
    "address": "Чүй проспекти 100\nБишкек 720001\nКыргызстан",
    "email": "aigul@example.org",
    "gender": "female",
}


@dataclass
class Result:
    name: str
    seconds: list[float]
    failures: int

    def percentile(self, share: float) -> float:
        ordered = sorted(self.seconds)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    def row(self) -> str:
        target = TARGETS[self.name]
        p95 = self.percentile(0.95)
        verdict = "ok" if p95 < target and not self.failures else "TOO SLOW"
        if self.failures:
            verdict = f"{self.failures} FAILED"
        cells = [
            self.name,
            str(len(self.seconds)),
            *(
                f"{value * 1000:.1f}"
                for value in (statistics.median(self.seconds), p95, max(self.seconds))
            ),
            f"< {target * 1000:.0f}",
            verdict,
        ]
        return "| " + " | ".join(cells) + " |"

    @property
    def passed(self) -> bool:
        return not self.failures and self.percentile(0.95) < TARGETS[self.name]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def start_server(port: int, timeout: float) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", "from ua_letters.cli.app import main; main()"]
    process = subprocess.Popen(
        [*command, "serve", "--host", HOST, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server exited at start-up; try `ua-letters serve` by hand")
        try:
            httpx.get(f"http://{HOST}:{port}/", timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.terminate()
    raise SystemExit("the server did not start in time")


def measure(
    client: httpx.Client, name: str, path: str, form: dict[str, str], count: int, workers: int
) -> Result:
    def one(_: int) -> float | None:
        started = time.perf_counter()
        response = client.post(path, data=form)
        elapsed = time.perf_counter() - started
        return elapsed if response.status_code == 200 else None

    client.post(path, data=form)  # one unmeasured request
    with ThreadPoolExecutor(max_workers=workers) as pool:
        timings = list(pool.map(one, range(count)))
    seconds = [t for t in timings if t is not None]
    return Result(name, seconds or [float("inf")], len(timings) - len(seconds))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--previews", type=int, default=300)
    parser.add_argument("--pdfs", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=1, choices=range(1, 9))
    parser.add_argument("--timeout", type=float, default=120, help="stop after this many s")
    args = parser.parse_args(argv)
    if not (0 < args.previews <= MAX_REQUESTS and 0 < args.pdfs <= MAX_REQUESTS):
        parser.error(f"request counts are 1 to {MAX_REQUESTS}")

    port = free_port()
    started = time.monotonic()
    server = start_server(port, timeout=min(30.0, args.timeout))
    try:
        timeout = httpx.Timeout(max(1.0, args.timeout - (time.monotonic() - started)))
        with httpx.Client(base_url=f"http://{HOST}:{port}", timeout=timeout) as client:
            page = client.get(CASE)
            token = re.search(r'name="csrf" value="([^"]+)"', page.text)
            if page.status_code != 200 or not token:
                raise SystemExit(f"the case page did not load ({page.status_code})")
            form = {**SUPPORTER, "csrf": token.group(1)}
            results = [
                measure(
                    client, "preview", f"{CASE}/preview", form, args.previews, args.concurrency
                ),
                measure(client, "pdf", f"{CASE}/download/1.pdf", form, args.pdfs, args.concurrency),
            ]
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"web load on http://{HOST}:{port}, concurrency {args.concurrency}\n")
    print("| request | n | median ms | p95 ms | max ms | target ms | |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for result in results:
        print(result.row())
    return 0 if all(result.passed for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
