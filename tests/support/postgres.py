"""A throwaway PostgreSQL server for the tests: initdb in a temporary folder, started on a free port.

The pooled kiosk counters (issue 17) talk to a centre's real PostgreSQL, so their tests run against
a real server too, not a mock: Debian's `postgresql` package (the Makefile installs it), started by
the suite itself, fast and unsafe (`fsync=off`: the tests never survive a power cut of the machine,
only crashes of the server, which lose nothing the OS already has).

initdb and postgres refuse to run as root; as root they run as the `postgres` system user (which
the Debian package creates), with the temporary folder handed to it.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import random
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import psycopg
from psycopg import sql

SUPERUSER = "postgres"
SYSTEM_USER = "postgres"
"""Who runs the server when the tests run as root (created by Debian's postgresql package)."""
START_TIMEOUT = 30.0
PORT_TRIES = 20
DEBIAN_VERSIONS = Path("/usr/lib/postgresql")
"""Debian's postgresql-N packages put their binaries in N/bin here, off PATH."""
PORTS = range(20000, 32000)
"""Below Linux's ephemeral range (32768-), so outgoing connections do not take them meanwhile."""
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_TOOLS = ("initdb", "pg_ctl", "pg_isready", "postgres")


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL binaries here: the tests that need a server are skipped, saying this."""


class PostgresFailed(RuntimeError):
    """The server could not be set up, started or stopped; the message carries its log's tail."""


def find_bin_dir() -> Path:
    """The folder with initdb, pg_ctl, pg_isready and postgres: initdb's on PATH, else the newest
    /usr/lib/postgresql/N/bin (Debian keeps them off PATH). Raises PostgresUnavailable."""
    on_path = shutil.which("initdb")
    candidates = [Path(on_path).resolve().parent] if on_path else []
    versions = sorted(
        DEBIAN_VERSIONS.glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else -1,
        reverse=True,
    )
    for folder in [*candidates, *versions]:
        if all(os.access(folder / tool, os.X_OK) for tool in _TOOLS):
            return folder
    raise PostgresUnavailable(
        "PostgreSQL is not installed: apt-get install postgresql (make test installs it)"
    )


def port_candidates() -> list[int]:
    """The ports a new server tries, in order: random, so parallel runs rarely collide."""
    return random.sample(PORTS, min(PORT_TRIES, len(PORTS)))


def _tail(path: Path, lines: int = 25) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no server log)"
    return "\n".join(text.splitlines()[-lines:]) or "(the server log is empty)"


class ThrowawayPostgres:
    """One PostgreSQL cluster in its own temporary folder, reached at 127.0.0.1:`port`.

    `start()` creates it on first use (initdb) and picks the port; later starts reuse both, so a
    URL handed out stays valid across `stop()`/`start()`. `cleanup()` stops it and removes it all.
    """

    def __init__(self, bin_dir: Path | None = None) -> None:
        self.bin_dir = bin_dir if bin_dir is not None else find_bin_dir()
        self._as_root = os.geteuid() == 0
        if self._as_root:
            try:
                self._owner = pwd.getpwnam(SYSTEM_USER)
            except KeyError:
                raise PostgresFailed(
                    f"PostgreSQL refuses to run as root and there is no {SYSTEM_USER!r} user to run it "
                    "as: install Debian's postgresql package (it creates that user)"
                ) from None
        self.base = Path(tempfile.mkdtemp(prefix="quizapp-pg-"))
        self.data = self.base / "data"
        self.sockets = self.base / "sockets"
        self.log = self.base / "server.log"
        self.port: int | None = None
        self._initialised = False

    # -- running the tools ------------------------------------------------------------------

    def _run(self, tool: str, *args: str, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
        """`tool` from bin_dir, as the postgres user under root, with no PG* settings of ours leaking in."""
        command = [str(self.bin_dir / tool), *args]
        if self._as_root:
            command = ["runuser", "-u", SYSTEM_USER, "--", *command]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"  # messages in English, which _start_on matches
        return subprocess.run(
            command, cwd=self.base, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )

    def _initdb(self) -> None:
        if self._as_root:
            os.chown(self.base, self._owner.pw_uid, self._owner.pw_gid)
        self.sockets.mkdir()
        if self._as_root:
            os.chown(self.sockets, self._owner.pw_uid, self._owner.pw_gid)
        done = self._run(
            "initdb",
            f"--pgdata={self.data}",
            f"--username={SUPERUSER}",
            "--encoding=UTF8",
            "--no-locale",
            "--auth=trust",
            "--no-sync",  # a throwaway: nothing to make durable
        )
        if done.returncode != 0:
            raise PostgresFailed(f"initdb failed in {self.data}:\n{done.stdout}{done.stderr}")
        self._initialised = True

    def _write_settings(self, port: int) -> None:
        settings = (
            "listen_addresses = '127.0.0.1'\n"
            f"port = {port}\n"
            f"unix_socket_directories = '{self.sockets}'\n"
            "fsync = off\n"
            "full_page_writes = off\n"
            "shared_buffers = 16MB\n"
            "max_connections = 40\n"
        )
        # postgresql.auto.conf is read after postgresql.conf, so these win over initdb's defaults.
        auto = self.data / "postgresql.auto.conf"
        auto.write_text(settings, encoding="utf-8")
        if self._as_root:
            os.chown(auto, self._owner.pw_uid, self._owner.pw_gid)

    # -- the life cycle ---------------------------------------------------------------------

    def start(self) -> None:
        """Start the server and wait until it accepts connections on 127.0.0.1:port.

        On first start, tries ports until one is free: the server's own bind decides, so no other
        process can take the port between a check and the start."""
        if not self._initialised:
            self._initdb()
        if self.port is not None:
            self._start_on(self.port)
            return
        tried: list[int] = []
        for port in port_candidates():
            tried.append(port)
            if self._start_on(port, retry_if_taken=True):
                self.port = port
                return
        raise PostgresFailed(f"no free port for PostgreSQL among {tried}:\n{_tail(self.log)}")

    def _start_on(self, port: int, retry_if_taken: bool = False) -> bool:
        """Start on `port`; False when it was taken and `retry_if_taken`, else raise PostgresFailed."""
        self._write_settings(port)
        log_size = self.log.stat().st_size if self.log.exists() else 0
        done = self._run(
            "pg_ctl", "start", "--wait", f"--timeout={int(START_TIMEOUT)}",
            f"--pgdata={self.data}", f"--log={self.log}",
            timeout=START_TIMEOUT + 10,
        )  # fmt: skip
        if done.returncode != 0:
            new_log = self.log.read_text(encoding="utf-8", errors="replace")[log_size:]
            if retry_if_taken and "Address already in use" in new_log:
                return False
            said = done.stderr.strip() or done.stdout.strip()
            raise PostgresFailed(
                f"PostgreSQL did not start on 127.0.0.1:{port} ({said}); the server log {self.log} ends:\n"
                + _tail(self.log)
            )
        self._wait_until_ready(port)
        return True

    def _wait_until_ready(self, port: int) -> None:
        """pg_ctl --wait watched the server's status file; this confirms the TCP listener answers."""
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            probe = self._run("pg_isready", "--host=127.0.0.1", f"--port={port}", "--timeout=2", timeout=10)
            if probe.returncode == 0:
                return
            if time.monotonic() > deadline:
                raise PostgresFailed(
                    f"PostgreSQL started but 127.0.0.1:{port} does not accept connections "
                    f"({probe.stdout.strip()}); the server log ends:\n{_tail(self.log)}"
                )
            time.sleep(0.05)  # a poll interval with a deadline, not a wait for a guessed time

    def stop(self, mode: Literal["fast", "immediate"] = "fast") -> None:
        """Stop the server: "fast" is a clean shutdown; "immediate" is a crash of the server (no
        shutdown checkpoint, so the next start replays the WAL), with the machine's OS surviving."""
        done = self._run("pg_ctl", "stop", "--wait", f"--mode={mode}", f"--pgdata={self.data}")
        if done.returncode != 0:
            said = done.stderr.strip()
            raise PostgresFailed(f"pg_ctl stop --mode={mode} failed: {said}\n{_tail(self.log)}")

    def restart(self, mode: Literal["fast", "immediate"] = "fast") -> None:
        self.stop(mode)
        self.start()

    def is_running(self) -> bool:
        if not self._initialised:
            return False
        return self._run("pg_ctl", "status", f"--pgdata={self.data}").returncode == 0

    @contextlib.contextmanager
    def stopped(self, mode: Literal["fast", "immediate"] = "fast") -> Iterator[None]:
        """The server is down inside the block and running again after it, whatever the block did,
        so a test of an outage cannot leave the shared server down for the tests after it."""
        self.stop(mode)
        try:
            yield
        finally:
            if not self.is_running():
                self.start()

    def cleanup(self) -> None:
        """Stop the server (as a crash: nothing in it is kept) and remove its folder."""
        if self.is_running():
            self.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)

    # -- databases --------------------------------------------------------------------------

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of `database`, as the kiosks are configured with."""
        if self.port is None:
            raise PostgresFailed("the server has not been started yet: no port")
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        if self.port is None:
            raise PostgresFailed("the server has not been started yet: no port")
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
            autocommit=True, connect_timeout=5,
        )  # fmt: skip

    def create_database(self, name: str) -> str:
        """Create an empty database `name` and return its URL."""
        if not _NAME.fullmatch(name):
            raise ValueError(f"not a plain database name (lowercase letters, digits, _): {name!r}")
        with self._admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop `name`, closing any connection a test left open to it (FORCE)."""
        with self._admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
